//! Random ids for customers, interactions, colleagues and workspaces, and the actor each
//! session writes as.

use std::cell::Cell;

use automerge::ActorId;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

thread_local! {
    /// Set only by the seeded simulator: this thread's ids then follow the seed.
    static SEEDED: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Makes this thread's new ids and actors follow `seed` instead of the platform's
/// randomness, so that a simulated world replays exactly (`None`: the platform's again).
/// Only the simulator calls it; the app never does.
pub fn seed_ids(seed: Option<u64>) {
    SEEDED.with(|s| s.set(seed));
}

fn fill(bytes: &mut [u8]) {
    let seeded = SEEDED.with(|s| {
        let state = s.get()?;
        // SplitMix64, as `sample::Dice`.
        let mut state = state;
        for chunk in bytes.chunks_mut(8) {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            let z = (z ^ (z >> 31)).to_le_bytes();
            chunk.copy_from_slice(&z[..chunk.len()]);
        }
        s.set(Some(state));
        Some(())
    });
    if seeded.is_none() {
        getrandom::fill(bytes).expect("the platform offers no random numbers");
    }
}

/// 96 random bits as 16 URL-safe characters: two devices never create the same id (a
/// collision among a billion ids has odds below one in 10^10), and ids stay short in
/// every change and sync file.
pub(crate) fn random_id() -> String {
    let mut bytes = [0u8; 12];
    fill(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new actor: each session writes as its own (two writers never share one).
pub(crate) fn random_actor() -> ActorId {
    let mut bytes = [0u8; 16];
    fill(&mut bytes);
    ActorId::from(bytes)
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

    #[test]
    fn seeded_ids_replay_and_the_platform_takes_over_again() {
        let ids = |seed| {
            super::seed_ids(Some(seed));
            let ids = (
                super::random_id(),
                super::random_id(),
                super::random_actor(),
            );
            super::seed_ids(None);
            ids
        };
        assert_eq!(ids(7), ids(7));
        assert_ne!(ids(7), ids(8));
        let (a, b, _) = ids(7);
        assert_ne!(a, b);
        assert_ne!(super::random_id(), ids(7).0, "unseeded again");
    }
}
