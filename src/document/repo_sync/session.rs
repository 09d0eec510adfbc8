//! [`RepoSyncSession`]: the automerge-repo protocol for the workspace over one connection
//! to one peer, without the connection.
//!
//! The client joins, the server answers `peer`, and from then on both exchange `sync`
//! messages for the workspace's document id until neither has anything to send. Rapport
//! always holds the document (every copy has at least genesis), so it never sends
//! `request`, which in automerge-repo means "I have nothing, send me yours": a server
//! that does not know the document stores what arrives by `sync`. The Automerge sync
//! state outlives connections (`sync_state_bytes`), so a reconnect sends only what the
//! peer lacks, and whatever a drop lost is found missing and sent again.

use automerge::sync;

use super::message::{decode, DocMessage, PeerMetadata, RepoMessage, PROTOCOL_VERSION};
use super::{DocumentId, ProtocolError};
use crate::document::Workspace;

/// A message to send, in the order given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub message: RepoMessage,
}

impl Outgoing {
    /// The bytes to put in one binary WebSocket frame.
    pub fn bytes(&self) -> Vec<u8> {
        self.message.encode()
    }
}

/// What one incoming message did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Step {
    pub outgoing: Vec<Outgoing>,
    /// The workspace changed: refresh the read model (`Workspace::touched` knows what) and
    /// store the new changes.
    pub changed: bool,
    pub event: Option<Event>,
}

/// Something worth telling the user or the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The handshake finished; sync has started.
    Connected { peer_id: String },
    /// The peer says it has no such document and cannot get it; ours was offered again.
    DocumentUnavailable,
    /// The peer says goodbye.
    Left,
    /// A message Rapport has no use for (ephemeral, or a type it does not know).
    Ignored { kind: String },
}

/// The protocol state of one connection to one peer, for the workspace's document.
#[derive(Debug)]
pub struct RepoSyncSession {
    peer_id: String,
    metadata: PeerMetadata,
    document_id: DocumentId,
    state: sync::State,
    /// The peer's id once it answered `join`; `None` before and after a connection.
    remote: Option<String>,
    /// Whether our document was offered again after `doc-unavailable` on this connection:
    /// once is enough, a peer that refuses it would refuse it forever.
    reoffered: bool,
    last_in_sync: Option<i64>,
}

impl RepoSyncSession {
    /// A session for the workspace's document `document_id`, as peer `our_peer_id` (one per
    /// tab: the server drops an older connection with the same id). `saved_sync_state` is
    /// what `sync_state_bytes` gave last time for this peer; unreadable, it is dropped, which
    /// only makes the first exchange larger.
    pub fn new(
        our_peer_id: impl Into<String>,
        document_id: DocumentId,
        saved_sync_state: Option<&[u8]>,
    ) -> Self {
        let state = saved_sync_state
            .and_then(|bytes| sync::State::decode(bytes).ok())
            .unwrap_or_default();
        Self {
            peer_id: our_peer_id.into(),
            metadata: PeerMetadata::default(),
            document_id,
            state,
            remote: None,
            reoffered: false,
            last_in_sync: None,
        }
    }

    /// Presents this client's storage id, so that the server keeps its own sync state for
    /// us between connections (as automerge-repo clients with storage do).
    pub fn with_storage_id(mut self, storage_id: impl Into<String>) -> Self {
        self.metadata.storage_id = Some(storage_id.into());
        self
    }

    pub fn document_id(&self) -> DocumentId {
        self.document_id
    }

    /// The peer's id, while connected and past the handshake.
    pub fn remote_peer(&self) -> Option<&str> {
        self.remote.as_deref()
    }

    /// The connection opened: introduce ourselves.
    pub fn on_open(&mut self) -> Vec<Outgoing> {
        self.forget_connection();
        vec![Outgoing {
            message: RepoMessage::Join {
                sender_id: self.peer_id.clone(),
                peer_metadata: self.metadata.clone(),
                supported_protocol_versions: vec![PROTOCOL_VERSION.into()],
            },
        }]
    }

    /// The connection closed (or dropped). What the peer is known to have is kept; what
    /// was in flight is not counted as received.
    pub fn on_close(&mut self) {
        self.forget_connection();
    }

