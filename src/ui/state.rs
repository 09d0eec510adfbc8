//! The app's one write handle: the way to the engine thread and the page's read model.
//!
//! Components read [`AppState::snapshot`] and change data only through [`AppState::act`]
//! with a [`Request`]: the engine answers with the records that changed, which refresh
//! the snapshot, and stores the changes itself, saying how that goes in [`SaveStatus`]
//! ("Saved" only once IndexedDB committed).

use std::collections::HashMap;
use std::rc::Rc;

use futures_channel::oneshot;
use gloo_storage::{LocalStorage as Local, Storage};
use js_sys::Uint8Array;
use leptos::prelude::*;

use crate::domain::ColleagueId;
use crate::model::{Patch, Snapshot};
use crate::platform::{
    hold_lock, pending_log, pending_log::ImportUnderWay, EngineLink, FileBytes, Identity,
    Preferences, TabChannel, LEGACY_WORKSPACE_KEY,
};
use crate::protocol::{
    Answer, FromEngine, Logged, Reply, Request, Resume, SaveStatus, SocketCommand, SocketNews,
    ToEngine, UndoState,
};
use crate::protocol::{DocumentError, UndoAction};

/// What opening the stored workspace gave: the colleague this tab writes as, if known,
/// or why the stored workspace cannot be read.
type Opening = Result<Option<ColleagueId>, String>;

/// Why the engine cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// It is of another build than this page.
    Outdated,
    /// Its worker did not start.
    Failed,
}

/// Shared through context; every field is a cheap `Copy` handle.
#[derive(Clone, Copy, Debug)]
pub struct AppState {
    /// What the UI shows, kept current by the engine's patches.
    pub snapshot: RwSignal<Snapshot>,
    pub saving: RwSignal<SaveStatus>,
    /// Edits that were not stored when a page or an engine ended, applied again from the
    /// pending log since this page opened (the notice says so until dismissed).
    pub recovered: RwSignal<u32>,
    /// The browser removed the stored workspace while this page was open; the engine is
    /// storing it again (the notice says so until dismissed).
    pub store_cleared: RwSignal<bool>,
    /// Imports that were being written when their page ended, since this page opened.
    pub cut_imports: RwSignal<Vec<ImportUnderWay>>,
    /// The colleague this tab writes as, once known.
    pub me: RwSignal<Option<ColleagueId>>,
    /// The engine cannot be used (of another build, or it did not start): the page says
    /// so and offers a reload, and nothing else happens.
    pub stopped: RwSignal<Option<Stopped>>,
    /// A file dropped on the page, waiting for the sync page to preview it.
    pub dropped_file: RwSignal<Option<FileBytes>, LocalStorage>,
    /// Any other file dropped on the page (a CSV, vCards), with its name, for the import.
    pub dropped_import: RwSignal<Option<(String, Vec<u8>)>>,
    /// This tab's undo, as the engine last told it.
    pub undo: RwSignal<UndoState>,
    /// The report of the last import, kept while the user looks at the customers it added.
    pub last_import: RwSignal<Option<super::data::Report>>,
    /// How many times a new engine replaced one that ended: sync sessions (which lived in
    /// the old engine) start again when it changes.
    pub restarts: RwSignal<u64>,
    /// The stored workspace turned out unreadable after the page drew from the kept read
    /// model: the recovery page replaces what is shown.
    pub unreadable: RwSignal<Option<String>>,
    /// The engine has read the stored workspace (until then, the page shows the read
    /// model kept at the last start and edits wait in the engine).
    pub opened: RwSignal<bool>,
    link: StoredValue<Option<EngineLink>, LocalStorage>,
    /// Requests sent and not answered yet, by number, and whether each is in the pending
    /// log (so a new engine answers it after the old one ended).
    waiting: StoredValue<HashMap<u64, (oneshot::Sender<Answered>, bool)>, LocalStorage>,
    /// This page's name in the pending log, and the names of ended pages whose entries
    /// it took over.
    tab: StoredValue<String>,
    adopted: StoredValue<Vec<String>>,
    opening: StoredValue<Option<oneshot::Sender<Opening>>, LocalStorage>,
    /// The engine's undo stack while the page ended it at rest.
    resting: StoredValue<Option<Resume>>,
    /// Hears other tabs' writes (which wake an engine at rest).
    tabs: StoredValue<Option<TabChannel>, LocalStorage>,
    /// The last number given to a request, and to a sync session.
    requests: StoredValue<u64>,
    sessions: StoredValue<u64>,
    /// Hears the news of live-sync connections the engine holds (live sync, once started).
    socket_news: StoredValue<Option<SocketListener>, LocalStorage>,
}

