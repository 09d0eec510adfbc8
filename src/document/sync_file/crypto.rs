//! Passphrase encryption of a sync file's payload: AES-256-GCM, key from PBKDF2-SHA256.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use sha2::Sha256;

use super::Kdf;
use crate::document::DocumentError;

/// OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;
/// The most a file may ask for: room for a later version to raise [`ITERATIONS`].
pub const MAX_ITERATIONS: u32 = 2_000_000;
const SALT: usize = 16;
const NONCE: usize = 12;
const ALGORITHM: &str = "pbkdf2-sha256";

pub(super) fn kdf() -> Kdf {
    Kdf {
        algorithm: ALGORITHM.to_owned(),
        iterations: ITERATIONS,
    }
}

fn key(passphrase: &str, salt: &[u8], iterations: u32) -> Aes256Gcm {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), salt, iterations, &mut key);
    Aes256Gcm::new_from_slice(&key).expect("a 32-byte key")
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the platform offers no random numbers");
    bytes
}

/// salt | nonce | ciphertext with tag; `aad` binds the header to the payload.
pub(super) fn seal(passphrase: &str, aad: &[u8], payload: &[u8]) -> Vec<u8> {
    let salt: [u8; SALT] = random();
    let nonce: [u8; NONCE] = random();
    let cipher = key(passphrase, &salt, ITERATIONS);
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: payload, aad })
        .expect("AES-GCM encrypts any payload of a sync file's size");
    [salt.as_slice(), nonce.as_slice(), &sealed].concat()
}

/// Opens what [`seal`] made; a wrong passphrase and a tampered file look the same to
/// AES-GCM, and the file's checksum already ruled out accidental damage.
pub(super) fn open(
    passphrase: &str,
    iterations: Option<u32>,
    aad: &[u8],
    body: &[u8],
) -> Result<Vec<u8>, DocumentError> {
    // A header may claim any cost; deriving more than a few times ours would keep the
    // engine busy for seconds on a file that is hostile or damaged.
    let iterations = iterations
        .filter(|i| (1..=MAX_ITERATIONS).contains(i))
        .ok_or(DocumentError::DamagedFile)?;
    if body.len() < SALT + NONCE + 16 {
        return Err(DocumentError::DamagedFile);
    }
    let (salt, rest) = body.split_at(SALT);
    let (nonce, sealed) = rest.split_at(NONCE);
    key(passphrase, salt, iterations)
        .decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad })
        .map_err(|_| DocumentError::WrongPassphrase)
}
