//! Sync files, plain and encrypted. Most random damage stops at the checksum, so one
//! mutator keeps the layout right (lengths, checksum, and the encryption, re-sealed with
//! the passphrase) and damages what lies inside: the header, the flags, the payload
//! itself, deflated or not.

use std::io::{Read, Write};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use rapport::document::sync_file::{SyncFile, MAGIC};
use rapport::document::Workspace;
use sha2::{Digest, Sha256};

use super::{kind, round_trips, unchanged, with};
use crate::harness::{bytes, Reader};
use crate::mutate::{chance, havoc, Rng};

pub const SYNC_FILE: Reader = Reader {
    name: "sync_file",
    seeds,
    mutate: bytes,
    read: read_plain,
    memory_cap,
};

pub const SYNC_FILE_INSIDE: Reader = Reader {
    name: "sync_file_inside",
    seeds,
    mutate: inside,
    read: read_plain,
    memory_cap,
};

pub const ENCRYPTED_SYNC_FILE: Reader = Reader {
    name: "encrypted_sync_file",
    seeds: encrypted_seeds,
    mutate: inside,
    read: read_encrypted,
    memory_cap,
};

pub const PASSPHRASE: &str = "Kış güneşi, 2026!";
/// Cheap rounds keep a million decryptions possible; the reader takes the count from the
/// header, as it does for the app's own 600,000.
const ROUNDS: u64 = 3;
const FLAG_ENCRYPTED: u16 = 1;
const FLAG_DEFLATED: u16 = 2;

/// A small file may not make the engine hold more than this at once (the workspaces are
/// small; a file's payload is read, merged into a copy and saved).
fn memory_cap(len: usize) -> usize {
    48 * 1024 * 1024 + 100 * len
}

/// What each kind of colleague sends: changes since the split, a whole workspace, another
/// firm's workspace, changes that wait for earlier ones, a payload that inflates 1,000
/// times its size.
fn seeds() -> Vec<Vec<u8>> {
    with(|f| {
        let since = f.ours.heads();
        let mut ahead = f.colleague.fork();
        let between = ahead.heads();
        ahead.join("Işık Doğan").expect("a valid name");
        let mut files = vec![
            f.colleague.export_sync_file(&since, None).unwrap(),
            f.ours.export_sync_file(&[], None).unwrap(),
            f.other_firm.export_sync_file(&[], None).unwrap(),
            ahead.export_sync_file(&between, None).unwrap(),
        ];
        let mut bomb = Parts::of(&files[0]).expect("the app's own file");
        bomb.flags |= FLAG_DEFLATED;
        bomb.body = deflate(&vec![0u8; 8 * 1024 * 1024]);
        files.push(bomb.bytes());
        files
    })
}

fn encrypted_seeds() -> Vec<Vec<u8>> {
    seeds().iter().map(|file| encrypt(file)).collect()
}

fn read_plain(input: &[u8]) -> Result<String, String> {
    read(input, None)
}

fn read_encrypted(input: &[u8]) -> Result<String, String> {
    let outcome = read(input, Some(PASSPHRASE))?;
    // A wrong passphrase never opens an encrypted file, damaged or not.
    if SyncFile::parse(input).is_ok_and(|file| file.is_encrypted()) {
        let wrong = with(|f| {
            f.ours
                .read_sync_file(input, Some("kış güneşi, 2026!"))
                .is_ok()
        });
        if wrong {
            return Err("was opened with a wrong passphrase".into());
        }
    }
    Ok(outcome)
}

/// Read by a colleague and by a newcomer; whatever is taken is merged into a copy, which
/// must save and load, and merging the same file again changes nothing.
fn read(input: &[u8], passphrase: Option<&str>) -> Result<String, String> {
    with(|f| {
        let mut outcomes = Vec::new();
        for (who, workspace) in [("colleague", &f.ours), ("newcomer", &f.newcomer)] {
            let outcome = match workspace.read_sync_file(input, passphrase) {
                Err(error) => kind(&error),
                Ok(file) => merge(workspace, file, input, passphrase)?,
            };
            outcomes.push(format!("{who} {outcome}"));
        }
        Ok(outcomes.join(" / "))
    })
}

fn merge(
    workspace: &Workspace,
    file: rapport::document::IncomingFile,
    input: &[u8],
    passphrase: Option<&str>,
) -> Result<String, String> {
    let mut copy = workspace.fork();
    let summary = match copy.apply_sync_file(file) {
        Err(error) => {
            unchanged(workspace, &copy)?;
            return Ok(format!("read, then refused: {}", kind(&error)));
        }
        Ok(summary) => summary,
    };
    round_trips(&copy)?;
    let heads = copy.heads();
    if let Ok(again) = copy.read_sync_file(input, passphrase) {
        copy.apply_sync_file(again)
            .map_err(|e| format!("was merged, then refused the second time: {e}"))?;
        if copy.heads() != heads {
            return Err("changed the workspace again when merged a second time".into());
        }
    }
    Ok(format!(
        "merged{}{}",
        if summary.joins_workspace {
            ", joined"
        } else {
            ""
        },
        if summary.waiting_for_earlier {
            ", waiting"
        } else {
            ""
        }
    ))
}

/// A sync file taken apart (see `rapport::document::sync_file`'s layout).
struct Parts {
    version: u16,
    flags: u16,
    header: Vec<u8>,
    body: Vec<u8>,
}

