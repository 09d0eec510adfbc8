//! Follow-ups due: everyone's open commitments overdue, due today and upcoming, as three
//! figures with a link to the Today page.

use leptos::prelude::*;

use super::figure::{AsTable, Figure};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::time::today;

#[component]
pub fn FollowUps() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let counts = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let a = s.agenda(today(), None);
            [
                (Msg::Overdue, a.overdue.len()),
                (Msg::DueToday, a.today.len()),
                (Msg::Upcoming, a.upcoming.len()),
            ]
        })
    });
    let explanation = Signal::derive(move || i18n.t(Msg::FollowUpsExplained).to_owned());
    view! {
        <Figure id="follow-ups-heading" title=Msg::FollowUpsDue explanation>
            <div class="tiles">
                {move || counts.get().into_iter().map(|(label, n)| view! {
                    <div class="tile" class:alert={label == Msg::Overdue && n > 0}>
                        <span class="tile-number">{i18n.number(n)}</span>
                        <span class="tile-label">{i18n.t(label)}</span>
                    </div>
                }).collect_view()}
            </div>
            <AsTable>
                {move || counts.get().into_iter().map(|(label, n)| view! {
                    <tr><th scope="row">{i18n.t(label)}</th><td>{i18n.number(n)}</td></tr>
                }).collect_view()}
            </AsTable>
            <a href=Route::Today.href()>{move || i18n.t(Msg::OpenToday)}</a>
        </Figure>
    }
}
