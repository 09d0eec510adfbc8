//! Reading a message from untrusted bytes.
//!
//! Every length is checked against the bytes actually there before anything is kept
//! (strings and byte strings are borrowed from the input, then copied), unknown values are
//! skipped without recursion and to a bounded depth, and the lists kept are short: a
//! hostile message costs what it weighs, never what it claims.

use minicbor::data::Type;
use minicbor::Decoder;

use super::skip::skip;
use super::{DocMessage, PeerMetadata, RepoMessage, MAX_MESSAGE_BYTES};

/// Why bytes are not a message Rapport can read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the message is larger than {max} bytes")]
    TooLarge { max: usize },
    /// Not well-formed CBOR: truncated, a length beyond the end, a reserved byte.
    #[error("the message is not valid CBOR: {0}")]
    Malformed(String),
    #[error("the message is not a map")]
    NotAMap,
    #[error("the field {0} is missing")]
    Missing(&'static str),
    #[error("the field {0} has the wrong type")]
    WrongType(&'static str),
    #[error("the message nests deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("the message has more than {MAX_VERSIONS} protocol versions")]
    TooManyVersions,
    #[error("bytes follow the message")]
    TrailingBytes,
}

impl From<minicbor::decode::Error> for MessageError {
    fn from(error: minicbor::decode::Error) -> Self {
        Self::Malformed(error.to_string())
    }
}

pub(super) type Result<T> = std::result::Result<T, MessageError>;

/// Nesting deeper than this in a value Rapport skips is refused (messages are flat).
pub(super) const MAX_DEPTH: usize = 32;
/// More protocol versions than this in a `join` is refused.
const MAX_VERSIONS: usize = 16;

/// The fields Rapport reads, whatever the message type; the last of repeated keys wins,
/// as in a JavaScript object.
#[derive(Default)]
struct Fields {
    kind: Option<String>,
    sender_id: Option<String>,
    target_id: Option<String>,
    document_id: Option<String>,
    data: Option<Vec<u8>>,
    message: Option<String>,
    selected_protocol_version: Option<String>,
    supported_protocol_versions: Option<Vec<String>>,
    peer_metadata: Option<PeerMetadata>,
}

/// Reads one message. A type this version does not know is [`RepoMessage::Unknown`].
pub fn decode(bytes: &[u8]) -> Result<RepoMessage> {
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Err(MessageError::TooLarge {
            max: MAX_MESSAGE_BYTES,
        });
    }
    let d = &mut Decoder::new(bytes);
    let mut f = Fields::default();
    map_entries(d, |d, key| {
        match key {
            Some("type") => f.kind = Some(text(d, "type")?),
            Some("senderId") => f.sender_id = Some(text(d, "senderId")?),
            Some("targetId") => f.target_id = Some(text(d, "targetId")?),
            Some("documentId") => f.document_id = Some(text(d, "documentId")?),
            Some("data") => f.data = Some(byte_string(d, "data")?),
            Some("message") => f.message = Some(text(d, "message")?),
            Some("selectedProtocolVersion") => {
                f.selected_protocol_version = Some(text(d, "selectedProtocolVersion")?)
            }
            Some("supportedProtocolVersions") => f.supported_protocol_versions = Some(versions(d)?),
            Some("peerMetadata") => f.peer_metadata = peer_metadata(d)?,
            _ => skip(d)?,
        }
        Ok(())
    })?;
    if d.position() != bytes.len() {
        return Err(MessageError::TrailingBytes);
    }
    f.into_message()
}

impl Fields {
    fn into_message(mut self) -> Result<RepoMessage> {
        let kind = self.kind.take().ok_or(MessageError::Missing("type"))?;
        let need = |value: Option<String>, name| value.ok_or(MessageError::Missing(name));
        let doc_message = |f: Fields| -> Result<DocMessage> {
            Ok(DocMessage {
                sender_id: need(f.sender_id, "senderId")?,
                target_id: need(f.target_id, "targetId")?,
                document_id: need(f.document_id, "documentId")?,
                data: f.data.ok_or(MessageError::Missing("data"))?,
            })
        };
        Ok(match kind.as_str() {
            "join" => RepoMessage::Join {
                sender_id: need(self.sender_id, "senderId")?,
                peer_metadata: self.peer_metadata.unwrap_or_default(),
                // A client that names no version speaks "1" (the server adapter's rule).
                supported_protocol_versions: self
                    .supported_protocol_versions
                    .unwrap_or_else(|| vec![super::PROTOCOL_VERSION.into()]),
            },
            "peer" => RepoMessage::Peer {
                sender_id: need(self.sender_id, "senderId")?,
                target_id: need(self.target_id, "targetId")?,
                peer_metadata: self.peer_metadata.unwrap_or_default(),
                selected_protocol_version: need(
                    self.selected_protocol_version,
                    "selectedProtocolVersion",
                )?,
            },
            "error" => RepoMessage::Error {
                message: self.message.unwrap_or_default(),
            },
            "leave" => RepoMessage::Leave {
                sender_id: need(self.sender_id, "senderId")?,
            },
            "request" => RepoMessage::Request(doc_message(self)?),
            "sync" => RepoMessage::Sync(doc_message(self)?),
            "doc-unavailable" => RepoMessage::DocUnavailable {
                sender_id: need(self.sender_id, "senderId")?,
                target_id: need(self.target_id, "targetId")?,
                document_id: need(self.document_id, "documentId")?,
            },
            "ephemeral" => RepoMessage::Ephemeral,
            _ => RepoMessage::Unknown { kind },
        })
    }
}