impl Parts {
    fn of(bytes: &[u8]) -> Option<Self> {
        if bytes.len() < 48 || &bytes[..8] != MAGIC {
            return None;
        }
        let header_len = u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize;
        let content = &bytes[..bytes.len() - 32];
        let header_end = 16usize
            .checked_add(header_len)
            .filter(|&e| e <= content.len())?;
        Some(Self {
            version: u16::from_le_bytes([bytes[8], bytes[9]]),
            flags: u16::from_le_bytes([bytes[10], bytes[11]]),
            header: content[16..header_end].to_vec(),
            body: content[header_end..].to_vec(),
        })
    }

    /// Bytes 0..16+H: the associated data of the encryption.
    fn prefix(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&self.version.to_le_bytes());
        out.extend_from_slice(&self.flags.to_le_bytes());
        out.extend_from_slice(&(self.header.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.header);
        out
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = self.prefix();
        out.extend_from_slice(&self.body);
        let checksum = Sha256::digest(&out);
        out.extend_from_slice(&checksum);
        out
    }

    fn encrypted(&self) -> bool {
        self.flags & FLAG_ENCRYPTED != 0
    }

    /// The header's rounds when they are cheap enough to seal again here.
    fn cheap_rounds(&self) -> Option<u32> {
        let header: serde_json::Value = serde_json::from_slice(&self.header).ok()?;
        let rounds = header["kdf"]["iterations"].as_u64()?;
        (1..=1_000).contains(&rounds).then_some(rounds as u32)
    }

    /// The payload as written before encryption, if it can be opened here.
    fn plain(&self) -> Option<Vec<u8>> {
        match self.encrypted() {
            false => Some(self.body.clone()),
            true => open(&self.prefix(), &self.body, self.cheap_rounds()?),
        }
    }

    fn seal(&mut self, plain: &[u8]) {
        if let (true, Some(rounds)) = (self.encrypted(), self.cheap_rounds()) {
            self.body = seal(&self.prefix(), plain, rounds);
        }
    }
}

fn key(rounds: u32, salt: &[u8]) -> Aes256Gcm {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(PASSPHRASE.as_bytes(), salt, rounds, &mut key);
    Aes256Gcm::new_from_slice(&key).unwrap()
}

fn seal(aad: &[u8], plain: &[u8], rounds: u32) -> Vec<u8> {
    let (salt, nonce) = ([7u8; 16], [9u8; 12]);
    let sealed = key(rounds, &salt)
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad })
        .unwrap();
    [salt.as_slice(), nonce.as_slice(), &sealed].concat()
}

fn open(aad: &[u8], body: &[u8], rounds: u32) -> Option<Vec<u8>> {
    if body.len() < 44 {
        return None;
    }
    let sealed = Payload {
        msg: &body[28..],
        aad,
    };
    key(rounds, &body[..16])
        .decrypt(Nonce::from_slice(&body[16..28]), sealed)
        .ok()
}

/// The app's plain file sealed as the app seals one, with cheap rounds.
fn encrypt(file: &[u8]) -> Vec<u8> {
    let mut parts = Parts::of(file).expect("the app's own file");
    let mut header: serde_json::Value = serde_json::from_slice(&parts.header).unwrap();
    header["kdf"] = serde_json::json!({ "algorithm": "pbkdf2-sha256", "iterations": ROUNDS });
    parts.header = serde_json::to_vec(&header).unwrap();
    parts.flags |= FLAG_ENCRYPTED;
    let plain = std::mem::take(&mut parts.body);
    parts.seal(&plain);
    parts.bytes()
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn inflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(bytes)
        .take(1 << 20)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

/// Damage inside a file whose lengths and checksum stay right.
fn inside(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let Some(mut parts) = Parts::of(input) else {
        return havoc(rng, input, others);
    };
    let plain = parts.plain();
    match rng.below(8) {
        0 | 1 => {
            parts.header = havoc(rng, &parts.header, &[]);
            if let (Some(plain), true) = (&plain, chance(rng, 2)) {
                parts.seal(plain);
            }
        }
        2..=4 => match plain {
            Some(plain) if parts.flags & FLAG_DEFLATED != 0 => {
                let inner = inflate(&plain).unwrap_or(plain);
                let damaged = deflate(&havoc(rng, &inner, &[]));
                parts.body = damaged.clone();
                parts.seal(&damaged);
            }
            Some(plain) => {
                let damaged = havoc(rng, &plain, &[]);
                parts.body = damaged.clone();
                parts.seal(&damaged);
            }
            None => parts.body = havoc(rng, &parts.body, &[]),
        },
        5 => {
            parts.flags = match rng.below(3) {
                0 => parts.flags ^ (1 << rng.below(16)),
                1 => *rng.pick(&[0, 1, 2, 3, 4, 0xffff]),
                _ => parts.flags ^ FLAG_DEFLATED,
            };
            if let Some(plain) = plain {
                parts.seal(&plain);
            }
        }
        6 => parts.version = *rng.pick(&[0, 1, 2, 0xffff]),
        _ => {
            if let Some(other) = Parts::of(rng.pick(others).as_slice()) {
                parts.body = other.body;
            }
        }
    }
    parts.bytes()
}
