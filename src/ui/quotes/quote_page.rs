//! One quote's form: customer and deal, currency, validity, lines with live totals, notes
//! and payment terms; saved whole (only what changed is written). A new quote gets its
//! number when first saved.

use leptos::prelude::*;

use super::line_row::LineRow;
use super::quote_actions::QuoteActions;
use super::totals_box::TotalsBox;
use crate::domain::{
    CustomerId, DealId, Field, FieldError, LineDraft, QuoteDraft, QuoteId, QuoteUpdate,
    QUOTE_CURRENCIES,
};
use crate::protocol::{Answer, DocumentError, Request};
use crate::ui::controls::{error_of, InputKind, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::{navigate, Route};
use crate::ui::state::use_app;
use crate::ui::time::{from_date_input, to_date_input};

#[component]
pub fn QuotePage(id: Option<QuoteId>, customer: Option<CustomerId>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let stored = {
        let id = id.clone();
        Memo::new(move |_| {
            let id = id.as_ref()?;
            app.snapshot.with(|s| s.quote(id).cloned())
        })
    };
    let draft = RwSignal::new(None::<QuoteDraft>);
    let dirty = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let note = RwSignal::new(None::<String>);
    // A new quote starts blank; a stored one from what is stored, again after each change
    // from elsewhere while nothing is being typed.
    Effect::new({
        let customer = customer.clone();
        move |_| match (stored.get(), &customer) {
            (Some(quote), _) if !dirty.get_untracked() => draft.set(Some(QuoteDraft::of(&quote))),
            (None, Some(customer)) if draft.with_untracked(Option::is_none) => {
                let today = crate::ui::time::today().start;
                draft.set(Some(QuoteDraft::new(customer.clone(), today)));
            }
            _ => {}
        }
    });
    let edit = move |f: &dyn Fn(&mut QuoteDraft)| {
        draft.update(|d| {
            if let Some(d) = d {
                f(d)
            }
        });
        dirty.set(true);
        note.set(None);
    };
    let customer_id = Memo::new(move |_| draft.with(|d| d.as_ref().map(|d| d.customer.clone())));
    let customer_name = Memo::new(move |_| {
        let id = customer_id.get()?;
        app.snapshot
            .with(|s| s.customer(&id).map(|c| c.name.clone()))
    });
    let heading = move || match stored.get() {
        Some(quote) => i18n.t(Msg::QuoteHeading).replace("{number}", &quote.number),
        None => i18n
            .t(Msg::NewQuoteFor)
            .replace("{name}", &customer_name.get().unwrap_or_default()),
    };
    let deals = Memo::new(move |_| {
        let Some(customer) = customer_id.get() else {
            return Vec::new();
        };
        let current = draft.with(|d| d.as_ref().and_then(|d| d.deal.clone()));
        app.snapshot.with(|s| {
            s.deals_of(&customer)
                .into_iter()
                .filter(|d| !d.stage.is_closed() || Some(&d.id) == current.as_ref())
                .map(|d| (d.id.clone(), d.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let save = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(d) = draft.get_untracked() else {
                return;
            };
            let request = match &id {
                Some(id) => Request::UpdateQuote(id.clone(), QuoteUpdate::Edit(d)),
                None => Request::CreateQuote(d),
            };
            app.send_saved(request, move |result| match result {
                Ok(Answer::Quote(new)) => {
                    dirty.set(false);
                    navigate(&Route::Quote(new));
                }
                Ok(_) => {
                    dirty.set(false);
                    errors.set(Vec::new());
                    note.set(Some(i18n.t(Msg::QuoteSaved).to_owned()));
                }
                Err(DocumentError::Invalid(found)) => errors.set(found),
                Err(other) => note.set(Some(other.to_string())),
            });
        }
    };
    let text = move |f: fn(&QuoteDraft) -> String| {
        Signal::derive(move || draft.with(|d| d.as_ref().map(f).unwrap_or_default()))
    };
    let line_count = Memo::new(move |_| draft.with(|d| d.as_ref().map_or(0, |d| d.lines.len())));
    let products = Memo::new(move |_| {
        app.snapshot.with(|s| {
            s.products()
                .into_iter()
                .filter(|p| !p.archived)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let missing =
        move || id.is_some() && stored.with(Option::is_none) && draft.with(Option::is_none);
    view! {
        <main id="main" tabindex="-1" class="page wide quote-page" aria-labelledby="quote-heading">
            <p class="no-print"><a href=Route::Quotes.href()>{move || i18n.t(Msg::Quotes)}</a>
                {move || customer_id.get().map(|c| view! { " · " <a href=Route::Customer(c).href()>{customer_name.get()}</a> })}
            </p>
            <h1 id="quote-heading">{heading}</h1>
            <Show when=move || !missing() fallback=move || view! { <p role="alert">{move || i18n.t(Msg::QuoteNotFound)}</p> }>
                {move || stored.get().map(|quote| view! { <QuoteActions quote note /> })}
                <p class="quote-note" role="status">{move || note.get()}</p>
                <form class="quote-form" on:submit=save.clone() novalidate aria-label=move || i18n.t(Msg::SaveQuote)>
                    <div class="row">
                        <TextField id="quote-title" label=Msg::FieldTitle value=text(|d| d.title.clone())
                            error=error_of(errors, Field::Title)
                            on_change=Callback::new(move |v: String| edit(&|d| d.title = v.clone())) />
                        <div class="field">
                            <label for="quote-currency">{move || i18n.t(Msg::FieldCurrency)}</label>
                            <select id="quote-currency" on:change=move |ev| {
                                let v = event_target_value(&ev);
                                edit(&|d| d.currency = v.clone())
                            }>
                                {QUOTE_CURRENCIES.iter().map(|c| {
                                    let code = c.code().to_owned();
                                    let selected = { let code = code.clone(); move || draft.with(|d| d.as_ref().is_some_and(|d| d.currency == code)) };
                                    view! { <option value=code.clone() selected=selected>{code.clone()}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <TextField id="quote-valid-until" label=Msg::ValidUntil kind=InputKind::Date
                            value=Signal::derive(move || draft.with(|d| d.as_ref().and_then(|d| d.valid_until).map(to_date_input).unwrap_or_default()))
                            on_change=Callback::new(move |v: String| edit(&|d| d.valid_until = from_date_input(&v))) />
                        <div class="field">
                            <label for="quote-deal">{move || i18n.t(Msg::QuoteDeal)}</label>
                            <select id="quote-deal" on:change=move |ev| {
                                let v = event_target_value(&ev);
                                edit(&|d| d.deal = (!v.is_empty()).then(|| DealId(v.clone())))
                            }>
                                <option value="" selected=move || draft.with(|d| d.as_ref().is_some_and(|d| d.deal.is_none()))>
                                    {move || i18n.t(Msg::QuoteNewDeal)}
                                </option>
                                {move || deals.get().into_iter().map(|(deal, title)| {
                                    let selected = { let deal = deal.clone(); move || draft.with(|d| d.as_ref().and_then(|d| d.deal.as_ref()) == Some(&deal)) };
                                    view! { <option value=deal.0.clone() selected=selected>{title}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    <fieldset class="quote-lines">
                        <legend>{move || i18n.t(Msg::QuoteLines)}</legend>
                        <crate::ui::controls::FieldError id="quote-lines-error" error=error_of(errors, Field::Lines) />
                        <table>
                            <thead><tr>
                                <th scope="col">{move || i18n.t(Msg::LineDescription)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineQuantity)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineUnit)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineUnitPrice)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineDiscount)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineKdv)}</th>
                                <th scope="col">{move || i18n.t(Msg::LineAmount)}</th>
                                <th scope="col"><span class="visually-hidden">{move || i18n.t(Msg::LineRemove)}</span></th>
                            </tr></thead>
                            <tbody>
                                <For each=move || 0..line_count.get() key=|at| *at let:at>
                                    <LineRow at draft errors products on_edit=Callback::new(move |()| { dirty.set(true); note.set(None); }) />
                                </For>
                            </tbody>
                        </table>
                        <datalist id="quote-products">
                            {move || products.get().into_iter().map(|p| view! { <option value=p.name.clone()></option> }).collect_view()}
                        </datalist>
                        <button type="button" on:click=move |_| edit(&|d| d.lines.push(LineDraft {
                            quantity: "1".into(),
                            unit: "adet".into(),
                            ..LineDraft::default()
                        }))>{move || i18n.t(Msg::LineAdd)}</button>
                    </fieldset>
                    <TotalsBox draft />
                    <div class="row">
                        <div class="field">
                            <label for="quote-payment-terms">{move || i18n.t(Msg::PaymentTerms)}</label>
                            <textarea id="quote-payment-terms" rows="3" prop:value=text(|d| d.payment_terms.clone())
                                on:change=move |ev| { let v = event_target_value(&ev); edit(&|d| d.payment_terms = v.clone()) }></textarea>
                        </div>
                        <div class="field">
                            <label for="quote-notes">{move || i18n.t(Msg::Notes)}</label>
                            <textarea id="quote-notes" rows="3" prop:value=text(|d| d.notes.clone())
                                on:change=move |ev| { let v = event_target_value(&ev); edit(&|d| d.notes = v.clone()) }></textarea>
                        </div>
                    </div>
                    <Show when=move || errors.with(|e| !e.is_empty())>
                        <p class="form-error" role="alert">{move || i18n.t(Msg::FixErrors)}</p>
                    </Show>
                    <div class="actions">
                        <button type="submit" class="primary">{move || i18n.t(Msg::SaveQuote)}</button>
                    </div>
                </form>
            </Show>
        </main>
    }
}
