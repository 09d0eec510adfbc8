//! [`Host`]: the engine thread's state and its message loop.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::spawn_local;

use crate::document::{heads_from_strings, Engine, Workspace};
use crate::domain::ColleagueId;
use crate::platform::{write_with, Chunk, ChunkStore, Receipt, Socket, TabChannel, WorkspaceStore};
use crate::protocol::{
    Answer, FromEngine, Logged, Reply, Request, Resume, SaveStatus, SocketCommand, ToEngine,
};

/// How long changes must settle before the list's first screen is stored again.
const FIRST_SCREEN_DELAY: Duration = Duration::from_millis(1500);
/// Records per patch when the read model goes to the page at start: each part is read and
/// applied in one short task (2,500 customers, with their search texts and sort keys, took
/// up to 60 ms on the page at 10,000 customers; 1,000 stay near 20 ms).
const START_PATCH_RECORDS: usize = 1_000;
/// A write the browser has not confirmed after this long is said to be stalled: the page
/// warns that saving takes too long (a disk that hangs, a browser that never answers).
const STALL_AFTER: Duration = Duration::from_secs(8);
/// Receipts of pages whose log settled this long ago are forgotten.
const RECEIPT_LIFETIME_MS: i64 = 180 * 24 * 60 * 60 * 1000;

/// The engine thread; cheap to clone (one state behind it).
#[derive(Clone)]
pub struct Host {
    state: Rc<RefCell<State>>,
    out: Rc<dyn Fn(FromEngine)>,
}

struct State {
    /// `None` until the stored workspace is open.
    engine: Option<Engine>,
    store: WorkspaceStore,
    tabs: Option<TabChannel>,
    saving: SaveStatus,
    /// Bumped by each request to store the first screen: only the last one runs.
    first_screen_due: u64,
    /// What came while the workspace was opening, in order.
    queued: Vec<Queued>,
    /// The page's name in the pending log: its requests are that tab's.
    tab: String,
    /// Per page name, the last logged request whose changes are stored (read at open).
    stored: BTreeMap<String, u64>,
    /// Per page name, the last request handled: the receipts the next chunk carries.
    handled: BTreeMap<String, u64>,
    /// `None`: the app's database.
    database: Option<String>,
    /// The heads and chunk keys of the stored read model, once this engine stored or
    /// read it.
    kept: Option<(Vec<String>, Vec<String>)>,
    /// When the page last sent anything (milliseconds), and whether the engine said it is
    /// quiet since.
    last_heard: f64,
    quiet_said: bool,
    /// Live-sync connections by session: the page's number for the attempt, and the socket.
    sockets: BTreeMap<u64, (u64, Socket)>,
    /// Writes handed to IndexedDB and not settled yet, by number: when each began (ms).
    unsettled: BTreeMap<u64, f64>,
    writes: u64,
}

mod cleared;
mod identity;
mod kept;
mod rest;
mod sockets;

use kept::read_kept;

enum Queued {
    Request(u64, Request),
    Replay(Vec<Logged>),
    Socket(SocketCommand),
}

impl Queued {
    /// Work that will be stored once handled.
    fn is_edit(&self) -> bool {
        match self {
            Queued::Request(_, request) => request.is_replayable(),
            Queued::Replay(entries) => !entries.is_empty(),
            Queued::Socket(_) => false,
        }
    }
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Host")
    }
}

impl Host {
    /// A host that sends what it has to say to `out`.
    pub fn new(out: impl Fn(FromEngine) + 'static) -> Self {
        Self::with_database(None, out)
    }

    /// [`Self::new`] on a database of another name (browser tests use their own).
    pub fn with_database(database: Option<String>, out: impl Fn(FromEngine) + 'static) -> Self {
        Self {
            state: Rc::new(RefCell::new(State {
                engine: None,
                store: WorkspaceStore::default(),
                tabs: None,
                saving: SaveStatus::default(),
                first_screen_due: 0,
                queued: Vec::new(),
                tab: String::new(),
                stored: BTreeMap::new(),
                handled: BTreeMap::new(),
                database,
                kept: None,
                last_heard: js_sys::Date::now(),
                quiet_said: false,
                sockets: BTreeMap::new(),
                unsettled: BTreeMap::new(),
                writes: 0,
            })),
            out: Rc::new(out),
        }
    }

