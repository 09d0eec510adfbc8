//! A customer's page: details edited in place, archive/restore, people of a company, the
//! interaction timeline and the form to log a new interaction.

use leptos::prelude::*;

use crate::protocol::Request;

use super::commitments::Commitments;
use super::conflicts::Conflicts;
use super::contact_actions::{ContactActions, LogOffer};
use super::deals::Deals;
use super::fields::CustomerFields;
use super::health_line::HealthLine;
use super::history::History;
use super::interaction_form::InteractionForm;
use super::quotes::CustomerQuotes;
use super::stage_history::StageHistory;
use super::timeline::Timeline;
use super::value_line::ValueLine;
use crate::domain::{Code, CustomerDraft, CustomerId, CustomerKind, CustomerUpdate, FieldError};
use crate::protocol::DocumentError;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

#[component]
pub fn CustomerPage(id: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let customer = {
        let id = id.clone();
        Memo::new(move |_| app.snapshot.with(|s| s.customer(&id).cloned()))
    };
    let exists = move || customer.with(Option::is_some);
    view! {
        <main id="main" tabindex="-1" class="page">
            <a class="back" href=Route::Customers.href()>"← "{move || i18n.t(Msg::BackToList)}</a>
            <crate::ui::duplicates::MergeAnnouncement customer=id.clone() />
            <Show when=exists fallback={
                let id = id.clone();
                move || view! { <crate::ui::duplicates::MergedRecord id=id.clone() /> }
            }>
                <CustomerDetails id=id.clone() customer />
            </Show>
        </main>
    }
}

#[component]
fn CustomerDetails(
    id: CustomerId,
    customer: Memo<Option<crate::domain::Customer>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let draft = Signal::derive(move || {
        app.snapshot.with(|s| {
            customer.with(|c| {
                c.as_ref()
                    .map(|c| CustomerDraft::of(c, s.company_name(c)))
                    .unwrap_or_default()
            })
        })
    });
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_change = {
        let id = id.clone();
        Callback::new(move |update: CustomerUpdate| {
            let field = update.field();
            errors.update(|e| e.retain(|e| e.field != field));
            // Checked here, so the field knows at once; the engine checks again.
            let update = match update.validated() {
                Ok(update) => update,
                Err(found) => {
                    errors.update(|e| e.push(found));
                    return false;
                }
            };
            app.send(
                Request::UpdateCustomer(id.clone(), update),
                move |result| match result {
                    Ok(_) => {}
                    Err(DocumentError::Invalid(found)) => {
                        let _ = errors.try_update(|e| e.extend(found));
                    }
                    Err(other) => {
                        errors.try_update(|e| {
                            e.push(FieldError::new(
                                field,
                                crate::domain::Problem::UnknownCustomer,
                            ))
                        });
                        leptos::logging::error!("saving a field failed: {other}");
                    }
                },
            );
            true
        })
    };
    let name = move || customer.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let archived = move || customer.with(|c| c.as_ref().is_some_and(|c| c.archived));
    let kind =
        move || customer.with(|c| c.as_ref().map(|c| c.kind).unwrap_or(CustomerKind::Person));
    let stage = move || {
        customer
            .with(|c| c.as_ref().map(|c| c.stage))
            .unwrap_or(crate::domain::Stage::Exploration)
    };
    let toggle_archive = {
        let id = id.clone();
        move |_| {
            let archive = !archived();
            app.send(Request::SetArchived(id.clone(), archive), |_| {});
        }
    };
    let vcard_failed = RwSignal::new(false);
    let download_vcard = {
        let id = id.clone();
        move |_| {
            let outcome =
                crate::ui::customers::download_vcards(app, i18n, std::slice::from_ref(&id));
            vcard_failed.set(outcome.is_err());
        }
    };
    let members = {
        let id = id.clone();
        Memo::new(move |_| {
            app.snapshot.with(|s| {
                s.members(&id)
                    .into_iter()
                    .map(|c| (c.id.clone(), c.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let offer = LogOffer::new();
    view! {
        <div class="customer-head">
            <h1>{name}</h1>
            <span class="badge">{move || i18n.label(kind())}</span>
            <span class=move || format!("stage stage-{}", stage().code())>{move || i18n.label(stage())}</span>
            <span class="field-error" role="status">{move || vcard_failed.get().then(|| i18n.t(Msg::ErrDownload))}</span>
            <button type="button" class="vcard" on:click=download_vcard>{move || i18n.t(Msg::DownloadVcard)}</button>
            <button type="button" on:click=toggle_archive>
                {move || i18n.t(if archived() { Msg::RestoreCustomer } else { Msg::ArchiveCustomer })}
            </button>
        </div>
        <ContactActions customer offer />
        <Show when=archived>
            <p class="banner" role="status">{move || i18n.t(Msg::ArchivedNotice)}</p>
        </Show>
        <Conflicts customer=id.clone() />
        <HealthLine customer=id.clone() />
        <div class="customer-layout">
            <section class="card" aria-labelledby="details-heading">
                <h2 id="details-heading">{move || i18n.t(Msg::Details)}</h2>
                <p class="hint">{move || i18n.t(Msg::SavedAutomatically)}</p>
                <CustomerFields id_prefix="customer" draft errors on_change />
                <Show when=move || members.with(|m| !m.is_empty())>
                    <h3>{move || i18n.t(Msg::People)}</h3>
                    <ul class="members">
                        <For each=move || members.get() key=|m| m.0.clone() let:member>
                            <li><a href=Route::Customer(member.0.clone()).href()>{member.1.clone()}</a></li>
                        </For>
                    </ul>
                </Show>
            </section>
            <section class="card" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{move || i18n.t(Msg::Timeline)}</h2>
                <InteractionForm customer=id.clone() fill=offer.fill />
                <Timeline customer=id.clone() />
            </section>
        </div>
        <div class="customer-sections">
            <Commitments customer=id.clone() />
            <Deals customer=id.clone() />
            <CustomerQuotes customer=id.clone() />
            <super::consents::Consents customer=id.clone() />
            <ValueLine customer=id.clone() />
            <StageHistory customer />
        </div>
        <History customer=id.clone() />
    }
}
