//! Fresh random names for what this browser makes (a device, a peer, a page in the log).

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

/// 96 random bits as 16 URL-safe characters (the document's ids are made the same way).
pub fn random_id() -> String {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).expect("the platform offers no random numbers");
    URL_SAFE_NO_PAD.encode(bytes)
}
