//! Keeps the workspace document in localStorage, safely shared by several tabs.
//!
//! Tabs never overwrite each other: before writing, whatever another tab stored since this
//! tab last read or wrote is merged in first (Automerge merges are lossless), and a
//! `storage` event from another tab is merged as soon as it arrives.

use base64::{engine::general_purpose::STANDARD, Engine};
use gloo_storage::{LocalStorage, Storage};

use crate::document::{DocumentError, Workspace};

/// The key of the saved document (base64 of Automerge's `save()`).
pub const WORKSPACE_KEY: &str = "rapport.workspace";

/// Why the workspace could not be read or kept.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The stored value is not a readable workspace. It is left where it is.
    #[error("the saved workspace is damaged: {0}")]
    Damaged(String),
    /// The browser refused to store (full, or storage blocked).
    #[error("the browser refused to save: {0}")]
    Refused(String),
}

/// This tab's view of the stored workspace.
#[derive(Debug, Default)]
pub struct WorkspaceStore {
    /// What this tab last read or wrote, to notice another tab's writes cheaply.
    last_seen: Option<String>,
}

impl WorkspaceStore {
    /// Loads the stored workspace, if any. A damaged value is reported, never replaced.
    pub fn open(&mut self) -> Result<Option<Workspace>, StorageError> {
        let Some(stored) = read_raw() else {
            return Ok(None);
        };
        let workspace = decode(&stored).and_then(|bytes| {
            Workspace::load(&bytes).map_err(|e| StorageError::Damaged(e.to_string()))
        })?;
        self.last_seen = Some(stored);
        Ok(Some(workspace))
    }

    /// Merges what another tab stored since this tab last looked. Returns whether the
    /// workspace changed.
    pub fn merge_stored(&mut self, workspace: &mut Workspace) -> Result<bool, StorageError> {
        let stored = read_raw();
        if stored.is_none() || stored == self.last_seen {
            return Ok(false);
        }
        let stored = stored.unwrap_or_default();
        let changed = merge_value(workspace, &stored)?;
        self.last_seen = Some(stored);
        Ok(changed)
    }

    /// Merges the value another tab just wrote (a `storage` event's new value), then
    /// writes back if this tab holds work the stored value lacks: two tabs that saved at
    /// the same moment converge instead of one overwriting the other.
    pub fn merge_written(
        &mut self,
        workspace: &mut Workspace,
        written: &str,
    ) -> Result<bool, StorageError> {
        let changed = merge_value(workspace, written)?;
        let _ = self.merge_stored(workspace);
        let stored_heads = read_raw()
            .and_then(|stored| decode(&stored).ok())
            .and_then(|bytes| Workspace::load(&bytes).ok())
            .map(|stored| sorted(stored.heads()));
        if stored_heads != Some(sorted(workspace.heads())) {
            self.save(workspace)?;
        }
        Ok(changed)
    }

    /// Stores the workspace, merging another tab's newer work first.
    pub fn save(&mut self, workspace: &mut Workspace) -> Result<(), StorageError> {
        // A damaged value from elsewhere must not stop this tab from saving its own work,
        // nor be lost: it is set aside first.
        if let Err(StorageError::Damaged(_)) = self.merge_stored(workspace) {
            Self::set_aside_damaged(workspace.now())?;
        }
        let encoded = STANDARD.encode(workspace.save());
        LocalStorage::raw()
            .set_item(WORKSPACE_KEY, &encoded)
            .map_err(|e| StorageError::Refused(format!("{e:?}")))?;
        self.last_seen = Some(encoded);
        Ok(())
    }

    /// The stored bytes exactly as they are, for a download before starting over.
    pub fn raw_bytes() -> Option<Vec<u8>> {
        let stored = read_raw()?;
        Some(
            STANDARD
                .decode(&stored)
                .unwrap_or_else(|_| stored.into_bytes()),
        )
    }

    /// Moves a damaged value aside (never deletes it), so a fresh workspace can start.
    pub fn set_aside_damaged(now: i64) -> Result<(), StorageError> {
        let Some(stored) = read_raw() else {
            return Ok(());
        };
        let storage = LocalStorage::raw();
        storage
            .set_item(&format!("{WORKSPACE_KEY}.damaged.{now}"), &stored)
            .map_err(|e| StorageError::Refused(format!("{e:?}")))?;
        storage
            .remove_item(WORKSPACE_KEY)
            .map_err(|e| StorageError::Refused(format!("{e:?}")))
    }
}

fn merge_value(workspace: &mut Workspace, value: &str) -> Result<bool, StorageError> {
    let bytes = decode(value)?;
    workspace
        .merge_bytes(&bytes)
        .map_err(|e: DocumentError| StorageError::Damaged(e.to_string()))
}

fn sorted(mut heads: Vec<crate::document::ChangeHash>) -> Vec<crate::document::ChangeHash> {
    heads.sort();
    heads
}

fn read_raw() -> Option<String> {
    LocalStorage::raw().get_item(WORKSPACE_KEY).ok().flatten()
}

fn decode(stored: &str) -> Result<Vec<u8>, StorageError> {
    STANDARD
        .decode(stored)
        .map_err(|e| StorageError::Damaged(e.to_string()))
}
