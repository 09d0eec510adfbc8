//! [`PeerSync`]: this tab's direct connections to colleagues' browsers. Each runs
//! Automerge's sync protocol (a session held by the engine) over a [`PeerLink`], whose
//! frames this relays; each peer's sync state and last sync are kept in localStorage, so a
//! new connection sends only what is missing.

use std::time::Duration;

use leptos::prelude::*;

use crate::platform::{device_id, load_peers, save_peer, LinkEvent, PeerLink, PeerRecord};
use crate::protocol::{Answer, Request, SessionKind, SessionStep};
use crate::protocol::{Signal, SignalError, SignalKind};
use crate::ui::state::AppState;

/// How long a handshake may take before the user is told it did not connect.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// A burst of edits goes as one message.
const LOCAL_CHANGE_DELAY: Duration = Duration::from_millis(100);

/// Where a connection to one colleague's browser stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeerState {
    /// Handshake under way (the answer was given or received, the channel not open yet).
    Connecting,
    Connected {
        in_sync: bool,
    },
    /// The handshake did not finish in time: another network, or a stale answer.
    Failed,
    /// Not connected now (closed, cut, or known from an earlier connection).
    Disconnected,
}

/// One colleague's browser, as the section lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerStatus {
    pub device: String,
    pub name: String,
    pub state: PeerState,
    pub last_in_sync: Option<i64>,
    /// Messages from this peer ignored on the current connection (malformed or refused:
    /// the workspace was not changed).
    pub ignored: u32,
}

/// Why an invitation or answer could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerFailure {
    /// The user has not joined the workspace with a name yet.
    NoIdentity,
    Signal(SignalError),
    /// An answer pasted where an invitation goes, or the reverse.
    WrongKind(SignalKind),
    /// From another workspace, and this one has work of its own.
    OtherWorkspace,
    /// The answer is not for the invitation this tab is waiting on.
    NoInvitation,
    /// The answer came from this very browser.
    OwnSignal,
    /// The browser refused (its message).
    Browser(String),
}

struct Connection {
    /// Which link the events come from: a replaced link's late events are dropped.
    link_id: u64,
    device: String,
    name: String,
    link: Option<PeerLink>,
    /// The engine's session with this peer, by number.
    session: u64,
    /// The channel is open (the session says what to send on each change).
    open: bool,
    /// What the session last gave as its sync state, kept for the next connection.
    sync_state: Vec<u8>,
    state: PeerState,
    ignored: u32,
}

#[derive(Default)]
struct Inner {
    next_link_id: u64,
    /// Our invitation, waiting for its answer.
    invitation: Option<(u64, PeerLink)>,
    connections: Vec<Connection>,
    change_due: bool,
}

/// Shared through context; a cheap `Copy` handle.
#[derive(Clone, Copy)]
pub struct PeerSync {
    app: AppState,
    pub peers: RwSignal<Vec<PeerStatus>>,
    inner: StoredValue<Inner, LocalStorage>,
}

impl PeerSync {
    /// Lists the colleagues synced with before, and offers every change of the workspace
    /// to the connected ones.
    pub fn start(app: AppState) -> Self {
        let peer_sync = Self {
            app,
            peers: RwSignal::new(Vec::new()),
            inner: StoredValue::new_local(Inner::default()),
        };
        peer_sync.refresh();
        Effect::new(move |_| {
            app.snapshot.track();
            peer_sync.local_change_soon();
        });
        // A new engine knows nothing of the old one's sessions: each open channel gets a
        // new one, from what the peer is known to have.
        Effect::new(move |before: Option<u64>| {
            let restarts = app.restarts.get();
            if before.is_some_and(|b| b != restarts) {
                peer_sync.resume();
            }
            restarts
        });
        on_cleanup(move || {
            peer_sync.inner.update_value(|inner| {
                inner.invitation = None;
                inner.connections.clear();
            })
        });
        peer_sync
    }

    /// Creates an invitation (the offer with every candidate gathered), to pass on as text.
    pub async fn invite(self, stun: Option<String>) -> Result<String, PeerFailure> {
        let (workspace_id, name) = self.identity()?;
        let link_id = self.new_link_id();
        let (link, sdp) = PeerLink::invite(stun.as_deref(), move |e| self.on_event(link_id, e))
            .await
            .map_err(PeerFailure::Browser)?;
        self.inner
            .update_value(|inner| inner.invitation = Some((link_id, link)));
        self.write(Signal {
            kind: SignalKind::Invitation,
            workspace_id,
            device: device_id(),
            name,
            sdp,
        })
        .await
    }

