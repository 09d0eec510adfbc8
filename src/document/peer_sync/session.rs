//! [`PeerSession`]: Automerge's sync protocol with one colleague's browser, over whatever
//! carries its frames. Each message is a kind byte and its body; the only kind today is an
//! Automerge sync message. Unknown kinds are ignored, so a later version can add some.

use automerge::sync;

use super::{split, PeerError, Reassembler};
use crate::document::Workspace;

const SYNC: u8 = 1;

/// What one incoming frame did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PeerStep {
    /// Frames to send back, in order.
    pub frames: Vec<Vec<u8>>,
    /// The workspace changed: refresh the read model and store the new changes.
    pub changed: bool,
}

/// The sync state with one peer, across connections.
#[derive(Debug)]
pub struct PeerSession {
    state: sync::State,
    inbox: Reassembler,
    open: bool,
    last_in_sync: Option<i64>,
    /// Message bytes sent and received on this connection (the user sees what a reconnect
    /// cost; tests check that it sends only what is missing).
    sent: usize,
    received: usize,
}

impl PeerSession {
    /// A session with the peer whose sync state `sync_state_bytes` gave last time (none
    /// for a new peer; unreadable, it is dropped, which only makes the first exchange
    /// larger).
    pub fn new(saved_sync_state: Option<&[u8]>) -> Self {
        Self {
            state: saved_sync_state
                .and_then(|bytes| sync::State::decode(bytes).ok())
                .unwrap_or_default(),
            inbox: Reassembler::default(),
            open: false,
            last_in_sync: None,
            sent: 0,
            received: 0,
        }
    }

    /// The channel opened: say what this copy has.
    pub fn on_open(&mut self, workspace: &Workspace) -> Vec<Vec<u8>> {
        self.forget_connection();
        self.open = true;
        self.next(workspace)
    }

    /// The channel closed or dropped. What the peer is known to have is kept; what was in
    /// flight is not counted as received, so it is sent again next time.
    pub fn on_close(&mut self) {
        self.forget_connection();
    }

    /// Reads one frame and, once a message is whole, applies it. An error means that
    /// message was ignored (document and session unchanged): report it and read on.
    pub fn on_frame(
        &mut self,
        frame: &[u8],
        workspace: &mut Workspace,
    ) -> Result<PeerStep, PeerError> {
        let Some(message) = self.inbox.push(frame)? else {
            return Ok(PeerStep::default());
        };
        self.received += message.len();
        let (&kind, body) = message.split_first().ok_or(PeerError::BadFrame)?;
        if kind != SYNC {
            return Err(PeerError::UnknownKind(kind));
        }
        let message = sync::Message::decode(body).map_err(|_| PeerError::BadSyncData)?;
        let changed = workspace.receive_sync_message(&mut self.state, message)?;
        let frames = self.next(workspace);
        self.note_if_in_sync(workspace);
        Ok(PeerStep { frames, changed })
    }

    /// After a change of the workspace (this user's, another tab's, a file's): what the
    /// peer should receive now, if connected.
    pub fn on_local_change(&mut self, workspace: &Workspace) -> Vec<Vec<u8>> {
        let frames = self.next(workspace);
        self.note_if_in_sync(workspace);
        frames
    }

    /// The Automerge sync state to keep for this peer (a few dozen bytes), for `new`.
    pub fn sync_state_bytes(&self) -> Vec<u8> {
        self.state.encode()
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// True when the peer's last message said it has exactly what this copy has.
    pub fn is_in_sync(&self, workspace: &Workspace) -> bool {
        workspace.peer_has_all(&self.state)
    }

    /// When (the workspace clock's milliseconds) both sides last held the same changes,
    /// on this connection.
    pub fn last_in_sync(&self) -> Option<i64> {
        self.last_in_sync
    }

    /// Message bytes (sent, received) on this connection.
    pub fn traffic(&self) -> (usize, usize) {
        (self.sent, self.received)
    }

    fn note_if_in_sync(&mut self, workspace: &Workspace) {
        if self.open && self.is_in_sync(workspace) {
            self.last_in_sync = Some(workspace.now());
        }
    }

    fn next(&mut self, workspace: &Workspace) -> Vec<Vec<u8>> {
        if !self.open {
            return Vec::new();
        }
        let Some(message) = workspace.generate_sync_message(&mut self.state) else {
            return Vec::new();
        };
        let mut bytes = vec![SYNC];
        bytes.extend(message.encode());
        self.sent += bytes.len();
        split(&bytes)
    }

    /// Drops what only held for the connection. Automerge's own encoding keeps just the
    /// heads both sides share.
    fn forget_connection(&mut self) {
        self.state = sync::State::decode(&self.state.encode()).unwrap_or_default();
        self.inbox.reset();
        self.open = false;
        self.sent = 0;
        self.received = 0;
    }
}
