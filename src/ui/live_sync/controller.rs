//! [`LiveSync`]: the connection to an automerge-repo sync server, kept as the user chose
//! (off until turned on), reconnecting with back-off, and the workspace's changes moved
//! both ways by the engine, which holds the WebSocket and the session (the server's
//! messages never pass through the page). Changes arriving are merged, shown and stored
//! like another tab's; a message the session refuses is counted and the workspace stays
//! as it was.

use std::time::Duration;

use leptos::prelude::*;

use crate::platform::{load_sync_state, save_sync_state, LiveSettings};
use crate::protocol::DocumentError;
use crate::protocol::{Answer, Request, SessionKind, SessionStep, SocketCommand, SocketNews};
use crate::ui::state::AppState;

/// The first wait before a new attempt, and the longest.
const FIRST_RETRY_SECONDS: u32 = 1;
const MAX_RETRY_SECONDS: u32 = 30;
/// How long an opening connection may take before it counts as failed.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Local edits are gathered this long before a sync message goes out.
const LOCAL_CHANGE_DELAY: Duration = Duration::from_millis(100);

/// Where the connection stands, as the user is told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LiveState {
    #[default]
    Off,
    Connecting,
    /// Past the handshake; `in_sync` when the server has exactly what this copy has.
    Connected {
        in_sync: bool,
    },
    /// No connection; the next attempt is in `retry_in` seconds.
    Unreachable {
        retry_in: u32,
    },
    /// The server refused the connection, saying why; retried like an unreachable one.
    Refused {
        reason: String,
        retry_in: u32,
    },
}

/// What the sync page and the header show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LiveStatus {
    pub state: LiveState,
    pub enabled: bool,
    pub server_url: String,
    pub last_in_sync: Option<i64>,
    /// Messages ignored on this page (malformed, hostile, or for something else).
    pub ignored: u32,
    pub last_ignored: Option<String>,
}

/// Why live sync could not be turned on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnableError {
    /// Not a `ws://` or `wss://` address.
    InvalidUrl,
    /// The workspace has no id yet (the user has not joined it).
    NoWorkspace,
    Document(String),
}

/// The handle in context; cheap to copy.
#[derive(Clone, Copy, Debug)]
pub struct LiveSync {
    pub status: RwSignal<LiveStatus>,
    inner: StoredValue<Inner, LocalStorage>,
    app: AppState,
}

#[derive(Debug)]
struct Inner {
    /// This tab's peer id (the server drops an older connection with the same id).
    peer_id: String,
    /// The engine's session with the server, by number.
    session: Option<u64>,
    /// The sync state the session last gave, kept for the next connection.
    sync_state: Option<Vec<u8>>,
    /// Bumped by every attempt, wait and shutdown: news and timers of an older one are
    /// ignored. An attempt's number is its connection's in the engine.
    generation: u64,
    /// The wait before the next attempt, doubled by each failure.
    retry_seconds: u32,
    local_change_due: bool,
}

/// True for an address a WebSocket can open.
pub fn is_server_url(url: &str) -> bool {
    let url = url.trim();
    let rest = url
        .strip_prefix("wss://")
        .or_else(|| url.strip_prefix("ws://"));
    rest.is_some_and(|host| !host.is_empty() && !host.contains(char::is_whitespace))
}

fn random_peer_id() -> String {
    format!("rapport-{}", crate::platform::random_id())
}

impl LiveSync {
    /// Starts live sync for the app's workspace: connects at once if the user turned it
    /// on earlier, follows every change of the workspace, and retries when the browser
    /// comes back online.
    pub fn start(app: AppState) -> Self {
        let live = Self {
            status: RwSignal::new(LiveStatus::default()),
            inner: StoredValue::new_local(Inner {
                peer_id: random_peer_id(),
                session: None,
                sync_state: None,
                generation: 0,
                retry_seconds: FIRST_RETRY_SECONDS,
                local_change_due: false,
            }),
            app,
        };
        app.on_socket_news(move |connection, news| live.on_news(connection, news));
        if let Some(id) = live.workspace_id() {
            let settings = LiveSettings::load(&id);
            live.status.update(|s| {
                s.server_url = settings.server_url.clone();
                s.last_in_sync = settings.last_in_sync;
            });
            if settings.enabled && is_server_url(&settings.server_url) {
                let url = settings.server_url.clone();
                leptos::task::spawn_local(async move {
                    let _ = live.enable(&url).await;
                });
            }
        }
        // Every change of the workspace (an action, another tab's, a file's) is offered.
        Effect::new(move |_| {
            app.snapshot.track();
            live.local_change_soon();
        });
        // A new engine knows nothing of the old one's session: start again from what the
        // server is known to have.
        Effect::new(move |before: Option<u64>| {
            let restarts = app.restarts.get();
            if before.is_some_and(|b| b != restarts) {
                live.resume();
            }
            restarts
        });
        let online = window_event_listener(leptos::ev::online, move |_| live.retry_now());
        on_cleanup(move || {
            online.remove();
            live.shut();
        });
        live
    }

