//! The browser: where the workspace and preferences are kept, and files the user saves.
//!
//! Knows web APIs and the document layer's byte format, nothing of the UI. The workspace
//! lives in IndexedDB (`chunk_store`), small per-browser records in localStorage.

mod chunk_store;
mod download;
mod files;
mod idb;
mod paint;
mod preferences;
mod service_worker;
mod storage_status;
mod sync_ledger;
mod tab_channel;
mod workspace_store;

pub use chunk_store::{concatenate, Chunk, ChunkKind, ChunkStore};
pub use download::download;
pub use files::{read_file, FileReadError};
pub use idb::IdbFailure;
pub use paint::after_paint;
pub use preferences::{Identity, Preferences};
pub use service_worker::{activate_update, watch_for_updates};
pub use storage_status::{request_persistence, storage_status, StorageStatus};
pub use sync_ledger::{Exchange, SyncLedger, WaitingFile};
pub use tab_channel::TabChannel;
pub use workspace_store::{write_with, Opened, StorageError, WorkspaceStore, LEGACY_WORKSPACE_KEY};
