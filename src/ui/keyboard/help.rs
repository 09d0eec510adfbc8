//! The list of keyboard shortcuts, opened with `?` or from the palette.

use leptos::prelude::*;

use super::{follow_open, SHORTCUTS};
use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn ShortcutHelp(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    follow_open(dialog, open);
    view! {
        <dialog node_ref=dialog class="shortcut-help" aria-labelledby="shortcut-help-title"
            on:close=move |_| open.set(false)>
            <h2 id="shortcut-help-title">{move || i18n.t(Msg::KeyboardShortcuts)}</h2>
            <table>
                <thead><tr>
                    <th scope="col">{move || i18n.t(Msg::ShortcutKeys)}</th>
                    <th scope="col">{move || i18n.t(Msg::ShortcutAction)}</th>
                </tr></thead>
                <tbody>
                    {SHORTCUTS.into_iter().map(|(keys, action)| view! {
                        <tr>
                            <td>{keys.split(" / ").map(|combo| view! {
                                <span class="keys">{combo.split(' ').map(|k| view! { <kbd>{k}</kbd> }).collect_view()}</span>
                            }).collect_view()}</td>
                            <td>{move || i18n.t(action)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="hint">{move || i18n.t(Msg::ShortcutsNotInFields)}</p>
            <button type="button" on:click=move |_| open.set(false)>{move || i18n.t(Msg::Close)}</button>
        </dialog>
    }
}
