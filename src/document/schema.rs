//! The shape of the document, and the genesis change every workspace starts from.
//!
//! ```text
//! ROOT
//!   schema: int                      version of this layout
//!   meta:         { workspace_id, created_at, repo_document_id? }   (the id on a sync server)
//!   colleagues:   { <colleague id>: { name, joined_at } }
//!   actors:       { <actor hex>: <colleague id> }     who made each session's changes
//!   customers:    { <customer id>: { kind, name, company, emails[], phones[], city,
//!                   district?, address, tags[], stage, dissolution_reason, owner,
//!                   preferred_channel, notes (text), archived, created_at, created_by,
//!                   stage_history[{ stage, reason, at, by }] } }
//!   interactions: { <interaction id>: { customer, at, channel, kind, direction,
//!                   summary, satisfaction, removed, created_at, created_by } }
//!   commitments:  { <commitment id>: { kind, customer?, title, due, owner?, status,
//!                   settled_at?, settled_by?, removed, created_at, created_by } }
//!   deals:        { <deal id>: { customer, title, stage, amount (int, hundredths),
//!                   currency (ISO 4217), expected_close?, closed_at?, lost_reason?,
//!                   owner?, removed, created_at, created_by } }
//!   products:     { <product id>: { name, unit, unit_price (int, hundredths), currency,
//!                   kdv, archived, removed, created_at, created_by } }
//!   quotes:       { <quote id>: { number, customer, deal?, title, currency,
//!                   lines[{ id, product?, description, quantity (int, thousandths), unit,
//!                   unit_price (int, hundredths), discount (int, hundredths of %), kdv }],
//!                   valid_until?, notes, payment_terms, status, status_at?, removed,
//!                   created_at, created_by } }
//! ```
//!
//! The firm's own details (for a quote's letterhead) are plain keys of `meta`:
//! `firm_name`, `firm_address`, `firm_phone`, `firm_email`, `firm_tax_office`,
//! `firm_tax_number`, `firm_iban`.
//!
//! Times are Automerge timestamps (milliseconds); codes are the domain's stable codes.
//!
//! Every commit is one user action; its message names the action and what it touched, so
//! history can be read without decoding operations: `customer.create <id>`,
//! `customer.update <id> <field key>`, `customer.archive <id>`, `customer.restore <id>`,
//! `interaction.log <id> <customer id>`, `interaction.update <id>`, `interaction.remove <id>`,
//! `colleague.join <colleague id>`, `commitment.create <id> [<customer id>]`,
//! `commitment.update <id> <field key>`, `commitment.remove <id>`,
//! `deal.create <id> <customer id>`, `deal.update <id> <field key>`, `deal.remove <id>`,
//! `product.create <id>`, `product.update <id>`, `quote.create <id> <customer id>`,
//! `quote.update <id> <what>` (a quote's change may open or win its deal and log an
//! interaction: its patches tell what it touched), `workspace.repo-id <document id>`,
//! `workspace.firm`.
//!
//! Independently created Automerge documents do not share their root objects: two
//! devices that each created `customers` would conflict on that key and one map would
//! hide the other. So every workspace starts from the same genesis change, byte for byte
//! (fixed actor, time and operations), and all copies share the root maps.
//!
//! `commitments` and `deals` came later. Genesis cannot gain them (its hash marks every
//! existing workspace), and a copy creating them with its own actor would conflict with a
//! colleague's copy doing the same. So they come in a second fixed change, the
//! *extension*: the genesis actor's next change, depending on genesis only, with fixed
//! time and operations. Every device that needs the maps applies those same bytes: the
//! change has one hash everywhere, Automerge keeps it once, and all copies share the
//! maps, whichever device created them first and whatever else they did meanwhile. It is
//! applied lazily, by the first intent that writes a commitment or a deal; until then the
//! maps are simply absent and read as empty. Older versions of Rapport ignore the keys.
//!
//! `products` and `quotes` came later still, in a second fixed change made the same way
//! (the genesis actor's third change, depending on the first extension), applied by the
//! first intent that writes a product or a quote.

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
pub(crate) const COMMITMENTS: &str = "commitments";
pub(crate) const DEALS: &str = "deals";
pub(crate) const PRODUCTS: &str = "products";
pub(crate) const QUOTES: &str = "quotes";

/// The root maps, in the order genesis creates them.
const ROOT_MAPS: [&str; 5] = [META, COLLEAGUES, ACTORS, CUSTOMERS, INTERACTIONS];
/// The root maps the extension change creates, in its order.
const EXTENSION_MAPS: [&str; 2] = [COMMITMENTS, DEALS];
/// The root maps the second extension creates, in its order.
const SALES_MAPS: [&str; 2] = [PRODUCTS, QUOTES];

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

/// The extension change: the same bytes on every device (see the module documentation).
pub(crate) fn extension() -> automerge::Change {
    fixed_change(
        genesis(),
        "schema.extend commitments deals",
        &EXTENSION_MAPS,
    )
}

