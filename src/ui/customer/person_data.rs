//! Everything held about one person (KVKK article 11): their record with every field,
//! consents, interactions, follow-ups, deals, quotes and who changed what, as a page to
//! print or save as PDF in the interface's language, and as one JSON file.

use leptos::prelude::*;

use super::custom_fields::shown_value;
use crate::domain::{
    person_json, Commitment, CustomerId, Deal, ExportedChange, Interaction, PersonFile,
    PersonRecords, Quote,
};
use crate::protocol::{Answer, HistoryAction, HistoryEntry, Request};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::{use_app, AppState};

#[component]
pub fn PersonDataPage(id: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let history = {
        let id = id.clone();
        app.asked(
            move || Some(Request::History(id.clone())),
            |answer| match answer {
                Answer::History(entries) => Some(entries),
                _ => None,
            },
            Vec::new(),
        )
    };
    let customer = {
        let id = id.clone();
        Memo::new(move |_| app.snapshot.with(|s| s.customer(&id).cloned()))
    };
    let status = RwSignal::new(None::<String>);
    let download = {
        let id = id.clone();
        move |_| {
            let Some(file) = person_file(app, &id, &history.get_untracked()) else {
                return;
            };
            let name = format!("rapport-{}.json", file_stem(&file.customer.name));
            match crate::platform::download(
                &name,
                person_json(&file).as_bytes(),
                "application/json",
            ) {
                Ok(()) => {
                    log_export(app, &id);
                    let said = i18n.t(Msg::PersonDataDownloaded).replace("{file}", &name);
                    status.set(Some(said));
                }
                Err(error) => status.set(Some(error)),
            }
        }
    };
    let print = {
        let id = id.clone();
        move |_| {
            log_export(app, &id);
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
    };
    let back = Route::Customer(id.clone()).href();
    view! {
        <main id="main" tabindex="-1" class="page person-data" aria-labelledby="person-data-heading">
            <p class="no-print"><a href=back>"← "{move || i18n.t(Msg::BackToCustomer)}</a></p>
            <h1 id="person-data-heading">
                {move || i18n.t(Msg::PersonDataTitle).replace("{name}", &customer.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default()))}
            </h1>
            <p class="hint">{move || i18n.t(Msg::PersonDataHint)}</p>
            <p class="hint">{move || i18n.t(Msg::PersonDataAsOf).replace("{date}", &i18n.date_time(app.now()))}</p>
            <div class="actions no-print">
                <button type="button" class="primary" on:click=download>{move || i18n.t(Msg::PersonDataJson)}</button>
                <button type="button" on:click=print>{move || i18n.t(Msg::PersonDataPrint)}</button>
                <span role="status">{move || status.get()}</span>
            </div>
            {move || customer.get().map(|c| sections(i18n, app, &c, &history.get()))}
        </main>
    }
}

/// Notes in the record of data events that the person's data left the app.
fn log_export(app: AppState, id: &CustomerId) {
    let request = Request::LogDataEvent(id.clone(), crate::domain::DataEventKind::PersonExported);
    app.send(request, |result| {
        if let Err(error) = result {
            leptos::logging::error!("recording a data event failed: {error}");
        }
    });
}

/// The file of everything held about `id`, from the page's read model and the history.
fn person_file(app: AppState, id: &CustomerId, history: &[HistoryEntry]) -> Option<PersonFile> {
    app.snapshot.with_untracked(|s| {
        let customer = s.customer(id)?;
        let interactions: Vec<Interaction> = s.timeline(id).into_iter().cloned().collect();
        let commitments: Vec<Commitment> = s.commitments_of(id).into_iter().cloned().collect();
        let deals: Vec<Deal> = s.deals_of(id).into_iter().cloned().collect();
        let quotes: Vec<Quote> = s.quotes_of(id).into_iter().cloned().collect();
        let records = PersonRecords {
            customer,
            interactions: &interactions,
            commitments: &commitments,
            deals: &deals,
            quotes: &quotes,
            colleagues: &s.colleagues,
            notices: &s.notices,
        };
        let changes = history
            .iter()
            .map(|h| ExportedChange {
                at: crate::domain::iso_millis(h.at),
                by: h.by.as_ref().map(|b| b.0.clone()),
                action: action_code(h.action).to_owned(),
                field: h.field.clone(),
                old: h.old.clone(),
                new: h.new.clone(),
            })
            .collect();
        Some(PersonFile::new(records, changes, app.now()))
    })
}

fn action_code(action: HistoryAction) -> &'static str {
    match action {
        HistoryAction::Created => "created",
        HistoryAction::Updated => "updated",
        HistoryAction::Resolved => "resolved",
        HistoryAction::Archived => "archived",
        HistoryAction::Restored => "restored",
        HistoryAction::InteractionLogged => "interaction_logged",
        HistoryAction::InteractionEdited => "interaction_edited",
        HistoryAction::InteractionRemoved => "interaction_removed",
        HistoryAction::Imported => "imported",
        HistoryAction::ImportUndone => "import_undone",
        HistoryAction::Merged => "merged",
    }
}

