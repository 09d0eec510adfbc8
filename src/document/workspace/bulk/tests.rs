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

#[test]
fn a_change_to_many_is_undone_to_each_ones_own_value() {
    use crate::domain::{ColleagueId, Stage};
    use crate::protocol::UndoAction;
    let mut ws = super::super::test_support::workspace("Ayşe");
    let a = super::super::test_support::customer(&mut ws, "Ahmet");
    let b = super::super::test_support::customer(&mut ws, "Bora");
    let c = super::super::test_support::customer(&mut ws, "Cemre");
    ws.update_customer(&a, CustomerUpdate::Stage(Stage::Awareness, None))
        .unwrap();
    ws.update_customer(&b, CustomerUpdate::Tags(vec!["toptan".into()]))
        .unwrap();
    ws.update_customer(&c, CustomerUpdate::Stage(Stage::Commitment, None))
        .unwrap();
    let all = [a.clone(), b.clone(), c.clone()];
    let stage_of = |ws: &Workspace, id: &CustomerId| ws.customer(id).unwrap().stage;

    // Cemre already was in commitment: only Ahmet and Bora changed, and only they go back.
    assert_eq!(
        ws.change_customers(&all, BulkChange::Stage(Stage::Commitment, None))
            .unwrap(),
        2
    );
    let last = ws.last_undoable().unwrap();
    assert_eq!(
        last.action,
        UndoAction::ChangedCustomers(vec![a.clone(), b.clone()], "stage".into())
    );
    ws.undo(&last).unwrap();
    assert_eq!(
        [stage_of(&ws, &a), stage_of(&ws, &b), stage_of(&ws, &c)],
        [Stage::Awareness, Stage::Exploration, Stage::Commitment]
    );

    ws.change_customers(&all, BulkChange::AddTag("VIP".into()))
        .unwrap();
    ws.change_customers(&all, BulkChange::Owner(Some(ColleagueId("k9".into()))))
        .unwrap();
    ws.undo(&ws.last_undoable().unwrap()).unwrap();
    assert!(all
        .iter()
        .all(|id| ws.customer(id).unwrap().owner.is_none()));
    assert!(
        ws.customer(&b).unwrap().tags.contains(&"VIP".to_owned()),
        "only the last is undone"
    );

    ws.change_customers(&all, BulkChange::Archive).unwrap();
    ws.undo(&ws.last_undoable().unwrap()).unwrap();
    assert!(all.iter().all(|id| !ws.customer(id).unwrap().archived));
    // A change that changed nothing is nothing to undo.
    ws.change_customers(&all[..1], BulkChange::AddTag("VIP".into()))
        .unwrap();
    assert!(!matches!(
        ws.last_undoable().map(|u| u.action),
        Some(UndoAction::ChangedCustomers(..))
    ));
}
