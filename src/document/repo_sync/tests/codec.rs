//! The message codec: round trips, the byte form cbor-x expects, and hostile input.

use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::super::*;

fn sync_message() -> RepoMessage {
    RepoMessage::Sync(DocMessage {
        sender_id: "client-a".into(),
        target_id: "server".into(),
        document_id: DocumentId::random().to_string(),
        data: vec![0x42, 1, 2, 3],
    })
}

/// Every message Rapport's client or a server sends.
fn all_messages() -> Vec<RepoMessage> {
    let doc = DocumentId::random().to_string();
    vec![
        RepoMessage::Join {
            sender_id: "client-a".into(),
            peer_metadata: PeerMetadata {
                storage_id: Some("storage".into()),
                is_ephemeral: false,
            },
            supported_protocol_versions: vec!["1".into()],
        },
        RepoMessage::Peer {
            sender_id: "server".into(),
            target_id: "client-a".into(),
            peer_metadata: PeerMetadata::default(),
            selected_protocol_version: "1".into(),
        },
        RepoMessage::Error {
            message: "unsupported protocol version".into(),
        },
        RepoMessage::Leave {
            sender_id: "client-a".into(),
        },
        RepoMessage::Request(DocMessage {
            sender_id: "client-a".into(),
            target_id: "server".into(),
            document_id: doc.clone(),
            data: vec![0x42, 0, 0],
        }),
        sync_message(),
        RepoMessage::DocUnavailable {
            sender_id: "server".into(),
            target_id: "client-a".into(),
            document_id: doc,
        },
        RepoMessage::Ephemeral,
        RepoMessage::Unknown {
            kind: "remote-heads-changed".into(),
        },
    ]
}

#[test]
fn every_message_survives_a_round_trip() {
    for message in all_messages() {
        assert_eq!(decode(&message.encode()).unwrap(), message);
    }
}

#[test]
fn data_is_a_byte_string_and_maps_have_text_keys() {
    let bytes = sync_message().encode();
    // cbor-x's map header (16-bit length), then "type": "sync".
    assert_eq!(&bytes[..3], &[0xb9, 0, 5]);
    assert_eq!(&bytes[3..13], b"\x64type\x64sync");
    let at = bytes.windows(5).position(|w| w == b"\x64data").unwrap() + 5;
    assert_eq!(bytes[at], 0x44, "a byte string (major type 2) of 4 bytes");
}

#[test]
fn data_as_an_array_of_numbers_is_refused() {
    // {"type": "sync", ..., "data": [1, 2]}
    let mut bytes = vec![0xa5];
    for (key, value) in [
        ("type", "sync"),
        ("senderId", "a"),
        ("targetId", "b"),
        ("documentId", "c"),
    ] {
        bytes.push(0x60 + key.len() as u8);
        bytes.extend(key.as_bytes());
        bytes.push(0x60 + value.len() as u8);
        bytes.extend(value.as_bytes());
    }
    bytes.extend(b"\x64data\x82\x01\x02");
    assert_eq!(decode(&bytes), Err(MessageError::WrongType("data")));
}

#[test]
fn extension_types_and_unknown_fields_are_tolerated() {
    // {"type": "remote-heads-changed", "newHeads": {"s": {"heads": ["x"], "timestamp": 1}}}
    let mut bytes = b"\xa2\x64type\x74remote-heads-changed\x68newHeads".to_vec();
    bytes.extend(b"\xa1\x61s\xa2\x65heads\x81\x61x\x69timestamp\x01");
    assert_eq!(
        decode(&bytes).unwrap(),
        RepoMessage::Unknown {
            kind: "remote-heads-changed".into()
        }
    );
    // Indefinite-length maps, strings and byte strings are CBOR too.
    let bytes = b"\xbf\x64type\x7f\x62sy\x62nc\xff\x68senderId\x61a\x68targetId\x61b\x6adocumentId\x61c\x64data\x5f\x41\x01\x41\x02\xff\xff";
    let RepoMessage::Sync(m) = decode(bytes).unwrap() else {
        panic!("not a sync message")
    };
    assert_eq!(m.data, vec![1, 2]);
}

/// Checks that decoding fails, and fast: nothing the prefixes claim is allocated.
fn refused_quickly(bytes: &[u8]) -> MessageError {
    let start = Instant::now();
    let error = decode(bytes).unwrap_err();
    assert!(start.elapsed() < Duration::from_millis(200), "{error}");
    error
}

#[test]
fn hostile_messages_are_refused_quickly() {
    // A byte string that claims 100 MB in a 30-byte message.
    let mut claim = b"\xa2\x64type\x64sync\x64data\x5a".to_vec();
    claim.extend(100_000_000u32.to_be_bytes());
    claim.extend(b"tiny");
    assert!(matches!(
        refused_quickly(&claim),
        MessageError::Malformed(_)
    ));
    // A map that claims 2^64 - 1 entries.
    assert!(matches!(
        refused_quickly(b"\xbb\xff\xff\xff\xff\xff\xff\xff\xff\x64type"),
        MessageError::Malformed(_)
    ));
    // Deep nesting in a field Rapport skips.
    let mut deep = b"\xa2\x64type\x64sync\x61x".to_vec();
    deep.extend(std::iter::repeat_n(0x81, 100_000));
    deep.push(0);
    assert_eq!(refused_quickly(&deep), MessageError::TooDeep);
    let mut deep = b"\xa2\x64type\x64sync\x61x".to_vec();
    deep.extend(std::iter::repeat_n(0x9f, 100_000));
    assert_eq!(refused_quickly(&deep), MessageError::TooDeep);
    // Wrong types, no type, not a map, bytes after the message.
    assert_eq!(
        refused_quickly(b"\xa1\x64type\x01"),
        MessageError::WrongType("type")
    );
    assert_eq!(refused_quickly(b"\xa0"), MessageError::Missing("type"));
    assert_eq!(refused_quickly(b"\x83\x01\x02\x03"), MessageError::NotAMap);
    assert_eq!(
        refused_quickly(&[sync_message().encode(), vec![0]].concat()),
        MessageError::TrailingBytes
    );
    // A sync message without its data.
    assert_eq!(
        refused_quickly(b"\xa1\x64type\x64sync"),
        MessageError::Missing("senderId")
    );
    // A thousand protocol versions.
    let mut versions =
        b"\xa3\x64type\x64join\x68senderId\x61a\x78\x19supportedProtocolVersions\x99\x03\xe8"
            .to_vec();
    versions.extend(std::iter::repeat_n(0x60, 1000));
    assert_eq!(refused_quickly(&versions), MessageError::TooManyVersions);
}

#[test]
fn a_message_over_the_cap_is_refused_unread() {
    let huge = vec![0u8; MAX_MESSAGE_BYTES + 1];
    assert_eq!(
        refused_quickly(&huge),
        MessageError::TooLarge {
            max: MAX_MESSAGE_BYTES
        }
    );
}

#[test]
fn every_truncation_is_refused() {
    for message in all_messages() {
        let bytes = message.encode();
        for end in 0..bytes.len() {
            assert!(
                decode(&bytes[..end]).is_err(),
                "{} cut at {end}",
                message.kind()
            );
        }
    }
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&bytes);
    }

    #[test]
    fn flipped_bytes_never_panic(at in 0usize..60, value in any::<u8>()) {
        let mut bytes = sync_message().encode();
        let at = at % bytes.len();
        bytes[at] = value;
        let _ = decode(&bytes);
    }
}
