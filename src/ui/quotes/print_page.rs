//! A quote as it prints on A4 (or saves as PDF from the browser's print dialog): the
//! firm's letterhead, the customer, the lines, the totals per KDV rate, the terms. Only
//! the page itself prints (the app's bars are hidden by the print style).

use leptos::prelude::*;

use super::totals_box::TotalsTable;
use crate::domain::{format_discount, format_quantity, Money, QuoteId};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

#[component]
pub fn PrintPage(id: QuoteId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let found = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let quote = s.quote(&id)?.clone();
            let customer = s.customer(&s.current_id(&quote.customer)).cloned();
            let company = customer
                .as_ref()
                .and_then(|c| s.company_name(c))
                .map(str::to_owned);
            Some((quote, customer, company, s.firm.clone()))
        })
    });
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <main id="main" tabindex="-1" class="page print-page">
        {move || match found.get() {
            None => view! { <p role="alert">{move || i18n.t(Msg::QuoteNotFound)}</p> }.into_any(),
            Some((quote, customer, company, firm)) => {
                let totals = quote.totals().ok();
                let currency = quote.currency;
                let money = move |minor: i64| i18n.money(Money::new(minor, currency));
                let back = Route::Quote(quote.id.clone()).href();
                let lines = quote.items.iter().enumerate().map(|(at, item)| {
                    let line = item.line.clone();
                    let net = totals.as_ref().and_then(|t| t.lines.get(at)).map(|t| t.net).unwrap_or_default();
                    view! {
                        <tr>
                            <td>{at + 1}</td>
                            <td>{line.description.clone()}</td>
                            <td class="amount">{format_quantity(line.quantity)}" "{line.unit.clone()}</td>
                            <td class="amount">{money(line.unit_price)}</td>
                            <td class="amount">{move || percent(i18n, &format_discount(line.discount))}</td>
                            <td class="amount">{move || i18n.label(line.kdv)}</td>
                            <td class="amount">{money(net)}</td>
                        </tr>
                    }
                }).collect_view();
                let firm_missing = firm.name.is_empty();
                view! {
                    <div class="print-tools no-print">
                        <a href=back>{move || i18n.t(Msg::PrintBack)}</a>
                        <button type="button" class="primary" on:click=print>{move || i18n.t(Msg::PrintNow)}</button>
                        {firm_missing.then(|| view! { <p class="hint">{move || i18n.t(Msg::PrintNoFirm)}</p> })}
                    </div>
                    <article class="print-sheet" aria-label=quote.number.clone()>
                        <header class="letterhead">
                            <div>
                                <p class="firm-name">{firm.name.clone()}</p>
                                <p class="pre">{firm.address.clone()}</p>
                                <p>{firm.phone.clone()}{(!firm.phone.is_empty() && !firm.email.is_empty()).then_some(" · ")}{firm.email.clone()}</p>
                                {(!firm.tax_office.is_empty() || !firm.tax_number.is_empty()).then(|| view! {
                                    <p>{move || i18n.t(Msg::TaxOffice)}": "{firm.tax_office.clone()}" · "{move || i18n.t(Msg::TaxNumber)}": "{firm.tax_number.clone()}</p>
                                })}
                            </div>
                            <div class="quote-meta">
                                <h1>{move || i18n.t(Msg::PrintTitle)}</h1>
                                <p>{move || i18n.t(Msg::QuoteNumber)}": "<strong>{quote.number.clone()}</strong></p>
                                <p>{move || i18n.t(Msg::PrintDate)}": "{let at = quote.created_at; move || i18n.date(at)}</p>
                                {quote.valid_until.map(|d| view! { <p>{move || i18n.t(Msg::ValidUntil)}": "{move || i18n.date(d)}</p> })}
                            </div>
                        </header>
                        <section class="addressee">
                            <p>{move || i18n.t(Msg::PrintTo)}</p>
                            {customer.map(|c| view! {
                                <p class="firm-name">{c.name.clone()}</p>
                                {company.map(|name| view! { <p>{name}</p> })}
                                <p class="pre">{c.address.clone()}{(!c.city.is_empty()).then(|| format!(" {}", c.city))}</p>
                                {(!c.tax_number.is_empty()).then(|| view! {
                                    <p>{move || i18n.t(Msg::TaxOffice)}": "{c.tax_office.clone()}" · "{move || i18n.t(Msg::TaxNumber)}": "{c.tax_number.clone()}</p>
                                })}
                            })}
                        </section>
                        {(!quote.title.is_empty()).then(|| view! { <h2>{quote.title.clone()}</h2> })}
                        <table class="print-lines">
                            <thead><tr>
                                <th scope="col">{move || i18n.t(Msg::PrintLineNo)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineDescription)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineQuantity)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineUnitPrice)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineDiscount)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineKdv)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineAmount)}</th>
                            </tr></thead>
                            <tbody>{lines}</tbody>
                        </table>
                        {totals.map(|totals| view! { <TotalsTable totals /> })}
                        {(!quote.payment_terms.is_empty()).then(|| view! {
                            <section><h3>{move || i18n.t(Msg::PaymentTerms)}</h3><p class="pre">{quote.payment_terms.clone()}</p></section>
                        })}
                        {(!quote.notes.is_empty()).then(|| view! {
                            <section><h3>{move || i18n.t(Msg::Notes)}</h3><p class="pre">{quote.notes.clone()}</p></section>
                        })}
                        {(!firm.iban.is_empty()).then(|| view! { <p>"IBAN: "{firm.iban.clone()}</p> })}
                    </article>
                }.into_any()
            }
        }}
        </main>
    }
}

/// A percentage as the language writes it (`%10`, `10 %`); nothing for none.
fn percent(i18n: crate::ui::i18n::I18n, number: &str) -> String {
    match (number.is_empty(), i18n.get()) {
        (true, _) => String::new(),
        (false, crate::ui::i18n::Locale::Tr) => format!("%{number}"),
        (false, crate::ui::i18n::Locale::En) => format!("{number} %"),
    }
}
