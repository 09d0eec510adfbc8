use super::super::test_support::{clock, copy_of, customer, person, workspace};
use super::*;
use crate::document::HistoryAction;
use crate::domain::{CommitmentDraft, CustomerDraft, DealDraft, InteractionDraft};

fn log(ws: &mut Workspace, id: &CustomerId, summary: &str) -> InteractionId {
    let mut draft = InteractionDraft::new(clock());
    draft.summary = summary.into();
    ws.log_interaction(id, draft).unwrap()
}

#[test]
fn merging_moves_everything_and_keeps_the_chosen_fields() {
    let mut ws = workspace("Ayşe");
    let keep = ws
        .create_customer(CustomerDraft {
            name: "Ayşe Yılmaz".into(),
            city: "İzmir".into(),
            emails: vec!["ayse@ornek.com".into()],
            ..CustomerDraft::default()
        })
        .unwrap();
    let other = ws
        .create_customer(CustomerDraft {
            name: "AYŞE YILMAZ".into(),
            city: "Manisa".into(),
            phones: vec!["0532 111 22 33".into()],
            ..CustomerDraft::default()
        })
        .unwrap();
    let member = ws
        .create_customer(CustomerDraft {
            name: "Ali Veli".into(),
            ..CustomerDraft::default()
        })
        .unwrap();
    ws.link_company(&member, &other).unwrap();
    let first = log(&mut ws, &keep, "Aradı");
    let moved = log(&mut ws, &other, "Teklif istedi");
    let promise = ws
        .create_commitment(CommitmentDraft::promise(other.clone(), "Fiyat", clock()))
        .unwrap();
    let deal = ws
        .create_deal(DealDraft::quote(other.clone(), "Yıllık", "1.000"))
        .unwrap();
    let mut snapshot = ws.snapshot();
    let before = ws.heads();

    ws.merge_customers(
        &keep,
        &other,
        vec![
            CustomerUpdate::City("Manisa".into()),
            CustomerUpdate::Phones(vec!["0532 111 22 33".into()]),
        ],
    )
    .unwrap();
    snapshot.apply(ws.patch_since(&before));

    let kept = ws.customer(&keep).unwrap();
    assert_eq!(kept.name, "Ayşe Yılmaz");
    assert_eq!(kept.city, "Manisa");
    assert_eq!(kept.emails, vec!["ayse@ornek.com"]);
    assert_eq!(kept.phones, vec!["0532 111 22 33"]);
    assert_eq!(ws.customer(&other).unwrap().merged_into, Some(keep.clone()));
    assert_eq!(ws.interaction(&moved).unwrap().customer, keep);
    assert_eq!(
        ws.commitment(&promise).unwrap().customer,
        Some(keep.clone())
    );
    assert_eq!(ws.deal(&deal).unwrap().customer, keep);
    assert_eq!(ws.customer(&member).unwrap().company, Some(keep.clone()));

    for snapshot in [snapshot, ws.snapshot()] {
        assert!(snapshot.customer(&other).is_none());
        assert_eq!(snapshot.merged_into(&other), Some(keep.clone()));
        assert_eq!(snapshot.customer_count(), 2);
        let timeline: Vec<_> = snapshot
            .timeline(&keep)
            .iter()
            .map(|i| i.id.clone())
            .collect();
        assert_eq!(timeline.len(), 2);
        assert!(timeline.contains(&first) && timeline.contains(&moved));
        assert_eq!(snapshot.commitments_of(&keep).len(), 1);
        assert_eq!(snapshot.deals_of(&keep).len(), 1);
    }
}

#[test]
fn what_a_colleague_adds_to_the_merged_record_meanwhile_shows_on_the_kept_one() {
    let mut ayse = workspace("Ayşe");
    let keep = customer(&mut ayse, "Ayşe Yılmaz");
    let other = customer(&mut ayse, "Ayse Yilmaz");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.merge_customers(&keep, &other, vec![]).unwrap();
    // Mehmet has not seen the merge: he logs a call on the other record.
    let call = log(&mut mehmet, &other, "Sipariş verdi");
    let mut snapshot = ayse.snapshot();
    let before = ayse.heads();
    ayse.merge(&mehmet).unwrap();
    snapshot.apply(ayse.patch_since(&before));
    for snapshot in [snapshot, ayse.snapshot()] {
        assert_eq!(snapshot.timeline(&keep)[0].id, call);
        assert!(snapshot.timeline(&other).is_empty());
    }
    // And the other way round: the merge arrives after the call.
    let mut snapshot = mehmet.snapshot();
    let before = mehmet.heads();
    mehmet.merge(&ayse).unwrap();
    snapshot.apply(mehmet.patch_since(&before));
    assert_eq!(snapshot.timeline(&keep)[0].id, call);
    assert!(snapshot.customer(&other).is_none());
}

#[test]
fn two_copies_merging_each_into_the_other_lose_neither() {
    let mut ayse = workspace("Ayşe");
    let a = customer(&mut ayse, "Kaya Ltd");
    let b = customer(&mut ayse, "KAYA LTD");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.merge_customers(&a, &b, vec![]).unwrap();
    mehmet.merge_customers(&b, &a, vec![]).unwrap();
    ayse.merge(&mehmet).unwrap();
    let snapshot = ayse.snapshot();
    assert!(snapshot.customer(&a).is_some() && snapshot.customer(&b).is_some());
    assert_eq!(snapshot.customer_count(), 2);
}

#[test]
fn a_refused_merge_writes_nothing() {
    let mut ws = workspace("Ayşe");
    let a = customer(&mut ws, "Bir");
    let b = customer(&mut ws, "İki");
    let before = ws.save();
    assert!(ws.merge_customers(&a, &a, vec![]).is_err());
    assert!(ws
        .merge_customers(&a, &CustomerId("nobody".into()), vec![])
        .is_err());
    assert!(ws
        .merge_customers(&a, &b, vec![CustomerUpdate::Name(String::new())])
        .is_err());
    assert_eq!(ws.save(), before);
    ws.merge_customers(&a, &b, vec![]).unwrap();
    let merged = ws.save();
    assert!(
        ws.merge_customers(&a, &b, vec![]).is_err(),
        "already merged"
    );
    assert_eq!(ws.save(), merged);
}

#[test]
fn both_histories_name_the_merge() {
    let mut ws = workspace("Ayşe");
    let a = customer(&mut ws, "Ayşe Yılmaz");
    let b = ws.create_customer(person("A. Yılmaz")).unwrap();
    ws.merge_customers(&a, &b, vec![]).unwrap();
    let kept = ws.customer_history(&a);
    assert_eq!(kept[0].action, HistoryAction::Merged);
    assert_eq!(kept[0].new.as_deref(), Some("A. Yılmaz"));
    let gone = ws.customer_history(&b);
    assert_eq!(gone[0].action, HistoryAction::Merged);
    assert_eq!(gone[0].new.as_deref(), Some("Ayşe Yılmaz"));
}
