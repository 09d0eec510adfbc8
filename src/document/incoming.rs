//! Changes from outside (a sync file, a colleague's tab, a sync peer) read from their own
//! operations, so that checking and previewing them costs what they hold, not what the
//! workspace holds.
//!
//! The sure way to know what changes would do is to merge them into a copy of the
//! workspace and look: at 10,000 customers that copy alone costs seconds and hundreds of
//! megabytes. Yet every ordinary change only writes inside the record maps, and its
//! operations name the objects they write to: objects this copy has (whose place a
//! parent lookup tells) or objects made earlier in the same changes. [`read`] works out
//! the records touched from that. Anything else (an operation on the root other than the
//! schema extension's, an object nobody made, changes already waiting here for earlier
//! ones) it leaves to the sure way, which stays the fallback.

use std::collections::{HashMap, HashSet};

use automerge::legacy::{Key, ObjectId, OpId, OpType};
use automerge::{ActorId, Automerge, Change, ChangeHash, ReadDoc};
use sha2::{Digest, Sha256};

use super::schema::{self, COMMITMENTS, CUSTOMERS, DEALS, INTERACTIONS, PRODUCTS, QUOTES};
use super::{DocumentError, Touched};
use crate::domain::{CommitmentId, CustomerId, DealId, InteractionId, ProductId, QuoteId};

/// The first bytes of every Automerge chunk.
const MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
/// Chunk types: a whole document, a change, and a change compressed with deflate.
const DOCUMENT: u8 = 0;
const CHANGE: u8 = 1;
const COMPRESSED_CHANGE: u8 = 2;

/// Whether `bytes` start with a saved document (`Automerge::save`), compressed already.
pub(crate) fn is_saved_document(bytes: &[u8]) -> bool {
    bytes.len() > 8 && bytes[..4] == MAGIC && bytes[8] == DOCUMENT
}

/// The changes `bytes` holds (the output of `save_after`, or chunks one after another),
/// each parsed and its checksum verified. `Ok(None)` when a chunk is a whole document or
/// a bundle, which only a load can read; `Err` when any chunk is damaged.
pub(crate) fn split(bytes: &[u8]) -> Result<Option<Vec<Change>>, DocumentError> {
    let damaged = |what: &str| DocumentError::Damaged(format!("a change chunk {what}"));
    let mut changes = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        if rest.len() < 9 || rest[..4] != MAGIC {
            return Err(damaged("without its header"));
        }
        let kind = rest[8];
        let mut after_kind = &rest[9..];
        let length = leb128(&mut after_kind).ok_or_else(|| damaged("with a broken length"))?;
        let header = rest.len() - after_kind.len();
        let end = usize::try_from(length)
            .ok()
            .and_then(|length| header.checked_add(length))
            .filter(|end| *end <= rest.len())
            .ok_or_else(|| damaged("longer than the file"))?;
        match kind {
            // Checked before parsing, as a load does: Automerge believes a length inside a
            // chunk (up to 1 GB) and reserves it before reading, so a damaged stored chunk
            // would otherwise cost the engine that memory.
            CHANGE if Sha256::digest(&rest[8..end])[..4] != rest[4..8] => {
                return Err(damaged("whose checksum does not match"))
            }
            CHANGE | COMPRESSED_CHANGE => {}
            DOCUMENT | 3 => return Ok(None),
            _ => return Err(damaged("of an unknown kind")),
        }
        let change =
            Change::try_from(&rest[..end]).map_err(|e| DocumentError::Damaged(e.to_string()))?;
        // `Change::try_from` does not compare the checksum; a load would.
        if change.hash().0[..4] != rest[4..8] {
            return Err(damaged("whose checksum does not match"));
        }
        changes.push(change);
        rest = &rest[end..];
    }
    Ok(Some(changes))
}

/// What merging some changes would do, worked out without merging them.
#[derive(Debug, Default)]
pub(crate) struct Reading {
    /// The records the changes that can be applied now write to.
    pub touched: Touched,
    /// Some changes wait for earlier ones this copy does not have.
    pub waiting: bool,
}

/// Where an object sits in the workspace.
#[derive(Clone, Debug, PartialEq)]
enum Place {
    Root,
    /// One of the root maps (`customers`, `interactions`, …).
    Collection(String),
    /// A record of a collection, or any object inside it (a list of phones, the notes).
    Record(String, String),
    /// Anywhere else (meta, colleagues, actors, or a key older versions do not know).
    Other,
}

/// An object as the changes name it.
type Obj = (u64, ActorId);

/// True when one of `changes` writes to the root of the document (other than the schema
/// extension): only such a change can break what `schema::check` checks, so only then
/// must a merge be tried on a copy first.
pub(crate) fn writes_root(changes: &[Change]) -> bool {
    changes.iter().any(|change| {
        !schema::is_extension(&change.hash())
            && change
                .decode()
                .operations
                .iter()
                .any(|op| op.obj == ObjectId::Root)
    })
}

