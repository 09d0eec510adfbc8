//! The customers at risk: how many, and the five most overdue with the reason in words.

use leptos::prelude::*;

use super::figure::{AsTable, Figure};
use crate::ui::health_text::health_text;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::time::today;

const SHOWN: usize = 5;

#[component]
pub fn AtRiskSummary() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let list = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let all = s.at_risk(today());
            let first = all
                .iter()
                .take(SHOWN)
                .map(|r| (r.customer.id.clone(), r.customer.name.clone(), r.health))
                .collect::<Vec<_>>();
            (all.len(), first)
        })
    });
    let explanation = Signal::derive(move || {
        i18n.t(Msg::AtRiskExplained)
            .replace("{count}", &i18n.number(list.with(|l| l.0)))
    });
    view! {
        <Figure id="dashboard-at-risk-heading" title=Msg::AtRisk explanation>
            <div class="tiles">
                <div class="tile" class:alert=move || list.with(|l| l.0 > 0)>
                    <span class="tile-number">{move || i18n.number(list.with(|l| l.0))}</span>
                    <span class="tile-label">{move || i18n.t(Msg::AtRisk)}</span>
                </div>
            </div>
            <AsTable headers=vec![Msg::FieldCustomer, Msg::Why]>
                {move || list.get().1.into_iter().map(|(id, name, health)| view! {
                    <tr>
                        <th scope="row"><a href=Route::Customer(id).href()>{name}</a></th>
                        <td>{health_text(i18n, &health)}</td>
                    </tr>
                }).collect_view()}
            </AsTable>
            <a href=Route::Today.href()>{move || i18n.t(Msg::OpenToday)}</a>
        </Figure>
    }
}
