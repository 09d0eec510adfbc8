//! The app's one write handle: the workspace, its snapshot and where it is stored.
//!
//! Components read [`AppState::snapshot`] and change data only through [`AppState::act`],
//! which commits, stores and refreshes the snapshot in one step.

use leptos::prelude::*;

use crate::document::{DocumentError, Snapshot, Workspace};
use crate::platform::{StorageError, WorkspaceStore};

/// Shared through context; every field is a cheap `Copy` handle.
#[derive(Clone, Copy, Debug)]
pub struct AppState {
    /// What the UI shows, refreshed after every change.
    pub snapshot: RwSignal<Snapshot>,
    /// Set when the browser refused to store; the work stays in memory.
    pub save_error: RwSignal<Option<String>>,
    /// A file dropped on the page, waiting for the sync page to preview it.
    pub dropped_file: RwSignal<Option<Vec<u8>>>,
    workspace: StoredValue<Workspace, LocalStorage>,
    store: StoredValue<WorkspaceStore, LocalStorage>,
}

impl AppState {
    pub fn new(workspace: Workspace, store: WorkspaceStore) -> Self {
        Self {
            snapshot: RwSignal::new(Snapshot::read(&workspace)),
            save_error: RwSignal::new(None),
            dropped_file: RwSignal::new(None),
            workspace: StoredValue::new_local(workspace),
            store: StoredValue::new_local(store),
        }
    }

    /// Runs one user action on the workspace, stores the result and refreshes what the UI
    /// shows. On error nothing was changed.
    pub fn act<T>(
        self,
        action: impl FnOnce(&mut Workspace) -> Result<T, DocumentError>,
    ) -> Result<T, DocumentError> {
        let outcome = self
            .workspace
            .try_update_value(|workspace| {
                let before = workspace.heads();
                let result = action(workspace)?;
                let saved = self.store.try_update_value(|store| store.save(workspace));
                Ok::<_, DocumentError>((result, before, saved))
            })
            .expect("the workspace lives as long as the app");
        let (result, before, saved) = outcome?;
        self.after_change(&before);
        match saved {
            Some(Err(StorageError::Refused(reason))) => self.save_error.set(Some(reason)),
            _ => self.save_error.set(None),
        }
        Ok(result)
    }

    /// Merges what another tab just stored (`written`), and shows it.
    pub fn merge_from_other_tab(self, written: &str) {
        let before = self.workspace.with_value(Workspace::heads);
        let changed = self
            .workspace
            .try_update_value(|workspace| {
                self.store
                    .try_update_value(|store| store.merge_written(workspace, written))
            })
            .flatten();
        if matches!(changed, Some(Ok(true))) {
            self.after_change(&before);
        }
    }

    fn after_change(self, before: &[crate::document::ChangeHash]) {
        self.workspace.with_value(|workspace| {
            self.snapshot
                .update(|snapshot| snapshot.refresh(workspace, before));
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