/// The second extension (products and quotes): like the first, the same bytes
/// everywhere; it depends on the first.
pub(crate) fn sales_extension() -> automerge::Change {
    let mut doc = genesis();
    doc.apply_changes([extension()])
        .expect("the extension applies to genesis");
    fixed_change(doc, "schema.extend products quotes", &SALES_MAPS)
}

/// The genesis actor's next change on `doc`, at time 0, creating `maps` at the root.
fn fixed_change(mut doc: Automerge, message: &str, maps: &[&str]) -> automerge::Change {
    doc.transact_with::<_, _, automerge::AutomergeError, _>(
        |_| CommitOptions::default().with_time(0).with_message(message),
        |tx| {
            for name in maps {
                tx.put_object(ROOT, *name, ObjType::Map)?;
            }
            Ok(())
        },
    )
    .expect("a fixed schema change is valid");
    doc.get_last_local_change()
        .expect("the fixed change was just made")
}

/// Whether `hash` is one of the fixed extension changes, the only outside changes allowed
/// to write the root.
pub(crate) fn is_extension(hash: &ChangeHash) -> bool {
    extension_hashes().contains(hash)
}

/// The hashes of the two extensions, in order.
pub(crate) fn extension_hashes() -> [ChangeHash; 2] {
    use std::sync::OnceLock;
    static HASHES: OnceLock<[ChangeHash; 2]> = OnceLock::new();
    *HASHES.get_or_init(|| [extension().hash(), sales_extension().hash()])
}

/// Checks that a loaded document is a workspace this version can read.
pub(crate) fn check(doc: &Automerge) -> Result<(), DocumentError> {
    // The change graph tells at once; `get_change_by_hash` would rebuild the change from
    // the whole op set (about a second at 100,000 interactions, on every load). Changes
    // waiting for earlier ones (a sync message that came before the one it builds on) are
    // listed too, and are no reason to refuse a workspace: only a missing genesis is.
    let genesis = genesis_hash();
    if doc.get_missing_deps(&[genesis]).contains(&genesis) {
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
    // The extensions' maps may be absent (not needed yet), never someone else's.
    let first = ROOT_MAPS.len() + 2;
    absent_or_ours(doc, &EXTENSION_MAPS, first)?;
    absent_or_ours(doc, &SALES_MAPS, first + EXTENSION_MAPS.len())?;
    Ok(())
}

/// Each of `maps` is absent or the genesis actor's object made by operation `first` on.
fn absent_or_ours(doc: &Automerge, maps: &[&str], first: usize) -> Result<(), DocumentError> {
    for (index, name) in maps.iter().enumerate() {
        let expected = format!("{}@{}", first + index, ActorId::from([0u8; 16]));
        if doc
            .get_all(ROOT, *name)?
            .iter()
            .any(|(_, id)| id.to_string() != expected)
        {
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
    fn the_extension_is_identical_everywhere_and_descends_from_genesis_only() {
        let change = extension();
        assert_eq!(change.raw_bytes(), extension().raw_bytes());
        assert_eq!(change.deps(), &[genesis_hash()]);
        // Like genesis, the extension must never change once workspaces carry it.
        assert_eq!(
            change.hash().to_string(),
            include_str!("extension.hash").trim(),
            "the extension change must never change"
        );
        let mut doc = genesis();
        doc.apply_changes([change.clone(), change]).unwrap();
        assert!(check(&doc).is_ok());
        assert_eq!(doc.get_changes(&[]).len(), 2);
    }

    #[test]
    fn the_sales_extension_is_identical_everywhere_and_follows_the_first() {
        let change = sales_extension();
        assert_eq!(change.raw_bytes(), sales_extension().raw_bytes());
        assert_eq!(change.deps(), &[extension().hash()]);
        assert_eq!(
            change.hash().to_string(),
            include_str!("sales_extension.hash").trim(),
            "the sales extension change must never change"
        );
        let mut doc = genesis();
        doc.apply_changes([extension(), change.clone(), change])
            .unwrap();
        assert!(check(&doc).is_ok());
        assert!(doc.get(ROOT, QUOTES).unwrap().is_some());
        assert_eq!(doc.get_changes(&[]).len(), 3);
    }

    #[test]
    fn a_foreign_quotes_map_is_refused() {
        let mut doc = genesis();
        doc.apply_changes([extension()]).unwrap();
        doc.set_actor(ActorId::random());
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put_object(ROOT, QUOTES, ObjType::Map)?;
            Ok(())
        })
        .unwrap();
        assert!(matches!(check(&doc), Err(DocumentError::NotAWorkspace)));
    }

    #[test]
    fn a_foreign_commitments_map_is_refused() {
        let mut doc = genesis();
        doc.set_actor(ActorId::random());
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put_object(ROOT, COMMITMENTS, ObjType::Map)?;
            Ok(())
        })
        .unwrap();
        assert!(matches!(check(&doc), Err(DocumentError::NotAWorkspace)));
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
