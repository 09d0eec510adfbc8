//! Every commitment intent, and commitments made on devices apart merging.

use super::super::test_support::{clock, copy_of, customer, workspace};
use super::*;
use crate::domain::{Today, DAY_MS};

fn changes(ws: &Workspace) -> usize {
    ws.doc.get_changes(&[]).len()
}

#[test]
fn a_promise_round_trips_and_its_maker_owns_it() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Çağrı Kaya");
    let before = changes(&ws);
    let draft = CommitmentDraft::promise(c.clone(), " Kurulumu cumaya bitir ", clock() + DAY_MS);
    let id = ws.create_commitment(draft).unwrap();
    // The first commitment brings the schema extension, then one commit of its own.
    assert_eq!(changes(&ws), before + 2);
    let got = ws.commitment(&id).unwrap();
    assert_eq!(got.kind, CommitmentKind::Promise);
    assert_eq!(got.customer, Some(c.clone()));
    assert_eq!(got.title, "Kurulumu cumaya bitir");
    assert_eq!(got.due, clock() + DAY_MS);
    assert_eq!(got.owner.as_ref(), ws.me());
    assert_eq!(got.status, CommitmentStatus::Open);
    assert_eq!(
        (got.created_at, got.created_by.as_ref()),
        (clock(), ws.me())
    );
    let last = ws.doc.get_last_local_change().unwrap();
    assert_eq!(
        last.message().unwrap(),
        &format!("commitment.create {} {}", id.0, c.0)
    );
    // The next one is one commit.
    let task = ws
        .create_commitment(CommitmentDraft::task("Kataloğu güncelle", clock()))
        .unwrap();
    assert_eq!(changes(&ws), before + 3);
    assert_eq!(ws.commitment(&task).unwrap().customer, None);
    assert_eq!(ws.commitments().len(), 2);
    assert!(!ws.has_no_work());
}

#[test]
fn refused_input_writes_nothing_not_even_the_extension() {
    let mut ws = workspace("Ayşe");
    let before = ws.save();
    let unknown = CommitmentDraft::promise(CustomerId("nobody".into()), "Ara", clock());
    assert!(matches!(
        ws.create_commitment(unknown),
        Err(DocumentError::UnknownCustomer)
    ));
    let untitled = CommitmentDraft::task(" ", clock());
    assert!(matches!(
        ws.create_commitment(untitled),
        Err(DocumentError::Invalid(_))
    ));
    let mut anonymous = Workspace::new();
    assert!(matches!(
        anonymous.create_commitment(CommitmentDraft::task("Ara", clock())),
        Err(DocumentError::NoIdentity)
    ));
    assert_eq!(ws.save(), before);
    assert!(!ws.is_extended());
    let update = CommitmentUpdate::Title("x".into());
    let missing = CommitmentId("missing".into());
    assert!(matches!(
        ws.update_commitment(&missing, update),
        Err(DocumentError::UnknownCommitment)
    ));
    assert_eq!(ws.save(), before);
}

#[test]
fn every_field_can_be_edited_and_settling_is_recorded() {
    let mut ws = workspace("Ayşe");
    let other = copy_of(&ws, "Mehmet").me().cloned();
    let c = customer(&mut ws, "Çağrı");
    let d = customer(&mut ws, "Deniz");
    let id = ws
        .create_commitment(CommitmentDraft::task("Ara", clock()))
        .unwrap();
    ws.update_commitment(&id, CommitmentUpdate::Title("Geri ara".into()))
        .unwrap();
    ws.update_commitment(&id, CommitmentUpdate::Due(clock() + 2 * DAY_MS))
        .unwrap();
    ws.update_commitment(&id, CommitmentUpdate::Owner(other.clone()))
        .unwrap();
    ws.update_commitment(&id, CommitmentUpdate::Customer(Some(d.clone())))
        .unwrap();
    let got = ws.commitment(&id).unwrap();
    assert_eq!(got.title, "Geri ara");
    assert_eq!(got.due, clock() + 2 * DAY_MS);
    assert_eq!((got.owner, got.customer), (other, Some(d)));
    let last = ws.doc.get_last_local_change().unwrap();
    assert_eq!(
        last.message().unwrap(),
        &format!("commitment.update {} customer", id.0)
    );

    ws.update_commitment(&id, CommitmentUpdate::Status(CommitmentStatus::Kept))
        .unwrap();
    let kept = ws.commitment(&id).unwrap();
    assert_eq!(
        (kept.status, kept.settled_at),
        (CommitmentStatus::Kept, Some(clock()))
    );
    // Marking it kept again changes nothing and writes nothing.
    let count = changes(&ws);
    ws.update_commitment(&id, CommitmentUpdate::Status(CommitmentStatus::Kept))
        .unwrap();
    assert_eq!(changes(&ws), count);
    ws.update_commitment(&id, CommitmentUpdate::Status(CommitmentStatus::Open))
        .unwrap();
    let reopened = ws.commitment(&id).unwrap();
    assert_eq!(
        (reopened.status, reopened.settled_at),
        (CommitmentStatus::Open, None)
    );

    // A promise cannot lose its customer; the refusal writes nothing.
    let promise = ws
        .create_commitment(CommitmentDraft::promise(c, "Teklif", clock()))
        .unwrap();
    let before = ws.save();
    let refused = ws.update_commitment(&promise, CommitmentUpdate::Customer(None));
    assert!(matches!(refused, Err(DocumentError::Invalid(_))));
    assert_eq!(ws.save(), before);

    ws.remove_commitment(&promise).unwrap();
    assert!(ws.commitment(&promise).is_none());
    assert_eq!(ws.commitments().len(), 1);
}

