//! A customer's quotes, the newest first, each with its status and total, and the way to
//! write a new one.

use leptos::prelude::*;

use crate::domain::{Code, CustomerId, Money};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

#[component]
pub fn CustomerQuotes(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let now = app.now();
    let quotes = {
        let customer = customer.clone();
        Memo::new(move |_| {
            app.snapshot.with(|s| {
                s.quotes_of(&customer)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="customer-quotes-heading">
            <h2 id="customer-quotes-heading">{move || i18n.t(Msg::Quotes)}</h2>
            <Show when=move || quotes.with(|q| !q.is_empty())
                fallback=move || view! { <p class="hint">{move || i18n.t(Msg::QuotesOfCustomerEmpty)}</p> }>
                <ul class="customer-quotes">
                    <For each=move || quotes.get() key=|q| q.clone() let:quote>
                        {
                            let status = quote.status_at_time(now);
                            let total = quote.totals().ok().map(|t| Money::new(t.grand_total, quote.currency));
                            view! {
                                <li>
                                    <a href=Route::Quote(quote.id.clone()).href()>{quote.number.clone()}</a>
                                    {(!quote.title.is_empty()).then(|| format!(" · {}", quote.title))}
                                    " · "<span class="quote-status" data-status=status.code()>{move || i18n.label(status)}</span>
                                    " · "<span class="amount">{move || total.map(|t| i18n.money(t))}</span>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <a class="button" href=Route::NewQuote(customer.clone()).href()>{move || i18n.t(Msg::NewQuote)}</a>
        </section>
    }
}