type SocketListener = Rc<dyn Fn(u64, SocketNews)>;

/// The engine's reply to a request, and the file beside it (an export's), if any.
type Answered = (Reply, Option<Uint8Array>);

impl AppState {
    pub fn new() -> Self {
        Self {
            snapshot: RwSignal::new(Snapshot::default()),
            saving: RwSignal::new(SaveStatus::default()),
            recovered: RwSignal::new(0),
            store_cleared: RwSignal::new(false),
            cut_imports: RwSignal::new(Vec::new()),
            me: RwSignal::new(None),
            stopped: RwSignal::new(None),
            dropped_file: RwSignal::new_local(None),
            dropped_import: RwSignal::new(None),
            last_import: RwSignal::new(None),
            undo: RwSignal::new(UndoState::default()),
            restarts: RwSignal::new(0),
            unreadable: RwSignal::new(None),
            opened: RwSignal::new(false),
            link: StoredValue::new_local(None),
            waiting: StoredValue::new_local(HashMap::new()),
            tab: StoredValue::new(pending_log::new_tab_name()),
            adopted: StoredValue::new(Vec::new()),
            opening: StoredValue::new_local(None),
            resting: StoredValue::new(None),
            tabs: StoredValue::new_local(None),
            requests: StoredValue::new(0),
            sessions: StoredValue::new(0),
            socket_news: StoredValue::new_local(None),
        }
    }

    /// Starts the engine and opens the stored workspace as the colleague `identity` (when
    /// this browser knows one). Resolves once the whole read model is in the snapshot.
    pub async fn open(self, identity: Option<(ColleagueId, String)>) -> Opening {
        let (opened, opening) = oneshot::channel();
        self.opening.set_value(Some(opened));
        self.link
            .set_value(Some(EngineLink::start(move |message, file| {
                self.receive(message, file)
            })));
        let tab = self.tab.get_value();
        // Held while this page lives: its pending log is its own until then.
        leptos::task::spawn_local(async move {
            hold_lock(&pending_log::tab_lock(&tab), false).await;
        });
        // Another tab stored something while this page's engine rests: a new engine
        // merges it, so the page does not show an old state.
        self.tabs.set_value(TabChannel::open(move || self.wake()));
        // A worker cannot read localStorage: an earlier version's copy is handed over.
        let legacy = Local::raw().get_item(LEGACY_WORKSPACE_KEY).ok().flatten();
        self.post(ToEngine::Open {
            identity,
            legacy,
            tab: self.tab.get_value(),
            resume: None,
        });
        self.adopt_ended_pages();
        opening
            .await
            .unwrap_or_else(|_| Err("the engine stopped".into()))
    }

    /// Takes over the pending log of every page that ended with entries left (reloaded,
    /// closed, crashed): now, or once a page still open ends.
    fn adopt_ended_pages(self) {
        let own = self.tab.get_value();
        for tab in pending_log::tabs().into_iter().filter(|t| *t != own) {
            leptos::task::spawn_local(async move {
                let lock = pending_log::tab_lock(&tab);
                if !hold_lock(&lock, true).await && !hold_lock(&lock, false).await {
                    return;
                }
                let _ = self.adopted.try_update_value(|a| a.push(tab.clone()));
                if let Some(import) = pending_log::take_import(&tab) {
                    self.cut_imports.update(|cut| cut.push(import));
                }
                let entries = pending_log::entries(&tab);
                // A page that closed normally left nothing.
                if !entries.is_empty() {
                    self.post(ToEngine::Replay(entries));
                }
            });
        }
    }

    /// The engine's worker ended and a new one starts: requests it never answered and
    /// cannot answer fail; the workspace opens again and the pending log is handed over,
    /// so what was not stored yet is applied (and what was is not applied twice).
    fn reopen(self) {
        let waiting = self
            .waiting
            .try_update_value(|waiting| {
                let (logged, lost): (HashMap<_, _>, HashMap<_, _>) = std::mem::take(waiting)
                    .into_iter()
                    .partition(|(_, (_, l))| *l);
                *waiting = logged;
                lost
            })
            .unwrap_or_default();
        drop(waiting);
        self.open_again(None);
        self.restarts.update(|n| *n += 1);
    }

