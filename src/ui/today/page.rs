//! The "today" page: what is overdue, due today and coming, for one colleague or everyone,
//! each line linking to its customer with its kept and broken buttons; and the customers
//! at risk, the relationships to look after first.

use leptos::prelude::*;

use super::at_risk::AtRisk;
use super::item::{CommitmentList, CommitmentRow};
use crate::domain::ColleagueId;
use crate::ui::colleague_select::ColleagueSelect;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::today;

#[component]
pub fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let whose = RwSignal::new(None::<ColleagueId>);
    let agenda = Memo::new(move |_| {
        let today = today();
        whose.with(|whose| {
            app.snapshot.with(|s| {
                let agenda = s.agenda(today, whose.as_ref());
                let rows = |list: Vec<&crate::domain::Commitment>| {
                    list.into_iter()
                        .map(|c| CommitmentRow::of(c, s, today))
                        .collect::<Vec<_>>()
                };
                [
                    rows(agenda.overdue),
                    rows(agenda.today),
                    rows(agenda.upcoming),
                ]
            })
        })
    });
    let groups = [
        (0, Msg::Overdue, "agenda-overdue"),
        (1, Msg::DueToday, "agenda-today"),
        (2, Msg::Upcoming, "agenda-upcoming"),
    ];
    view! {
        <main id="main" tabindex="-1" class="page">
            <h1>{move || i18n.t(Msg::Today)}</h1>
            <p class="intro">{move || i18n.t(Msg::TodayIntro)}</p>
            <div class="filters-inline">
                <ColleagueSelect id="agenda-whose" label=Msg::Whose none=Msg::Everyone
                    value=whose on_change=Callback::new(move |c| whose.set(c)) />
                <super::calendar_export::CalendarExport whose />
            </div>
            <div class="agenda">
                {groups.into_iter().map(|(at, title, heading)| {
                    let rows = Memo::new(move |_| agenda.with(|a| a[at].clone()));
                    view! {
                        <section class="card" aria-labelledby=heading>
                            <h2 id=heading>{move || i18n.t(title)}" "
                                <span class="column-count">{move || i18n.number(rows.with(Vec::len))}</span>
                            </h2>
                            <CommitmentList rows show_customer=true empty=Msg::NothingHere />
                        </section>
                    }
                }).collect_view()}
                <AtRisk />
            </div>
        </main>
    }
}
