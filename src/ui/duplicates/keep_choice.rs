//! Which of the two records stays: its address and history are kept, the other is merged
//! into it. Each choice says when the record was added and how many interactions it has.

use leptos::prelude::*;

use super::choices::{Compared, Side};
use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn KeepChoice(compared: Memo<Option<Compared>>, keep: RwSignal<Side>) -> impl IntoView {
    let i18n = use_i18n();
    let choices = [
        (Side::First, Msg::FirstRecord, 0),
        (Side::Second, Msg::SecondRecord, 1),
    ];
    view! {
        <fieldset class="keep-choice">
            <legend>{move || i18n.t(Msg::KeepWhichRecord)}</legend>
            <p class="hint" id="keep-hint">{move || i18n.t(Msg::KeepRecordHint)}</p>
            {choices.into_iter().map(|(side, label, at)| {
                let name = move || compared.with(|c| c.as_ref().map(|c| c.record(side).name.clone()));
                let facts = move || compared.with(|c| c.as_ref().map(|c| {
                    let added = i18n.t(Msg::RecordAdded).replace("{date}", &i18n.date(c.record(side).created_at));
                    let interactions = match c.counts[at][0] {
                        1 => i18n.t(Msg::OneInteraction).to_owned(),
                        n => i18n.t(Msg::InteractionCount).replace("{count}", &i18n.number(n)),
                    };
                    format!("{added}, {interactions}")
                }));
                let id = format!("keep-{}", side.code());
                view! {
                    <div class="keep-option">
                        <input type="radio" id=id.clone() name="keep" value=side.code()
                            aria-describedby="keep-hint"
                            prop:checked=move || keep.get() == side
                            on:change=move |_| keep.set(side) />
                        <label for=id>
                            {move || i18n.t(label)}": "<strong>{name}</strong>
                            <span class="facts">" ("{facts}")"</span>
                        </label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}
