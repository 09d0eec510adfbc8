//! Joining a workspace from a sync file of all of it. A copy with no work of its own takes
//! the sender's document over whole: the file's saved document is loaded once (Automerge's
//! fast path) and this copy's few changes (the name given) are merged into it, instead of
//! replaying every change of the workspace one by one, which at 100,000 interactions
//! costs tens of seconds in the browser.

use automerge::{Automerge, ReadDoc};

use super::read;
use super::schema::{self, COMMITMENTS, CUSTOMERS, DEALS, INTERACTIONS};
use super::touched::Tracker;
use super::workspace::{load_strict, names_workspace};
use super::{DocumentError, ImportSummary, Workspace};

/// The workspace a sync file brings, loaded and checked, with this copy's own changes
/// merged in: what this copy becomes when the file is applied. Not `Clone`: it is a whole
/// workspace (hundreds of MiB at 100,000 interactions), moved, never copied.
pub(crate) struct Joined(Automerge);

impl std::fmt::Debug for Joined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Joined({} heads)", self.0.get_heads().len())
    }
}

impl Joined {
    /// What joining brings: every record is new to a copy with no work.
    pub(crate) fn summary(&self) -> ImportSummary {
        let count = |name: &str| read::ids(&self.0, name).len();
        ImportSummary {
            new_customers: count(CUSTOMERS),
            changed_customers: 0,
            new_interactions: count(INTERACTIONS),
            changed_interactions: 0,
            commitments: count(COMMITMENTS),
            deals: count(DEALS),
            waiting_for_earlier: false,
            joins_workspace: true,
        }
    }
}

impl Workspace {
    /// The workspace `payload` holds whole, with this copy's changes in it; `None` when it
    /// holds only some changes (a file made for a colleague who had the rest), which are
    /// then merged one by one as any other file.
    pub(crate) fn joined_copy(
        &self,
        payload: &[u8],
        workspace_id: &str,
    ) -> Result<Option<Joined>, DocumentError> {
        let mut joined = match load_strict(payload) {
            Ok(doc) => doc,
            Err(DocumentError::MissingDeps) => return Ok(None),
            Err(error) => return Err(error),
        };
        // The header is read first and shown; the document must be the workspace it names.
        if !names_workspace(&joined, workspace_id) {
            return Err(DocumentError::Damaged(
                "the file's header names another workspace than its document".into(),
            ));
        }
        joined.merge(&mut self.doc.clone())?;
        schema::check(&joined)?;
        Ok(Some(Joined(joined)))
    }

    /// Becomes `joined`, if nothing was written here since it was made (else false, and
    /// the file is to be merged the usual way). The next read-model patch is the whole
    /// read model, and the next save a whole snapshot.
    pub(crate) fn take_over(&mut self, joined: Joined) -> bool {
        let before = self.heads();
        if !joined.0.get_missing_deps(&before).is_empty() {
            return false;
        }
        let actor = self.doc.get_actor().clone();
        self.doc = joined.0.with_actor(actor);
        *self.tracker.borrow_mut() = Tracker::replaced_at(before);
        self.replacements += 1;
        true
    }

    /// How many times this copy's document was taken over whole (see `take_over`): a store
    /// that wrote at another count writes a whole snapshot next.
    pub fn replacements(&self) -> u32 {
        self.replacements
    }
}
