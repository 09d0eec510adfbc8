//! The schema extension (the `commitments` and `deals` maps), applied the first time this
//! copy writes a commitment or a deal. See `schema` for why it is a fixed change.

use std::sync::OnceLock;

use automerge::ChangeHash;

use super::super::schema;
use super::{Result, Workspace};

/// The extension's hash, worked out once.
fn extension_hash() -> ChangeHash {
    static HASH: OnceLock<ChangeHash> = OnceLock::new();
    *HASH.get_or_init(|| schema::extension().hash())
}

impl Workspace {
    /// Whether this copy has the commitments and deals maps.
    pub(crate) fn is_extended(&self) -> bool {
        self.knows_change(&extension_hash())
    }

    /// Adds the commitments and deals maps unless this copy has them. Callers check
    /// everything that could fail first: the change cannot be taken back.
    pub(in crate::document) fn ensure_extension(&mut self) -> Result<()> {
        if !self.is_extended() {
            let mut log = automerge::PatchLog::active();
            self.doc
                .apply_changes_log_patches([schema::extension()], &mut log)?;
            self.record(&mut log);
        }
        Ok(())
    }
}
