//! What the live-sync session refuses. Each error stands for one message ignored: the
//! document and the session are as they were before it.

use super::MessageError;
use crate::document::DocumentError;

/// A message the session ignored, and why; the caller reports it and reads on.
#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    /// Not a message: malformed, hostile or too large.
    #[error(transparent)]
    Message(#[from] MessageError),
    /// The server chose a protocol version this client does not speak.
    #[error("the peer chose protocol version {0}, this app speaks version 1")]
    UnsupportedVersion(String),
    /// The peer gave up, saying why; it closes the connection next.
    #[error("the peer reported an error: {0}")]
    Peer(String),
    /// A document message before the handshake finished.
    #[error("a {0} message before the peer introduced itself")]
    NotJoined(String),
    /// A message addressed to another peer id.
    #[error("a message for another peer ({0})")]
    NotForUs(String),
    /// A message about another document than the workspace.
    #[error("a message for another document ({0})")]
    OtherDocument(String),
    /// `data` is not an Automerge sync message.
    #[error("the sync data is not an Automerge sync message")]
    BadSyncData,
    /// The sync message carried changes a merge refuses (damaged, or not this
    /// workspace's kind of document).
    #[error("the sync message was refused: {0}")]
    Refused(#[from] DocumentError),
    /// A message only a client sends (`join`).
    #[error("a {0} message, which only a client sends")]
    Unexpected(String),
}