    /// `signal` as the text to pass on (the engine deflates it).
    async fn write(self, signal: Signal) -> Result<String, PeerFailure> {
        match self.app.act(Request::WriteSignal(signal)).await {
            Ok(Answer::Text(text)) => Ok(text),
            Ok(_) => Err(PeerFailure::Browser("no text".into())),
            Err(e) => Err(PeerFailure::Browser(e.to_string())),
        }
    }

    /// The invitation or answer in pasted `text`.
    pub async fn read(self, text: &str) -> Result<Signal, PeerFailure> {
        match self.app.act(Request::ReadSignal(text.to_owned())).await {
            Ok(Answer::Signal(signal)) => signal.map_err(PeerFailure::Signal),
            Ok(_) => Err(PeerFailure::Browser("no signal".into())),
            Err(e) => Err(PeerFailure::Browser(e.to_string())),
        }
    }

    /// Answers a colleague's invitation: returns the answer to send back to them. A
    /// browser with no work of its own joins the inviter's workspace.
    pub async fn answer(self, text: &str, stun: Option<String>) -> Result<String, PeerFailure> {
        let invitation = self.read(text).await?;
        if invitation.kind != SignalKind::Invitation {
            return Err(PeerFailure::WrongKind(invitation.kind));
        }
        let (workspace_id, name) = self.identity()?;
        if invitation.device == device_id() {
            return Err(PeerFailure::OwnSignal);
        }
        if invitation.workspace_id != workspace_id {
            let has_work = matches!(
                self.app.act(Request::Status).await,
                Ok(Answer::Status { has_work: true, .. })
            );
            if has_work {
                return Err(PeerFailure::OtherWorkspace);
            }
            self.app
                .act(Request::AdoptWorkspaceId(invitation.workspace_id.clone()))
                .await
                .map_err(|e| PeerFailure::Browser(e.to_string()))?;
        }
        let link_id = self.new_link_id();
        let (link, sdp) = PeerLink::answer(&invitation.sdp, stun.as_deref(), move |e| {
            self.on_event(link_id, e)
        })
        .await
        .map_err(PeerFailure::Browser)?;
        self.add_connection(link_id, link, &invitation);
        self.write(Signal {
            kind: SignalKind::Answer,
            workspace_id: invitation.workspace_id,
            device: device_id(),
            name,
            sdp,
        })
        .await
    }

    /// Completes this tab's invitation with the colleague's answer.
    pub async fn accept(self, text: &str) -> Result<String, PeerFailure> {
        let answer = self.read(text).await?;
        if answer.kind != SignalKind::Answer {
            return Err(PeerFailure::WrongKind(answer.kind));
        }
        let (workspace_id, _) = self.identity()?;
        if answer.workspace_id != workspace_id {
            return Err(PeerFailure::OtherWorkspace);
        }
        if answer.device == device_id() {
            return Err(PeerFailure::OwnSignal);
        }
        let Some((link_id, link)) = self
            .inner
            .try_update_value(|i| i.invitation.take())
            .flatten()
        else {
            return Err(PeerFailure::NoInvitation);
        };
        if let Err(error) = link.accept(&answer.sdp).await {
            // Not this invitation's answer: keep waiting for the right one.
            self.inner
                .update_value(|inner| inner.invitation = Some((link_id, link)));
            return Err(PeerFailure::Browser(error));
        }
        let name = answer.name.clone();
        self.add_connection(link_id, link, &answer);
        Ok(name)
    }

    /// Closes the connection to `device`; what it holds is kept for next time.
    pub fn disconnect(self, device: &str) {
        self.inner.update_value(|inner| {
            if let Some(c) = inner.connections.iter_mut().find(|c| c.device == device) {
                c.link = None;
                c.open = false;
                self.app.send(Request::SessionClosed(c.session), |_| {});
                c.state = PeerState::Disconnected;
            }
        });
        self.keep(device);
        self.refresh();
    }

    fn identity(self) -> Result<(String, String), PeerFailure> {
        let me = self.app.me().ok_or(PeerFailure::NoIdentity)?;
        self.app
            .snapshot
            .with_untracked(|s| Some((s.workspace_id.clone()?, s.colleague_name(&me)?.to_owned())))
            .ok_or(PeerFailure::NoIdentity)
    }

    fn new_link_id(self) -> u64 {
        self.inner
            .try_update_value(|inner| {
                inner.next_link_id += 1;
                inner.next_link_id
            })
            .unwrap_or_default()
    }

