//! Exporting and importing sync files: what a colleague lacks goes out; what comes in is
//! previewed (from its own operations, or on a scratch copy), then merged.

pub use crate::protocol::ImportSummary;
use automerge::ChangeHash;

use super::incoming;
use super::joining::Joined;
use super::sync_file::{self, Sender, SyncFile, SyncHeader};
use super::{DocumentError, Workspace};

type Result<T> = std::result::Result<T, DocumentError>;

/// A sync file read and checked, ready to be applied (moved, never copied: it may hold a
/// whole workspace).
#[derive(Debug)]
pub struct IncomingFile {
    pub header: SyncHeader,
    pub summary: ImportSummary,
    payload: Vec<u8>,
    /// For a join from the whole workspace: the copy this one becomes.
    joined: Option<Joined>,
}

impl IncomingFile {
    /// The Automerge changes it carries, e.g. to keep while earlier ones are missing.
    pub fn payload(&self) -> &[u8] {
        &self.payload
    }
}

/// Change hashes as text, for headers and storage.
pub fn heads_to_strings(heads: &[ChangeHash]) -> Vec<String> {
    heads.iter().map(ToString::to_string).collect()
}

/// Change hashes from text; unreadable ones are skipped, which only makes a file larger.
pub fn heads_from_strings(heads: &[String]) -> Vec<ChangeHash> {
    heads.iter().filter_map(|h| h.parse().ok()).collect()
}

impl Workspace {
    /// A sync file with every change after `since` (the heads last received from the
    /// colleague it is for; empty for everything), encrypted when a passphrase is given.
    pub fn export_sync_file(
        &self,
        since: &[ChangeHash],
        passphrase: Option<&str>,
    ) -> Result<Vec<u8>> {
        // Unknown heads would make Automerge send everything: keep the ones we know.
        let since: Vec<ChangeHash> = since
            .iter()
            .copied()
            .filter(|h| self.knows_change(h))
            .collect();
        let since = since.as_slice();
        let me = self.me().ok_or(DocumentError::NoIdentity)?;
        let name = self.colleague(me).map(|c| c.name).unwrap_or_default();
        let header = SyncHeader {
            workspace_id: self.workspace_id().ok_or(DocumentError::NoIdentity)?,
            from: Sender {
                id: me.0.clone(),
                name,
            },
            created_at: self.now(),
            heads: heads_to_strings(&self.heads()),
            since: heads_to_strings(since),
            kdf: None,
        };
        // Everything goes as the saved document: smaller than its changes, and a newcomer
        // loads it at once instead of replaying each change.
        let changes = match since.is_empty() {
            true => self.save(),
            false => self.save_after(since),
        };
        Ok(sync_file::encode(header, &changes, passphrase))
    }

    /// Reads a sync file and works out what it would bring, without changing anything.
    pub fn read_sync_file(&self, bytes: &[u8], passphrase: Option<&str>) -> Result<IncomingFile> {
        let file = SyncFile::parse(bytes)?;
        let joins_workspace = match self.workspace_id() {
            Some(ours) if ours == file.header.workspace_id => false,
            _ if self.has_no_work() => true,
            _ => return Err(DocumentError::OtherWorkspace),
        };
        let payload = file.payload(passphrase)?;
        if joins_workspace {
            if let Some(joined) = self.joined_copy(&payload, &file.header.workspace_id)? {
                return Ok(IncomingFile {
                    header: file.header,
                    summary: joined.summary(),
                    payload,
                    joined: Some(joined),
                });
            }
        }
        // Read from the file's own operations when they tell (see `incoming`); else merged
        // into a copy, which at 10,000 customers costs seconds.
        let reading = match incoming::split(&payload)? {
            Some(changes) if !joins_workspace => incoming::read(&self.doc, &changes),
            _ => None,
        };
        let (touched, waiting_for_earlier) = match reading {
            Some(reading) => (reading.touched, reading.waiting),
            None => {
                let mut scratch = self.fork();
                let before = scratch.heads();
                scratch.merge_bytes(&payload)?;
                // A newcomer joins only from a file that holds the workspace's beginning;
                // recent changes alone would wait in an empty copy for good.
                if joins_workspace && !scratch.names_workspace(&file.header.workspace_id) {
                    return Err(DocumentError::MissingDeps);
                }
                (
                    scratch.touched(&before),
                    scratch.is_waiting_for_earlier_changes(),
                )
            }
        };
        let (customers, interactions) = (touched.customers, touched.interactions);
        let new_customers = customers
            .iter()
            .filter(|id| self.customer(id).is_none())
            .count();
        let known_interactions = interactions
            .iter()
            .filter(|id| self.interaction_exists(id))
            .count();
        let summary = ImportSummary {
            new_customers,
            changed_customers: customers.len() - new_customers,
            new_interactions: interactions.len() - known_interactions,
            changed_interactions: known_interactions,
            commitments: touched.commitments.len(),
            deals: touched.deals.len(),
            waiting_for_earlier,
            joins_workspace,
        };
        Ok(IncomingFile {
            header: file.header,
            summary,
            payload,
            joined: None,
        })
    }

    /// Merges a file read by [`Self::read_sync_file`]. Applying it twice changes nothing.
    pub fn apply_sync_file(&mut self, file: IncomingFile) -> Result<ImportSummary> {
        let IncomingFile {
            header,
            mut summary,
            payload,
            joined,
        } = file;
        // A join whose copy is still this one's plus the file becomes that copy; anything
        // else merges the payload, which `read_sync_file` checked.
        if !joined.is_some_and(|joined| self.take_over(joined)) {
            self.merge_checked(&payload)?;
        }
        if summary.joins_workspace {
            self.adopt_workspace_id(&header.workspace_id)?;
        }
        summary.waiting_for_earlier = self.is_waiting_for_earlier_changes();
        Ok(summary)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
