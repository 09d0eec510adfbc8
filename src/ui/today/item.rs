//! One commitment as a line: what, for whom, when due, whose, its reminder; marked kept
//! or broken (or opened again) and its reminder set right there.

use leptos::prelude::*;

use crate::protocol::Request;

use crate::domain::{
    Code, Commitment, CommitmentId, CommitmentKind, CommitmentStatus, CommitmentUpdate, CustomerId,
    Today,
};
use crate::model::Snapshot;
use crate::ui::controls::ShowMore;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::time::{from_input, to_input};

/// A commitment as plain values, so a list re-renders only the lines that changed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CommitmentRow {
    pub id: CommitmentId,
    pub kind: CommitmentKind,
    pub title: String,
    pub customer: Option<(CustomerId, String)>,
    pub due: i64,
    /// Days past the due day while open; 0 otherwise.
    pub overdue_days: i64,
    pub owner: String,
    pub status: CommitmentStatus,
    pub remind_at: Option<i64>,
}

impl CommitmentRow {
    pub fn of(c: &Commitment, s: &Snapshot, today: Today) -> Self {
        Self {
            id: c.id.clone(),
            kind: c.kind,
            title: c.title.clone(),
            customer: c
                .customer
                .as_ref()
                .and_then(|id| s.customer(id).map(|x| (id.clone(), x.name.clone()))),
            due: c.due,
            overdue_days: if c.is_overdue(today) {
                today.days_since(c.due)
            } else {
                0
            },
            owner: s.owner_name(c.owner.as_ref()).to_owned(),
            status: c.status,
            remind_at: c.remind_at,
        }
    }
}

/// `show_customer`: link to the customer (the "today" view), or not (their own page).
#[component]
pub fn CommitmentItem(row: CommitmentRow, show_customer: bool) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let set = {
        let id = row.id.clone();
        move |status: CommitmentStatus| {
            let id = id.clone();
            move |_| {
                let settle =
                    Request::UpdateCommitment(id.clone(), CommitmentUpdate::Status(status));
                app.send(settle, |result| {
                    if let Err(error) = result {
                        leptos::logging::error!("settling a commitment failed: {error}");
                    }
                });
            }
        }
    };
    let remind = {
        let id = row.id.clone();
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            let at = match typed.trim() {
                "" => None,
                typed => match from_input(typed) {
                    Some(at) => Some(at),
                    None => return,
                },
            };
            let update = Request::UpdateCommitment(id.clone(), CommitmentUpdate::Reminder(at));
            app.send(update, |result| {
                if let Err(error) = result {
                    leptos::logging::error!("setting a reminder failed: {error}");
                }
            });
        }
    };
    let remind_id = format!("remind-{}", row.id.0);
    let remind_at = row.remind_at;
    let status = row.status;
    let overdue = row.overdue_days;
    let due = row.due;
    let kind = row.kind;
    let owner = row.owner.clone();
    view! {
        <li class=format!("commitment status-{}", status.code())>
            <div class="commitment-main">
                <strong class="title">{row.title.clone()}</strong>
                <span class="badge">{move || i18n.label(kind)}</span>
                {(status != CommitmentStatus::Open).then(|| view! {
                    <span class=format!("badge settled-{}", status.code())>{move || i18n.label(status)}</span>
                })}
            </div>
            <p class="meta">
                {show_customer.then(|| row.customer.clone().map(|(id, name)| view! {
                    <a href=Route::Customer(id).href()>{name}</a>" · "
                }))}
                {move || i18n.t(Msg::FieldDue)}": "<time>{move || i18n.date(due)}</time>
                {(overdue > 0).then(|| view! {
                    " · "<span class="overdue">{move || i18n.t(Msg::OverdueBy).replace("{days}", &i18n.number(overdue as usize))}</span>
                })}
                {(!owner.is_empty()).then(|| view! { " · "{move || i18n.t(Msg::Owner)}": "{owner.clone()} })}
                {remind_at.filter(|_| status == CommitmentStatus::Open).map(|at| view! {
                    " · "<span class="reminder">{move || i18n.t(Msg::ReminderAt)}": "<time>{move || i18n.date_time(at)}</time></span>
                })}
            </p>
            <div class="actions">
                {if status == CommitmentStatus::Open {
                    view! {
                        <button type="button" on:click=set(CommitmentStatus::Kept)>{move || i18n.t(Msg::MarkKept)}</button>
                        <button type="button" on:click=set(CommitmentStatus::Broken)>{move || i18n.t(Msg::MarkBroken)}</button>
                        <span class="reminder-field">
                            <label for=remind_id.clone()>{move || i18n.t(Msg::FieldReminder)}</label>
                            <input id=remind_id.clone() type="datetime-local"
                                prop:value=remind_at.map(to_input).unwrap_or_default() on:change=remind />
                        </span>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" on:click=set(CommitmentStatus::Open)>{move || i18n.t(Msg::Reopen)}</button>
                    }.into_any()
                }}
            </div>
        </li>
    }
}

/// Lines drawn at first; more on request (a team can have thousands of open ones).
const PAGE: usize = 50;

/// Commitment lines, or `empty` in words when there are none.
#[component]
pub fn CommitmentList(
    rows: Memo<Vec<CommitmentRow>>,
    show_customer: bool,
    empty: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(PAGE);
    let total = Signal::derive(move || rows.with(Vec::len));
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p class="hint">{move || i18n.t(empty)}</p> }>
            <ul class="commitments">
                <For each=move || rows.with(|r| r.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                    key=|row| row.clone() let:row>
                    <CommitmentItem row show_customer />
                </For>
            </ul>
            <ShowMore total shown page=PAGE />
        </Show>
    }
}
