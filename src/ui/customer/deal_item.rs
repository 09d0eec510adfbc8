//! One deal as a line: title, stage, amount, expected close or lost reason, and the next
//! steps (ordered, won, lost with its reason) as buttons.

use leptos::prelude::*;

use crate::protocol::Request;

use crate::domain::{Code, Deal, DealStage, DealUpdate, LostReason};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn DealItem(row: Deal) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // "Lost" waits here for its reason.
    let losing = RwSignal::new(false);
    let reason = RwSignal::new(None::<LostReason>);
    // A stored id keeps the closures below `Copy`, for every button that uses them.
    let id = StoredValue::new(row.id.clone());
    let set = move |stage: DealStage, why: Option<LostReason>| {
        let id = id.get_value();
        app.send(
            Request::UpdateDeal(id, DealUpdate::Stage(stage, why)),
            |result| {
                if let Err(error) = result {
                    leptos::logging::error!("moving a deal failed: {error}");
                }
            },
        );
    };
    let step = move |stage: DealStage, label: Msg| {
        view! {
            <button type="button" on:click=move |_| {
                if stage == DealStage::Lost { losing.set(true) } else { set(stage, None) }
            }>{move || i18n.t(label)}</button>
        }
    };
    let stage = row.stage;
    let next: Vec<(DealStage, Msg)> = match stage {
        DealStage::Quote => vec![
            (DealStage::Order, Msg::MarkOrdered),
            (DealStage::Won, Msg::MarkWon),
            (DealStage::Lost, Msg::MarkLost),
        ],
        DealStage::Order => vec![
            (DealStage::Won, Msg::MarkWon),
            (DealStage::Lost, Msg::MarkLost),
        ],
        DealStage::Won | DealStage::Lost => Vec::new(),
    };
    let reason_id = format!("lost-{}", row.id.0);
    let amount = row.amount;
    let when = if stage.is_closed() {
        row.closed_at
    } else {
        row.expected_close
    };
    let when_label = if stage.is_closed() {
        Msg::ClosedOn
    } else {
        Msg::FieldExpectedClose
    };
    let lost_reason = row.lost_reason;
    view! {
        <li class=format!("deal deal-{}", stage.code())>
            <div class="commitment-main">
                <strong class="title">{row.title.clone()}</strong>
                <span class="badge">{move || i18n.label(stage)}</span>
                <span class="amount">{move || i18n.money(amount)}</span>
            </div>
            <p class="meta">
                {when.map(|at| view! { {move || i18n.t(when_label)}": "<time>{move || i18n.date(at)}</time> })}
                {lost_reason.map(|r| view! { " · "{move || i18n.t(Msg::FieldLostReason)}": "{move || i18n.label(r)} })}
            </p>
            <div class="actions">
                {next.into_iter().map(|(stage, label)| step(stage, label)).collect_view()}
            </div>
            <Show when=move || losing.get()>
                <div class="lost-reason">
                    <div class="field">
                        <label for=reason_id.clone()>{move || i18n.t(Msg::FieldLostReason)}</label>
                        <select id=reason_id.clone() on:change=move |ev| reason.set(LostReason::from_code(&event_target_value(&ev)))>
                            <option value="">{move || i18n.t(Msg::ChooseReason)}</option>
                            {LostReason::ALL.iter().map(|&r| view! { <option value=r.code()>{move || i18n.label(r)}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="button" class="primary" disabled=move || reason.with(Option::is_none)
                            on:click=move |_| set(DealStage::Lost, reason.get_untracked())>{move || i18n.t(Msg::ConfirmLost)}</button>
                        <button type="button" on:click=move |_| losing.set(false)>{move || i18n.t(Msg::Cancel)}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}