/// A file name made of the person's name, letters and digits only.
fn file_stem(name: &str) -> String {
    let stem: String = crate::domain::fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    stem.trim_matches('-').to_owned()
}

/// The readable page: one section per kind of record.
fn sections(
    i18n: I18n,
    app: AppState,
    customer: &crate::domain::Customer,
    history: &[HistoryEntry],
) -> impl IntoView {
    let snapshot = app.snapshot;
    let (record, interactions, commitments, deals, quotes) = snapshot.with_untracked(|s| {
        let mut record: Vec<(String, String)> = Vec::new();
        let mut add = |label: Msg, value: String| {
            if !value.trim().is_empty() {
                record.push((i18n.t(label).to_owned(), value));
            }
        };
        add(Msg::Name, customer.name.clone());
        add(Msg::KindLabel, i18n.label(customer.kind).to_owned());
        add(
            Msg::Company,
            s.company_name(customer).unwrap_or_default().to_owned(),
        );
        add(Msg::Emails, customer.emails.join(", "));
        add(Msg::Phones, customer.phones.join(", "));
        add(Msg::City, customer.city.clone());
        add(Msg::District, customer.district.clone());
        add(Msg::Address, customer.address.clone());
        add(Msg::Tags, customer.tags.join(", "));
        add(Msg::Stage, i18n.label(customer.stage).to_owned());
        add(Msg::Owner, s.owner_name(customer.owner.as_ref()).to_owned());
        add(Msg::Notes, customer.notes.clone());
        add(Msg::TaxNumber, customer.tax_number.clone());
        add(Msg::TaxOffice, customer.tax_office.clone());
        add(Msg::Iban, customer.iban.clone());
        add(Msg::PersonDataAdded, i18n.date_time(customer.created_at));
        for field in &s.fields {
            if let Some(value) = customer.fields.get(&field.id) {
                record.push((field.name.clone(), shown_value(i18n, field, value)));
            }
        }
        let interactions: Vec<String> = s
            .timeline(&customer.id)
            .into_iter()
            .map(|i| {
                format!(
                    "{} · {} · {} · {}",
                    i18n.date_time(i.at),
                    i18n.label(i.channel),
                    i18n.label(i.kind),
                    i.summary
                )
            })
            .collect();
        let commitments: Vec<String> = s
            .commitments_of(&customer.id)
            .into_iter()
            .map(|c| {
                format!(
                    "{} · {} · {}",
                    i18n.date(c.due),
                    c.title,
                    i18n.label(c.status)
                )
            })
            .collect();
        let deals: Vec<String> = s
            .deals_of(&customer.id)
            .into_iter()
            .map(|d| {
                format!(
                    "{} · {} · {}",
                    d.title,
                    i18n.label(d.stage),
                    i18n.money(d.amount)
                )
            })
            .collect();
        let quotes: Vec<String> = s
            .quotes_of(&customer.id)
            .into_iter()
            .map(|q| format!("{} · {} · {}", q.number, q.title, i18n.label(q.status)))
            .collect();
        (record, interactions, commitments, deals, quotes)
    });
    let consents: Vec<String> = customer
        .consents
        .iter()
        .map(|e| {
            let by = snapshot.with_untracked(|s| s.owner_name(e.by.as_ref()).to_owned());
            format!(
                "{} · {}: {} · {} · {by}",
                i18n.date_time(e.at),
                i18n.label(e.purpose),
                i18n.label(e.state),
                i18n.label(e.source)
            )
        })
        .collect();
    let changes: Vec<String> = history
        .iter()
        .map(|h| {
            let by = snapshot.with_untracked(|s| s.owner_name(h.by.as_ref()).to_owned());
            let what = super::history::entry_text(i18n, app, h);
            format!("{} · {by} · {what}", i18n.date_time(h.at))
        })
        .collect();
    let list = move |title: Msg, lines: Vec<String>| {
        view! {
            <section class="card" aria-label=move || i18n.t(title)>
                <h2>{move || i18n.t(title)}</h2>
                {if lines.is_empty() {
                    view! { <p class="hint">{move || i18n.t(Msg::PersonDataNone)}</p> }.into_any()
                } else {
                    view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        }
    };
    view! {
        <section class="card" aria-label=move || i18n.t(Msg::PersonDataRecord)>
            <h2>{move || i18n.t(Msg::PersonDataRecord)}</h2>
            <dl class="person-record">
                {record.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
            </dl>
        </section>
        {list(Msg::Consents, consents)}
        {list(Msg::PersonDataInteractions, interactions)}
        {list(Msg::PersonDataCommitments, commitments)}
        {list(Msg::PersonDataDeals, deals)}
        {list(Msg::Quotes, quotes)}
        {list(Msg::History, changes)}
    }
}
