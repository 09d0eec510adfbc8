//! Keeps the workspace in IndexedDB as chunks, safely shared by several tabs, and moves
//! a workspace saved by an earlier version (whole, in localStorage) over on first start.
//!
//! Every user action appends one incremental chunk with the changes since the last write;
//! when those outgrow the snapshot they are compacted into a new one. This type holds the
//! bookkeeping (which chunks this copy holds, what was already handed to a write); the
//! writes themselves are async and run through [`ChunkStore`], so the UI can say "saved"
//! only once IndexedDB committed.

use std::collections::BTreeSet;

use base64::{engine::general_purpose::STANDARD, Engine};
use gloo_storage::{LocalStorage, Storage};

use super::chunk_store::{concatenate, Chunk, ChunkKind, ChunkStore, Receipt};
use super::idb::IdbFailure;
use crate::document::{ChangeHash, Workspace};

pub use super::stored::LEGACY_WORKSPACE_KEY;

/// Incremental chunks are compacted once they outgrow the snapshot, and never below this
/// many bytes (a small workspace would otherwise compact on every action).
const COMPACTION_FLOOR: usize = 64 * 1024;

pub use crate::protocol::StorageError;

/// What [`WorkspaceStore::open`] found.
#[derive(Debug)]
pub struct Opened {
    pub store: WorkspaceStore,
    /// `None` on a first start.
    pub workspace: Option<Workspace>,
    /// Set when the workspace can be kept only in memory (storage unavailable).
    pub problem: Option<StorageError>,
    /// An earlier version's copy was handed in and is stored now: it may be removed.
    pub legacy_moved: bool,
}

/// This tab's view of the stored workspace.
#[derive(Debug, Default)]
pub struct WorkspaceStore {
    /// `None` when the browser offers no IndexedDB: the work stays in memory.
    chunks: Option<ChunkStore>,
    /// Keys of the chunks whose changes this copy holds (loaded, written or merged).
    known: BTreeSet<String>,
    /// The heads already handed to a write: the next chunk holds the changes after them.
    queued_heads: Vec<ChangeHash>,
    /// After a failed write the next one stores everything, so no gap can remain.
    needs_full: bool,
    /// The workspace's `replacements` at the last chunk: a copy taken over whole since (a
    /// join) is stored as a snapshot, not as every change after the old heads.
    replacements: u32,
    snapshot_bytes: usize,
    incremental_bytes: usize,
}

impl WorkspaceStore {
    /// Opens the stored workspace, moving an earlier version's localStorage copy in. A
    /// damaged store is reported, never replaced.
    pub async fn open() -> Result<Opened, StorageError> {
        Self::open_with(ChunkStore::open().await).await
    }

    /// [`Self::open`] on a given database (browser tests use their own).
    pub async fn open_with(chunks: Result<ChunkStore, IdbFailure>) -> Result<Opened, StorageError> {
        let legacy = LocalStorage::raw()
            .get_item(LEGACY_WORKSPACE_KEY)
            .ok()
            .flatten();
        let opened = Self::open_from(chunks, legacy.as_deref()).await?;
        if opened.legacy_moved {
            LocalStorage::raw()
                .remove_item(LEGACY_WORKSPACE_KEY)
                .map_err(|e| StorageError::Unavailable(format!("{e:?}")))?;
        }
        Ok(opened)
    }

