//! The browser: where the workspace and preferences are kept, and files the user saves.
//!
//! Knows web APIs and the document layer's byte format, nothing of the UI.

mod download;
mod preferences;
mod workspace_store;

pub use download::download;
pub use preferences::{Identity, Preferences};
pub use workspace_store::{StorageError, WorkspaceStore, WORKSPACE_KEY};
