//! The shape of the document, and the genesis change every workspace starts from.
//!
//! ```text
//! ROOT
//!   schema: int                      version of this layout
//!   meta:         { workspace_id, created_at }
//!   colleagues:   { <colleague id>: { name, joined_at } }
//!   actors:       { <actor hex>: <colleague id> }     who made each session's changes
//!   customers:    { <customer id>: { kind, name, company, emails[], phones[], city,
//!                   address, tags[], stage, dissolution_reason, owner,
//!                   preferred_channel, notes (text), archived, created_at, created_by,
//!                   stage_history[{ stage, reason, at, by }] } }
//!   interactions: { <interaction id>: { customer, at, channel, kind, direction,
//!                   summary, satisfaction, removed, created_at, created_by } }
//! ```
//!
//! Every commit is one user action; its message names the action and what it touched, so
//! history can be read without decoding operations: `customer.create <id>`,
//! `customer.update <id> <field key>`, `customer.archive <id>`, `customer.restore <id>`,
//! `interaction.log <id> <customer id>`, `interaction.update <id>`, `interaction.remove <id>`,
//! `colleague.join <colleague id>`.
//!
//! Independently created Automerge documents do not share their root objects: two
//! devices that each created `customers` would conflict on that key and one map would
//! hide the other. So every workspace starts from the same genesis change, byte for byte
//! (fixed actor, time and operations), and all copies share the root maps.

use automerge::{transaction::CommitOptions, ReadDoc};
use automerge::{transaction::Transactable, ActorId, Automerge, ChangeHash, ObjType, ROOT};

use super::DocumentError;

/// The layout version this code reads and writes.
pub const SCHEMA_VERSION: i64 = 1;

/// The root object, as an id the field helpers take.
pub(crate) const ROOT_OBJ: automerge::ObjId = ROOT;

pub(crate) const SCHEMA: &str = "schema";
pub(crate) const META: &str = "meta";
pub(crate) const COLLEAGUES: &str = "colleagues";
pub(crate) const ACTORS: &str = "actors";
pub(crate) const CUSTOMERS: &str = "customers";
pub(crate) const INTERACTIONS: &str = "interactions";

/// The root maps, in the order genesis creates them.
const ROOT_MAPS: [&str; 5] = [META, COLLEAGUES, ACTORS, CUSTOMERS, INTERACTIONS];

/// The genesis change: the same bytes on every device, so every copy shares ancestry.
pub(crate) fn genesis() -> Automerge {
    let mut doc = Automerge::new().with_actor(ActorId::from([0u8; 16]));
    doc.transact_with::<_, _, automerge::AutomergeError, _>(
        |_| {
            CommitOptions::default()
                .with_time(0)
                .with_message("genesis")
        },
        |tx| {
            tx.put(ROOT, SCHEMA, SCHEMA_VERSION)?;
            for name in ROOT_MAPS {
                tx.put_object(ROOT, name, ObjType::Map)?;
            }
            Ok(())
        },
    )
    .expect("the genesis change is valid");
    doc
}

/// The hash of the genesis change, the mark of a Rapport workspace.
pub(crate) fn genesis_hash() -> ChangeHash {
    genesis().get_heads()[0]
}

/// Checks that a loaded document is a workspace this version can read.
pub(crate) fn check(doc: &Automerge) -> Result<(), DocumentError> {
    if doc.get_change_by_hash(&genesis_hash()).is_none() {
        return Err(DocumentError::NotAWorkspace);
    }
    let version = doc
        .get(ROOT, SCHEMA)?
        .and_then(|(value, _)| value.as_scalar().and_then(|s| s.as_i64()))
        .ok_or(DocumentError::NotAWorkspace)?;
    if version > SCHEMA_VERSION {
        return Err(DocumentError::NewerSchema(version));
    }
    // A foreign change that puts its own object at a root key would hide ours.
    for (index, name) in ROOT_MAPS.iter().enumerate() {
        let values = doc.get_all(ROOT, *name)?;
        let expected = format!("{}@{}", index + 2, ActorId::from([0u8; 16]));
        if values.len() != 1 || values[0].1.to_string() != expected {
            return Err(DocumentError::NotAWorkspace);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genesis_is_identical_everywhere() {
        assert_eq!(genesis().save(), genesis().save());
        // A change here would split every existing workspace from new ones: never change it.
        assert_eq!(
            genesis_hash().to_string(),
            include_str!("genesis.hash").trim(),
            "the genesis change must never change"
        );
    }

    #[test]
    fn a_document_without_genesis_is_not_a_workspace() {
        let mut foreign = Automerge::new();
        foreign
            .transact::<_, _, automerge::AutomergeError>(|tx| {
                tx.put_object(ROOT, CUSTOMERS, ObjType::Map)?;
                Ok(())
            })
            .unwrap();
        assert!(matches!(check(&foreign), Err(DocumentError::NotAWorkspace)));
        assert!(check(&genesis()).is_ok());
    }
}
