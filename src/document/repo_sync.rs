//! Live sync with an automerge-repo peer, such as the stock sync server: the network
//! protocol's messages, document ids, and [`RepoSyncSession`], the protocol's state
//! machine for one connection.
//!
//! Nothing here owns a socket or a clock: the platform layer moves the bytes (WebSocket,
//! later WebRTC) and feeds them in; the session answers with the bytes to send. The
//! workspace is one automerge-repo document, its id kept in the document itself.

mod document_id;
mod error;
mod message;
mod session;

pub use document_id::{DocumentId, InvalidDocumentId, URL_PREFIX};
pub use error::ProtocolError;
pub use message::{
    decode, DocMessage, MessageError, PeerMetadata, RepoMessage, MAX_MESSAGE_BYTES,
    PROTOCOL_VERSION,
};
pub use session::{Event, Outgoing, RepoSyncSession, Step};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
