//! A customer's card on the board: name, company, days since the last contact. Dragged
//! with the mouse, or moved from the keyboard with its "Move to" choice and button (a
//! select alone would move on every arrow key press).

use leptos::html::Select;
use leptos::prelude::*;

use super::column::Card;
use super::page::Move;
use crate::domain::{Code, CustomerId, Stage};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;

#[component]
pub fn BoardCard(
    card: Card,
    on_move: Callback<Move>,
    focus: RwSignal<Option<CustomerId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let select = NodeRef::<Select>::new();
    let target = RwSignal::new(None::<Stage>);
    let select_id = format!("move-{}", card.id.0);
    // After a keyboard move this card is new in its column: give it the focus back.
    {
        let id = card.id.clone();
        Effect::new(move |_| {
            if focus.with(|f| f.as_ref() == Some(&id)) {
                if let Some(select) = select.get() {
                    let _ = select.focus();
                    focus.set(None);
                }
            }
        });
    }
    let dragged = card.id.0.clone();
    let moved = card.id.clone();
    let contact = move |days: Option<i64>| match days {
        None => i18n.t(Msg::NeverContacted).to_owned(),
        Some(0) => i18n.t(Msg::ContactedToday).to_owned(),
        Some(1) => i18n.t(Msg::OneDaySinceContact).to_owned(),
        Some(days) => i18n
            .t(Msg::DaysSinceContact)
            .replace("{days}", &i18n.number(days as usize)),
    };
    let days = card.days_since_contact;
    let current = card.stage;
    view! {
        <li class="board-card" draggable="true"
            on:dragstart=move |ev: leptos::ev::DragEvent| {
                if let Some(data) = ev.data_transfer() {
                    let _ = data.set_data("text/plain", &dragged);
                    data.set_effect_allowed("move");
                }
            }>
            <a class="name" href=Route::Customer(card.id.clone()).href()>{card.name.clone()}</a>
            {(!card.company.is_empty()).then(|| view! { <span class="company">{card.company.clone()}</span> })}
            <span class="contact">{move || contact(days)}</span>
            <div class="move">
                <label class="visually-hidden" for=select_id.clone()>
                    {move || i18n.t(Msg::MoveTo)}" "{card.name.clone()}
                </label>
                <select id=select_id node_ref=select
                    on:change=move |ev| target.set(Stage::from_code(&event_target_value(&ev)))>
                    <option value="" selected=move || target.with(Option::is_none)>{move || i18n.t(Msg::MoveToChoice)}</option>
                    {Stage::ALL.iter().filter(|s| **s != current).map(|&stage| view! {
                        <option value=stage.code()>{move || i18n.label(stage)}</option>
                    }).collect_view()}
                </select>
                <button type="button" disabled=move || target.with(Option::is_none)
                    on:click=move |_| {
                        if let Some(to) = target.get_untracked() {
                            on_move.run(Move { customer: moved.clone(), to, by_keyboard: true });
                        }
                    }>
                    {move || i18n.t(Msg::Move)}
                </button>
            </div>
        </li>
    }
}