    fn workspace_id(self) -> Option<String> {
        self.app.snapshot.with_untracked(|s| s.workspace_id.clone())
    }

    /// Turns live sync on with `server_url` and connects.
    pub async fn enable(self, server_url: &str) -> Result<(), EnableError> {
        let server_url = server_url.trim().to_owned();
        if !is_server_url(&server_url) {
            return Err(EnableError::InvalidUrl);
        }
        let workspace_id = self.workspace_id().ok_or(EnableError::NoWorkspace)?;
        self.app
            .act(Request::RepoDocumentId { assign: true })
            .await
            .map_err(|e: DocumentError| EnableError::Document(e.to_string()))?;
        let mut settings = LiveSettings::load(&workspace_id);
        if settings.server_url != server_url {
            settings.last_in_sync = None;
        }
        settings.server_url = server_url.clone();
        settings.enabled = true;
        let _ = settings.save(&workspace_id);
        let saved = load_sync_state(&workspace_id, &server_url);
        self.start_session(saved)
            .await
            .map_err(|e| EnableError::Document(e.to_string()))?;
        self.inner
            .update_value(|inner| inner.retry_seconds = FIRST_RETRY_SECONDS);
        self.status.update(|s| {
            s.enabled = true;
            s.server_url = server_url;
            s.last_in_sync = settings.last_in_sync;
        });
        self.connect();
        Ok(())
    }

    /// After the engine was replaced: reconnects with a new session if live sync is on.
    fn resume(self) {
        let (enabled, url) = self
            .status
            .with_untracked(|s| (s.enabled, s.server_url.clone()));
        if !enabled {
            return;
        }
        self.shut();
        // The old engine's session is gone with it: nothing to end.
        self.inner.update_value(|inner| inner.session = None);
        leptos::task::spawn_local(async move {
            let _ = self.enable(&url).await;
        });
    }

    /// Turns live sync off: the connection closes and stays closed.
    pub fn disable(self) {
        self.shut();
        if let Some(workspace_id) = self.workspace_id() {
            let mut settings = LiveSettings::load(&workspace_id);
            settings.enabled = false;
            let _ = settings.save(&workspace_id);
        }
        self.end_session();
        self.status.update(|s| {
            s.enabled = false;
            s.state = LiveState::Off;
        });
    }

    /// Closes the connection, keeping what the server is known to have.
    fn shut(self) {
        self.keep_sync_state();
        self.inner.update_value(|inner| inner.generation += 1);
        self.close_socket();
        self.step(Request::SessionClosed, |_| {});
    }

    /// Closes the engine's connection for the session, if there is one.
    fn close_socket(self) {
        if let Some(session) = self.inner.try_with_value(|inner| inner.session).flatten() {
            self.app.socket(SocketCommand::Close { session });
        }
    }

    /// Starts the engine's session with the server (replacing any other).
    async fn start_session(self, saved: Option<Vec<u8>>) -> Result<(), DocumentError> {
        self.end_session();
        let session = self.app.new_session_id();
        let peer_id = self.inner.with_value(|inner| inner.peer_id.clone());
        self.app
            .act(Request::SessionStart {
                session,
                kind: SessionKind::Repo { peer_id },
                saved,
            })
            .await?;
        self.inner.update_value(|inner| {
            inner.session = Some(session);
            inner.sync_state = None;
        });
        Ok(())
    }

    fn end_session(self) {
        if let Some(session) = self
            .inner
            .try_update_value(|inner| inner.session.take())
            .flatten()
        {
            self.app.send(Request::SessionEnd(session), |_| {});
        }
    }

    /// Sends one request of the session to the engine (nothing without a session) and
    /// hands what the step did to `then`. Requests reach the engine in the order sent.
    fn step(self, request: fn(u64) -> Request, then: impl FnOnce(SessionStep) + 'static) {
        let Some(session) = self.inner.try_with_value(|inner| inner.session).flatten() else {
            return;
        };
        self.app.send(request(session), move |result| {
            if let Ok(Answer::Session(step)) = result {
                let state = step.sync_state.clone();
                self.inner
                    .try_update_value(|inner| inner.sync_state = Some(state));
                then(step);
            }
        });
    }

    /// Opens a new connection (closing any other).
    fn connect(self) {
        let url = self.status.with_untracked(|s| s.server_url.clone());
        let Some(attempt) = self.inner.try_update_value(|inner| {
            inner.generation += 1;
            inner.session.map(|session| (session, inner.generation))
        }) else {
            return;
        };
        let Some((session, generation)) = attempt else {
            return;
        };
        self.step(Request::SessionClosed, |_| {});
        self.set_state(LiveState::Connecting);
        self.app.socket(SocketCommand::Open {
            session,
            connection: generation,
            url,
        });
        set_timeout(
            move || {
                if self.is_current(generation)
                    && self
                        .status
                        .with_untracked(|s| s.state == LiveState::Connecting)
                {
                    self.failed(None);
                }
            },
            CONNECT_TIMEOUT,
        );
    }

    fn is_current(self, generation: u64) -> bool {
        self.inner
            .try_with_value(|inner| inner.generation == generation)
            .unwrap_or(false)
    }

