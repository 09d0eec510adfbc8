//! The automerge-repo network messages (WebSocket protocol "1") and their CBOR form.
//!
//! Encoding follows what the JavaScript library writes (cbor-x with `useRecords: false`),
//! byte for byte: maps with text keys in the library's order, every map header with a
//! 16-bit length (`0xb9`), `data` a byte string (major type 2) and a missing `storageId`
//! written as `undefined`. Decoding (`decode.rs`) accepts any well-formed CBOR map of that
//! shape and refuses the rest without allocating what a length prefix claims.

use minicbor::Encoder;

mod decode;
mod skip;

pub use decode::{decode, MessageError};

/// The only protocol version automerge-repo speaks so far.
pub const PROTOCOL_VERSION: &str = "1";

/// The largest message read, the same cap as a sync file: a whole workspace fits.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;

/// What a peer says about itself when it joins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeerMetadata {
    /// Names the peer's storage, so the other side may keep its sync state for it.
    pub storage_id: Option<String>,
    /// An ephemeral peer stores nothing; its sync state is not worth keeping.
    pub is_ephemeral: bool,
}

/// A `request` or `sync`: an Automerge sync message for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocMessage {
    pub sender_id: String,
    pub target_id: String,
    /// The document id as sent (bs58check), checked by the session, not here.
    pub document_id: String,
    /// An encoded `automerge::sync::Message`.
    pub data: Vec<u8>,
}

/// One message of the automerge-repo network protocol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RepoMessage {
    /// A client introduces itself (first message on a connection).
    Join {
        sender_id: String,
        peer_metadata: PeerMetadata,
        supported_protocol_versions: Vec<String>,
    },
    /// The server's answer to `join`.
    Peer {
        sender_id: String,
        target_id: String,
        peer_metadata: PeerMetadata,
        selected_protocol_version: String,
    },
    /// The other end gives up; it closes the connection after this.
    Error {
        message: String,
    },
    /// An older protocol's goodbye.
    Leave {
        sender_id: String,
    },
    /// The first sync message of a peer that does not have the document.
    Request(DocMessage),
    Sync(DocMessage),
    /// The peer does not have the document, and none of its peers do.
    DocUnavailable {
        sender_id: String,
        target_id: String,
        document_id: String,
    },
    /// Presence and other passing data; Rapport reads none of it.
    Ephemeral,
    /// A type this version does not know (the library tolerates extension types).
    Unknown {
        kind: String,
    },
}

impl RepoMessage {
    /// The `type` field as sent.
    pub fn kind(&self) -> &str {
        match self {
            Self::Join { .. } => "join",
            Self::Peer { .. } => "peer",
            Self::Error { .. } => "error",
            Self::Leave { .. } => "leave",
            Self::Request(_) => "request",
            Self::Sync(_) => "sync",
            Self::DocUnavailable { .. } => "doc-unavailable",
            Self::Ephemeral => "ephemeral",
            Self::Unknown { kind } => kind,
        }
    }

    /// The CBOR bytes of this message, as the JavaScript library writes them. Only the
    /// messages a client sends are complete: `ephemeral` and unknown ones keep only
    /// their type, and `error` has no sender here.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer(Encoder::new(Vec::new()));
        // Key order is the order in which the library builds each object.
        match self {
            Self::Join {
                sender_id,
                peer_metadata,
                supported_protocol_versions,
            } => {
                w.map(4).text("type", "join").text("senderId", sender_id);
                w.key("peerMetadata").metadata(peer_metadata);
                w.key("supportedProtocolVersions")
                    .strings(supported_protocol_versions);
            }
            Self::Peer {
                sender_id,
                target_id,
                peer_metadata,
                selected_protocol_version,
            } => {
                w.map(5).text("type", "peer").text("senderId", sender_id);
                w.key("peerMetadata").metadata(peer_metadata);
                w.text("selectedProtocolVersion", selected_protocol_version)
                    .text("targetId", target_id);
            }
            Self::Error { message } => {
                w.map(2).text("type", "error").text("message", message);
            }
            Self::Leave { sender_id } => {
                w.map(2).text("type", "leave").text("senderId", sender_id);
            }
            Self::Sync(m) => {
                w.map(5).text("type", "sync").text("targetId", &m.target_id);
                w.key("data").bytes(&m.data);
                w.text("documentId", &m.document_id)
                    .text("senderId", &m.sender_id);
            }
            Self::Request(m) => {
                w.map(5)
                    .text("type", "request")
                    .text("targetId", &m.target_id);
                w.text("documentId", &m.document_id)
                    .key("data")
                    .bytes(&m.data);
                w.text("senderId", &m.sender_id);
            }
            Self::DocUnavailable {
                sender_id,
                target_id,
                document_id,
            } => {
                w.map(4).text("type", "doc-unavailable");
                w.text("documentId", document_id)
                    .text("targetId", target_id)
                    .text("senderId", sender_id);
            }
            Self::Ephemeral | Self::Unknown { .. } => {
                w.map(1).text("type", self.kind());
            }
        }
        w.0.into_writer()
    }
}

/// An encoder into memory: writing to a `Vec` cannot fail.
struct Writer(Encoder<Vec<u8>>);

impl Writer {
    /// A map header as cbor-x writes it, always with a 16-bit length.
    fn map(&mut self, len: u16) -> &mut Self {
        self.0.writer_mut().push(0xb9);
        self.0.writer_mut().extend_from_slice(&len.to_be_bytes());
        self
    }

    fn key(&mut self, key: &str) -> &mut Self {
        self.0.str(key).expect("writing to memory");
        self
    }

    fn text(&mut self, key: &str, value: &str) -> &mut Self {
        self.key(key).key(value)
    }

    fn bytes(&mut self, value: &[u8]) -> &mut Self {
        self.0.bytes(value).expect("writing to memory");
        self
    }

    fn strings(&mut self, values: &[String]) -> &mut Self {
        self.0
            .array(values.len() as u64)
            .expect("writing to memory");
        for value in values {
            self.key(value);
        }
        self
    }

    fn metadata(&mut self, metadata: &PeerMetadata) -> &mut Self {
        self.map(2).key("storageId");
        match &metadata.storage_id {
            Some(id) => {
                self.key(id);
            }
            // JavaScript writes the absent id as `undefined`.
            None => {
                self.0.undefined().expect("writing to memory");
            }
        }
        self.key("isEphemeral");
        self.0
            .bool(metadata.is_ephemeral)
            .expect("writing to memory");
        self
    }
}