#[test]
fn kept_on_one_device_and_moved_on_another_keeps_both() {
    let mut ayse = workspace("Ayşe");
    let c = customer(&mut ayse, "Çağrı");
    let id = ayse
        .create_commitment(CommitmentDraft::promise(c, "Kurulum", clock()))
        .unwrap();
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.update_commitment(&id, CommitmentUpdate::Status(CommitmentStatus::Kept))
        .unwrap();
    mehmet
        .update_commitment(&id, CommitmentUpdate::Due(clock() + 3 * DAY_MS))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    mehmet.merge(&ayse).unwrap();
    for ws in [&ayse, &mehmet] {
        let got = ws.commitment(&id).unwrap();
        assert_eq!(got.status, CommitmentStatus::Kept);
        assert_eq!(got.due, clock() + 3 * DAY_MS);
    }
    assert_eq!(ayse.commitments(), mehmet.commitments());
}

#[test]
fn devices_started_apart_each_adding_commitments_merge_without_losing_any() {
    // Neither device saw the other; both created the commitments map on their own.
    let mut ayse = workspace("Ayşe");
    let mut mehmet = workspace("Mehmet");
    let a = ayse
        .create_commitment(CommitmentDraft::task("Ayşe's", clock()))
        .unwrap();
    let m = mehmet
        .create_commitment(CommitmentDraft::task("Mehmet's", clock()))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    mehmet.merge(&ayse).unwrap();
    for ws in [&ayse, &mehmet] {
        assert!(ws.commitment(&a).is_some() && ws.commitment(&m).is_some());
        // One extension change, kept once, whoever made it first.
        let extensions = ws
            .doc
            .get_changes(&[])
            .iter()
            .filter(|c| c.message().is_some_and(|m| m.starts_with("schema.extend")))
            .count();
        assert_eq!(extensions, 1);
        assert!(Workspace::load(&ws.save()).is_ok());
    }
}

#[test]
fn the_snapshot_follows_commitments_even_when_the_extension_arrives_by_merge() {
    let mut ayse = workspace("Ayşe");
    let c = customer(&mut ayse, "Çağrı");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    let mut snapshot = mehmet.snapshot();
    let today = Today::starting_at(clock() - clock().rem_euclid(DAY_MS));
    let kept = ayse
        .create_commitment(CommitmentDraft::promise(c.clone(), "A", clock() - DAY_MS))
        .unwrap();
    ayse.update_commitment(&kept, CommitmentUpdate::Status(CommitmentStatus::Kept))
        .unwrap();
    ayse.create_commitment(CommitmentDraft::promise(c.clone(), "B", clock() - DAY_MS))
        .unwrap();
    let before = mehmet.heads();
    mehmet.merge(&ayse).unwrap();
    snapshot.apply(mehmet.patch_since(&before));
    assert_eq!(snapshot.commitments_of(&c).len(), 2);
    let record = snapshot.promise_record(&c, today);
    assert_eq!((record.kept, record.open, record.overdue), (1, 1, 1));
    assert_eq!(snapshot.agenda(today, None).overdue.len(), 1);

    let before = mehmet.heads();
    mehmet.remove_commitment(&kept).unwrap();
    snapshot.apply(mehmet.patch_since(&before));
    assert_eq!(snapshot.commitments_of(&c).len(), 1);
    assert_eq!(
        snapshot.commitments().count(),
        mehmet.snapshot().commitments().count()
    );
}