    /// [`Self::open_with`] where an earlier version's copy (`legacy`, as it was kept in
    /// localStorage) is handed in: a worker has no localStorage. The caller removes the
    /// old copy once [`Opened::legacy_moved`] says it is stored here.
    pub async fn open_from(
        chunks: Result<ChunkStore, IdbFailure>,
        legacy: Option<&str>,
    ) -> Result<Opened, StorageError> {
        let legacy = legacy.map(legacy_workspace).transpose()?;
        let chunks = match chunks {
            Ok(chunks) => chunks,
            Err(failure) => {
                return Ok(Opened {
                    store: Self::default(),
                    workspace: legacy,
                    problem: Some(StorageError::Unavailable(failure.to_string())),
                    legacy_moved: false,
                })
            }
        };
        let stored = match chunks.load().await {
            Ok(stored) => stored,
            Err(failure) => {
                return Ok(Opened {
                    store: Self::default(),
                    workspace: legacy,
                    problem: Some(failure.into()),
                    legacy_moved: false,
                })
            }
        };
        let mut store = Self {
            chunks: Some(chunks),
            ..Self::default()
        };
        let mut workspace = if stored.is_empty() {
            None
        } else {
            let workspace = Workspace::load(&concatenate(&stored))
                .map_err(|e| StorageError::Damaged(e.to_string()))?;
            for chunk in &stored {
                store.remember(chunk);
            }
            store.queued_heads = workspace.heads();
            Some(workspace)
        };
        let mut problem = None;
        let mut legacy_moved = false;
        if let Some(legacy) = legacy {
            match store.migrate(&mut workspace, legacy).await {
                Ok(()) => legacy_moved = true,
                Err(error) => problem = Some(error),
            }
        }
        Ok(Opened {
            store,
            workspace,
            problem,
            legacy_moved,
        })
    }

    /// Merges the earlier version's workspace in and stores it all as a snapshot; only
    /// then may the old copy go (a failure leaves it where it was).
    async fn migrate(
        &mut self,
        workspace: &mut Option<Workspace>,
        legacy: Workspace,
    ) -> Result<(), StorageError> {
        let merged = match workspace {
            Some(current) => {
                current
                    .merge(&legacy)
                    .map_err(|e| StorageError::Damaged(e.to_string()))?;
                current
            }
            None => workspace.insert(legacy),
        };
        self.needs_full = true;
        if let Some(chunk) = self.next_chunk(merged) {
            if let Err(error) = self.write(&chunk).await {
                self.write_failed(&chunk);
                return Err(error);
            }
        }
        Ok(())
    }

    /// True when the browser keeps nothing: every write is skipped.
    pub fn is_in_memory(&self) -> bool {
        self.chunks.is_none()
    }

    /// The chunk that stores what `workspace` holds beyond the last write, or `None` when
    /// there is nothing new (or nowhere to write). Hand it to [`Self::write`].
    pub fn next_chunk(&mut self, workspace: &Workspace) -> Option<Chunk> {
        self.chunks.as_ref()?;
        let heads = workspace.heads();
        if !self.needs_full && same(&heads, &self.queued_heads) {
            return None;
        }
        let replaced = workspace.replacements() != self.replacements;
        self.replacements = workspace.replacements();
        let chunk = if self.needs_full || replaced || self.queued_heads.is_empty() {
            Chunk::new(ChunkKind::Snapshot, workspace.save())
        } else {
            Chunk::new(
                ChunkKind::Incremental,
                workspace.save_after(&self.queued_heads),
            )
        };
        self.queued_heads = heads;
        self.needs_full = false;
        self.remember(&chunk);
        Some(chunk)
    }

    /// True after a failed write, until a whole save was handed to a write again.
    pub fn has_unwritten_work(&self) -> bool {
        self.needs_full
    }

    /// The keys of every stored chunk `workspace` is exactly the union of, sorted; `None`
    /// while some of it is not handed to a write (or a write failed).
    pub fn stored_as(&self, workspace: &Workspace) -> Option<Vec<String>> {
        let written = !self.needs_full && same(&workspace.heads(), &self.queued_heads);
        (written && self.chunks.is_some()).then(|| self.known.iter().cloned().collect())
    }

    /// The database was cleared and opened again as `chunks`: nothing of this copy is
    /// stored there, so the next chunk is a whole save.
    pub fn reattach(&mut self, chunks: ChunkStore) {
        *self = Self {
            chunks: Some(chunks),
            needs_full: true,
            ..Self::default()
        };
    }

    /// A handle to write with, outside any borrow of this store.
    pub fn writer(&self) -> Option<ChunkStore> {
        self.chunks.clone()
    }

