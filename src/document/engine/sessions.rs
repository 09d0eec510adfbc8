//! Sync sessions held by the engine: live sync with a sync server and direct sync with a
//! colleague's browser. The page keeps the transport (a WebSocket, a WebRTC data channel)
//! and relays bytes; the protocol state and every merge stay beside the document.

use super::Engine;
use crate::document::peer_sync::PeerSession;
use crate::document::repo_sync::{Event, ProtocolError, RepoSyncSession};
use crate::document::{DocumentError, Workspace};
use crate::protocol::{Answer, Request, SessionKind, SessionStep};

/// One session, by the protocol it speaks.
#[derive(Debug)]
pub(super) enum Session {
    Repo(RepoSyncSession),
    Peer(PeerSession),
}

impl Session {
    fn sync_state(&self) -> Vec<u8> {
        match self {
            Self::Repo(s) => s.sync_state_bytes(),
            Self::Peer(s) => s.sync_state_bytes(),
        }
    }

    fn in_sync(&self, workspace: &Workspace) -> bool {
        match self {
            Self::Repo(s) => s.is_in_sync(workspace),
            Self::Peer(s) => s.is_in_sync(workspace),
        }
    }

    fn live(&self) -> bool {
        match self {
            Self::Repo(s) => s.remote_peer().is_some(),
            Self::Peer(s) => s.is_open(),
        }
    }
}

impl Engine {
    /// Runs a `Session*` request; `None` for any other request.
    pub(super) fn run_session(
        &mut self,
        request: &Request,
    ) -> Option<Result<Answer, DocumentError>> {
        use Request as R;
        let w = &mut self.workspace;
        let (id, mut step) = match request {
            R::SessionStart {
                session,
                kind,
                saved,
            } => {
                let started = match kind {
                    SessionKind::Repo { peer_id } => match w.repo_document_id() {
                        Some(document) => Session::Repo(RepoSyncSession::new(
                            peer_id.clone(),
                            document,
                            saved.as_deref(),
                        )),
                        None => return Some(Err(DocumentError::NotAWorkspace)),
                    },
                    SessionKind::Peer => Session::Peer(PeerSession::new(saved.as_deref())),
                };
                self.sessions.insert(*session, started);
                (*session, SessionStep::default())
            }
            R::SessionEnd(session) => {
                self.sessions.remove(session);
                return Some(Ok(Answer::Session(SessionStep::default())));
            }
            R::SessionOpened(session) => {
                let outgoing = match self.sessions.get_mut(session) {
                    Some(Session::Repo(s)) => s.on_open().iter().map(|m| m.bytes()).collect(),
                    Some(Session::Peer(s)) => s.on_open(w),
                    None => return Some(Err(DocumentError::NoLongerAtHand)),
                };
                (
                    *session,
                    SessionStep {
                        outgoing,
                        ..SessionStep::default()
                    },
                )
            }
            R::SessionClosed(session) => {
                match self.sessions.get_mut(session) {
                    Some(Session::Repo(s)) => s.on_close(),
                    Some(Session::Peer(s)) => s.on_close(),
                    None => return Some(Err(DocumentError::NoLongerAtHand)),
                }
                (*session, SessionStep::default())
            }
            R::SessionLocalChange(session) => {
                let outgoing = match self.sessions.get_mut(session) {
                    Some(Session::Repo(s)) if s.remote_peer().is_some() => {
                        s.on_local_change(w).iter().map(|m| m.bytes()).collect()
                    }
                    Some(Session::Peer(s)) if s.is_open() => s.on_local_change(w),
                    Some(_) => Vec::new(),
                    None => return Some(Err(DocumentError::NoLongerAtHand)),
                };
                (
                    *session,
                    SessionStep {
                        outgoing,
                        ..SessionStep::default()
                    },
                )
            }
            R::SessionReceived { session, bytes } => {
                let step = match self.sessions.get_mut(session) {
                    Some(Session::Repo(s)) => received_by_server_session(s, bytes, w),
                    Some(Session::Peer(s)) => match s.on_frame(bytes, w) {
                        Ok(step) => SessionStep {
                            outgoing: step.frames,
                            ..SessionStep::default()
                        },
                        Err(error) => SessionStep {
                            ignored: Some(error.to_string()),
                            ..SessionStep::default()
                        },
                    },
                    None => return Some(Err(DocumentError::NoLongerAtHand)),
                };
                (*session, step)
            }
            _ => return None,
        };
        let Some(session) = self.sessions.get(&id) else {
            return Some(Err(DocumentError::NoLongerAtHand));
        };
        step.in_sync = session.in_sync(&self.workspace);
        step.live = session.live();
        step.sync_state = session.sync_state();
        Some(Ok(Answer::Session(step)))
    }
}

fn received_by_server_session(
    session: &mut RepoSyncSession,
    bytes: &[u8],
    workspace: &mut Workspace,
) -> SessionStep {
    match session.on_message(bytes, workspace) {
        Ok(step) => SessionStep {
            outgoing: step.outgoing.iter().map(|m| m.bytes()).collect(),
            connected: matches!(step.event, Some(Event::Connected { .. })),
            moved: workspace.repo_document_id() != Some(session.document_id()),
            ..SessionStep::default()
        },
        Err(ProtocolError::Peer(reason)) | Err(ProtocolError::UnsupportedVersion(reason)) => {
            SessionStep {
                refused: Some(reason),
                ..SessionStep::default()
            }
        }
        Err(error) => SessionStep {
            ignored: Some(error.to_string()),
            ..SessionStep::default()
        },
    }
}
