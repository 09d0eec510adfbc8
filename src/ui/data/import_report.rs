//! What an import did, in words: customers added, records already here (and which
//! customer each matched), rows or cards skipped with the reason, and "Undo this import".

use leptos::prelude::*;

use crate::protocol::Request;

use super::import_run::{Report, Skipped};
use crate::domain::{CardReason, FieldError, MatchReason, SkipReason};
use crate::ui::i18n::{field_msg, use_i18n, I18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// Lines listed per kind; the counts always cover everything.
const LISTED: usize = 100;

/// Why a row was skipped, as a user reads it.
pub fn skip_text(i18n: I18n, reason: &SkipReason) -> String {
    match reason {
        SkipReason::NoName => i18n.t(Msg::SkipNoName).to_owned(),
        SkipReason::Invalid(error) => invalid_text(i18n, error),
        SkipReason::UnknownStage(value) => i18n.t(Msg::SkipUnknownStage).replace("{value}", value),
        SkipReason::UnknownKind(value) => i18n.t(Msg::SkipUnknownKind).replace("{value}", value),
    }
}

fn invalid_text(i18n: I18n, error: &FieldError) -> String {
    format!(
        "{}: {}",
        i18n.t(field_msg(error.field)),
        i18n.problem(&error.problem)
    )
}

/// "1 record …" or "{n} records …".
fn count_text(i18n: I18n, n: usize, one: Msg, many: Msg) -> String {
    if n == 1 {
        i18n.t(one).to_owned()
    } else {
        i18n.t(many).replace("{n}", &i18n.number(n))
    }
}

fn reason_text(reason: MatchReason) -> Msg {
    match reason {
        MatchReason::Email => Msg::ImportSameEmail,
        MatchReason::Phone => Msg::ImportSamePhone,
        MatchReason::NameAndCompany => Msg::ImportSameName,
    }
}

#[component]
pub fn ImportReport(report: Report) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let undone = RwSignal::new(report.undone);
    let error = RwSignal::new(None::<String>);
    let outcome = StoredValue::new(report.outcome.clone());
    let undo = move |_| {
        let outcome = outcome.get_value();
        app.send(Request::UndoImport(outcome), move |result| match result {
            Ok(_) => {
                undone.try_set(true);
                app.last_import.try_update(|last| {
                    if let Some(last) = last {
                        last.undone = true;
                    }
                });
            }
            Err(e) => {
                let _ = error.try_set(Some(e.to_string()));
            }
        });
    };
    let added = report.written.min(report.outcome.added.len());
    let companies = report
        .outcome
        .companies_added
        .iter()
        .filter(|id| app.snapshot.with_untracked(|s| s.customer(id).is_some()))
        .count();
    let summary = match (report.stopped, added) {
        (true, 0) => i18n.t(Msg::ImportStoppedNothing).to_owned(),
        (true, _) => i18n
            .t(Msg::ImportStopped)
            .replace("{added}", &i18n.number(added)),
        (false, 0) => i18n.t(Msg::ImportNothingNew).to_owned(),
        (false, _) => {
            let plus = match companies {
                0 => ".".to_owned(),
                n => count_text(i18n, n, Msg::ImportPlusCompanyOne, Msg::ImportPlusCompanies),
            };
            count_text(i18n, added, Msg::ImportAddedOne, Msg::ImportAddedMany) + &plus
        }
    };
    let place = |position: usize| {
        let msg = if report.is_vcard {
            Msg::CardNumber
        } else {
            Msg::LineNumber
        };
        i18n.t(msg).replace("{n}", &i18n.number(position))
    };
    let duplicates = report
        .outcome
        .duplicates
        .iter()
        .take(LISTED)
        .map(|duplicate| {
            let at = report
                .positions
                .get(duplicate.index)
                .map(|p| place(*p))
                .unwrap_or_default();
            let name = app.snapshot.with_untracked(|s| {
                s.customer(&duplicate.customer)
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            });
            let href = Route::Customer(duplicate.customer.clone()).href();
            let why = i18n.t(reason_text(duplicate.reason));
            view! { <li>{at}": "<a href=href>{name}</a>" ("{why}")"</li> }
        })
        .collect_view();
    let skipped = report
        .skipped
        .iter()
        .take(LISTED)
        .map(|skipped| {
            let (at, why) = match skipped {
                Skipped::Row(problem) => (place(problem.line), skip_text(i18n, &problem.reason)),
                Skipped::Card(problem) => (
                    place(problem.card),
                    match &problem.reason {
                        CardReason::NoName => i18n.t(Msg::SkipNoName).to_owned(),
                        CardReason::Invalid(errors) => errors
                            .iter()
                            .map(|e| invalid_text(i18n, e))
                            .collect::<Vec<_>>()
                            .join("; "),
                    },
                ),
            };
            view! { <li>{at}": "{why}</li> }
        })
        .collect_view();
    let duplicate_count = report.outcome.duplicates.len();
    let skipped_count = report.skipped.len();
    view! {
        <div class="import-report" role="status">
            <p class="import-summary">{summary}</p>
            <Show when=move || undone.get()>
                <p>{move || i18n.t(Msg::ImportUndoneNote)}</p>
            </Show>
        </div>
        {(duplicate_count > 0).then(|| view! {
            <details class="import-details">
                <summary>{count_text(i18n, duplicate_count, Msg::ImportAlreadyHereOne, Msg::ImportAlreadyHere)}</summary>
                <ul>{duplicates}</ul>
            </details>
        })}
        {(skipped_count > 0).then(|| view! {
            <details class="import-details" open>
                <summary>{count_text(i18n, skipped_count, Msg::ImportSkippedOne, Msg::ImportSkipped)}</summary>
                <ul>{skipped}</ul>
            </details>
        })}
        {(added > 0).then(|| view! {
            <Show when=move || !undone.get()>
                <button type="button" class="undo-import" on:click=undo>{move || i18n.t(Msg::UndoImport)}</button>
            </Show>
        })}
        <crate::ui::controls::FieldError id="undo-import-error" error=error />
    }
}
