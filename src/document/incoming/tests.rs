//! Reading outside changes from their operations gives what merging them on a copy gives.

use automerge::transaction::Transactable;
use automerge::{ActorId, ObjType, ROOT};
use proptest::prelude::*;

use super::*;
use crate::document::sync::ImportSummary;
use crate::document::workspace::test_support::{clock, person, workspace};
use crate::document::Workspace;
use crate::domain::{
    Code, CommitmentDraft, CommitmentStatus, CommitmentUpdate, CustomerUpdate, DealDraft,
    DealStage, DealUpdate, InteractionDraft, Stage,
};

/// What a sync file would bring, worked out the sure way: merged into a copy.
/// How many customers this copy has that the payload's changes name in their messages
/// (`customer.update <id> …`, `customer.archive <id>`, …).
fn named_customers(ws: &Workspace, payload: &[u8]) -> usize {
    let Some(changes) = split(payload).unwrap() else {
        return 0;
    };
    let mut ids: Vec<String> = changes
        .iter()
        .filter_map(|c| c.message().map(str::to_owned))
        .filter_map(|m| {
            let mut words = m.split(' ');
            let verb = words.next()?;
            verb.starts_with("customer.")
                .then(|| words.next().map(str::to_owned))?
        })
        .filter(|id| ws.customer(&CustomerId(id.clone())).is_some())
        .collect();
    ids.sort();
    ids.dedup();
    ids.len()
}

fn summary_on_a_copy(ws: &Workspace, file: &[u8]) -> ImportSummary {
    let payload = crate::document::sync_file::SyncFile::parse(file)
        .unwrap()
        .payload(None)
        .unwrap();
    let mut scratch = ws.fork();
    let before = scratch.heads();
    scratch.merge_bytes(&payload).unwrap();
    let mut touched = scratch.touched_by_diff(&before);
    // A change to a value that loses a conflict changes nothing shown in the fields, so the
    // diff leaves it out; but the customer's page shows the conflict's values, which did
    // change: the preview counts that customer, and so does this reference.
    for customer in ws.customers() {
        if ws.conflicts(&customer.id) != scratch.conflicts(&customer.id) {
            touched.customers.push(customer.id);
        }
    }
    touched.tidy();
    let new_customers = touched
        .customers
        .iter()
        .filter(|id| ws.customer(id).is_none())
        .count();
    let known = touched
        .interactions
        .iter()
        .filter(|id| ws.interaction_exists(id))
        .count();
    ImportSummary {
        new_customers,
        changed_customers: touched.customers.len() - new_customers,
        new_interactions: touched.interactions.len() - known,
        changed_interactions: known,
        commitments: touched.commitments.len(),
        deals: touched.deals.len(),
        waiting_for_earlier: scratch.is_waiting_for_earlier_changes(),
        joins_workspace: false,
    }
}

#[test]
fn the_changes_of_a_save_after_come_apart_checked() {
    let mut ws = workspace("Ayşe");
    let since = ws.heads();
    ws.create_customer(person("Çağrı")).unwrap();
    ws.create_customer(person("Işık")).unwrap();
    let bytes = ws.save_after(&since);
    let changes = split(&bytes).unwrap().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes.last().unwrap().hash(), ws.heads()[0]);
    // A whole document is left to a load.
    assert!(split(&ws.save()).unwrap().is_none());
    // Cut short, with a byte changed, or with garbage after: damaged.
    assert!(split(&bytes[..bytes.len() - 1]).is_err());
    let mut flipped = bytes.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x40;
    assert!(split(&flipped).is_err());
    let mut trailing = bytes.clone();
    trailing.extend(b"<script>");
    assert!(split(&trailing).is_err());
    let mut checksum = bytes.clone();
    checksum[5] ^= 1;
    assert!(split(&checksum).is_err());
    assert!(split(&[]).unwrap().unwrap().is_empty());
}

#[test]
fn a_change_to_the_roots_maps_is_left_to_a_merge_on_a_copy() {
    let ws = workspace("Ayşe");
    let mut doc = ws.doc.fork();
    doc.set_actor(ActorId::random());
    let since = doc.get_heads();
    doc.transact::<_, _, automerge::AutomergeError>(|tx| {
        tx.put_object(ROOT, COMMITMENTS, ObjType::Map)?;
        Ok(())
    })
    .unwrap();
    let changes = split(&doc.save_after(&since)).unwrap().unwrap();
    assert!(writes_root(&changes));
    assert!(read(&ws.doc, &changes).is_none());
    // The schema extension is the one root change that needs no copy.
    assert!(!writes_root(&[schema::extension()]));
    let reading = read(&ws.doc, &[schema::extension()]).unwrap();
    assert!(reading.touched.all_commitments && reading.touched.all_deals);
}

