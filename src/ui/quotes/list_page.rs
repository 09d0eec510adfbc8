//! Every quote, the newest first: searched by number, customer, title or a line's text
//! (Turkish letters folded), filtered by status, and exported as CSV.

use leptos::prelude::*;

use crate::domain::{fold, quotes_csv, Code, Money, NameIndex, Quote, QuoteStatus, Separator};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

#[component]
pub fn QuotesPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let search = RwSignal::new(String::new());
    let status = RwSignal::new(None::<QuoteStatus>);
    let now = app.now();
    let shown = Memo::new(move |_| {
        let words: Vec<String> = fold(&search.get())
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let wanted = status.get();
        app.snapshot.with(|s| {
            s.quotes()
                .into_iter()
                .filter(|q| wanted.is_none_or(|w| q.status_at_time(now) == w))
                .filter(|q| {
                    let customer = s
                        .customer(&s.current_id(&q.customer))
                        .map(|c| c.name.as_str())
                        .unwrap_or("");
                    let text = fold(&searchable(q, customer));
                    words.iter().all(|w| text.contains(w.as_str()))
                })
                .map(|q| {
                    let customer = s
                        .customer(&s.current_id(&q.customer))
                        .map(|c| c.name.clone());
                    (q.clone(), customer)
                })
                .collect::<Vec<_>>()
        })
    });
    let export = move |_| {
        let bytes = app.snapshot.with_untracked(|s| {
            let quotes: Vec<Quote> = shown.get_untracked().into_iter().map(|(q, _)| q).collect();
            let names = NameIndex::new(s.all_customers(), s.colleagues.iter());
            let separator = match i18n.get() {
                crate::ui::i18n::Locale::Tr => Separator::Semicolon,
                crate::ui::i18n::Locale::En => Separator::Comma,
            };
            quotes_csv(&quotes, &names, separator, now)
        });
        let day = crate::ui::time::to_input(now)[..10].to_owned();
        if let Err(error) = crate::platform::download(
            &format!("rapport-quotes-{day}.csv"),
            &bytes,
            "text/csv;charset=utf-8",
        ) {
            leptos::logging::error!("the quotes could not be downloaded: {error}");
        }
    };
    view! {
        <main id="main" tabindex="-1" class="page wide" aria-labelledby="quotes-heading">
            <h1 id="quotes-heading">{move || i18n.t(Msg::Quotes)}</h1>
            <p><a href=Route::Products.href()>{move || i18n.t(Msg::Products)}</a>" · "
                <a href=Route::Products.href()>{move || i18n.t(Msg::FirmDetails)}</a></p>
            <div class="row list-filters">
                <div class="field">
                    <label for="quotes-search">{move || i18n.t(Msg::QuotesSearch)}</label>
                    <input id="quotes-search" type="search" placeholder=move || i18n.t(Msg::QuotesSearchPlaceholder)
                        prop:value=search on:input=move |ev| search.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="quotes-status">{move || i18n.t(Msg::QuoteStatusLabel)}</label>
                    <select id="quotes-status" on:change=move |ev| status.set(QuoteStatus::from_code(&event_target_value(&ev)))>
                        <option value="">{move || i18n.t(Msg::QuoteStatusAll)}</option>
                        {QuoteStatus::ALL.iter().copied().map(|s| view! { <option value=s.code()>{move || i18n.label(s)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" on:click=export>{move || i18n.t(Msg::QuotesExportCsv)}</button>
            </div>
            <p role="status">{move || i18n.t(Msg::QuotesShown).replace("{count}", &i18n.number(shown.with(Vec::len)))}</p>
            <Show when=move || shown.with(|s| !s.is_empty()) fallback=move || view! { <p class="hint">{move || i18n.t(Msg::QuotesEmpty)}</p> }>
                <table class="quotes-table">
                    <thead><tr>
                        <th scope="col">{move || i18n.t(Msg::QuoteNumber)}</th>
                        <th scope="col">{move || i18n.t(Msg::FieldCustomer)}</th>
                        <th scope="col">{move || i18n.t(Msg::FieldTitle)}</th>
                        <th scope="col">{move || i18n.t(Msg::QuoteStatusLabel)}</th>
                        <th scope="col">{move || i18n.t(Msg::GrandTotal)}</th>
                        <th scope="col">{move || i18n.t(Msg::ValidUntil)}</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || shown.get() key=|(q, c)| (q.clone(), c.clone()) let:row>
                            {
                                let (quote, customer) = row;
                                let status = quote.status_at_time(now);
                                let total = quote.totals().ok().map(|t| Money::new(t.grand_total, quote.currency));
                                view! {
                                    <tr>
                                        <td><a href=Route::Quote(quote.id.clone()).href()>{quote.number.clone()}</a></td>
                                        <td>{customer}</td>
                                        <td>{quote.title.clone()}</td>
                                        <td><span class="quote-status" data-status=status.code()>{move || i18n.label(status)}</span></td>
                                        <td class="amount">{move || total.map(|t| i18n.money(t))}</td>
                                        <td>{move || quote.valid_until.map(|d| i18n.date(d))}</td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </Show>
        </main>
    }
}

/// What a quote is found by.
fn searchable(quote: &Quote, customer: &str) -> String {
    let mut text = format!("{} {} {}", quote.number, customer, quote.title);
    for item in &quote.items {
        text.push(' ');
        text.push_str(&item.line.description);
    }
    text
}