    fn add_connection(self, link_id: u64, link: PeerLink, from: &Signal) {
        let Some(workspace_id) = self.workspace_id() else {
            return;
        };
        let saved = load_peers(&workspace_id)
            .get(&from.device)
            .and_then(PeerRecord::sync_state_bytes);
        let already_open = link.is_open();
        let session = self.app.new_session_id();
        let start = Request::SessionStart {
            session,
            kind: SessionKind::Peer,
            saved: saved.clone(),
        };
        self.app.send(start, |result| {
            if let Err(error) = result {
                leptos::logging::error!("starting a direct sync session failed: {error}");
            }
        });
        let connection = Connection {
            link_id,
            device: from.device.clone(),
            name: from.name.clone(),
            link: Some(link),
            session,
            open: false,
            sync_state: saved.unwrap_or_default(),
            state: PeerState::Connecting,
            ignored: 0,
        };
        let replaced = self
            .inner
            .try_update_value(|inner| {
                // A new handshake with the same browser replaces the old connection.
                let old = inner
                    .connections
                    .iter()
                    .filter(|c| c.device == from.device)
                    .map(|c| c.session)
                    .collect::<Vec<_>>();
                inner.connections.retain(|c| c.device != from.device);
                inner.connections.push(connection);
                old
            })
            .unwrap_or_default();
        for old in replaced {
            self.app.send(Request::SessionEnd(old), |_| {});
        }
        self.keep(&from.device);
        self.refresh();
        if already_open {
            self.on_event(link_id, LinkEvent::Open);
        }
        set_timeout(
            move || {
                let stalled = self
                    .inner
                    .try_update_value(|inner| {
                        let c = inner
                            .connections
                            .iter_mut()
                            .find(|c| c.link_id == link_id)?;
                        (c.state == PeerState::Connecting).then(|| {
                            c.link = None;
                            c.state = PeerState::Failed;
                        })
                    })
                    .flatten();
                if stalled.is_some() {
                    self.refresh();
                }
            },
            CONNECT_TIMEOUT,
        );
    }

