//! The app's one write handle: the engine (the workspace and what it keeps), the page's
//! read model and where the workspace is stored.
//!
//! Components read [`AppState::snapshot`] and change data only through [`AppState::act`]
//! with a [`Request`]: the engine answers with the records that changed, which refresh
//! the snapshot, and the new changes go to storage in the same step (storing itself is
//! async: see `saving.rs`).

use leptos::prelude::*;

use crate::document::{DocumentError, Engine, UndoAction, Workspace};
use crate::model::{Patch, Snapshot};
use crate::platform::{Chunk, StorageError, TabChannel, WorkspaceStore};
use crate::protocol::{Answer, Request, UndoState};

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
    /// What the UI shows, kept current by the engine's patches.
    pub snapshot: RwSignal<Snapshot>,
    pub saving: RwSignal<SaveStatus>,
    /// A file dropped on the page, waiting for the sync page to preview it.
    pub dropped_file: RwSignal<Option<Vec<u8>>>,
    /// Any other file dropped on the page (a CSV, vCards), with its name, for the import.
    pub dropped_import: RwSignal<Option<(String, Vec<u8>)>>,
    /// This tab's undo, as the engine last told it.
    pub undo: RwSignal<UndoState>,
    /// The report of the last import, kept while the user looks at the customers it added.
    pub last_import: RwSignal<Option<super::data::Report>>,
    pub(super) engine: StoredValue<Engine, LocalStorage>,
    pub(super) store: StoredValue<WorkspaceStore, LocalStorage>,
    pub(super) tabs: StoredValue<Option<TabChannel>, LocalStorage>,
    /// Bumped by each request to store the list's first screen: only the last one runs.
    pub(super) first_screen_due: StoredValue<u64, LocalStorage>,
    /// The last number given to a sync session.
    sessions: StoredValue<u64>,
}

impl AppState {
    pub fn new(workspace: Workspace, store: WorkspaceStore, problem: Option<StorageError>) -> Self {
        let engine = Engine::new(workspace);
        let mut snapshot = Snapshot::default();
        snapshot.apply(engine.read_model());
        Self {
            snapshot: RwSignal::new(snapshot),
            saving: RwSignal::new(SaveStatus {
                pending: 0,
                problem,
            }),
            dropped_file: RwSignal::new(None),
            dropped_import: RwSignal::new(None),
            last_import: RwSignal::new(None),
            undo: RwSignal::new(UndoState::default()),
            engine: StoredValue::new_local(engine),
            store: StoredValue::new_local(store),
            tabs: StoredValue::new_local(None),
            first_screen_due: StoredValue::new_local(0),
            sessions: StoredValue::new(0),
        }
    }

    /// Sends one request to the engine: a user action (one commit, or nothing on error)
    /// or a read. Resolves with the answer once the engine replied; by then the records it
    /// changed refreshed the snapshot and its changes were handed to storage.
    pub async fn act(self, request: Request) -> Result<Answer, DocumentError> {
        self.act_now(request)
    }

    /// [`Self::act`] for event handlers: sends `request` and hands its answer to `then`
    /// when it comes.
    pub fn send(
        self,
        request: Request,
        then: impl FnOnce(Result<Answer, DocumentError>) + 'static,
    ) {
        leptos::task::spawn_local(async move { then(self.act(request).await) });
    }

    /// The engine, on this thread for now: answers at once.
    fn act_now(self, request: Request) -> Result<Answer, DocumentError> {
        // Gone only while the app is torn down (a cleanup closing a connection).
        let Some((reply, chunk)) = self.engine.try_update_value(|engine| {
            let reply = engine.handle(request);
            let chunk = self.chunk_after(engine, reply.wrote);
            (reply, chunk)
        }) else {
            return Err(DocumentError::NoLongerAtHand);
        };
        self.show(reply.patch);
        if self.undo.with_untracked(|undo| undo != &reply.undo) {
            self.undo.set(reply.undo);
        }
        if let Some(chunk) = chunk {
            self.store_chunk(chunk);
        }
        reply.answer
    }

    /// A read from the engine kept current: `request` is asked again after every change of
    /// the workspace (and of what `request` reads), and `answer` turns each reply into
    /// the value shown.
    pub fn asked<T: Send + Sync + 'static>(
        self,
        request: impl Fn() -> Option<Request> + 'static,
        answer: fn(Answer) -> Option<T>,
        initial: T,
    ) -> ReadSignal<T> {
        let value = RwSignal::new(initial);
        Effect::new(move |_| {
            self.snapshot.track();
            if let Some(request) = request() {
                self.send(request, move |result| {
                    if let Some(new) = result.ok().and_then(answer) {
                        value.set(new);
                    }
                });
            }
        });
        value.read_only()
    }

    /// Takes back this tab's last undoable action (as a new change, which syncs); returns
    /// what it was, or `None` when there is nothing to undo.
    pub async fn undo_last(self) -> Option<Result<UndoAction, DocumentError>> {
        match self.act(Request::Undo).await {
            Ok(Answer::Undone(action)) => Some(Ok(action)),
            Ok(_) => None,
            Err(error) => Some(Err(error)),
        }
    }

    /// A number for a new sync session in the engine.
    pub fn new_session_id(self) -> u64 {
        self.sessions
            .try_update_value(|n| {
                *n += 1;
                *n
            })
            .unwrap_or_default()
    }

    /// The changes a write left to store, if it wrote.
    fn chunk_after(self, engine: &Engine, wrote: bool) -> Option<Chunk> {
        wrote
            .then(|| {
                self.store
                    .try_update_value(|store| store.next_chunk(engine.workspace()))
                    .flatten()
            })
            .flatten()
    }

    /// Applies the engine's patch to what the page shows.
    pub(super) fn show(self, patch: Patch) {
        if !patch.is_empty() {
            self.snapshot.update(|snapshot| snapshot.apply(patch));
        }
    }

    /// Reads the workspace once, outside any reactive tracking (for event handlers).
    pub fn workspace_read<T>(self, read: impl FnOnce(&Workspace) -> T) -> T {
        self.engine.with_value(|engine| read(engine.workspace()))
    }

    /// The colleague this tab writes as.
    pub fn me(self) -> Option<crate::domain::ColleagueId> {
        self.workspace_read(|w| w.me().cloned())
    }

    /// Now, by the workspace's clock, in milliseconds.
    pub fn now(self) -> i64 {
        self.workspace_read(Workspace::now)
    }
}

/// The context's [`AppState`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