    /// Opens the workspace in a new engine, as this page's colleague, and hands it the
    /// pending log; `resume` when the page ended the last one at rest.
    fn open_again(self, resume: Option<Resume>) {
        self.opened.set(false);
        let identity = Preferences::load()
            .identity
            .map(|identity| (ColleagueId(identity.id), identity.name));
        let tab = self.tab.get_value();
        self.post_now(ToEngine::Open {
            identity,
            legacy: None,
            tab: tab.clone(),
            resume,
        });
        let mut entries: Vec<Logged> = pending_log::entries(&tab);
        for adopted in self.adopted.get_value() {
            entries.extend(pending_log::entries(&adopted));
        }
        if !entries.is_empty() {
            self.post_now(ToEngine::Replay(entries));
        }
    }

    /// Notes that this page writes an import, so that a start after the page ended under
    /// it can say the import may be cut short; [`Self::import_ended`] once it is stored.
    pub fn import_began(self, import: &ImportUnderWay) {
        pending_log::begin_import(&self.tab.get_value(), import);
    }

    pub fn import_ended(self) {
        pending_log::end_import(&self.tab.get_value());
    }

    /// The engine is quiet (nothing unsaved): unless the page waits for an answer, it is
    /// ended, so its memory returns; the next request starts another.
    fn rest(self, resume: Resume) {
        if self.waiting.with_value(|w| !w.is_empty()) {
            return;
        }
        self.resting.set_value(Some(resume));
        self.link.with_value(|link| {
            if let Some(link) = link {
                link.rest();
            }
        });
        self.opened.set(false);
    }

    /// Starts the engine again if the page ended it at rest (before a request, or when
    /// the user comes back to the tab).
    pub fn wake(self) {
        let Some(resume) = self.resting.try_update_value(Option::take).flatten() else {
            return;
        };
        let woke = self
            .link
            .with_value(|link| link.as_ref().is_some_and(EngineLink::wake));
        if woke {
            self.open_again(Some(resume));
        }
    }

    fn post(self, message: ToEngine) {
        self.post_with(message, None);
    }

    fn post_with(self, message: ToEngine, file: Option<Uint8Array>) {
        self.wake();
        self.post_now_with(message, file);
    }

    fn post_now(self, message: ToEngine) {
        self.post_now_with(message, None);
    }

    fn post_now_with(self, message: ToEngine, file: Option<Uint8Array>) {
        self.link.with_value(|link| {
            if let Some(link) = link {
                link.post(message, file);
            }
        });
    }