    /// After the engine was replaced: a new session for every connection, opened at once
    /// where the channel is open.
    fn resume(self) {
        let open: Vec<(u64, u64, Vec<u8>, bool)> = self
            .inner
            .try_update_value(|inner| {
                inner
                    .connections
                    .iter_mut()
                    .filter(|c| c.link.is_some())
                    .map(|c| {
                        c.session = self.app.new_session_id();
                        (c.link_id, c.session, c.sync_state.clone(), c.open)
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (link_id, session, saved, was_open) in open {
            let start = Request::SessionStart {
                session,
                kind: SessionKind::Peer,
                saved: (!saved.is_empty()).then_some(saved),
            };
            self.app.send(start, |_| {});
            if was_open {
                self.on_event(link_id, LinkEvent::Open);
            }
        }
    }

    fn on_event(self, link_id: u64, event: LinkEvent) {
        let Some(session) = self
            .inner
            .try_with_value(|inner| {
                let c = inner.connections.iter().find(|c| c.link_id == link_id)?;
                Some(c.session)
            })
            .flatten()
        else {
            return;
        };
        match event {
            LinkEvent::Open => self.step(link_id, Request::SessionOpened(session), |c, step| {
                c.open = true;
                c.state = PeerState::Connected { in_sync: false };
                send(c, &step.outgoing);
            }),
            LinkEvent::Frame(bytes) => {
                let received = Request::SessionReceived { session, bytes };
                self.step(link_id, received, |c, step| {
                    // The channel closed while the engine read it: the close stands.
                    if !c.open {
                        return;
                    }
                    match &step.ignored {
                        None => send(c, &step.outgoing),
                        // A frame the peer should not have sent: the session left
                        // everything as it was; the table counts it.
                        Some(error) => {
                            c.ignored += 1;
                            leptos::logging::warn!("peer message ignored: {error}");
                        }
                    }
                    c.state = PeerState::Connected {
                        in_sync: step.in_sync,
                    };
                });
            }
            LinkEvent::Closed => {
                self.app.send(Request::SessionClosed(session), |_| {});
                self.update_connection(link_id, |c| {
                    c.link = None;
                    c.open = false;
                    c.state = if c.state == PeerState::Connecting {
                        PeerState::Failed
                    } else {
                        PeerState::Disconnected
                    };
                });
            }
        }
    }

    /// Sends one request of a connection's session to the engine and, when the step comes
    /// back, lets `then` apply it to the connection (if it is still there), keeping its
    /// sync state. Requests reach the engine in the order sent.
    fn step(
        self,
        link_id: u64,
        request: Request,
        then: impl FnOnce(&mut Connection, &SessionStep) + 'static,
    ) {
        self.app.send(request, move |result| {
            let Ok(Answer::Session(step)) = result else {
                return;
            };
            self.update_connection(link_id, |c| {
                c.sync_state = step.sync_state.clone();
                then(c, &step);
            });
        });
    }

    /// Changes the connection of `link_id` (if it is still there), then stores what this
    /// browser keeps about the peer and redraws the table.
    fn update_connection(self, link_id: u64, change: impl FnOnce(&mut Connection)) {
        let device = self
            .inner
            .try_update_value(|inner| {
                let c = inner
                    .connections
                    .iter_mut()
                    .find(|c| c.link_id == link_id)?;
                change(c);
                Some(c.device.clone())
            })
            .flatten();
        if let Some(device) = device {
            self.keep(&device);
            self.refresh();
        }
    }

    fn workspace_id(self) -> Option<String> {
        self.app.snapshot.with_untracked(|s| s.workspace_id.clone())
    }

    /// Stores what this browser keeps about `device`: name, sync state, last sync.
    fn keep(self, device: &str) {
        let Some(workspace_id) = self.workspace_id() else {
            return;
        };
        let now = self.app.now();
        let record = self
            .inner
            .try_with_value(|inner| {
                let c = inner.connections.iter().find(|c| c.device == device)?;
                let mut record = load_peers(&workspace_id).remove(device).unwrap_or_default();
                record.name = c.name.clone();
                record.set_sync_state(&c.sync_state);
                if c.state == (PeerState::Connected { in_sync: true }) {
                    record.last_in_sync = Some(now);
                }
                Some(record)
            })
            .flatten();
        if let Some(record) = record {
            save_peer(&workspace_id, device, &record);
        }
    }

    /// Rebuilds the list the section shows: the peers kept in storage, with the state of
    /// those this tab is connected to.
    fn refresh(self) {
        let Some(workspace_id) = self.workspace_id() else {
            return;
        };
        let records = load_peers(&workspace_id);
        let mut peers: Vec<PeerStatus> = self
            .inner
            .try_with_value(|inner| {
                inner
                    .connections
                    .iter()
                    .map(|c| PeerStatus {
                        device: c.device.clone(),
                        name: c.name.clone(),
                        state: c.state,
                        last_in_sync: records.get(&c.device).and_then(|r| r.last_in_sync),
                        ignored: c.ignored,
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (device, record) in records {
            if !peers.iter().any(|p| p.device == device) {
                peers.push(PeerStatus {
                    device,
                    name: record.name,
                    state: PeerState::Disconnected,
                    last_in_sync: record.last_in_sync,
                    ignored: 0,
                });
            }
        }
        peers.sort_by(|a, b| a.name.cmp(&b.name).then(a.device.cmp(&b.device)));
        self.peers.update(|old| {
            if *old != peers {
                *old = peers;
            }
        });
    }

    fn local_change_soon(self) {
        // Most of the time nobody is connected: no timer for each edit then.
        let already = self
            .inner
            .try_update_value(|inner| {
                let open = inner.connections.iter().any(|c| c.open);
                !open || std::mem::replace(&mut inner.change_due, true)
            })
            .unwrap_or(true);
        if !already {
            set_timeout(move || self.local_change_now(), LOCAL_CHANGE_DELAY);
        }
    }

    fn local_change_now(self) {
        let open = self
            .inner
            .try_update_value(|inner| {
                inner.change_due = false;
                inner
                    .connections
                    .iter()
                    .filter(|c| c.open)
                    .map(|c| (c.link_id, c.session))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for (link_id, session) in open {
            self.step(link_id, Request::SessionLocalChange(session), |c, step| {
                if !c.open {
                    return;
                }
                send(c, &step.outgoing);
                c.state = PeerState::Connected {
                    in_sync: step.in_sync,
                };
            });
        }
    }
}

fn send(connection: &Connection, frames: &[Vec<u8>]) {
    if let Some(link) = &connection.link {
        for frame in frames {
            link.send(frame);
        }
    }
}

/// The context's [`PeerSync`], if the app has started it.
pub fn use_peer_sync() -> Option<PeerSync> {
    use_context::<PeerSync>()
}
