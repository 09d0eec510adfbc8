//! Running an import in steps the browser can paint between: rows are checked a thousand
//! at a time, then customers are written part by part (one commit each), so a progress
//! bar moves and "Stop" is heard between steps.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::{convert, CardProblem, Converted, CustomerDraft, Mapping, RowProblem, Table};
use crate::platform::{after_paint, pending_log::ImportUnderWay};
use crate::protocol::{Answer, Request};
use crate::protocol::{DocumentError, ImportOutcome};
use crate::ui::state::AppState;

/// Rows checked between two paints.
const ROWS_PER_STEP: usize = 1_000;

/// What is being imported.
#[derive(Clone)]
pub enum Source {
    /// A CSV table and the columns' fields as the user chose them.
    Table(Arc<Table>, Mapping),
    /// Cards already read from a vCard file, each a draft or a problem.
    Cards(Arc<Vec<Result<CustomerDraft, CardProblem>>>),
}

/// Where a running import stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// False while rows are checked, true while customers are written.
    pub writing: bool,
    pub done: usize,
    pub total: usize,
}

/// How an import ended.
#[derive(Clone, Debug)]
pub struct Report {
    pub outcome: ImportOutcome,
    /// Customers actually written (fewer than `outcome.added` when stopped).
    pub written: usize,
    pub stopped: bool,
    /// Line (CSV) or card (vCard) numbers of the records, in the order handed to the
    /// document, so a duplicate can be named by where it is in the file.
    pub positions: Vec<usize>,
    pub skipped: Vec<Skipped>,
    pub is_vcard: bool,
    /// Set once the user undid the import.
    pub undone: bool,
}

/// A record left out, and why.
#[derive(Clone, Debug)]
pub enum Skipped {
    Row(RowProblem),
    Card(CardProblem),
}

/// Imports `source` (the file `file`), reporting progress; `stop` is read between steps.
pub async fn run(
    app: AppState,
    file: String,
    source: Source,
    progress: RwSignal<Option<Progress>>,
    stop: StoredValue<bool>,
) -> Result<Report, DocumentError> {
    let (drafts, positions, skipped, is_vcard) = match &source {
        Source::Table(table, mapping) => {
            let total = table.rows.len();
            let mut converted = Converted::default();
            let mut start = 0;
            while start < total {
                if stop.get_value() {
                    return Ok(stopped_before_writing());
                }
                let end = (start + ROWS_PER_STEP).min(total);
                converted.append(convert(table, mapping, start..end));
                start = end;
                progress.set(Some(Progress {
                    writing: false,
                    done: start,
                    total,
                }));
                after_paint().await;
            }
            let positions = converted.drafts.iter().map(|d| d.line).collect();
            let drafts = converted.drafts.into_iter().map(|d| d.draft).collect();
            let skipped = converted.skipped.into_iter().map(Skipped::Row).collect();
            (drafts, positions, skipped, false)
        }
        Source::Cards(cards) => {
            let mut drafts = Vec::new();
            let mut positions = Vec::new();
            let mut skipped = Vec::new();
            for (index, card) in cards.iter().enumerate() {
                match card {
                    Ok(draft) => {
                        drafts.push(draft.clone());
                        positions.push(index + 1);
                    }
                    Err(problem) => skipped.push(Skipped::Card(problem.clone())),
                }
            }
            (drafts, positions, skipped, true)
        }
    };
    let Answer::Plan {
        outcome,
        parts,
        records: total,
    } = app.act(Request::PlanImport(drafts)).await?
    else {
        return Err(DocumentError::NoLongerAtHand);
    };
    // Should the page end before the parts are stored, the next start says so.
    app.import_began(&ImportUnderWay {
        file,
        customers: outcome.added.len(),
    });
    let written = write_parts(app, parts, total, progress, stop).await;
    if written.is_ok() {
        // "N customers added" is said only once they are stored: a reload then keeps them all.
        app.until_saved().await;
    }
    // A failure is said on this page, which lives on.
    app.import_ended();
    let (written, stopped) = written?;
    Ok(Report {
        outcome,
        written,
        stopped,
        positions,
        skipped,
        is_vcard,
        undone: false,
    })
}

/// Writes the planned import's `parts`: how many customers were written, and whether the
/// user stopped it first.
async fn write_parts(
    app: AppState,
    parts: usize,
    total: usize,
    progress: RwSignal<Option<Progress>>,
    stop: StoredValue<bool>,
) -> Result<(usize, bool), DocumentError> {
    let mut written = 0;
    for part in 0..parts {
        progress.set(Some(Progress {
            writing: true,
            done: written,
            total,
        }));
        after_paint().await;
        if stop.get_value() {
            return Ok((written, true));
        }
        if let Answer::Written(count) = app.act(Request::WriteImport(part)).await? {
            written += count;
        }
    }
    Ok((written, false))
}

/// The report of an import stopped while its rows were being checked: nothing written.
fn stopped_before_writing() -> Report {
    Report {
        outcome: ImportOutcome::default(),
        written: 0,
        stopped: true,
        positions: Vec::new(),
        skipped: Vec::new(),
        is_vcard: false,
        undone: false,
    }
}
