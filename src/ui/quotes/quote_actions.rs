//! What can happen to a stored quote: print it, log that it was sent (marking it sent),
//! record the customer's answer (accepting wins its deal with the quote's total), or
//! remove it.

use leptos::prelude::*;

use crate::domain::{
    Channel, Code, Direction, InteractionDraft, InteractionKind, Money, Quote, QuoteStatus,
    QuoteUpdate,
};
use crate::protocol::Request;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::{navigate, Route};
use crate::ui::state::use_app;

/// The channels a quote is usually sent by.
const SENT_BY: [Channel; 4] = [
    Channel::Email,
    Channel::WhatsApp,
    Channel::Visit,
    Channel::Other,
];

#[component]
pub fn QuoteActions(
    quote: Quote,
    /// Where what happened is said (the page's: this part is drawn again with each change).
    note: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let sending = RwSignal::new(false);
    let channel = RwSignal::new(Channel::Email);
    let total = quote
        .totals()
        .ok()
        .map(|t| Money::new(t.grand_total, quote.currency));
    let status = quote.status_at_time(app.now());
    let id = quote.id.clone();
    let update = move |update: QuoteUpdate, done: Msg| {
        let total = total;
        app.send_saved(
            Request::UpdateQuote(id.clone(), update),
            move |result| match result {
                Ok(_) => {
                    let text = i18n
                        .t(done)
                        .replace("{total}", &total.map(|t| i18n.money(t)).unwrap_or_default());
                    note.try_set(Some(text));
                }
                Err(error) => {
                    note.try_set(Some(error.to_string()));
                }
            },
        );
    };
    let send_log = {
        let number = quote.number.clone();
        let update = update.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let summary = i18n
                .t(Msg::QuoteSentSummary)
                .replace("{number}", &number)
                .replace("{total}", &total.map(|t| i18n.money(t)).unwrap_or_default());
            let draft = InteractionDraft {
                channel: channel.get_untracked(),
                kind: InteractionKind::Contact,
                direction: Direction::Outgoing,
                summary,
                ..InteractionDraft::new(app.now())
            };
            sending.set(false);
            update(QuoteUpdate::Sent(draft), Msg::QuoteSentNote);
        }
    };
    let remove = {
        let id = quote.id.clone();
        move |_| {
            let sure = web_sys::window()
                .and_then(|w| w.confirm_with_message(i18n.t(Msg::RemoveQuote)).ok())
                .unwrap_or(false);
            if sure {
                app.send(
                    Request::UpdateQuote(id.clone(), QuoteUpdate::Remove),
                    |result| match result {
                        Ok(_) => navigate(&Route::Quotes),
                        Err(error) => leptos::logging::error!("removing a quote failed: {error}"),
                    },
                );
            }
        }
    };
    let accept = update.clone();
    let reject = update.clone();
    view! {
        <div class="quote-actions no-print">
            <p>
                {move || i18n.t(Msg::QuoteStatusLabel)}": "
                <strong class="quote-status" data-status=status.code()>{move || i18n.label(status)}</strong>
            </p>
            <div class="actions">
                <a class="button" href=Route::PrintQuote(quote.id.clone()).href()>{move || i18n.t(Msg::PrintQuote)}</a>
                <button type="button" on:click=move |_| sending.update(|s| *s = !*s)
                    aria-expanded=move || sending.get().to_string()>{move || i18n.t(Msg::MarkSent)}</button>
                <Show when=move || status != QuoteStatus::Accepted>
                    <button type="button" on:click={
                        let accept = accept.clone();
                        move |_| accept(QuoteUpdate::Status(QuoteStatus::Accepted), Msg::QuoteAcceptedNote)
                    }>{move || i18n.t(Msg::AcceptQuote)}</button>
                </Show>
                <Show when=move || status != QuoteStatus::Rejected>
                    <button type="button" on:click={
                        let reject = reject.clone();
                        move |_| reject(QuoteUpdate::Status(QuoteStatus::Rejected), Msg::QuoteSaved)
                    }>{move || i18n.t(Msg::RejectQuote)}</button>
                </Show>
                <button type="button" class="danger" on:click=remove>{move || i18n.t(Msg::RemoveQuote)}</button>
            </div>
            <Show when=move || sending.get()>
                <form class="sub-form" on:submit=send_log.clone() aria-label=move || i18n.t(Msg::MarkSent)>
                    <div class="field">
                        <label for="quote-sent-by">{move || i18n.t(Msg::SentVia)}</label>
                        <select id="quote-sent-by" on:change=move |ev| {
                            if let Some(c) = Channel::from_code(&event_target_value(&ev)) {
                                channel.set(c);
                            }
                        }>
                            {SENT_BY.iter().copied().map(|c| view! {
                                <option value=c.code() selected=move || channel.get() == c>{move || i18n.label(c)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="primary">{move || i18n.t(Msg::LogSending)}</button>
                </form>
            </Show>
        </div>
    }
}
