//! The session against the in-memory server: handshake, edits both ways, drops, repeats,
//! and messages it must refuse with the document unchanged.

use automerge::sync::{self, SyncDoc};
use automerge::Automerge;

use super::super::*;
use super::{Net, SERVER};
use crate::document::workspace::test_support::customer;
use crate::domain::CustomerUpdate;

#[test]
fn the_handshake_joins_then_syncs() {
    let mut net = Net::pair();
    let out = net.clients[0].session.on_open();
    let RepoMessage::Join {
        sender_id,
        supported_protocol_versions,
        ..
    } = &out[0].message
    else {
        panic!("the first message is a join");
    };
    assert_eq!(
        (sender_id.as_str(), supported_protocol_versions.as_slice()),
        ("client-0", &["1".to_string()][..])
    );
    let peer = net.server.receive(&out[0].bytes()).remove(0).1;
    let client = &mut net.clients[0];
    let step = client.session.on_message(&peer, &mut client.ws).unwrap();
    assert_eq!(
        step.event,
        Some(Event::Connected {
            peer_id: SERVER.into()
        })
    );
    assert_eq!(client.session.remote_peer(), Some(SERVER));
    assert!(
        matches!(
            &step.outgoing[..],
            [Outgoing {
                message: RepoMessage::Sync(_)
            }]
        ),
        "Rapport always has the document: sync, never request"
    );
}

#[test]
fn a_customer_made_on_one_device_arrives_on_the_other_and_edits_go_both_ways() {
    let mut net = Net::connected_pair();
    assert!(
        net.server.docs.len() == 1,
        "the server stored the workspace"
    );
    let before = net.clients[1].ws.heads();
    let id = customer(&mut net.clients[0].ws, "Deniz");
    net.local_change(0);
    net.settle();
    assert_eq!(net.names(1), ["Deniz"]);
    assert_eq!(
        net.clients[1].ws.touched(&before).customers,
        vec![id.clone()],
        "the read model learns what arrived"
    );
    net.clients[1]
        .ws
        .update_customer(&id, CustomerUpdate::City("İzmir".into()))
        .unwrap();
    net.local_change(1);
    customer(&mut net.clients[0].ws, "Ece");
    net.local_change(0);
    net.settle();
    assert_eq!(net.clients[0].ws.customer(&id).unwrap().city, "İzmir");
    assert_eq!(net.names(1), ["Deniz", "Ece"]);
    assert_eq!(net.clients[0].ws.heads(), net.clients[1].ws.heads());
    assert!(net.errors.is_empty(), "{:?}", net.errors);
}

#[test]
fn a_drop_mid_sync_resumes_from_the_saved_state_with_nothing_lost() {
    let mut net = Net::connected_pair();
    for i in 0..5 {
        customer(&mut net.clients[0].ws, &format!("Önce {i}"));
    }
    net.local_change(0);
    // Only the first message goes through; the rest is lost with the connection.
    net.deliver_one();
    net.drop_connection(0);
    // The app restarts: a new session from the saved sync state.
    let saved = net.clients[0].session.sync_state_bytes();
    let id = net.clients[0].session.document_id();
    net.clients[0].session = RepoSyncSession::new("client-0", id, Some(&saved));
    customer(&mut net.clients[0].ws, "Offline");
    customer(&mut net.clients[1].ws, "Meanwhile");
    net.local_change(1);
    net.settle();
    net.connect(0);
    net.settle();
    assert_eq!(net.names(0), net.names(1));
    assert_eq!(net.names(1).len(), 7);
    assert_eq!(net.clients[0].ws.heads(), net.clients[1].ws.heads());
    assert!(net.clients[0].session.is_in_sync(&net.clients[0].ws));
}

