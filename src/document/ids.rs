//! Random ids for customers, interactions, colleagues and workspaces.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

/// 96 random bits as 16 URL-safe characters: two devices never create the same id (a
/// collision among a billion ids has odds below one in 10^10), and ids stay short in
/// every change and sync file.
pub(crate) fn random_id() -> String {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).expect("the platform offers no random numbers");
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_short_url_safe_and_distinct() {
        let a = super::random_id();
        assert_eq!(a.len(), 16);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_ne!(a, super::random_id());
    }
}
