//! Asks why a relationship ended before a customer moves to dissolution; cancelling (the
//! button or Escape) leaves the customer where they were.

use leptos::html::Select;
use leptos::prelude::*;

use crate::domain::{Code, DissolutionReason, Problem};
use crate::ui::controls::FieldError;
use crate::ui::i18n::{use_i18n, Msg};

/// `on_done` gets the reason chosen, or `None` when the user cancelled.
#[component]
pub fn ReasonDialog(name: String, on_done: Callback<Option<DissolutionReason>>) -> impl IntoView {
    let i18n = use_i18n();
    let reason = RwSignal::new(None::<DissolutionReason>);
    let error = RwSignal::new(None::<String>);
    let select = NodeRef::<Select>::new();
    // The dialog takes the focus, so keyboard users answer it first.
    Effect::new(move |_| {
        if let Some(select) = select.get() {
            let _ = select.focus();
        }
    });
    let confirm = move |_| match reason.get_untracked() {
        Some(reason) => on_done.run(Some(reason)),
        None => error.set(Some(i18n.problem(&Problem::Required))),
    };
    let text = i18n.t(Msg::DissolutionQuestion).replace("{name}", &name);
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="reason-title"
                aria-describedby="reason-text"
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        on_done.run(None);
                    }
                }>
                <h2 id="reason-title">{move || i18n.t(Msg::DissolutionTitle)}</h2>
                <p id="reason-text">{text}</p>
                <div class="field">
                    <label for="reason-choice">{move || i18n.t(Msg::DissolutionReason)}</label>
                    <select id="reason-choice" node_ref=select aria-describedby="reason-choice-error"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        on:change=move |ev| {
                            reason.set(DissolutionReason::from_code(&event_target_value(&ev)));
                            error.set(None);
                        }>
                        <option value="">{move || i18n.t(Msg::ChooseReason)}</option>
                        {DissolutionReason::ALL.iter().map(|&r| view! {
                            <option value=r.code()>{move || i18n.label(r)}</option>
                        }).collect_view()}
                    </select>
                    <FieldError id="reason-choice-error" error=error />
                </div>
                <div class="actions">
                    <button type="button" class="primary" on:click=confirm>{move || i18n.t(Msg::MoveToDissolution)}</button>
                    <button type="button" on:click=move |_| on_done.run(None)>{move || i18n.t(Msg::Cancel)}</button>
                </div>
            </div>
        </div>
    }
}
