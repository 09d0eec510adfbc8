//! Top customers by revenue in lira, and the Pareto view: how few customers bring three
//! quarters of the revenue.

use leptos::prelude::*;

use super::bar_chart::{Bar, BarChart};
use super::figure::{AsTable, Figure};
use crate::domain::{Currency, CustomerId, Money};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

const TOP: usize = 10;
/// Revenue is compared in one currency; lira is the main one (see `domain::value`).
const CURRENCY: Currency = Currency::TRY;

#[component]
pub fn TopCustomers() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let top = Memo::new(move |_| {
        app.snapshot.with(|s| {
            s.top_customers(CURRENCY, TOP)
                .into_iter()
                .map(|(c, amount)| (c.id.clone(), c.name.clone(), amount))
                .collect::<Vec<(CustomerId, String, i64)>>()
        })
    });
    let pareto = Memo::new(move |_| app.snapshot.with(|s| s.pareto(CURRENCY)));
    let money = move |minor: i64| i18n.money(Money::new(minor, CURRENCY));
    let share = move |amount: i64| {
        let total = pareto.with(|p| p.total).max(1);
        format!("{}%", (amount * 200 + total) / (2 * total))
    };
    let bars = Signal::derive(move || {
        top.get()
            .into_iter()
            .map(|(_, name, amount)| Bar {
                label: name,
                value: amount as f64,
                text: money(amount),
            })
            .collect::<Vec<_>>()
    });
    let explanation = Signal::derive(move || {
        pareto.with(|p| match p.share_percent() {
            None => i18n.t(Msg::NoRevenueYet).to_owned(),
            Some(percent) => i18n
                .t(Msg::ParetoExplained)
                .replace("{top}", &i18n.number(p.top.len()))
                .replace("{all}", &i18n.number(p.customers))
                .replace("{percent}", &percent.to_string())
                .replace("{target}", &p.target_percent.to_string())
                .replace("{top_revenue}", &money(p.top_revenue))
                .replace("{total}", &money(p.total)),
        })
    });
    view! {
        <Figure id="top-customers-heading" title=Msg::TopCustomers explanation>
            <BarChart bars label=Signal::derive(move || i18n.t(Msg::TopCustomers).to_owned()) />
            <AsTable headers=vec![Msg::FieldCustomer, Msg::Revenue, Msg::ShareOfRevenue]>
                {move || top.get().into_iter().map(|(id, name, amount)| view! {
                    <tr>
                        <th scope="row"><a href=Route::Customer(id).href()>{name}</a></th>
                        <td>{money(amount)}</td>
                        <td>{share(amount)}</td>
                    </tr>
                }).collect_view()}
            </AsTable>
        </Figure>
    }
}
