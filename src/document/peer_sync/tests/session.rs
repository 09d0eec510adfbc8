//! The session between two browsers: edits both ways, a cut mid-sync, a reconnect that
//! sends only what is missing, hostile frames, and a third colleague on sync files.

use super::*;
use crate::document::workspace::test_support::{customer, customer_names};
use crate::domain::CustomerUpdate;

#[test]
fn edits_on_each_side_reach_the_other() {
    let mut pipe = Pipe::new();
    pipe.open();
    pipe.settle();
    let id = customer(&mut pipe.sides[0].ws, "Deniz Kaya");
    pipe.local_change(0);
    pipe.settle();
    assert_eq!(pipe.names(1), ["Deniz Kaya"]);
    pipe.sides[1]
        .ws
        .update_customer(&id, CustomerUpdate::City("İzmir".into()))
        .unwrap();
    pipe.local_change(1);
    customer(&mut pipe.sides[0].ws, "Ece Şahin");
    pipe.local_change(0);
    pipe.settle();
    assert_eq!(pipe.sides[0].ws.customer(&id).unwrap().city, "İzmir");
    assert_eq!(pipe.names(0), pipe.names(1));
    assert_eq!(pipe.sides[0].ws.heads(), pipe.sides[1].ws.heads());
    for side in &pipe.sides {
        assert!(side.session.is_in_sync(&side.ws));
        assert!(side.session.last_in_sync().is_some());
    }
    assert!(pipe.errors.is_empty(), "{:?}", pipe.errors);
}

#[test]
fn a_connection_cut_mid_sync_loses_nothing_once_restored() {
    let mut pipe = Pipe::new();
    pipe.open();
    pipe.settle();
    for name in ["Ali", "Bora", "Cansu"] {
        customer(&mut pipe.sides[0].ws, name);
    }
    pipe.local_change(0);
    customer(&mut pipe.sides[1].ws, "Zeynep");
    pipe.local_change(1);
    pipe.deliver(1);
    pipe.cut();
    // While cut, both go on working.
    customer(&mut pipe.sides[0].ws, "Derya");
    customer(&mut pipe.sides[1].ws, "Yusuf");
    assert!(!pipe.sides[0].session.is_open());
    assert!(pipe.sides[0]
        .session
        .on_local_change(&pipe.sides[0].ws)
        .is_empty());
    pipe.open();
    pipe.settle();
    let everyone = ["Ali", "Bora", "Cansu", "Derya", "Yusuf", "Zeynep"];
    assert_eq!(pipe.names(0), everyone);
    assert_eq!(pipe.names(1), everyone);
}

#[test]
fn a_reconnect_from_the_kept_sync_state_sends_only_what_is_missing() {
    let mut pipe = Pipe::new();
    for i in 0..200 {
        customer(&mut pipe.sides[0].ws, &format!("Müşteri {i}"));
    }
    pipe.open();
    pipe.settle();
    let first = pipe.sides[0].session.traffic().0;
    // Both browsers restart: the sessions come back from their kept state.
    pipe.cut();
    for side in &mut pipe.sides {
        side.session = PeerSession::new(Some(&side.session.sync_state_bytes()));
    }
    customer(&mut pipe.sides[0].ws, "Yeni Müşteri");
    pipe.open();
    pipe.settle();
    let again = pipe.sides[0].session.traffic().0;
    assert_eq!(pipe.names(1).len(), 201);
    assert!(
        again * 8 < first,
        "the reconnect sent {again} bytes, the first sync {first}"
    );
}

#[test]
fn hostile_frames_are_ignored_and_the_document_stays_as_it_was() {
    let mut pipe = Pipe::new();
    customer(&mut pipe.sides[1].ws, "Gizem");
    pipe.open();
    pipe.settle();
    let heads = pipe.sides[1].ws.heads();
    pipe.inject(
        0,
        vec![
            vec![],
            vec![7, 1, 2],
            vec![1, 9, 9, 9],
            vec![1, 1, 0x42, 0xff, 0xff],
            split(&[1, 0x42, 0, 0, 0]).remove(0),
        ],
    );
    pipe.deliver(5);
    assert_eq!(pipe.errors.len(), 5, "{:?}", pipe.errors);
    assert_eq!(pipe.sides[1].ws.heads(), heads);
    // The channel still works afterwards.
    customer(&mut pipe.sides[0].ws, "Hakan");
    pipe.local_change(0);
    pipe.settle();
    assert_eq!(pipe.names(1), ["Gizem", "Hakan"]);
}

#[test]
fn two_live_peers_and_a_third_on_sync_files_converge() {
    let mut pipe = Pipe::new();
    let mut cem = copy_of(&pipe.sides[0].ws, "Cem");
    pipe.open();
    customer(&mut pipe.sides[0].ws, "Ayşe'nin müşterisi");
    pipe.local_change(0);
    customer(&mut cem, "Cem'in müşterisi");
    // Cem and Mehmet swap sync files while Ayşe and Mehmet are live.
    let from_cem = cem.export_sync_file(&[], None).unwrap();
    let mehmet = &mut pipe.sides[1].ws;
    let incoming = mehmet.read_sync_file(&from_cem, None).unwrap();
    mehmet.apply_sync_file(incoming).unwrap();
    pipe.local_change(1);
    pipe.settle();
    let to_cem = pipe.sides[1].ws.export_sync_file(&[], None).unwrap();
    let incoming = cem.read_sync_file(&to_cem, None).unwrap();
    cem.apply_sync_file(incoming).unwrap();
    let all = ["Ayşe'nin müşterisi", "Cem'in müşterisi"];
    assert_eq!(pipe.names(0), all);
    assert_eq!(pipe.names(1), all);
    assert_eq!(customer_names(&cem), all);
    let mut heads = [
        pipe.sides[0].ws.heads(),
        pipe.sides[1].ws.heads(),
        cem.heads(),
    ];
    for h in &mut heads {
        h.sort();
    }
    assert!(heads[0] == heads[1] && heads[1] == heads[2]);
}
