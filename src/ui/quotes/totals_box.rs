//! A quote's totals as the form is typed: subtotal, discount, the KDV base and KDV per
//! rate, total KDV and the grand total, in the quote's one currency.

use leptos::prelude::*;

use crate::domain::{Money, QuoteDraft, QuoteTotals};
use crate::ui::i18n::{use_i18n, I18n, Msg};

#[component]
pub fn TotalsBox(draft: RwSignal<Option<QuoteDraft>>) -> impl IntoView {
    let i18n = use_i18n();
    let totals =
        Memo::new(move |_| draft.with(|d| d.as_ref().and_then(QuoteDraft::running_totals)));
    view! {
        <section class="quote-totals" aria-label=move || i18n.t(Msg::GrandTotal)>
            {move || totals.get().map(|(totals, all)| view! {
                <TotalsTable totals />
                {(!all).then(|| view! { <p class="hint">{move || i18n.t(Msg::TotalsUnavailable)}</p> })}
            })}
        </section>
    }
}

/// The totals as a table (the form's and the printed page's).
#[component]
pub fn TotalsTable(totals: QuoteTotals) -> impl IntoView {
    let i18n = use_i18n();
    // Drawn again when the language changes.
    let body = move || {
        let _ = i18n.get();
        let currency = totals.currency;
        let money = move |minor: i64| i18n.money(Money::new(minor, currency));
        let gross: i64 = totals.lines.iter().map(|l| l.gross).sum();
        let row = |label: String, amount: String, class: &'static str| {
            view! { <tr class=class><th scope="row">{label}</th><td class="amount">{amount}</td></tr> }
        };
        let mut rows = vec![row(i18n.t(Msg::TotalGross).to_owned(), money(gross), "")];
        if totals.discount > 0 {
            let discount = format!("−{}", money(totals.discount));
            rows.push(row(i18n.t(Msg::TotalDiscount).to_owned(), discount, ""));
        }
        rows.push(row(i18n.t(Msg::TotalNet).to_owned(), money(totals.net), ""));
        for rate in &totals.per_rate {
            rows.push(row(
                rate_label(i18n, rate.rate.percent()),
                money(rate.kdv),
                "",
            ));
        }
        rows.push(row(i18n.t(Msg::TotalKdv).to_owned(), money(totals.kdv), ""));
        rows.push(row(
            i18n.t(Msg::GrandTotal).to_owned(),
            money(totals.grand_total),
            "grand-total",
        ));
        rows.collect_view()
    };
    view! { <table class="totals"><tbody>{body}</tbody></table> }
}

fn rate_label(i18n: I18n, percent: i64) -> String {
    i18n.t(Msg::TotalKdvRate)
        .replace("{rate}", &percent.to_string())
}
