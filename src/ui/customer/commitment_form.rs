//! Adds a promise to this customer or a task about them: title, due day and owner (the
//! user by default).

use leptos::prelude::*;

use crate::protocol::Request;

use crate::domain::{CommitmentDraft, CommitmentKind, CustomerId, Field, FieldError};
use crate::protocol::DocumentError;
use crate::ui::colleague_select::ColleagueSelect;
use crate::ui::controls::{error_of, CodeSelect, InputKind, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::{from_date_input, from_input, to_date_input};

#[component]
pub fn CommitmentForm(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let kind = RwSignal::new(CommitmentKind::Promise);
    let title = RwSignal::new(String::new());
    let due = RwSignal::new(to_date_input(app.now()));
    let owner = RwSignal::new(app.me());
    let remind = RwSignal::new(String::new());
    let notifications_off = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |field: Field| error_of(errors, field);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = CommitmentDraft {
            kind: kind.get_untracked(),
            customer: Some(customer.clone()),
            title: title.get_untracked(),
            due: from_date_input(&due.get_untracked()).unwrap_or(0),
            owner: owner.get_untracked(),
            remind_at: match remind.get_untracked().trim() {
                "" => None,
                // Anything typed that is not a time is refused, not silently dropped.
                typed => Some(from_input(typed).unwrap_or(0)),
            },
        };
        // Asked the first time a reminder is set, while the click still counts as the
        // user's (browsers ignore a request that comes later).
        if draft.remind_at.is_some_and(|at| at > 0) {
            leptos::task::spawn_local(async move {
                let access = crate::platform::ask_for_notifications().await;
                let off = access != crate::platform::NotificationAccess::Granted;
                notifications_off.try_set(off);
            });
        }
        app.send(
            Request::CreateCommitment(draft),
            move |result| match result {
                Ok(_) => {
                    errors.try_set(Vec::new());
                    title.try_set(String::new());
                    remind.try_set(String::new());
                }
                Err(DocumentError::Invalid(found)) => {
                    let _ = errors.try_set(found);
                }
                Err(other) => leptos::logging::error!("adding a commitment failed: {other}"),
            },
        );
    };
    view! {
        <form class="sub-form" on:submit=submit novalidate aria-label=move || i18n.t(Msg::AddCommitment)>
            <h3>{move || i18n.t(Msg::AddCommitment)}</h3>
            <div class="row">
                <CodeSelect id="commitment-kind" label=Msg::PromiseOrTask
                    value=Signal::derive(move || Some(kind.get()))
                    on_change=Callback::new(move |k: Option<CommitmentKind>| if let Some(k) = k { kind.set(k) }) />
                <TextField id="commitment-due" label=Msg::FieldDue kind=InputKind::Date value=due
                    error=error(Field::Due) on_change=Callback::new(move |v| due.set(v)) />
                <ColleagueSelect id="commitment-owner" label=Msg::WhoDoesIt none=Msg::NoOwner
                    value=owner on_change=Callback::new(move |o| owner.set(o)) />
            </div>
            <TextField id="commitment-title" label=Msg::FieldTitle value=title required=true
                error=error(Field::Title) on_change=Callback::new(move |v| title.set(v)) />
            <TextField id="commitment-remind" label=Msg::FieldReminder kind=InputKind::DateTime
                hint=Msg::FieldReminderHint value=remind error=error(Field::Reminder)
                on_change=Callback::new(move |v| remind.set(v)) />
            <p class="hint notifications-off" role="status" hidden=move || !notifications_off.get()>
                {move || i18n.t(Msg::NotificationsOff)}
            </p>
            <div class="actions">
                <button type="submit" class="primary">{move || i18n.t(Msg::AddCommitment)}</button>
            </div>
        </form>
    }
}