    /// Handles one message from the page.
    pub fn receive(&self, message: ToEngine) {
        self.heard_from_page();
        match message {
            ToEngine::Open {
                identity,
                legacy,
                tab,
                resume,
            } => {
                self.state.borrow_mut().tab = tab;
                let host = self.clone();
                spawn_local(async move { host.open(identity, legacy, resume).await });
            }
            ToEngine::Request { id, request } => {
                if let Some(Queued::Request(id, request)) = self.queue(Queued::Request(id, request))
                {
                    self.handle(id, request);
                }
            }
            ToEngine::Replay(entries) => {
                if let Some(Queued::Replay(entries)) = self.queue(Queued::Replay(entries)) {
                    self.replay(entries);
                }
            }
            ToEngine::RetrySaving => self.retry_saving(),
            ToEngine::Socket(command) => {
                if let Some(Queued::Socket(command)) = self.queue(Queued::Socket(command)) {
                    self.socket(command);
                }
            }
        }
    }

    /// Keeps `work` for later while the workspace opens; hands it back once it is open.
    fn queue(&self, work: Queued) -> Option<Queued> {
        let edit = {
            let mut state = self.state.borrow_mut();
            if state.engine.is_some() {
                return Some(work);
            }
            let edit = work.is_edit();
            state.queued.push(work);
            edit
        };
        if edit {
            self.saving_changed(|s| s.pending += 1);
        }
        None
    }

