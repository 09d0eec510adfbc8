//! Small shared records kept as plain keys of `meta` (`<kind>.<id>.<part>`): e-mail
//! templates and saved views. Each part is last-writer-wins and no object is made, so two
//! colleagues adding records apart never hide each other's (two maps made at one key
//! would). A record a colleague edits while another removes it comes back with the edit.

use std::collections::BTreeMap;

use automerge::transaction::Transactable;
use automerge::ReadDoc;

use super::super::fields::{put_str, scalar_text};
use super::super::read::collection;
use super::super::schema::META;
use super::{DocumentError, Result, Workspace};

/// A record's parts by name.
pub(super) type Parts = BTreeMap<String, String>;

impl Workspace {
    /// Every record of `kind`, by id.
    pub(super) fn meta_records(&self, kind: &str) -> BTreeMap<String, Parts> {
        let mut found: BTreeMap<String, Parts> = BTreeMap::new();
        let Some(meta) = collection(&self.doc, META) else {
            return found;
        };
        let prefix = format!("{kind}.");
        for item in self.doc.map_range(&meta, prefix.clone()..) {
            let Some(rest) = item.key.strip_prefix(prefix.as_str()) else {
                break;
            };
            let Some((id, part)) = rest.rsplit_once('.') else {
                continue;
            };
            let (id, part) = (id.to_owned(), part.to_owned());
            let value = scalar_text(&item.value.into_value());
            found.entry(id).or_default().insert(part, value);
        }
        found
    }

    /// Writes the parts of record `id` of `kind` (only those that changed), in one commit.
    pub(super) fn put_meta_record(
        &mut self,
        kind: &str,
        id: &str,
        parts: &[(&str, &str)],
    ) -> Result<()> {
        self.commit(&format!("workspace.{kind} {id}"), |tx| {
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            for (part, value) in parts {
                put_str(tx, &meta, &format!("{kind}.{id}.{part}"), value)?;
            }
            Ok(())
        })
    }

    /// Deletes the parts of record `id` of `kind`, in one commit.
    pub(super) fn remove_meta_record(
        &mut self,
        kind: &str,
        id: &str,
        parts: &[&str],
    ) -> Result<()> {
        self.commit(&format!("workspace.{kind} {id}"), |tx| {
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            for part in parts {
                let key = format!("{kind}.{id}.{part}");
                if tx.get(&meta, key.as_str())?.is_some() {
                    tx.delete(&meta, key.as_str())?;
                }
            }
            Ok(())
        })
    }
}
