//! The Automerge document: the schema and every read and write of the workspace.
//!
//! The UI never sees Automerge: it reads a typed [`Snapshot`] and calls the intent methods
//! of [`Workspace`] (`create_customer`, `log_interaction`, ...). Each intent is one
//! Automerge commit carrying its time and a message, made by this session's own actor,
//! which the document maps to the colleague who made it.

mod conflicts;
mod engine;
mod error;
mod fields;
mod history;
mod ids;
pub use ids::seed_ids;
mod incoming;
mod joining;
pub mod peer_sync;
mod read;
mod read_model;
pub mod repo_sync;
pub mod sample;
mod schema;
mod sync;
pub mod sync_file;
mod touched;
mod workspace;

pub use automerge::ChangeHash;
pub use conflicts::{ConflictValue, FieldConflict, CONFLICTING_FIELDS};
pub use engine::{Engine, MAX_UNDO};
pub use error::DocumentError;
pub use history::{HistoryAction, HistoryEntry};
// Ids for the browser too (its device and connection ids), from the one generator.
#[cfg(target_arch = "wasm32")]
pub use schema::SCHEMA_VERSION;
// The read model, re-exported where it used to live.
pub use crate::model::{
    AtRisk, ListProjection, ListQuery, ProjectedRow, Snapshot, SortBy, WeekActivity, PROJECTED_ROWS,
};
pub use sync::{heads_from_strings, heads_to_strings, ImportSummary, IncomingFile};
pub use touched::Touched;
pub use workspace::{
    BulkChange, ImportDuplicate, ImportOutcome, ImportPlan, UndoAction, Undoable, Workspace,
};
