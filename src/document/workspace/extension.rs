//! The schema extensions (the `commitments` and `deals` maps; then `products` and
//! `quotes`), applied the first time this copy writes a record they hold. See `schema`
//! for why each is a fixed change.

use super::super::schema;
use super::{Result, Workspace};

impl Workspace {
    /// Whether this copy has the commitments and deals maps.
    pub(crate) fn is_extended(&self) -> bool {
        self.knows_change(&schema::extension_hashes()[0])
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

impl Workspace {
    /// Whether this copy has the products and quotes maps.
    pub(crate) fn has_sales(&self) -> bool {
        self.knows_change(&schema::extension_hashes()[1])
    }

    /// Adds the products and quotes maps (and the first extension before them) unless
    /// this copy has them. Callers check everything that could fail first.
    pub(in crate::document) fn ensure_sales(&mut self) -> Result<()> {
        self.ensure_extension()?;
        if !self.has_sales() {
            let mut log = automerge::PatchLog::active();
            self.doc
                .apply_changes_log_patches([schema::sales_extension()], &mut log)?;
            self.record(&mut log);
        }
        Ok(())
    }
}
