//! What peer-to-peer sync refuses. A refused signal changes nothing; a refused message is
//! ignored, the document and the session as they were.

use crate::document::DocumentError;

/// A message from the peer that was ignored, and why.
#[derive(Debug, thiserror::Error)]
pub enum PeerError {
    /// A message would outgrow [`super::MAX_MESSAGE_BYTES`].
    #[error("a message larger than {0} bytes")]
    TooLarge(usize),
    /// An empty frame, or a frame with unknown flags.
    #[error("a malformed frame")]
    BadFrame,
    /// A kind of message this version does not know.
    #[error("a message of unknown kind {0}")]
    UnknownKind(u8),
    /// Not an Automerge sync message.
    #[error("the sync data is not an Automerge sync message")]
    BadSyncData,
    /// The sync message carried changes a merge refuses.
    #[error("the sync message was refused: {0}")]
    Refused(#[from] DocumentError),
}
