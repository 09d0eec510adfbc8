//! Messages the session must refuse or ignore, each leaving the document byte-identical
//! and the session able to go on.

use automerge::sync;
use automerge::transaction::Transactable;
use automerge::{ActorId, ObjType, ROOT};

use super::super::*;
use super::{Net, SERVER};
use crate::document::workspace::test_support::{customer, workspace};

/// A sync message for client 0 from the server, with `message` as its data.
fn from_server(net: &Net, data: Vec<u8>) -> Vec<u8> {
    RepoMessage::Sync(DocMessage {
        sender_id: SERVER.into(),
        target_id: "client-0".into(),
        document_id: net.clients[0].session.document_id().to_string(),
        data,
    })
    .encode()
}

/// A change that puts a foreign object at a root key of the workspace.
fn foreign_root_change(net: &Net) -> sync::Message {
    let mut evil = net.clients[0].ws.doc.fork();
    evil.set_actor(ActorId::random());
    evil.transact::<_, _, automerge::AutomergeError>(|tx| {
        tx.put_object(ROOT, "customers", ObjType::Map)?;
        Ok(())
    })
    .unwrap();
    let change = evil.get_last_local_change().unwrap().raw_bytes().to_vec();
    sync::Message {
        heads: evil.get_heads(),
        need: vec![],
        have: vec![],
        changes: vec![change].into(),
        flags: None,
        version: sync::MessageVersion::V1,
    }
}

#[test]
fn hostile_messages_are_refused_and_the_document_stays_byte_identical() {
    let mut net = Net::connected_pair();
    let saved = net.clients[0].ws.save();
    let state = net.clients[0].session.sync_state_bytes();
    // A Bloom filter with entries and no bits (Automerge would divide by zero) and one
    // with four billion probes.
    let mut unsound = Vec::new();
    for header in [
        [1u8, 0, 7].as_slice(),
        &[1, 10, 0xff, 0xff, 0xff, 0xff, 0x0f, 0xff, 0xff],
    ] {
        let mut message = net.clients[1]
            .ws
            .generate_sync_message(&mut sync::State::new())
            .unwrap();
        message.have = vec![sync::Have {
            last_sync: vec![],
            bloom: sync::BloomFilter::try_from(header).unwrap(),
        }];
        unsound.push(message.encode());
    }
    let doc = net.clients[0].session.document_id().to_string();
    let hostile: Vec<(Vec<u8>, &str)> = vec![
        (b"\xff\x00garbage".to_vec(), "not CBOR"),
        (
            from_server(&net, b"not a sync message".to_vec()),
            "bad data",
        ),
        (
            from_server(&net, foreign_root_change(&net).encode()),
            "foreign root",
        ),
        (from_server(&net, unsound[0].clone()), "zero-bit bloom"),
        (from_server(&net, unsound[1].clone()), "four billion probes"),
        (
            RepoMessage::Sync(DocMessage {
                sender_id: SERVER.into(),
                target_id: "client-0".into(),
                document_id: DocumentId::random().to_string(),
                data: vec![0x42],
            })
            .encode(),
            "other document",
        ),
        (
            RepoMessage::Sync(DocMessage {
                sender_id: SERVER.into(),
                target_id: "someone".into(),
                document_id: doc,
                data: vec![0x42],
            })
            .encode(),
            "other target",
        ),
        (
            RepoMessage::Join {
                sender_id: "x".into(),
                peer_metadata: PeerMetadata::default(),
                supported_protocol_versions: vec![],
            }
            .encode(),
            "join from the server",
        ),
    ];
    for (bytes, what) in hostile {
        let client = &mut net.clients[0];
        assert!(
            client.session.on_message(&bytes, &mut client.ws).is_err(),
            "{what} accepted"
        );
        assert_eq!(client.ws.save(), saved, "{what} changed the document");
        assert_eq!(
            client.session.sync_state_bytes(),
            state,
            "{what} changed the sync state"
        );
    }
    // The session goes on as if nothing happened.
    customer(&mut net.clients[1].ws, "Hakan");
    net.local_change(1);
    net.settle();
    assert_eq!(net.names(0), ["Hakan"]);
}

#[test]
fn another_protocol_version_is_refused() {
    let mut ws = workspace("Ayşe");
    let mut session = RepoSyncSession::new("me", DocumentId::random(), None);
    session.on_open();
    let peer = RepoMessage::Peer {
        sender_id: SERVER.into(),
        target_id: "me".into(),
        peer_metadata: PeerMetadata::default(),
        selected_protocol_version: "2".into(),
    };
    assert!(
        matches!(session.on_message(&peer.encode(), &mut ws), Err(ProtocolError::UnsupportedVersion(v)) if v == "2")
    );
    assert_eq!(session.remote_peer(), None);
    // Before the handshake, document messages are refused.
    let sync = RepoMessage::Sync(DocMessage {
        sender_id: SERVER.into(),
        target_id: "me".into(),
        document_id: session.document_id().to_string(),
        data: vec![0x42],
    });
    assert!(matches!(
        session.on_message(&sync.encode(), &mut ws),
        Err(ProtocolError::NotJoined(_))
    ));
}

#[test]
fn errors_are_reported_and_passing_messages_ignored() {
    let mut net = Net::connected_pair();
    let client = &mut net.clients[0];
    let error = RepoMessage::Error {
        message: "unsupported protocol version".into(),
    };
    assert!(
        matches!(client.session.on_message(&error.encode(), &mut client.ws), Err(ProtocolError::Peer(m)) if m == "unsupported protocol version")
    );
    for message in [
        RepoMessage::Ephemeral,
        RepoMessage::Unknown {
            kind: "remote-heads-changed".into(),
        },
    ] {
        let step = client
            .session
            .on_message(&message.encode(), &mut client.ws)
            .unwrap();
        assert_eq!(
            step.event,
            Some(Event::Ignored {
                kind: message.kind().into()
            })
        );
        assert!(step.outgoing.is_empty() && !step.changed);
    }
}
