//! Automerge's sync protocol on the workspace: the next message for a peer, and a peer's
//! message received with the same checks as a merge.

use automerge::sync::{self, SyncDoc};
use automerge::PatchLog;

use super::{load_strict, Result, Workspace};
use crate::document::{incoming, schema, DocumentError};

/// The most hash probes a peer's Bloom filter may ask for (Automerge uses 7).
const MAX_BLOOM_PROBES: u64 = 64;

impl Workspace {
    /// The next sync message for the peer whose state is `state`, or `None` when nothing is
    /// due (the peer is up to date, or our last message is unanswered).
    pub(crate) fn generate_sync_message(&self, state: &mut sync::State) -> Option<sync::Message> {
        self.doc.generate_sync_message(state)
    }

    /// True when the peer's last sync message (as `state` holds it) said it has exactly
    /// the changes this copy has.
    pub(crate) fn peer_has_all(&self, state: &sync::State) -> bool {
        let Some(theirs) = &state.their_heads else {
            return false;
        };
        let mut theirs = theirs.clone();
        theirs.sort();
        let mut ours = self.heads();
        ours.sort();
        theirs == ours
    }

    /// Receives a peer's sync message. What it carries is checked first, like a merge's
    /// input: a damaged or foreign change, or a Bloom filter Automerge would choke on,
    /// refuses the whole message and leaves both the document and `state` as they were.
    /// Returns whether the document changed.
    pub(crate) fn receive_sync_message(
        &mut self,
        state: &mut sync::State,
        message: sync::Message,
    ) -> Result<bool> {
        check_blooms(&message)?;
        if !message.changes.is_empty() {
            self.check_changes(&message.changes)?;
        }
        let before = self.heads();
        let mut log = PatchLog::active();
        self.doc
            .receive_sync_message_log_patches(state, message, &mut log)?;
        self.record(&mut log);
        Ok(self.heads() != before)
    }

    /// Refuses changes a merge would refuse (see `merge_bytes`).
    fn check_changes(&self, chunks: &sync::ChunkList) -> Result<()> {
        let bytes: Vec<u8> = chunks.iter().flatten().copied().collect();
        // Only an operation on the root can break what `schema::check` checks; changes
        // that have none (every ordinary edit) need no scratch copy, which on a large
        // workspace costs far more than the change.
        if let Some(changes) = incoming::split(&bytes)? {
            if !incoming::writes_root(&changes) {
                return Ok(());
            }
        }
        match load_strict(&bytes) {
            Ok(_) | Err(DocumentError::MissingDeps) => {}
            Err(error) => return Err(error),
        }
        let mut scratch = self.doc.fork();
        scratch.load_incremental(&bytes)?;
        schema::check(&scratch)
    }
}

/// Refuses Bloom filters that would make Automerge divide by zero (entries but no bits:
/// a panic) or allocate and loop per probe (billions of probes): their header is a peer's
/// word, taken as it comes by `sync::Message::decode`.
fn check_blooms(message: &sync::Message) -> Result<()> {
    for have in &message.have {
        let bytes = have.bloom.to_bytes();
        let mut rest = bytes.as_slice();
        let mut next = || incoming::leb128(&mut rest);
        let (entries, bits_per_entry, probes) = (next(), next(), next());
        let sound = match (entries, bits_per_entry, probes) {
            (None, _, _) | (Some(0), _, _) => true,
            (Some(_), Some(bits), Some(probes)) => {
                bits > 0 && (1..=MAX_BLOOM_PROBES).contains(&probes)
            }
            _ => false,
        };
        if !sound {
            return Err(DocumentError::Damaged("an unsound Bloom filter".into()));
        }
    }
    Ok(())
}