/// Calls `entry` for each entry of the map at the decoder, with the key when it is text
/// (other keys are skipped, and so are their values unless `entry` reads them).
fn map_entries(
    d: &mut Decoder<'_>,
    mut entry: impl FnMut(&mut Decoder<'_>, Option<&str>) -> Result<()>,
) -> Result<()> {
    let len = match d.datatype()? {
        Type::Map | Type::MapIndef => d.map()?,
        _ => return Err(MessageError::NotAMap),
    };
    let mut read = 0u64;
    loop {
        match len {
            Some(len) if read == len => return Ok(()),
            None if d.datatype()? == Type::Break => {
                d.set_position(d.position() + 1);
                return Ok(());
            }
            _ => {}
        }
        // Each entry consumes input, so even a claimed 2^64 entries ends with the bytes.
        if d.datatype()? == Type::String {
            let key = d.str()?;
            entry(d, Some(key))?;
        } else {
            skip(d)?;
            entry(d, None)?;
        }
        read += 1;
    }
}

/// A text value, definite or in chunks.
fn text(d: &mut Decoder<'_>, field: &'static str) -> Result<String> {
    match d.datatype()? {
        Type::String => Ok(d.str()?.to_owned()),
        Type::StringIndef => d
            .str_iter()?
            .map(|chunk| chunk.map_err(MessageError::from))
            .collect(),
        _ => Err(MessageError::WrongType(field)),
    }
}

/// A byte string, definite or in chunks; an array of numbers is refused, like cbor-x's
/// `Uint8Array` would not be one.
fn byte_string(d: &mut Decoder<'_>, field: &'static str) -> Result<Vec<u8>> {
    match d.datatype()? {
        Type::Bytes => Ok(d.bytes()?.to_vec()),
        Type::BytesIndef => {
            let mut all = Vec::new();
            for chunk in d.bytes_iter()? {
                all.extend_from_slice(chunk?);
            }
            Ok(all)
        }
        _ => Err(MessageError::WrongType(field)),
    }
}

fn versions(d: &mut Decoder<'_>) -> Result<Vec<String>> {
    let field = "supportedProtocolVersions";
    let len = match d.datatype()? {
        Type::Array | Type::ArrayIndef => d.array()?,
        _ => return Err(MessageError::WrongType(field)),
    };
    let mut versions = Vec::new();
    loop {
        match len {
            Some(len) if versions.len() as u64 == len => return Ok(versions),
            None if d.datatype()? == Type::Break => {
                d.set_position(d.position() + 1);
                return Ok(versions);
            }
            _ if versions.len() == MAX_VERSIONS => return Err(MessageError::TooManyVersions),
            _ => versions.push(text(d, field)?),
        }
    }
}

/// The peer's metadata; `undefined` or `null` read as none.
fn peer_metadata(d: &mut Decoder<'_>) -> Result<Option<PeerMetadata>> {
    if absent(d)? {
        return Ok(None);
    }
    let mut metadata = PeerMetadata::default();
    map_entries(d, |d, key| {
        match key {
            Some("storageId") if absent(d)? => metadata.storage_id = None,
            Some("storageId") => metadata.storage_id = Some(text(d, "storageId")?),
            Some("isEphemeral") if absent(d)? => metadata.is_ephemeral = false,
            Some("isEphemeral") => {
                if d.datatype()? != Type::Bool {
                    return Err(MessageError::WrongType("isEphemeral"));
                }
                metadata.is_ephemeral = d.bool()?;
            }
            _ => skip(d)?,
        }
        Ok(())
    })
    .map_err(|error| match error {
        MessageError::NotAMap => MessageError::WrongType("peerMetadata"),
        other => other,
    })?;
    Ok(Some(metadata))
}

/// Consumes an `undefined` or `null` and says so; leaves anything else.
fn absent(d: &mut Decoder<'_>) -> Result<bool> {
    match d.datatype()? {
        Type::Undefined | Type::Null => {
            d.skip()?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