    /// Writes `chunk`; resolves once IndexedDB committed it.
    pub async fn write(&self, chunk: &Chunk) -> Result<(), StorageError> {
        write_with(self.writer(), chunk, &[]).await
    }

    /// A write did not happen: the next one stores everything again.
    pub fn write_failed(&mut self, chunk: &Chunk) {
        self.forget(&chunk.key);
        self.needs_full = true;
    }

    /// Whether the incremental chunks have outgrown the snapshot.
    pub fn wants_compaction(&self) -> bool {
        self.chunks.is_some() && self.incremental_bytes > self.snapshot_bytes.max(COMPACTION_FLOOR)
    }

    /// A new snapshot of `workspace` and the chunks it replaces: exactly those this copy
    /// holds, never one another tab wrote meanwhile. Hand both to [`ChunkStore::replace`].
    pub fn compaction(&mut self, workspace: &Workspace) -> (Chunk, Vec<String>) {
        let replaced: Vec<String> = std::mem::take(&mut self.known).into_iter().collect();
        self.snapshot_bytes = 0;
        self.incremental_bytes = 0;
        let snapshot = Chunk::new(ChunkKind::Snapshot, workspace.save());
        self.replacements = workspace.replacements();
        self.queued_heads = workspace.heads();
        self.needs_full = false;
        self.remember(&snapshot);
        (snapshot, replaced)
    }

    /// The compaction did not happen: the old chunks are still there and still known.
    pub fn compaction_failed(&mut self, snapshot: &Chunk, replaced: Vec<String>) {
        self.forget(&snapshot.key);
        self.known.extend(replaced);
        // The snapshot may have held changes no chunk holds yet.
        self.needs_full = true;
    }

    /// Of the keys stored now, those this copy has not merged (another tab wrote them).
    pub fn unknown(&self, stored: &[String]) -> Vec<String> {
        stored
            .iter()
            .filter(|k| !self.known.contains(*k))
            .cloned()
            .collect()
    }

    /// Merges chunks another tab wrote. Returns whether the workspace changed. A chunk
    /// that does not decode is skipped and stays stored; the next start reports it.
    pub fn merge_chunks(&mut self, workspace: &mut Workspace, chunks: &[Chunk]) -> bool {
        let all_written = same(&workspace.heads(), &self.queued_heads);
        let mut changed = false;
        for chunk in chunks {
            if let Ok(merged) = workspace.merge_checked(&chunk.bytes) {
                changed |= merged;
                self.remember(chunk);
            }
        }
        // What came from storage needs no writing back.
        if all_written {
            self.queued_heads = workspace.heads();
        }
        changed
    }

    fn remember(&mut self, chunk: &Chunk) {
        if self.known.insert(chunk.key.clone()) {
            match chunk.kind() {
                ChunkKind::Snapshot => self.snapshot_bytes += chunk.bytes.len(),
                ChunkKind::Incremental => self.incremental_bytes += chunk.bytes.len(),
            }
        }
    }

    /// Sizes are only estimates for when to compact: a forgotten chunk's bytes stay
    /// counted, which at worst compacts a little early.
    fn forget(&mut self, key: &str) {
        self.known.remove(key);
    }
}

/// Writes `chunk` through `writer` (with the receipts of the logged requests it
/// completes), so no borrow of the store is held while waiting.
pub async fn write_with(
    writer: Option<ChunkStore>,
    chunk: &Chunk,
    receipts: &[Receipt],
) -> Result<(), StorageError> {
    match writer {
        Some(chunks) => Ok(chunks.append_with_receipts(chunk, receipts).await?),
        None => Err(StorageError::Unavailable("no storage".into())),
    }
}

/// The workspace an earlier version kept in localStorage (base64 of Automerge's save).
fn legacy_workspace(stored: &str) -> Result<Workspace, StorageError> {
    let bytes = STANDARD
        .decode(stored)
        .map_err(|e| StorageError::Damaged(e.to_string()))?;
    Workspace::load(&bytes).map_err(|e| StorageError::Damaged(e.to_string()))
}

fn same(a: &[ChangeHash], b: &[ChangeHash]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a == b
}
