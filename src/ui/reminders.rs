//! Reminders while Rapport is open: when a follow-up's reminder time comes, the browser's
//! notification (if the user allowed it; each reminder once per device), a notice on the
//! page whatever the permission, and the count in the tab's title until each is seen or
//! settled.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::{CommitmentId, CommitmentUpdate};
use crate::platform::{note_reminder_shown, notify, reminder_shown};
use crate::protocol::Request;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// How often the clock is looked at: a reminder comes at most this late.
const LOOK_EVERY: Duration = Duration::from_secs(10);
const TITLE: &str = "Rapport";

/// A reminder that rang, as the notice shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Ringing {
    id: CommitmentId,
    title: String,
    customer: Option<String>,
    href: String,
}

#[component]
pub fn Reminders() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let now = RwSignal::new(app.now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(app.now()), LOOK_EVERY) {
        on_cleanup(move || handle.clear());
    }
    let ringing = Memo::new(move |_| {
        let now = now.get();
        let me = app.me.get();
        app.snapshot.with(|s| {
            s.reminders_due(now, me.as_ref())
                .into_iter()
                .map(|c| {
                    let customer = c.customer.as_ref().and_then(|id| s.customer(id));
                    let href = match customer {
                        Some(customer) => Route::Customer(customer.id.clone()).href(),
                        None => Route::Today.href(),
                    };
                    let key = format!("{}@{}", c.id.0, c.remind_at.unwrap_or_default());
                    (
                        key,
                        Ringing {
                            id: c.id.clone(),
                            title: c.title.clone(),
                            customer: customer.map(|c| c.name.clone()),
                            href,
                        },
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    // Each reminder rings once per device, even across reloads.
    Effect::new(move |_| {
        for (key, reminder) in ringing.get() {
            if reminder_shown(&key) {
                continue;
            }
            note_reminder_shown(&key);
            let title = i18n
                .t(Msg::ReminderNotice)
                .replace("{title}", &reminder.title);
            notify(
                &title,
                reminder.customer.as_deref().unwrap_or(""),
                &key,
                reminder.href,
            );
        }
    });
    Effect::new(move |_| {
        let count = ringing.with(Vec::len);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&match count {
                0 => TITLE.to_owned(),
                n => format!("({n}) {TITLE}"),
            });
        }
    });
    on_cleanup(|| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(TITLE);
        }
    });
    let seen = move |id: CommitmentId| {
        app.send(
            Request::UpdateCommitment(id, CommitmentUpdate::Reminder(None)),
            |result| {
                if let Err(error) = result {
                    leptos::logging::error!("clearing a reminder failed: {error}");
                }
            },
        );
    };
    view! {
        <Show when=move || ringing.with(|r| !r.is_empty())>
            <section class="banner notice reminders" aria-labelledby="reminders-heading">
                <h2 id="reminders-heading" class="visually-hidden">{move || i18n.t(Msg::RemindersDue)}</h2>
                <ul>
                    <For each=move || ringing.get().into_iter().map(|(_, r)| r) key=|r| r.id.clone() let:reminder>
                        <li role="status">
                            <a href=reminder.href.clone()>
                                {let title = reminder.title.clone(); move || i18n.t(Msg::ReminderNotice).replace("{title}", &title)}
                            </a>
                            {reminder.customer.clone().map(|name| view! { " · "{name} })}
                            " "
                            <button type="button" on:click={
                                let id = reminder.id.clone();
                                move |_| seen(id.clone())
                            }>{move || i18n.t(Msg::ReminderDone)}</button>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
