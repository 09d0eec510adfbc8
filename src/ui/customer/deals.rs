//! A customer's deals: quote, order, won or lost, with amounts and the totals explained
//! (revenue is what was won; open deals are what may come; currencies are never added).

use leptos::prelude::*;

use super::deal_form::DealForm;
use super::deal_item::DealItem;
use crate::domain::{CustomerId, Money};
use crate::model::Snapshot;
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Deals(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = {
        let customer = customer.clone();
        Memo::new(move |_| {
            app.snapshot.with(|s| {
                s.deals_of(&customer)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let totals = {
        let customer = customer.clone();
        Memo::new(move |_| app.snapshot.with(|s| totals(s, &customer)))
    };
    view! {
        <section class="card" aria-labelledby="deals-heading">
            <h2 id="deals-heading">{move || i18n.t(Msg::Deals)}</h2>
            <p class="record" role="status">{move || totals_text(i18n, &totals.get())}</p>
            <Show when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="hint">{move || i18n.t(Msg::NoDeals)}</p> }>
                <ul class="deals">
                    <For each=move || rows.get() key=|row| row.clone() let:row>
                        <DealItem row />
                    </For>
                </ul>
            </Show>
            <DealForm customer />
        </section>
    }
}

/// What the totals line says: won per currency and how many, open per currency and how
/// many.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Totals {
    won: Vec<Money>,
    won_deals: usize,
    open: Vec<Money>,
    open_deals: usize,
}

fn totals(s: &Snapshot, customer: &CustomerId) -> Totals {
    let revenue = s.revenue(customer);
    let mut open: Vec<Money> = Vec::new();
    let mut open_deals = 0;
    for deal in s.deals_of(customer) {
        if deal.stage.is_closed() {
            continue;
        }
        open_deals += 1;
        match open.iter_mut().find(|m| m.currency == deal.amount.currency) {
            Some(sum) => sum.minor += deal.amount.minor,
            None => open.push(deal.amount),
        }
    }
    open.sort_by_key(|m| m.currency);
    Totals {
        won: revenue.amounts,
        won_deals: revenue.won_deals,
        open,
        open_deals,
    }
}

fn totals_text(i18n: I18n, t: &Totals) -> String {
    let amounts = |list: &[Money]| {
        list.iter()
            .map(|m| i18n.money(*m))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let mut text = if t.won_deals == 0 {
        i18n.t(Msg::NoRevenue).to_owned()
    } else {
        i18n.t(Msg::RevenueLine)
            .replace("{amounts}", &amounts(&t.won))
            .replace("{won}", &i18n.number(t.won_deals))
    };
    if t.open_deals > 0 {
        text.push(' ');
        text.push_str(
            &i18n
                .t(Msg::OpenLine)
                .replace("{amounts}", &amounts(&t.open))
                .replace("{count}", &i18n.number(t.open_deals)),
        );
    }
    text.push(' ');
    text.push_str(i18n.t(Msg::RevenueNote));
    text
}
