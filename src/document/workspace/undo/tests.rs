//! Undo: each kind of action taken back, and an undo that reaches a colleague who edited
//! another field meanwhile.

use super::super::test_support::{copy_of, customer, customer_names, workspace};
use super::*;
use crate::domain::{InteractionDraft, Stage};

#[test]
fn a_customer_made_is_taken_back_and_the_undo_is_not_itself_undoable() {
    let mut ws = workspace("Ayşe");
    let id = customer(&mut ws, "Çağrı Öztürk");
    let last = ws.last_undoable().unwrap();
    assert_eq!(last.action, UndoAction::CreatedCustomer(id.clone()));
    ws.undo(&last).unwrap();
    assert!(ws.customer(&id).is_none());
    assert!(customer_names(&ws).is_empty());
    assert_eq!(
        ws.last_undoable(),
        None,
        "no redo: the undo is the last change"
    );
}

#[test]
fn each_field_goes_back_to_what_it_was_just_before() {
    let mut ws = workspace("Ayşe");
    let id = customer(&mut ws, "Şule Işık");
    let edits = [
        CustomerUpdate::City("İzmir".into()),
        CustomerUpdate::City("Muğla".into()),
        CustomerUpdate::Tags(vec!["fuar".into(), "toptan".into()]),
        CustomerUpdate::Notes("Katalog istedi.".into()),
        CustomerUpdate::Stage(Stage::Commitment, None),
        CustomerUpdate::Name("Şule Işık Kaya".into()),
    ];
    // Each edit is undone at once: the field goes back one step, not to the start.
    for edit in edits {
        let before = ws.customer(&id).unwrap();
        ws.update_customer(&id, edit).unwrap();
        let last = ws.last_undoable().unwrap();
        assert!(matches!(&last.action, UndoAction::EditedCustomer(c, _) if *c == id));
        ws.undo(&last).unwrap();
        let after = ws.customer(&id).unwrap();
        assert_eq!(
            (
                &after.name,
                &after.city,
                &after.tags,
                &after.notes,
                after.stage
            ),
            (
                &before.name,
                &before.city,
                &before.tags,
                &before.notes,
                before.stage
            )
        );
    }
}

#[test]
fn archiving_and_logging_are_taken_back() {
    let mut ws = workspace("Ayşe");
    let id = customer(&mut ws, "Gülşen Ünal");
    ws.set_archived(&id, true).unwrap();
    ws.undo(&ws.last_undoable().unwrap()).unwrap();
    assert!(!ws.customer(&id).unwrap().archived);
    let draft = InteractionDraft {
        summary: "Telefonda görüştük".into(),
        ..InteractionDraft::new(ws.now())
    };
    let logged = ws.log_interaction(&id, draft).unwrap();
    let last = ws.last_undoable().unwrap();
    assert_eq!(last.action, UndoAction::LoggedInteraction(logged.clone()));
    ws.undo(&last).unwrap();
    assert!(ws.interaction(&logged).is_none());
}

#[test]
fn an_undo_syncs_and_keeps_a_colleagues_edit_of_another_field() {
    let mut ayse = workspace("Ayşe");
    let id = customer(&mut ayse, "Deniz Kaya");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.update_customer(&id, CustomerUpdate::City("Bursa".into()))
        .unwrap();
    mehmet
        .update_customer(&id, CustomerUpdate::Notes("Yeni adres gelecek.".into()))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    // Ayşe's last own change is still the city.
    let last = ayse.last_undoable().unwrap();
    assert_eq!(
        last.action,
        UndoAction::EditedCustomer(id.clone(), "city".into())
    );
    ayse.undo(&last).unwrap();
    mehmet.merge(&ayse).unwrap();
    for ws in [&ayse, &mehmet] {
        let deniz = ws.customer(&id).unwrap();
        assert_eq!(
            (deniz.city.as_str(), deniz.notes.as_str()),
            ("", "Yeni adres gelecek.")
        );
    }
}