/// What `changes` would do if merged into `doc`, or `None` when only a merge on a copy can
/// tell (see the module documentation). Changes `doc` has already are skipped.
pub(crate) fn read(doc: &Automerge, changes: &[Change]) -> Option<Reading> {
    if !doc.get_missing_deps(&[]).is_empty() {
        return None;
    }
    // With nothing waiting here, `get_missing_deps` of some hashes is exactly those this
    // copy lacks, found in the change graph (`get_change_by_hash` rebuilds each change).
    let hashes: Vec<ChangeHash> = changes.iter().map(Change::hash).collect();
    let lacking: HashSet<ChangeHash> = doc.get_missing_deps(&hashes).into_iter().collect();
    let mut new: Vec<&Change> = Vec::new();
    let mut seen = HashSet::new();
    for change in changes {
        let hash = change.hash();
        if lacking.contains(&hash) && seen.insert(hash) {
            new.push(change);
        }
    }
    let deps: Vec<ChangeHash> = new.iter().flat_map(|c| c.deps().iter().copied()).collect();
    let deps_lacking: HashSet<ChangeHash> = doc.get_missing_deps(&deps).into_iter().collect();
    let decoded: Vec<_> = new.iter().map(|change| change.decode()).collect();
    let root_write = |i: usize| {
        decoded[i]
            .operations
            .iter()
            .any(|op| op.obj == ObjectId::Root)
    };
    if (0..new.len()).any(|i| root_write(i) && !schema::is_extension(&new[i].hash())) {
        return None;
    }
    // The changes that can be applied: every dependency known here or applicable too.
    let mut usable = vec![false; new.len()];
    let mut ready: HashSet<ChangeHash> = HashSet::new();
    loop {
        let mut progress = false;
        for (i, change) in new.iter().enumerate() {
            let known = |dep: &ChangeHash| !deps_lacking.contains(dep) || ready.contains(dep);
            if !usable[i] && change.deps().iter().all(known) {
                usable[i] = true;
                ready.insert(change.hash());
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    // Where each object the usable changes make sits: (the object it is in, its key).
    let mut made: HashMap<Obj, (ObjectId, Option<String>)> = HashMap::new();
    for (i, change) in decoded.iter().enumerate().filter(|(i, _)| usable[*i]) {
        let start = new[i].start_op().get();
        for (n, op) in change.operations.iter().enumerate() {
            if let OpType::Make(_) = op.action {
                let key = match &op.key {
                    Key::Map(key) => Some(key.to_string()),
                    Key::Seq(_) => None,
                };
                made.insert(
                    (start + n as u64, change.actor_id.clone()),
                    (op.obj.clone(), key),
                );
            }
        }
    }
    let mut places = Places {
        doc,
        made: &made,
        known: HashMap::new(),
    };
    let mut reading = Reading {
        waiting: usable.iter().any(|u| !u),
        ..Reading::default()
    };
    let touched = &mut reading.touched;
    for change in decoded.iter().enumerate().filter(|(i, _)| usable[*i]) {
        for op in &change.1.operations {
            let place = places.of(&op.obj)?;
            let key = match &op.key {
                Key::Map(key) => Some(key.as_str()),
                Key::Seq(_) => None,
            };
            let (collection, id) = match (&place, key) {
                (Place::Record(collection, id), _) => (collection.as_str(), id.clone()),
                (Place::Collection(collection), Some(id)) => (collection.as_str(), id.into()),
                (Place::Root, Some(COMMITMENTS)) => {
                    touched.all_commitments = true;
                    continue;
                }
                (Place::Root, Some(DEALS)) => {
                    touched.all_deals = true;
                    continue;
                }
                (Place::Root, Some(PRODUCTS | QUOTES)) => {
                    touched.all_sales = true;
                    continue;
                }
                _ => continue,
            };
            match collection {
                CUSTOMERS => touched.customers.push(CustomerId(id)),
                INTERACTIONS => touched.interactions.push(InteractionId(id)),
                COMMITMENTS => touched.commitments.push(CommitmentId(id)),
                DEALS => touched.deals.push(DealId(id)),
                PRODUCTS => touched.products.push(ProductId(id)),
                QUOTES => touched.quotes.push(QuoteId(id)),
                _ => {}
            }
        }
    }
    touched.tidy();
    Some(reading)
}

/// Works out and remembers where objects sit.
struct Places<'a> {
    doc: &'a Automerge,
    made: &'a HashMap<Obj, (ObjectId, Option<String>)>,
    known: HashMap<Obj, Place>,
}

impl Places<'_> {
    /// Where `obj` sits, or `None` when neither this copy nor the changes have it.
    fn of(&mut self, obj: &ObjectId) -> Option<Place> {
        let ObjectId::Id(OpId(counter, actor)) = obj else {
            return Some(Place::Root);
        };
        let id = (*counter, actor.clone());
        if let Some(place) = self.known.get(&id) {
            return Some(place.clone());
        }
        let place = match self.made.get(&id) {
            Some((parent, key)) => match (self.of(parent)?, key) {
                (Place::Root, Some(key)) => Place::Collection(key.clone()),
                (Place::Collection(collection), Some(key)) => {
                    Place::Record(collection, key.clone())
                }
                (record @ Place::Record(..), _) => record,
                _ => Place::Other,
            },
            None => self.in_document(&format!("{counter}@{actor}"))?,
        };
        self.known.insert(id, place.clone());
        Some(place)
    }

    /// Where an object this copy has sits, from its parents.
    fn in_document(&self, id: &str) -> Option<Place> {
        // `import` checks that the object exists: `parents` of an unknown one panics.
        let (obj, _) = self.doc.import(id).ok()?;
        let path = self.doc.parents(&obj).ok()?.path();
        let name = |n: usize| path.get(n).map(|(_, prop)| prop.to_string());
        Some(match (name(0), name(1)) {
            (None, _) => Place::Root,
            (Some(collection), None) => Place::Collection(collection),
            (Some(collection), Some(id)) => Place::Record(collection, id),
        })
    }
}

/// Reads an unsigned LEB128 number from the front of `bytes`.
pub(crate) fn leb128(bytes: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for (i, byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            *bytes = &bytes[i + 1..];
            return Some(value);
        }
    }
    None
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