    async fn open(
        &self,
        identity: Option<(ColleagueId, String)>,
        legacy: Option<String>,
        resume: Option<Resume>,
    ) {
        let database = self.state.borrow().database.clone();
        let chunks = match database {
            Some(name) => ChunkStore::open_named(&name).await,
            None => ChunkStore::open().await,
        };
        let mut kept = None;
        let mut identity = identity;
        if let Ok(chunks) = &chunks {
            self.read_receipts(chunks).await;
            if legacy.is_none() {
                identity = self.settle_identity(chunks, identity).await;
            }
            // A known colleague's page draws from the kept read model at once; a first
            // start (the welcome) and an earlier version's copy wait for the document.
            // A page that had an engine at rest holds the read model already.
            if resume.is_some() {
                kept = read_kept(chunks).await;
            } else if let (Some((me, _)), None) = (&identity, &legacy) {
                kept = self.draw_kept(chunks, me).await;
            }
        }
        let opened = match WorkspaceStore::open_from(chunks, legacy.as_deref()).await {
            Ok(opened) => opened,
            Err(error) => return (self.out)(FromEngine::Unreadable(error.to_string())),
        };
        let mut workspace = opened.workspace.unwrap_or_else(Workspace::new);
        if let Some((id, name)) = &identity {
            let _ = workspace.identify(id, name);
        }
        let me = workspace.me().cloned();
        let kept_heads = kept.as_ref().map(|(heads, _)| heads.clone());
        let (mut engine, mut patch) = Engine::open_kept(workspace, kept);
        if let Some(Resume { heads, undo }) = resume {
            // The page's read model is where the last engine left it, which the kept one
            // may have moved on from (another tab kept its own since).
            let heads = heads_from_strings(&heads);
            if kept_heads.as_ref() != Some(&heads) {
                patch = engine.patch_for_model_at(&heads);
            }
            engine.restore_undo(undo);
        }
        let parts = match patch.reset {
            true => patch.split(START_PATCH_RECORDS),
            false => vec![patch],
        };
        let queued = {
            let mut state = self.state.borrow_mut();
            state.saving = SaveStatus {
                pending: state.saving.pending,
                in_memory: opened.store.is_in_memory(),
                problem: opened.problem,
                stalled: state.saving.stalled,
            };
            state.store = opened.store;
            state.engine = Some(engine);
            std::mem::take(&mut state.queued)
        };
        self.saving_changed(|_| {});
        self.watch_store();
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            (self.out)(FromEngine::Patch(Box::new(part)));
        }
        (self.out)(FromEngine::Opened {
            me,
            legacy_moved: opened.legacy_moved,
        });
        // What came meanwhile counted as pending until it is handled (and its own
        // writes counted instead): the page says "Saving…" throughout.
        let waited = queued.iter().filter(|w| w.is_edit()).count() as u32;
        for work in queued {
            match work {
                Queued::Request(id, request) => self.handle(id, request),
                Queued::Replay(entries) => self.replay(entries),
                Queued::Socket(command) => self.socket(command),
            }
        }
        self.saving_changed(|s| s.pending = s.pending.saturating_sub(waited));
        let host = self.clone();
        let tabs = TabChannel::open(move || host.merge_from_other_tabs());
        self.state.borrow_mut().tabs = tabs;
        // The first screen for the next start, in case none was kept yet; and what a tab
        // opened meanwhile may have written before this one listened.
        self.keep_first_screen_soon();
        self.merge_from_other_tabs();
        self.rest_when_quiet();
    }

    /// What the stored receipts say, so nothing logged is applied twice; long-settled
    /// pages' receipts are forgotten.
    async fn read_receipts(&self, chunks: &ChunkStore) {
        let Ok(receipts) = chunks.receipts().await else {
            return;
        };
        let now = js_sys::Date::now() as i64;
        let (old, kept): (Vec<Receipt>, Vec<Receipt>) = receipts
            .into_iter()
            .partition(|r| r.at < now - RECEIPT_LIFETIME_MS);
        self.state.borrow_mut().stored = kept.into_iter().map(|r| (r.tab, r.upto)).collect();
        let old: Vec<String> = old.into_iter().map(|r| r.tab).collect();
        let _ = chunks.forget_receipts(&old).await;
    }

    /// Applies the pending log's entries that no receipt covers, in order, then stores
    /// them all with their receipts in one write. This page's own entries are answered
    /// (the page may still wait for them); another page's only show their changes.
    fn replay(&self, entries: Vec<Logged>) {
        let own = self.state.borrow().tab.clone();
        let mut recovered = 0u32;
        for Logged { tab, id, request } in entries {
            let reply = {
                let mut state = self.state.borrow_mut();
                let State {
                    engine,
                    stored,
                    handled,
                    ..
                } = &mut *state;
                let Some(engine) = engine.as_mut() else {
                    return;
                };
                let done = stored.get(&tab).is_some_and(|upto| id <= *upto)
                    || handled.get(&tab).is_some_and(|upto| id <= *upto);
                let reply = (!done).then(|| engine.handle(request));
                let last = handled.entry(tab.clone()).or_default();
                *last = (*last).max(id);
                reply
            };
            recovered += u32::from(reply.as_ref().is_some_and(|reply| reply.wrote));
            match reply {
                Some(reply) if tab == own => (self.out)(FromEngine::Reply {
                    id,
                    reply: Box::new(reply),
                }),
                Some(reply) => (self.out)(FromEngine::Patch(Box::new(reply.patch))),
                None => {}
            }
        }
        self.store_with_receipts();
        if recovered > 0 {
            (self.out)(FromEngine::Recovered { changes: recovered });
        }
    }

    /// Writes what is not stored yet, with every receipt; with nothing new, the receipts
    /// alone (ordered after any write still pending: both touch the receipts).
    fn store_with_receipts(&self) {
        match self.next_chunk() {
            Some(chunk) => self.store_chunk(chunk),
            None => {
                let receipts = self.receipts();
                let Some(writer) = self.state.borrow().store.writer() else {
                    return;
                };
                let host = self.clone();
                spawn_local(async move {
                    if writer.put_receipts(&receipts).await.is_ok() {
                        host.announce_stored(&receipts);
                    }
                });
            }
        }
    }

    /// The receipts a chunk made now carries: every request handled so far is in it or
    /// in a chunk written before it.
    fn receipts(&self) -> Vec<Receipt> {
        let at = js_sys::Date::now() as i64;
        self.state
            .borrow()
            .handled
            .iter()
            .map(|(tab, upto)| Receipt {
                tab: tab.clone(),
                upto: *upto,
                at,
            })
            .collect()
    }

    fn announce_stored(&self, receipts: &[Receipt]) {
        for receipt in receipts {
            (self.out)(FromEngine::Stored {
                tab: receipt.tab.clone(),
                upto: receipt.upto,
            });
        }
    }

    fn handle(&self, id: u64, request: Request) {
        let joining = match &request {
            Request::Join(name) => Some(name.trim().to_owned()),
            _ => None,
        };
        let Some((reply, chunk)) = self.run(request, Some(id)) else {
            return;
        };
        if let (Some(name), Ok(Answer::Colleague(me))) = (joining, &reply.answer) {
            let writer = self.state.borrow().store.writer();
            if let Some(chunks) = writer {
                self.keep_identity(chunks, (me.clone(), name));
            }
        }
        (self.out)(FromEngine::Reply {
            id,
            reply: Box::new(reply),
        });
        if let Some(chunk) = chunk {
            self.write_chunk(chunk);
        }
    }

    /// Handles `request` (the page's number `id`, if the page asked) up to its answer: says
    /// "Saving…" when it wrote, sends a whole new read model ahead in parts, and sends what
    /// a session with a connection here has for its peer. The chunk to write once the
    /// answer is out is handed back with it.
    fn run(&self, request: Request, id: Option<u64>) -> Option<(Reply, Option<Chunk>)> {
        let session = request.session();
        if let Request::SessionEnd(ended) = &request {
            let closed = self.state.borrow_mut().sockets.remove(ended);
            drop(closed);
        }
        let (mut reply, chunk) = {
            let mut state = self.state.borrow_mut();
            let State {
                engine,
                store,
                tab,
                handled,
                ..
            } = &mut *state;
            let engine = engine.as_mut()?;
            let reply = engine.handle(request);
            if let Some(id) = id {
                handled.insert(tab.clone(), id);
            }
            let chunk = if reply.wrote {
                store.next_chunk(engine.workspace())
            } else {
                None
            };
            (reply, chunk)
        };
        if let Some(session) = session {
            self.send_outgoing(session, &mut reply);
        }
        // "Saving…" reaches the page before the answer: whatever the answer lets the user
        // see as done can wait for "Saved" and never miss it.
        if chunk.is_some() {
            self.saving_changed(|s| s.pending += 1);
        }
        // A whole read model (after a join) goes in parts, as at a start: one message of
        // 100,000 records would hold the page for a second.
        if reply.patch.reset {
            let whole = std::mem::take(&mut reply.patch);
            for part in whole.split(START_PATCH_RECORDS) {
                (self.out)(FromEngine::Patch(Box::new(part)));
            }
        }
        Some((reply, chunk))
    }

    fn saving_changed(&self, change: impl FnOnce(&mut SaveStatus)) {
        let saving = {
            let mut state = self.state.borrow_mut();
            change(&mut state.saving);
            state.saving.clone()
        };
        (self.out)(FromEngine::Saving(saving));
    }

    /// Writes `chunk`; the page hears "saved" only once IndexedDB committed it.
    fn store_chunk(&self, chunk: Chunk) {
        self.saving_changed(|s| s.pending += 1);
        self.write_chunk(chunk);
    }

    /// [`Self::store_chunk`] once the pending write was counted.
    fn write_chunk(&self, chunk: Chunk) {
        let writer = self.state.borrow().store.writer();
        let receipts = self.receipts();
        let write = self.watch_write();
        let host = self.clone();
        spawn_local(async move {
            let result = write_with(writer, &chunk, &receipts).await;
            let (gap, stalled) = {
                let mut state = host.state.borrow_mut();
                if result.is_err() {
                    state.store.write_failed(&chunk);
                }
                state.unsettled.remove(&write);
                (state.store.has_unwritten_work(), host.any_stalled(&state))
            };
            host.saving_changed(|status| {
                status.stalled = stalled;
                status.pending = status.pending.saturating_sub(1);
                match &result {
                    Err(error) => status.problem = Some(error.clone()),
                    // A later write succeeding does not cover an earlier failed one until
                    // a whole save was written.
                    Ok(()) if !gap => status.problem = None,
                    Ok(()) => {}
                }
            });
            if result.is_ok() {
                host.announce_stored(&receipts);
                if let Some(tabs) = &host.state.borrow().tabs {
                    tabs.announce();
                }
                host.compact_if_due();
                host.keep_first_screen_soon();
            }
        });
    }

    /// Numbers a write about to be handed to IndexedDB, and says it is stalled should it
    /// not settle within [`STALL_AFTER`].
    fn watch_write(&self) -> u64 {
        let write = {
            let mut state = self.state.borrow_mut();
            state.writes += 1;
            let write = state.writes;
            state.unsettled.insert(write, js_sys::Date::now());
            write
        };
        let host = self.clone();
        spawn_local(async move {
            crate::platform::sleep(STALL_AFTER).await;
            let stalled = host.state.borrow().unsettled.contains_key(&write);
            if stalled && !host.state.borrow().saving.stalled {
                host.saving_changed(|status| status.stalled = true);
            }
        });
        write
    }

    /// Whether the oldest write still unsettled (writes are numbered in order) began at
    /// least [`STALL_AFTER`] ago.
    fn any_stalled(&self, state: &State) -> bool {
        state
            .unsettled
            .first_key_value()
            .is_some_and(|(_, began)| js_sys::Date::now() - began >= STALL_AFTER.as_millis() as f64)
    }

    /// The chunk with whatever the workspace holds beyond the last write, if anything.
    fn next_chunk(&self) -> Option<Chunk> {
        let mut state = self.state.borrow_mut();
        let State { engine, store, .. } = &mut *state;
        engine
            .as_ref()
            .and_then(|engine| store.next_chunk(engine.workspace()))
    }

    /// Writes again whatever is only in memory (after a failed write).
    fn retry_saving(&self) {
        if let Some(chunk) = self.next_chunk() {
            self.store_chunk(chunk);
        }
    }

    /// Merges what other tabs stored since this one last looked.
    fn merge_from_other_tabs(&self) {
        let Some(reader) = self.state.borrow().store.writer() else {
            return;
        };
        let host = self.clone();
        spawn_local(async move {
            let Ok(stored) = reader.keys().await else {
                return;
            };
            let unknown = host.state.borrow().store.unknown(&stored);
            if unknown.is_empty() {
                return;
            }
            let Ok(chunks) = reader.get(&unknown).await else {
                return;
            };
            let patch = {
                let mut state = host.state.borrow_mut();
                let State { engine, store, .. } = &mut *state;
                let Some(engine) = engine.as_mut() else {
                    return;
                };
                engine
                    .absorb(|workspace| store.merge_chunks(workspace, &chunks))
                    .1
            };
            if !patch.is_empty() {
                (host.out)(FromEngine::Patch(Box::new(patch)));
            }
        });
    }

    /// Replaces the chunks this tab holds by one snapshot once they outgrew it.
    fn compact_if_due(&self) {
        let compaction = {
            let mut state = self.state.borrow_mut();
            let State { engine, store, .. } = &mut *state;
            match engine {
                Some(engine) if store.wants_compaction() => {
                    let writer = store.writer();
                    let (snapshot, replaced) = store.compaction(engine.workspace());
                    writer.map(|w| (w, snapshot, replaced))
                }
                _ => None,
            }
        };
        let Some((writer, snapshot, replaced)) = compaction else {
            return;
        };
        let host = self.clone();
        spawn_local(async move {
            if writer.replace(&snapshot, &replaced).await.is_err() {
                host.state
                    .borrow_mut()
                    .store
                    .compaction_failed(&snapshot, replaced);
            }
        });
    }
}
