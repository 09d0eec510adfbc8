use super::super::test_support::{customer, workspace};
use super::*;
use crate::document::HistoryAction;
use crate::domain::Stage;

#[test]
fn a_bulk_change_is_one_commit_and_counts_what_changed() {
    let mut ws = workspace("Ayşe");
    let me = ws.me().cloned();
    let a = customer(&mut ws, "Bir");
    let b = customer(&mut ws, "İki");
    ws.update_customer(&b, CustomerUpdate::Tags(vec!["VİP".into()]))
        .unwrap();
    let ids = vec![a.clone(), b.clone()];
    let mut snapshot = ws.snapshot();
    let changes = ws.doc.get_changes(&[]).len();
    let before = ws.heads();

    assert_eq!(
        ws.change_customers(&ids, BulkChange::AddTag("vip".into()))
            .unwrap(),
        1
    );
    assert_eq!(
        ws.change_customers(&ids, BulkChange::Stage(Stage::Expansion, None))
            .unwrap(),
        2
    );
    assert_eq!(
        ws.change_customers(&ids, BulkChange::Owner(me.clone()))
            .unwrap(),
        2
    );
    assert_eq!(
        ws.change_customers(std::slice::from_ref(&a), BulkChange::Archive)
            .unwrap(),
        1
    );
    assert_eq!(ws.doc.get_changes(&[]).len(), changes + 4);
    snapshot.apply(ws.patch_since(&before));

    let (one, two) = (
        snapshot.customer(&a).unwrap(),
        snapshot.customer(&b).unwrap(),
    );
    assert_eq!(one.tags, vec!["vip"]);
    assert_eq!(
        two.tags,
        vec!["VİP"],
        "a tag already there is not added twice"
    );
    assert_eq!((one.stage, two.stage), (Stage::Expansion, Stage::Expansion));
    assert_eq!(two.stage_history.len(), 2);
    assert_eq!((&one.owner, &two.owner), (&me, &me));
    assert!(one.archived && !two.archived);
    // Each customer's history shows the changes that moved it.
    let history = ws.customer_history(&a);
    assert!(history.iter().any(|e| e.action == HistoryAction::Archived));
    let stage = history
        .iter()
        .find(|e| e.field.as_deref() == Some("stage"))
        .unwrap();
    assert_eq!(stage.new.as_deref(), Some(Stage::Expansion.code()));
    assert!(!ws
        .customer_history(&b)
        .iter()
        .any(|e| e.field.as_deref() == Some("tags") && e.new.as_deref() == Some("VİP, vip")));
}

#[test]
fn a_bulk_change_refusing_one_customer_writes_nothing() {
    let mut ws = workspace("Ayşe");
    let a = customer(&mut ws, "Bir");
    let before = ws.save();
    let ids = vec![a, CustomerId("nobody".into())];
    assert!(ws.change_customers(&ids, BulkChange::Archive).is_err());
    assert!(ws
        .change_customers(&ids[..1], BulkChange::AddTag("  ".into()))
        .is_err());
    assert!(ws
        .change_customers(&ids[..1], BulkChange::Stage(Stage::Dissolution, None))
        .is_err());
    assert_eq!(ws.save(), before);
}