    /// One message from the engine, and the file beside it.
    fn receive(self, message: FromEngine, file: Option<Uint8Array>) {
        match message {
            FromEngine::Patch(patch) => self.show(*patch),
            FromEngine::Saving(status) => {
                if self.saving.with_untracked(|s| s != &status) {
                    self.saving.set(status);
                }
            }
            FromEngine::Opened { me, legacy_moved } => {
                if legacy_moved {
                    let _ = Local::raw().remove_item(LEGACY_WORKSPACE_KEY);
                }
                self.remember(me.as_ref());
                self.me.set(me.clone());
                self.opened.set(true);
                self.settle_opening(Ok(me));
            }
            FromEngine::Drawn { me } => {
                // The list's order is worked out here, while the kept first screen is still
                // shown: drawing the live list then takes a task of its own that stays short.
                self.snapshot
                    .with_untracked(|s| s.prepare_list(&crate::model::ListQuery::default()));
                self.remember(me.as_ref());
                self.me.set(me.clone());
                self.settle_opening(Ok(me));
            }
            FromEngine::Unreadable(detail) => {
                // Drawn from the kept read model already: the recovery page replaces it.
                if !self.settle_opening(Err(detail.clone())) {
                    self.unreadable.set(Some(detail));
                }
            }
            FromEngine::Outdated { ours, theirs } => {
                self.stopped.set(Some(Stopped::Outdated));
                self.settle_opening(Err(format!("engine protocol {theirs}, page {ours}")));
            }
            FromEngine::Failed(detail) => {
                leptos::logging::warn!("the engine did not start: {detail}");
                self.stopped.set(Some(Stopped::Failed));
                self.settle_opening(Err(detail));
            }
            FromEngine::Ready { .. } => {}
            FromEngine::Socket { connection, news } => {
                let listener = self.socket_news.try_with_value(Clone::clone).flatten();
                if let Some(listener) = listener {
                    listener(connection, news);
                }
            }
            FromEngine::Quiet(resume) => self.rest(resume),
            FromEngine::Recovered { changes } => self.recovered.update(|n| *n += changes),
            FromEngine::StoreCleared => {
                // localStorage went with it: who the user is, and the wish to be kept.
                self.remember(self.me.get_untracked().as_ref());
                leptos::task::spawn_local(async {
                    crate::platform::request_persistence().await;
                });
                self.store_cleared.set(true);
            }
            FromEngine::Lost => self.reopen(),
            FromEngine::Stored { tab, upto } => {
                pending_log::settle_upto(&tab, upto);
                if tab == self.tab.get_value() {
                    self.answer_stored(upto);
                }
            }
            FromEngine::Reply { id, reply } => {
                if !reply.wrote {
                    // Nothing to store: the log entry (if any) has done its work.
                    pending_log::settle(&self.tab.get_value(), id);
                }
                self.show(reply.patch.clone());
                if self.undo.with_untracked(|undo| undo != &reply.undo) {
                    self.undo.set(reply.undo.clone());
                }
                if let Ok(Answer::Colleague(me)) = &reply.answer {
                    self.me.set(Some(me.clone()));
                }
                let waiting = self
                    .waiting
                    .try_update_value(|waiting| waiting.remove(&id))
                    .flatten();
                if let Some((waiting, _)) = waiting {
                    let _ = waiting.send((*reply, file));
                }
            }
        }
    }

