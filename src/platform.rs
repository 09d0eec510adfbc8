//! The browser: where the workspace and preferences are kept, and files the user saves.
//!
//! Knows web APIs and the document layer's byte format, nothing of the UI.

mod download;
mod files;
mod preferences;
mod service_worker;
mod sync_ledger;
mod workspace_store;

pub use download::download;
pub use files::{read_file, FileReadError};
pub use preferences::{Identity, Preferences};
pub use service_worker::{activate_update, watch_for_updates};
pub use sync_ledger::{Exchange, SyncLedger, WaitingFile};
pub use workspace_store::{StorageError, WorkspaceStore, WORKSPACE_KEY};
