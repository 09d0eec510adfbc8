//! A labelled choice of colleague, with an empty choice first (no owner, or everyone).

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use super::state::use_app;
use crate::domain::ColleagueId;

#[component]
pub fn ColleagueSelect(
    #[prop(into)] id: String,
    label: Msg,
    /// The text of the empty choice.
    none: Msg,
    #[prop(into)] value: Signal<Option<ColleagueId>>,
    on_change: Callback<Option<ColleagueId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let colleagues = Memo::new(move |_| app.snapshot.with(|s| s.colleagues.clone()));
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <select id=id on:change=move |ev| {
                let chosen = event_target_value(&ev);
                on_change.run((!chosen.is_empty()).then_some(ColleagueId(chosen)));
            }>
                <option value="" selected=move || value.with(Option::is_none)>{move || i18n.t(none)}</option>
                <For each=move || colleagues.get() key=|c| c.id.clone() let:colleague>
                    <option value=colleague.id.0.clone()
                        selected={let id = colleague.id.clone(); move || value.with(|v| v.as_ref() == Some(&id))}>
                        {colleague.name.clone()}
                    </option>
                </For>
            </select>
        </div>
    }
}