    /// Logged requests up to `upto` are stored: any still waiting were answered by an
    /// engine that ended before its answer came, and a new one found them stored.
    fn answer_stored(self, upto: u64) {
        let answered = self
            .waiting
            .try_update_value(|waiting| {
                let ids: Vec<u64> = waiting.keys().copied().filter(|id| *id <= upto).collect();
                ids.into_iter()
                    .filter_map(|id| waiting.remove(&id))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for (waiting, _) in answered {
            let reply = Reply {
                patch: Patch::default(),
                answer: Ok(Answer::Done),
                undo: self.undo.get_untracked(),
                wrote: false,
            };
            let _ = waiting.send((reply, None));
        }
    }

    /// Keeps in this browser's preferences the colleague the engine opened as, when they
    /// lost it (the engine keeps its own copy: see `engine::host::identity`).
    fn remember(self, me: Option<&ColleagueId>) {
        let Some(me) = me else { return };
        let mut preferences = Preferences::load();
        if preferences
            .identity
            .as_ref()
            .is_some_and(|known| known.id == me.0)
        {
            return;
        }
        let name = self
            .snapshot
            .with_untracked(|s| s.colleague_name(me).map(str::to_owned));
        if let Some(name) = name {
            preferences.identity = Some(Identity {
                id: me.0.clone(),
                name,
            });
            preferences.save();
        }
    }

    /// Hands `opening` to [`Self::open`]; false when it had its answer already.
    fn settle_opening(self, opening: Opening) -> bool {
        match self.opening.try_update_value(Option::take).flatten() {
            Some(opened) => opened.send(opening).is_ok(),
            None => false,
        }
    }

    /// Sends one request to the engine: a user action (one commit, or nothing on error)
    /// or a read. Resolves with the answer once the engine replied; by then the records it
    /// changed refreshed the snapshot.
    pub async fn act(self, request: Request) -> Result<Answer, DocumentError> {
        self.exchange(request, None).await.0
    }

    /// [`Self::act`] for a request that carries a file (a sync file to read): its bytes
    /// go to the engine beside the request (whose own bytes stay empty), from the
    /// browser's memory, never through the page's wasm memory.
    pub async fn act_with_file(
        self,
        request: Request,
        file: &FileBytes,
    ) -> Result<Answer, DocumentError> {
        self.exchange(request, Some(file.as_array().clone()))
            .await
            .0
    }

    /// [`Self::act`] for a request answered with a file (an export): the file as the
    /// engine sent it, never copied into the page's wasm memory.
    pub async fn act_for_file(self, request: Request) -> Result<FileBytes, DocumentError> {
        match self.exchange(request, None).await {
            (Ok(Answer::File(_)), Some(file)) => Ok(FileBytes::from_array(file)),
            (Ok(Answer::File(bytes)), None) => Ok(FileBytes::from_slice(&bytes)),
            (Ok(_), _) => Err(DocumentError::NoLongerAtHand),
            (Err(error), _) => Err(error),
        }
    }

    async fn exchange(
        self,
        request: Request,
        file: Option<Uint8Array>,
    ) -> (Result<Answer, DocumentError>, Option<Uint8Array>) {
        let Some(id) = self.requests.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            // Gone only while the app is torn down (a cleanup closing a connection).
            return (Err(DocumentError::NoLongerAtHand), None);
        };
        let (answered, answer) = oneshot::channel();
        let logged = request.is_replayable();
        if logged {
            pending_log::log(&self.tab.get_value(), id, &request);
        }
        self.waiting
            .update_value(|waiting| drop(waiting.insert(id, (answered, logged))));
        self.post_with(ToEngine::Request { id, request }, file);
        match answer.await {
            Ok((reply, file)) => (reply.answer, file),
            Err(_) => (Err(DocumentError::NoLongerAtHand), None),
        }
    }

    /// [`Self::act`] for event handlers: sends `request` and hands its answer to `then`
    /// when it comes. Requests reach the engine in the order sent.
    pub fn send(
        self,
        request: Request,
        then: impl FnOnce(Result<Answer, DocumentError>) + 'static,
    ) {
        leptos::task::spawn_local(async move { then(self.act(request).await) });
    }

    /// [`Self::send`] for a change whose success the page then says in words ("Quote
    /// saved."): `then` hears of a success only once the change is stored, so a reload at
    /// that instant keeps it.
    pub fn send_saved(
        self,
        request: Request,
        then: impl FnOnce(Result<Answer, DocumentError>) + 'static,
    ) {
        leptos::task::spawn_local(async move {
            let answer = self.act(request).await;
            if answer.is_ok() {
                self.until_saved().await;
            }
            then(answer)
        });
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
                    // The component may be gone by the time the answer comes.
                    if let Some(new) = result.ok().and_then(answer) {
                        let _ = value.try_set(new);
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
    /// Opens or closes a live-sync connection in the engine, after every request sent
    /// before (it goes the way [`Self::send`]'s requests go).
    pub fn socket(self, command: SocketCommand) {
        leptos::task::spawn_local(async move { self.post(ToEngine::Socket(command)) });
    }

    /// Hands the news of the engine's live-sync connections to `listener` from now on.
    pub fn on_socket_news(self, listener: impl Fn(u64, SocketNews) + 'static) {
        self.socket_news.set_value(Some(Rc::new(listener)));
    }

    pub fn new_session_id(self) -> u64 {
        self.sessions
            .try_update_value(|n| {
                *n += 1;
                *n
            })
            .unwrap_or_default()
    }

    /// Applies the engine's patch to what the page shows.
    fn show(self, patch: Patch) {
        if !patch.is_empty() {
            self.snapshot.update(|snapshot| snapshot.apply(patch));
        }
    }

    /// Writes again whatever is only in memory (after a failed write).
    pub fn retry_saving(self) {
        self.post(ToEngine::RetrySaving);
    }

    /// True when the browser keeps nothing and the work lives only in this tab.
    pub fn is_in_memory(self) -> bool {
        self.saving.with_untracked(|s| s.in_memory)
    }

    /// Settles once every write handed to IndexedDB so far has committed (or failed, which
    /// the status then says).
    pub async fn until_saved(self) {
        while self.saving.with_untracked(|s| s.pending > 0) {
            crate::platform::after_paint().await;
        }
    }

    /// The colleague this tab writes as.
    pub fn me(self) -> Option<ColleagueId> {
        self.me.get_untracked()
    }

    /// Now, in milliseconds since the Unix epoch.
    pub fn now(self) -> i64 {
        js_sys::Date::now() as i64
    }
}

/// The context's [`AppState`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