    fn set_state(self, state: LiveState) {
        self.status.update(|s| {
            if s.state != state {
                s.state = state;
            }
        });
    }

    /// What happened on the engine's connection, in the order it happened.
    fn on_news(self, connection: u64, news: SocketNews) {
        if !self.is_current(connection) {
            return;
        }
        match news {
            SocketNews::Step(step) => {
                let state = step.sync_state.clone();
                self.inner
                    .try_update_value(|inner| inner.sync_state = Some(state));
                self.after_receiving(step);
            }
            SocketNews::Text => self.ignored("a text frame, not a protocol message".into()),
            SocketNews::Closed { refused } => self.failed(refused),
        }
    }

    fn after_receiving(self, step: SessionStep) {
        if let Some(reason) = step.refused {
            self.failed(Some(reason));
            return;
        }
        if let Some(reason) = step.ignored {
            self.ignored(reason);
            return;
        }
        if step.connected {
            self.inner
                .update_value(|inner| inner.retry_seconds = FIRST_RETRY_SECONDS);
            self.set_state(LiveState::Connected {
                in_sync: step.in_sync,
            });
        }
        self.note_sync(step.in_sync);
        if step.moved {
            // A merge settled the workspace on another document id (two devices
            // assigned one at once): sync as the one every copy now reads.
            self.follow_document_id();
        }
    }

    fn note_sync(self, in_sync: bool) {
        let connected = self
            .status
            .with_untracked(|s| matches!(s.state, LiveState::Connected { .. }));
        if !connected {
            return;
        }
        self.set_state(LiveState::Connected { in_sync });
        self.keep_sync_state();
        if in_sync {
            let now = self.app.now();
            self.status.update(|s| s.last_in_sync = Some(now));
            if let Some(workspace_id) = self.workspace_id() {
                let mut settings = LiveSettings::load(&workspace_id);
                settings.last_in_sync = Some(now);
                let _ = settings.save(&workspace_id);
            }
        }
    }

    fn keep_sync_state(self) {
        let Some(workspace_id) = self.workspace_id() else {
            return;
        };
        let url = self.status.with_untracked(|s| s.server_url.clone());
        let state = self
            .inner
            .try_with_value(|inner| inner.sync_state.clone())
            .flatten();
        if let Some(state) = state {
            save_sync_state(&workspace_id, &url, &state);
        }
    }

    fn follow_document_id(self) {
        self.shut();
        leptos::task::spawn_local(async move {
            if self.start_session(None).await.is_ok() {
                self.connect();
            }
        });
    }

    fn ignored(self, reason: String) {
        self.status.update(|s| {
            s.ignored += 1;
            s.last_ignored = Some(reason);
        });
    }

    /// The connection failed, closed or was refused: wait, then try again.
    fn failed(self, refused: Option<String>) {
        self.keep_sync_state();
        self.close_socket();
        self.step(Request::SessionClosed, |_| {});
        let Some((generation, wait)) = self.inner.try_update_value(|inner| {
            inner.generation += 1;
            let wait = inner.retry_seconds;
            inner.retry_seconds = (inner.retry_seconds * 2).min(MAX_RETRY_SECONDS);
            (inner.generation, wait)
        }) else {
            return;
        };
        if !self.status.with_untracked(|s| s.enabled) {
            return;
        }
        self.count_down(generation, wait, refused);
    }

    fn count_down(self, generation: u64, seconds: u32, refused: Option<String>) {
        if !self.is_current(generation) {
            return;
        }
        if seconds == 0 {
            self.connect();
            return;
        }
        self.set_state(match &refused {
            Some(reason) => LiveState::Refused {
                reason: reason.clone(),
                retry_in: seconds,
            },
            None => LiveState::Unreachable { retry_in: seconds },
        });
        set_timeout(
            move || self.count_down(generation, seconds - 1, refused),
            Duration::from_secs(1),
        );
    }

    /// The browser is back online: try now rather than at the end of the wait.
    fn retry_now(self) {
        let waiting = self.status.with_untracked(|s| {
            s.enabled
                && matches!(
                    s.state,
                    LiveState::Unreachable { .. } | LiveState::Refused { .. }
                )
        });
        if waiting {
            self.inner
                .update_value(|inner| inner.retry_seconds = FIRST_RETRY_SECONDS);
            self.connect();
        }
    }

    /// Sends what a local change made due, a moment later (a burst of edits goes as one).
    fn local_change_soon(self) {
        let already = self
            .inner
            .try_update_value(|inner| std::mem::replace(&mut inner.local_change_due, true))
            .unwrap_or(true);
        if already {
            return;
        }
        set_timeout(move || self.local_change_now(), LOCAL_CHANGE_DELAY);
    }

    fn local_change_now(self) {
        self.inner
            .update_value(|inner| inner.local_change_due = false);
        self.step(Request::SessionLocalChange, move |step| {
            if step.live {
                self.note_sync(step.in_sync);
            }
        });
    }
}

/// The context's [`LiveSync`], if the app has started it.
pub fn use_live_sync() -> Option<LiveSync> {
    use_context::<LiveSync>()
}
