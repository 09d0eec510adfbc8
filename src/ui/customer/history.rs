//! Who changed what on this customer, and when, read from the document's history.

use leptos::prelude::*;

use crate::protocol::{Answer, Request};

use super::field_text::{field_name, value_text};
use crate::domain::CustomerId;
use crate::protocol::{HistoryAction, HistoryEntry};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::{use_app, AppState};

#[component]
pub fn History(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let open = RwSignal::new(false);
    // Read only while the section is open: history walks every change.
    let entries = app.asked(
        move || open.get().then(|| Request::History(customer.clone())),
        |answer| match answer {
            Answer::History(entries) => Some(entries),
            _ => None,
        },
        Vec::new(),
    );
    view! {
        <details class="card history" on:toggle=move |ev| {
            use wasm_bindgen::JsCast;
            let details: web_sys::HtmlDetailsElement = ev.target().unwrap().unchecked_into();
            open.set(details.open());
        }>
            <summary><h2>{move || i18n.t(Msg::History)}</h2></summary>
            <ol class="history-list">
                {move || entries.get().into_iter().map(|entry| {
                    let by = entry.by.as_ref()
                        .and_then(|c| app.snapshot.with_untracked(|s| s.colleague_name(c).map(str::to_owned)))
                        .unwrap_or_else(|| i18n.t(Msg::Someone).to_owned());
                    let what = entry_text(i18n, app, &entry);
                    view! {
                        <li>
                            <time>{i18n.date_time(entry.at)}</time>" · "<strong>{by}</strong>" "{what}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </details>
    }
}

/// What one entry of the history says was done, in words.
pub fn entry_text(i18n: I18n, app: AppState, entry: &HistoryEntry) -> String {
    match entry.action {
        HistoryAction::Created => i18n.t(Msg::HistoryCreated).to_owned(),
        HistoryAction::Archived => i18n.t(Msg::HistoryArchived).to_owned(),
        HistoryAction::Restored => i18n.t(Msg::HistoryRestored).to_owned(),
        HistoryAction::InteractionLogged => i18n.t(Msg::HistoryLogged).to_owned(),
        HistoryAction::InteractionEdited => i18n.t(Msg::HistoryEdited).to_owned(),
        HistoryAction::InteractionRemoved => i18n.t(Msg::HistoryRemoved).to_owned(),
        HistoryAction::Imported => i18n.t(Msg::HistoryImported).to_owned(),
        HistoryAction::ImportUndone => i18n.t(Msg::HistoryImportUndone).to_owned(),
        HistoryAction::Merged => i18n
            .t(Msg::HistoryMerged)
            .replace("{name}", entry.new.as_deref().unwrap_or("—")),
        HistoryAction::Updated | HistoryAction::Resolved => {
            let verb = if entry.action == HistoryAction::Updated {
                Msg::HistoryUpdated
            } else {
                Msg::HistoryResolved
            };
            let field = entry.field.as_deref().unwrap_or_default();
            app.snapshot.with_untracked(|s| {
                let show = |v: &Option<String>| {
                    let text = v
                        .as_deref()
                        .map(|v| value_text(i18n, s, field, v))
                        .unwrap_or_default();
                    if text.is_empty() {
                        "—".to_owned()
                    } else {
                        text
                    }
                };
                format!(
                    "{} {}: {} → {}",
                    i18n.t(verb),
                    field_name(i18n, s, field),
                    show(&entry.old),
                    show(&entry.new)
                )
            })
        }
    }
}