#[test]
fn a_hostile_file_that_replaces_a_root_map_is_refused_and_changes_nothing() {
    let mut ayse = workspace("Ayşe");
    ayse.create_customer(person("Çağrı")).unwrap();
    let mut mehmet = crate::document::workspace::test_support::copy_of(&ayse, "Mehmet");
    let before = mehmet.save();
    let since = ayse.heads();
    // A copy that writes its own customers map and a newer schema at the root.
    ayse.doc
        .transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put_object(ROOT, CUSTOMERS, ObjType::Map)?;
            Ok(())
        })
        .unwrap();
    let file = ayse.export_sync_file(&since, None).unwrap();
    assert!(matches!(
        mehmet.read_sync_file(&file, None),
        Err(DocumentError::NotAWorkspace)
    ));
    let bytes = ayse.save_after(&since);
    assert!(mehmet.merge_bytes(&bytes).is_err());
    assert_eq!(mehmet.save(), before);

    let mut newer = crate::document::workspace::test_support::copy_of(&mehmet, "Zeynep");
    let since = mehmet.heads();
    newer
        .doc
        .transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put(ROOT, schema::SCHEMA, schema::SCHEMA_VERSION + 1)?;
            Ok(())
        })
        .unwrap();
    let file = newer.export_sync_file(&since, None).unwrap();
    assert!(matches!(
        mehmet.read_sync_file(&file, None),
        Err(DocumentError::NewerSchema(_))
    ));
    assert_eq!(mehmet.save(), before);
}

