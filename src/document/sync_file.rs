//! The sync file colleagues exchange (e-mail, USB, a shared drive). Version 1 layout, all
//! integers little-endian:
//!
//! ```text
//! offset  size  field
//! 0       8     magic "RAPPORT\0"
//! 8       2     format version (1)
//! 10      2     flags: bit 0 = payload encrypted, bit 1 = payload deflate-compressed
//! 12      4     header length H
//! 16      H     header: UTF-8 JSON (SyncHeader: workspace, sender, time, heads, KDF)
//! 16+H    P     payload: Automerge changes (`save_after`), deflated when bit 1 is set
//!               (before encryption), or when encrypted:
//!               salt (16) | nonce (12) | AES-256-GCM ciphertext and tag, with bytes
//!               0..16+H as associated data, key = PBKDF2-SHA256(passphrase, salt)
//! end-32  32    SHA-256 of every byte before it (damage and truncation)
//! ```
//!
//! Decoding checks, in order: size, magic, version, checksum, header, passphrase; each
//! failure is its own [`DocumentError`] so the user is told exactly what is wrong.

pub use crate::protocol::{Sender, MAGIC, MAX_FILE_BYTES};
mod crypto;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::DocumentError;

pub const FORMAT_VERSION: u16 = 1;
const FLAG_ENCRYPTED: u16 = 1;
const FLAG_DEFLATED: u16 = 2;
const PREFIX: usize = 16;
const CHECKSUM: usize = 32;

/// The readable part of a sync file, available before decryption.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncHeader {
    pub workspace_id: String,
    pub from: Sender,
    /// When the file was made, in milliseconds since the Unix epoch.
    pub created_at: i64,
    /// The sender's document heads when the file was made (hex change hashes).
    pub heads: Vec<String>,
    /// The heads the changes were taken after; empty for "everything".
    pub since: Vec<String>,
    /// Key derivation, present when the payload is encrypted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kdf: Option<Kdf>,
}

/// How the key was derived from the passphrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    pub algorithm: String,
    pub iterations: u32,
}

/// Encodes a sync file; with a passphrase the payload is encrypted.
pub fn encode(mut header: SyncHeader, payload: &[u8], passphrase: Option<&str>) -> Vec<u8> {
    header.kdf = passphrase.map(|_| crypto::kdf());
    let header_json = serde_json::to_vec(&header).expect("a header always serialises");
    // Change chunks repeat keys, actors and field names: deflate often halves them. A saved
    // document is compressed already.
    let saved_document = super::incoming::is_saved_document(payload);
    let deflated = match saved_document {
        true => Vec::new(),
        false => deflate(payload),
    };
    let (payload, deflated_flag) = match !saved_document && deflated.len() < payload.len() {
        true => (deflated.as_slice(), FLAG_DEFLATED),
        false => (payload, 0),
    };
    let flags = if passphrase.is_some() {
        FLAG_ENCRYPTED
    } else {
        0
    } | deflated_flag;
    let mut out = Vec::with_capacity(PREFIX + header_json.len() + payload.len() + 64 + CHECKSUM);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&flags.to_le_bytes());
    out.extend_from_slice(&(header_json.len() as u32).to_le_bytes());
    out.extend_from_slice(&header_json);
    match passphrase {
        Some(passphrase) => {
            let sealed = crypto::seal(passphrase, &out, payload);
            out.extend_from_slice(&sealed);
        }
        None => out.extend_from_slice(payload),
    }
    let checksum = Sha256::digest(&out);
    out.extend_from_slice(&checksum);
    out
}

/// A sync file checked for size, magic, version and damage, its header read.
#[derive(Debug)]
pub struct SyncFile<'a> {
    pub header: SyncHeader,
    encrypted: bool,
    deflated: bool,
    /// Bytes 0..16+H, the associated data of the encryption.
    prefix: &'a [u8],
    body: &'a [u8],
}

impl<'a> SyncFile<'a> {
    /// Reads everything but the payload, which may need a passphrase.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, DocumentError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(DocumentError::FileTooLarge {
                max: MAX_FILE_BYTES,
            });
        }
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(DocumentError::NotASyncFile);
        }
        if bytes.len() < PREFIX + CHECKSUM {
            return Err(DocumentError::DamagedFile);
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version > FORMAT_VERSION {
            return Err(DocumentError::NewerFile(version));
        }
        let (content, checksum) = bytes.split_at(bytes.len() - CHECKSUM);
        if Sha256::digest(content).as_slice() != checksum {
            return Err(DocumentError::DamagedFile);
        }
        let flags = u16::from_le_bytes([bytes[10], bytes[11]]);
        let header_len = u32::from_le_bytes([bytes[12], bytes[13], bytes[14], bytes[15]]) as usize;
        let header_end = PREFIX
            .checked_add(header_len)
            .filter(|end| *end <= content.len());
        let header_end = header_end.ok_or(DocumentError::DamagedFile)?;
        let header: SyncHeader = serde_json::from_slice(&content[PREFIX..header_end])
            .map_err(|_| DocumentError::DamagedFile)?;
        Ok(Self {
            header,
            encrypted: flags & FLAG_ENCRYPTED != 0,
            deflated: flags & FLAG_DEFLATED != 0,
            prefix: &content[..header_end],
            body: &content[header_end..],
        })
    }

    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// The Automerge changes, decrypted with `passphrase` when the file is encrypted.
    pub fn payload(&self, passphrase: Option<&str>) -> Result<Vec<u8>, DocumentError> {
        let payload = if self.encrypted {
            let passphrase = passphrase.ok_or(DocumentError::PassphraseNeeded)?;
            let iterations = self.header.kdf.as_ref().map(|k| k.iterations);
            crypto::open(passphrase, iterations, self.prefix, self.body)?
        } else {
            self.body.to_vec()
        };
        if self.deflated {
            inflate(&payload)
        } else {
            Ok(payload)
        }
    }
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// Inflates at most 64 times the compressed size (changes deflate about 2:1), never below
/// 16 MiB nor above [`MAX_FILE_BYTES`] * 8: a small file cannot make the engine hold much.
fn inflate(bytes: &[u8]) -> Result<Vec<u8>, DocumentError> {
    use std::io::Read;
    let limit = bytes
        .len()
        .saturating_mul(64)
        .clamp(16 * 1024 * 1024, MAX_FILE_BYTES * 8) as u64;
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(bytes)
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|_| DocumentError::Damaged("the payload does not inflate".into()))?;
    if out.len() as u64 > limit {
        return Err(DocumentError::Damaged(
            "the payload inflates far beyond its size".into(),
        ));
    }
    Ok(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

impl From<&SyncHeader> for crate::protocol::FileHeader {
    fn from(header: &SyncHeader) -> Self {
        Self {
            workspace_id: header.workspace_id.clone(),
            from: header.from.clone(),
            created_at: header.created_at,
            heads: header.heads.clone(),
        }
    }
}