#[test]
fn a_saved_state_makes_the_reconnect_smaller_than_a_fresh_start() {
    let mut net = Net::connected_pair();
    for i in 0..60 {
        customer(&mut net.clients[0].ws, &format!("Müşteri {i}"));
    }
    net.local_change(0);
    net.settle();
    let sent_on_reconnect = |saved: Option<&[u8]>| {
        let mut net2 = Net::new(
            vec![net.clients[0].ws.fork()],
            net.clients[0].session.document_id(),
        );
        net2.server.docs = net
            .server
            .docs
            .iter()
            .map(|(k, d)| (k.clone(), d.clone()))
            .collect();
        net2.clients[0].session =
            RepoSyncSession::new("client-0", net2.clients[0].session.document_id(), saved);
        net2.connect(0);
        net2.settle();
        net2.sent.iter().map(Vec::len).sum::<usize>()
    };
    let saved = net.clients[0].session.sync_state_bytes();
    assert!(saved.len() < 100, "{} bytes", saved.len());
    let resumed = sent_on_reconnect(Some(&saved));
    let fresh = sent_on_reconnect(None);
    assert!(resumed < fresh, "{resumed} bytes resumed, {fresh} fresh");
    // A damaged saved state only costs a fresh start.
    assert_eq!(sent_on_reconnect(Some(b"junk")), fresh);
}

#[test]
fn repeated_and_reordered_messages_still_converge() {
    let mut net = Net::connected_pair();
    customer(&mut net.clients[0].ws, "Fatma");
    net.local_change(0);
    customer(&mut net.clients[0].ws, "Gül");
    net.local_change(0);
    // Let the server answer everything, then give client 1 its messages twice, backwards.
    while net.deliver_to_server() {}
    let mut inbox: Vec<Vec<u8>> = net.inbox(1).drain(..).collect();
    inbox.extend(inbox.clone());
    inbox.reverse();
    for bytes in inbox {
        net.deliver_to_client(1, &bytes);
    }
    net.settle();
    net.local_change(1);
    net.settle();
    assert_eq!(net.names(1), ["Fatma", "Gül"]);
    assert_eq!(net.clients[0].ws.heads(), net.clients[1].ws.heads());
}

#[test]
fn doc_unavailable_offers_the_document_once_per_connection() {
    let mut net = Net::connected_pair();
    let unavailable = RepoMessage::DocUnavailable {
        sender_id: SERVER.into(),
        target_id: "client-0".into(),
        document_id: net.clients[0].session.document_id().to_string(),
    }
    .encode();
    let client = &mut net.clients[0];
    let step = client
        .session
        .on_message(&unavailable, &mut client.ws)
        .unwrap();
    assert_eq!(step.event, Some(Event::DocumentUnavailable));
    assert!(matches!(
        &step.outgoing[..],
        [Outgoing {
            message: RepoMessage::Sync(_)
        }]
    ));
    let again = client
        .session
        .on_message(&unavailable, &mut client.ws)
        .unwrap();
    assert!(
        again.outgoing.is_empty(),
        "a peer that refuses it would refuse it forever"
    );
}

#[test]
fn the_server_says_doc_unavailable_to_a_request_for_what_it_lacks() {
    let mut net = Net::pair();
    net.connect(0);
    net.settle();
    let request = RepoMessage::Request(DocMessage {
        sender_id: "client-0".into(),
        target_id: SERVER.into(),
        document_id: DocumentId::random().to_string(),
        data: Automerge::new()
            .generate_sync_message(&mut sync::State::new())
            .unwrap()
            .encode(),
    });
    let answer = net.server.receive(&request.encode());
    assert!(matches!(
        decode(&answer[0].1),
        Ok(RepoMessage::DocUnavailable { .. })
    ));
}

#[test]
fn in_sync_is_known_and_when() {
    let mut net = Net::pair();
    assert!(!net.clients[0].session.is_in_sync(&net.clients[0].ws));
    assert_eq!(net.clients[0].session.last_in_sync(), None);
    net.connect(0);
    net.settle();
    assert!(net.clients[0].session.is_in_sync(&net.clients[0].ws));
    assert_eq!(
        net.clients[0].session.last_in_sync(),
        Some(net.clients[0].ws.now())
    );
    customer(&mut net.clients[0].ws, "Irmak");
    assert!(!net.clients[0].session.is_in_sync(&net.clients[0].ws));
    net.drop_connection(0);
    assert!(!net.clients[0].session.is_in_sync(&net.clients[0].ws));
    assert!(
        net.clients[0].session.last_in_sync().is_some(),
        "the last time is kept"
    );
}
