//! "Add to calendar": the open follow-ups shown on Today (each on its due day, with its
//! reminder as an alarm) and the meetings logged ahead, as an `.ics` file. A closed page
//! cannot remind anyone; the phone's calendar can. Follow-ups settled lately go in as
//! cancelled, so importing the newer file takes them out of the calendar.

use leptos::prelude::*;

use crate::domain::{calendar_file, CalendarItem, CalendarTime, ColleagueId, DAY_MS};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::to_date_input;

/// Settled follow-ups this recent are sent as cancelled.
const CANCELLED_FOR_DAYS: i64 = 90;

#[component]
pub fn CalendarExport(whose: RwSignal<Option<ColleagueId>>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let outcome = RwSignal::new(None::<Result<String, Msg>>);
    let export = move |_| {
        let now = app.now();
        let items = whose.with_untracked(|whose| {
            app.snapshot.with_untracked(|s| {
                let mut items = Vec::new();
                for c in s.commitments() {
                    let mine = whose.is_none() || c.owner.as_ref() == whose.as_ref();
                    let recent = c
                        .settled_at
                        .is_some_and(|at| at > now - CANCELLED_FOR_DAYS * DAY_MS);
                    if !mine || !(c.is_open() || recent) {
                        continue;
                    }
                    let Some(day) = local_day(c.due) else {
                        continue;
                    };
                    let customer = c.customer.as_ref().and_then(|id| s.customer(id));
                    items.push(CalendarItem {
                        id: c.id.0.clone(),
                        title: c.title.clone(),
                        customer: customer.map(|x| x.name.clone()),
                        when: CalendarTime::Day(day),
                        remind_at: c.remind_at,
                        cancelled: !c.is_open(),
                        note: format!("{}: {}", i18n.t(Msg::Owner), s.owner_name(c.owner.as_ref())),
                    });
                }
                for meeting in s.meetings_ahead(now) {
                    let customer = s.customer(&meeting.customer).map(|x| x.name.clone());
                    let title = meeting.summary.lines().next().unwrap_or_default().trim();
                    items.push(CalendarItem {
                        id: meeting.id.0.clone(),
                        title: match title {
                            "" => i18n.label(meeting.channel).to_owned(),
                            title => title.to_owned(),
                        },
                        customer,
                        when: CalendarTime::At {
                            start: meeting.at,
                            minutes: 60,
                        },
                        remind_at: None,
                        cancelled: false,
                        note: meeting.summary.clone(),
                    });
                }
                items
            })
        });
        // The export's time in seconds: each newer file is a later revision of its events.
        let file = calendar_file(&items, now, now / 1000);
        let name = "rapport-follow-ups.ics";
        outcome.set(Some(
            crate::platform::download(name, file.as_bytes(), "text/calendar;charset=utf-8")
                .map(|()| name.to_owned())
                .map_err(|_| Msg::ErrDownload),
        ));
    };
    view! {
        <div class="calendar-export">
            <button type="button" aria-describedby="calendar-export-hint" on:click=export>
                {move || i18n.t(Msg::CalendarExport)}
            </button>
            <p class="hint" id="calendar-export-hint">{move || i18n.t(Msg::CalendarExportHint)}</p>
            <p class="outcome" role="status">{move || match outcome.get() {
                Some(Ok(name)) => format!("{} {name}", i18n.t(Msg::CalendarSaved)),
                Some(Err(msg)) => i18n.t(msg).to_owned(),
                None => String::new(),
            }}</p>
        </div>
    }
}

/// The day `ms` falls on in the browser's time zone.
fn local_day(ms: i64) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(&to_date_input(ms), "%Y-%m-%d").ok()
}