    /// Reads one incoming message and applies it. An error means the message was ignored
    /// (the document and the session are unchanged): report it and carry on.
    pub fn on_message(
        &mut self,
        bytes: &[u8],
        workspace: &mut Workspace,
    ) -> Result<Step, ProtocolError> {
        let message = decode(bytes)?;
        let mut step = Step::default();
        match message {
            RepoMessage::Peer {
                sender_id,
                target_id,
                selected_protocol_version,
                ..
            } => {
                self.addressed_to_us(&target_id)?;
                if selected_protocol_version != PROTOCOL_VERSION {
                    return Err(ProtocolError::UnsupportedVersion(selected_protocol_version));
                }
                self.remote = Some(sender_id.clone());
                step.outgoing = self.next_sync(workspace);
                step.event = Some(Event::Connected { peer_id: sender_id });
            }
            RepoMessage::Sync(m) | RepoMessage::Request(m) => {
                self.for_this_document(&m.target_id, &m.document_id)?;
                let message =
                    sync::Message::decode(&m.data).map_err(|_| ProtocolError::BadSyncData)?;
                step.changed = workspace.receive_sync_message(&mut self.state, message)?;
                step.outgoing = self.next_sync(workspace);
            }
            RepoMessage::DocUnavailable {
                target_id,
                document_id,
                ..
            } => {
                self.for_this_document(&target_id, &document_id)?;
                if !self.reoffered {
                    self.reoffered = true;
                    // The peer has nothing of ours: start over and offer everything.
                    self.state = sync::State::new();
                    step.outgoing = self.next_sync(workspace);
                }
                step.event = Some(Event::DocumentUnavailable);
            }
            RepoMessage::Error { message } => return Err(ProtocolError::Peer(message)),
            RepoMessage::Join { .. } => return Err(ProtocolError::Unexpected("join".into())),
            RepoMessage::Leave { .. } => step.event = Some(Event::Left),
            other @ (RepoMessage::Ephemeral | RepoMessage::Unknown { .. }) => {
                step.event = Some(Event::Ignored {
                    kind: other.kind().into(),
                })
            }
        }
        self.note_if_in_sync(workspace);
        Ok(step)
    }

    /// After a local commit: what the peer should receive now, if connected.
    pub fn on_local_change(&mut self, workspace: &Workspace) -> Vec<Outgoing> {
        let outgoing = self.next_sync(workspace);
        self.note_if_in_sync(workspace);
        outgoing
    }

    /// The Automerge sync state to keep for this peer (a few dozen bytes), for `new`.
    pub fn sync_state_bytes(&self) -> Vec<u8> {
        self.state.encode()
    }

    /// True when the peer's last message said it has exactly what this copy has.
    pub fn is_in_sync(&self, workspace: &Workspace) -> bool {
        workspace.peer_has_all(&self.state)
    }

    /// When (the workspace clock's milliseconds) both sides last had the same changes.
    pub fn last_in_sync(&self) -> Option<i64> {
        self.last_in_sync
    }

    fn note_if_in_sync(&mut self, workspace: &Workspace) {
        if self.is_in_sync(workspace) {
            self.last_in_sync = Some(workspace.now());
        }
    }

    /// Our next sync message, if connected and one is due.
    fn next_sync(&mut self, workspace: &Workspace) -> Vec<Outgoing> {
        let Some(remote) = &self.remote else {
            return Vec::new();
        };
        let Some(message) = workspace.generate_sync_message(&mut self.state) else {
            return Vec::new();
        };
        vec![Outgoing {
            message: RepoMessage::Sync(DocMessage {
                sender_id: self.peer_id.clone(),
                target_id: remote.clone(),
                document_id: self.document_id.to_string(),
                data: message.encode(),
            }),
        }]
    }

    /// Drops what only held for the connection. Automerge's own encoding keeps just the
    /// heads both sides share: messages in flight, and what the peer was sent but may not
    /// have received, are forgotten, so anything lost is sent again.
    fn forget_connection(&mut self) {
        self.state = sync::State::decode(&self.state.encode()).unwrap_or_default();
        self.remote = None;
        self.reoffered = false;
    }

    fn addressed_to_us(&self, target_id: &str) -> Result<(), ProtocolError> {
        if target_id == self.peer_id {
            Ok(())
        } else {
            Err(ProtocolError::NotForUs(target_id.into()))
        }
    }

    fn for_this_document(&self, target_id: &str, document_id: &str) -> Result<(), ProtocolError> {
        if self.remote.is_none() {
            return Err(ProtocolError::NotJoined("document".into()));
        }
        self.addressed_to_us(target_id)?;
        if document_id != self.document_id.to_string() {
            return Err(ProtocolError::OtherDocument(document_id.into()));
        }
        Ok(())
    }
}