/// One colleague's edit, on ids that replica knows by index.
#[derive(Clone, Debug)]
enum Edit {
    Create(String),
    City(usize, String),
    Notes(usize, String),
    Tags(usize, String),
    Stage(usize, usize),
    Archive(usize, bool),
    Log(usize, String),
    RemoveLast,
    Promise(usize),
    SettleLast(usize),
    Quote(usize),
    MoveLastDeal(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let word = "[a-zçğıöşüİ]{1,6}";
    prop_oneof![
        word.prop_map(Edit::Create),
        (any::<usize>(), word).prop_map(|(c, w)| Edit::City(c, w)),
        (any::<usize>(), "[a-zçş ]{0,12}").prop_map(|(c, w)| Edit::Notes(c, w)),
        (any::<usize>(), "[ab]").prop_map(|(c, w)| Edit::Tags(c, w)),
        (any::<usize>(), 0..4usize).prop_map(|(c, s)| Edit::Stage(c, s)),
        (any::<usize>(), any::<bool>()).prop_map(|(c, a)| Edit::Archive(c, a)),
        (any::<usize>(), word).prop_map(|(c, w)| Edit::Log(c, w)),
        Just(Edit::RemoveLast),
        any::<usize>().prop_map(Edit::Promise),
        (0..3usize).prop_map(Edit::SettleLast),
        any::<usize>().prop_map(Edit::Quote),
        (0..5usize).prop_map(Edit::MoveLastDeal),
    ]
}

/// Makes `edit` on `ws`, if it has what the edit needs.
fn make(ws: &mut Workspace, edit: Edit) {
    let customers: Vec<_> = ws.customers().into_iter().map(|c| c.id).collect();
    let pick = |n: usize| (!customers.is_empty()).then(|| customers[n % customers.len()].clone());
    let snapshot = ws.snapshot();
    match edit {
        Edit::Create(name) => drop(ws.create_customer(person(&name)).unwrap()),
        Edit::City(c, city) => {
            if let Some(id) = pick(c) {
                ws.update_customer(&id, CustomerUpdate::City(city)).unwrap();
            }
        }
        Edit::Notes(c, notes) => {
            if let Some(id) = pick(c) {
                ws.update_customer(&id, CustomerUpdate::Notes(notes))
                    .unwrap();
            }
        }
        Edit::Tags(c, tag) => {
            if let Some(id) = pick(c) {
                ws.update_customer(&id, CustomerUpdate::Tags(vec![tag]))
                    .unwrap();
            }
        }
        Edit::Stage(c, stage) => {
            if let Some(id) = pick(c) {
                let stage = Stage::ALL_ACTIVE[stage];
                ws.update_customer(&id, CustomerUpdate::Stage(stage, None))
                    .unwrap();
            }
        }
        Edit::Archive(c, archived) => {
            if let Some(id) = pick(c) {
                ws.set_archived(&id, archived).unwrap();
            }
        }
        Edit::Log(c, summary) => {
            if let Some(id) = pick(c) {
                let draft = InteractionDraft {
                    summary,
                    ..InteractionDraft::new(clock())
                };
                ws.log_interaction(&id, draft).unwrap();
            }
        }
        Edit::RemoveLast => {
            let last = pick(0).and_then(|id| snapshot.timeline(&id).first().map(|i| i.id.clone()));
            if let Some(id) = last {
                ws.remove_interaction(&id).unwrap();
            }
        }
        Edit::Promise(c) => {
            let draft = match pick(c) {
                Some(id) => CommitmentDraft::promise(id, "Söz", clock()),
                None => CommitmentDraft::task("İş", clock()),
            };
            ws.create_commitment(draft).unwrap();
        }
        Edit::SettleLast(n) => {
            if let Some(id) = ws.commitments().last().map(|c| c.id.clone()) {
                let status = [
                    CommitmentStatus::Kept,
                    CommitmentStatus::Broken,
                    CommitmentStatus::Open,
                ][n];
                ws.update_commitment(&id, CommitmentUpdate::Status(status))
                    .unwrap();
            }
        }
        Edit::Quote(c) => {
            if let Some(id) = pick(c) {
                ws.create_deal(DealDraft::quote(id, "Teklif", "1.000"))
                    .unwrap();
            }
        }
        Edit::MoveLastDeal(stage) => {
            if let Some(id) = ws.deals().last().map(|d| d.id.clone()) {
                let stage = DealStage::ALL[stage % DealStage::ALL.len()];
                let reason = Some(crate::domain::LostReason::Price);
                ws.update_deal(&id, DealUpdate::Stage(stage, reason))
                    .unwrap();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Two colleagues edit, each sometimes concurrently with the other; files go both
    /// ways, some delivered late or never, so some changes wait for earlier ones. Each
    /// preview read from the file's operations equals the one merged on a copy, and the
    /// file then merges to the same document either way.
    #[test]
    fn a_preview_from_operations_equals_one_merged_on_a_copy(
        rounds in prop::collection::vec(
            (prop::collection::vec(edit(), 0..4), prop::collection::vec(edit(), 0..3), any::<bool>()),
            1..6,
        )
    ) {
        let mut ayse = workspace("Ayşe");
        ayse.create_customer(person("Çağrı")).unwrap();
        let mut mehmet = crate::document::workspace::test_support::copy_of(&ayse, "Mehmet");
        let mut since = ayse.heads();
        for (hers, his, deliver) in rounds {
            for edit in hers {
                make(&mut ayse, edit);
            }
            for edit in his {
                make(&mut mehmet, edit);
            }
            if !deliver {
                // This file is lost: the next one holds only later changes.
                since = ayse.heads();
                continue;
            }
            let file = ayse.export_sync_file(&since, None).unwrap();
            since = ayse.heads();
            let incoming = mehmet.read_sync_file(&file, None).unwrap();
            // Unless changes already wait here, the operations tell: no copy is made.
            if !mehmet.is_waiting_for_earlier_changes() {
                let changes = split(incoming.payload()).unwrap().unwrap();
                prop_assert!(read(&mehmet.doc, &changes).is_some());
            }
            // The operations name the customers a change touches; a merge shows only those
            // whose values changed. They differ for edits that net out to nothing shown
            // (a space typed and taken back; a conflict's losing value replaced by another
            // that loses too), which the preview counts as changed: a colleague did change
            // the record. So the preview's count lies between the two, and all else is equal.
            let merged = summary_on_a_copy(&mehmet, &file);
            let named = named_customers(&mehmet, incoming.payload());
            let preview = &incoming.summary;
            prop_assert!(
                (merged.changed_customers..=named).contains(&preview.changed_customers),
                "{} changed customers, {} on a copy, {} named", preview.changed_customers,
                merged.changed_customers, named
            );
            prop_assert_eq!(
                &ImportSummary { changed_customers: 0, ..preview.clone() },
                &ImportSummary { changed_customers: 0, ..merged }
            );
            let mut on_a_copy = mehmet.fork();
            on_a_copy.merge_bytes(incoming.payload()).unwrap();
            mehmet.apply_sync_file(incoming).unwrap();
            prop_assert_eq!(mehmet.heads(), on_a_copy.heads());
        }
    }
}
