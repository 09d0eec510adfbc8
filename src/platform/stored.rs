//! What is stored, as bytes, for the page to save or set aside: no Automerge needed.

use base64::{engine::general_purpose::STANDARD, Engine};
use gloo_storage::{LocalStorage, Storage};

use super::chunk_store::{concatenate, ChunkStore};
use super::idb::IdbFailure;
use crate::protocol::StorageError;

/// Where an earlier version kept the whole workspace (base64 of Automerge's `save()`).
pub const LEGACY_WORKSPACE_KEY: &str = "rapport.workspace";

impl From<IdbFailure> for StorageError {
    fn from(failure: IdbFailure) -> Self {
        if failure.is_quota() {
            Self::Full(failure.to_string())
        } else {
            Self::Unavailable(failure.to_string())
        }
    }
}

/// Everything stored, exactly as it is (the chunks, and an earlier version's copy),
/// for a download before starting over.
pub async fn raw_bytes() -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Some(stored) = LocalStorage::raw()
        .get_item(LEGACY_WORKSPACE_KEY)
        .ok()
        .flatten()
    {
        bytes.extend(
            STANDARD
                .decode(&stored)
                .unwrap_or_else(|_| stored.into_bytes()),
        );
    }
    if let Ok(chunks) = ChunkStore::open().await {
        if let Ok(stored) = chunks.load().await {
            bytes.extend(concatenate(&stored));
        }
    }
    bytes
}

/// Moves whatever is stored aside (never deletes it), so a fresh workspace can start:
/// after damage, or to leave a sample workspace.
pub async fn set_aside_stored(now: i64) -> Result<(), StorageError> {
    let storage = LocalStorage::raw();
    if let Some(stored) = storage.get_item(LEGACY_WORKSPACE_KEY).ok().flatten() {
        storage
            .set_item(&format!("{LEGACY_WORKSPACE_KEY}.damaged.{now}"), &stored)
            .map_err(|e| StorageError::Unavailable(format!("{e:?}")))?;
        storage
            .remove_item(LEGACY_WORKSPACE_KEY)
            .map_err(|e| StorageError::Unavailable(format!("{e:?}")))?;
    }
    ChunkStore::open().await?.set_aside_all(now).await?;
    Ok(())
}
