//! The app's one write handle: the workspace, its snapshot and where it is stored.
//!
//! Components read [`AppState::snapshot`] and change data only through [`AppState::act`],
//! which commits, refreshes the snapshot and hands the new changes to storage in one step
//! (storing itself is async: see `saving.rs`).

use leptos::prelude::*;

use crate::document::{ChangeHash, DocumentError, Snapshot, UndoAction, Undoable, Workspace};
use crate::platform::{StorageError, TabChannel, WorkspaceStore};

/// How many actions back undo reaches.
const MAX_UNDO: usize = 20;

/// Where the user's work stands with respect to the browser's storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SaveStatus {
    /// Writes handed to IndexedDB and not yet committed.
    pub pending: u32,
    /// Set while some work is only in memory (a write failed, or no storage at all).
    pub problem: Option<StorageError>,
}

/// Shared through context; every field is a cheap `Copy` handle.
#[derive(Clone, Copy, Debug)]
pub struct AppState {
    /// What the UI shows, refreshed after every change.
    pub snapshot: RwSignal<Snapshot>,
    pub saving: RwSignal<SaveStatus>,
    /// A file dropped on the page, waiting for the sync page to preview it.
    pub dropped_file: RwSignal<Option<Vec<u8>>>,
    /// Any other file dropped on the page (a CSV, vCards), with its name, for the import.
    pub dropped_import: RwSignal<Option<(String, Vec<u8>)>>,
    /// This tab's own actions that can be undone, the newest last.
    pub undo: RwSignal<Vec<Undoable>>,
    /// The change the last undo made: never offered for undo itself (no redo).
    undo_change: StoredValue<Option<ChangeHash>, LocalStorage>,
    /// The report of the last import, kept while the user looks at the customers it added.
    pub last_import: RwSignal<Option<super::data::Report>>,
    pub(super) workspace: StoredValue<Workspace, LocalStorage>,
    pub(super) store: StoredValue<WorkspaceStore, LocalStorage>,
    pub(super) tabs: StoredValue<Option<TabChannel>, LocalStorage>,
    /// Bumped by each request to store the list's first screen: only the last one runs.
    pub(super) first_screen_due: StoredValue<u64, LocalStorage>,
}

impl AppState {
    pub fn new(workspace: Workspace, store: WorkspaceStore, problem: Option<StorageError>) -> Self {
        Self {
            snapshot: RwSignal::new(workspace.snapshot()),
            saving: RwSignal::new(SaveStatus {
                pending: 0,
                problem,
            }),
            dropped_file: RwSignal::new(None),
            dropped_import: RwSignal::new(None),
            last_import: RwSignal::new(None),
            undo: RwSignal::new(Vec::new()),
            undo_change: StoredValue::new_local(None),
            workspace: StoredValue::new_local(workspace),
            store: StoredValue::new_local(store),
            tabs: StoredValue::new_local(None),
            first_screen_due: StoredValue::new_local(0),
        }
    }

    /// Runs one user action on the workspace, refreshes what the UI shows and stores the
    /// new changes. On error nothing was changed.
    pub fn act<T>(
        self,
        action: impl FnOnce(&mut Workspace) -> Result<T, DocumentError>,
    ) -> Result<T, DocumentError> {
        let result = self.act_unremembered(action)?;
        let last = self
            .workspace
            .with_value(Workspace::last_undoable)
            .filter(|last| self.undo_change.get_value() != Some(last.change));
        if let Some(last) = last {
            self.undo.update(|stack| {
                if stack.last().is_none_or(|top| top.change != last.change) {
                    stack.push(last);
                    let excess = stack.len().saturating_sub(MAX_UNDO);
                    stack.drain(..excess);
                }
            });
        }
        Ok(result)
    }

    /// Takes back this tab's last undoable action (as a new change, which syncs); returns
    /// what it was, or `None` when there is nothing to undo.
    pub fn undo_last(self) -> Option<Result<UndoAction, DocumentError>> {
        let last = self.undo.try_update(Vec::pop).flatten()?;
        let result = self.act_unremembered(|w| {
            w.undo(&last)?;
            Ok(w.last_undoable().map(|u| u.change))
        });
        Some(result.map(|change| {
            self.undo_change.set_value(change);
            last.action
        }))
    }

    /// [`Self::act`] without remembering the action for undo (an undo itself).
    fn act_unremembered<T>(
        self,
        action: impl FnOnce(&mut Workspace) -> Result<T, DocumentError>,
    ) -> Result<T, DocumentError> {
        let outcome = self
            .workspace
            .try_update_value(|workspace| {
                let before = workspace.heads();
                let result = action(workspace)?;
                let chunk = self
                    .store
                    .try_update_value(|store| store.next_chunk(workspace))
                    .flatten();
                Ok::<_, DocumentError>((result, before, chunk))
            })
            .expect("the workspace lives as long as the app");
        let (result, before, chunk) = outcome?;
        self.after_change(&before);
        if let Some(chunk) = chunk {
            self.store_chunk(chunk);
        }
        Ok(result)
    }

    /// Lets a peer's message in: `receive` gets the workspace and says whether it changed;
    /// if so the read model refreshes and the new changes are stored, as after an action.
    pub(super) fn absorb<T>(self, receive: impl FnOnce(&mut Workspace) -> (T, bool)) -> Option<T> {
        let (result, before, chunk) = self.workspace.try_update_value(|workspace| {
            let before = workspace.heads();
            let (result, changed) = receive(workspace);
            let chunk = changed
                .then(|| {
                    self.store
                        .try_update_value(|store| store.next_chunk(workspace))
                        .flatten()
                })
                .flatten();
            let changed = changed.then_some(before);
            (result, changed, chunk)
        })?;
        if let Some(before) = before {
            self.after_change(&before);
        }
        if let Some(chunk) = chunk {
            self.store_chunk(chunk);
        }
        Some(result)
    }

    /// Refreshes the snapshot with what changed since `before`.
    pub(super) fn after_change(self, before: &[ChangeHash]) {
        self.workspace.with_value(|workspace| {
            self.snapshot
                .update(|snapshot| snapshot.apply(workspace.patch_since(before)));
        });
    }

    /// Reads what the snapshot does not carry (conflicts, history, sync files). Inside a
    /// reactive closure it re-runs whenever the workspace changes.
    pub fn read<T>(self, read: impl FnOnce(&Workspace) -> T) -> T {
        self.snapshot.track();
        self.workspace.with_value(read)
    }

    /// Reads the workspace once, outside any reactive tracking (for event handlers).
    pub fn workspace_read<T>(self, read: impl FnOnce(&Workspace) -> T) -> T {
        self.workspace.with_value(read)
    }

    /// The colleague this tab writes as.
    pub fn me(self) -> Option<crate::domain::ColleagueId> {
        self.workspace.with_value(|w| w.me().cloned())
    }

    /// Now, by the workspace's clock, in milliseconds.
    pub fn now(self) -> i64 {
        self.workspace.with_value(Workspace::now)
    }
}

/// The context's [`AppState`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
