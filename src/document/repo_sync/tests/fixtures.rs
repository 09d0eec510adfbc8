//! Messages and document ids recorded from the JavaScript automerge-repo and its sync
//! server (`tests/fixtures/automerge-repo/`, made by `record.mjs`): each frame decodes to
//! the expected message and encodes back to the very same bytes.

use serde_json::Value;

use super::super::*;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/automerge-repo");

fn index() -> Value {
    serde_json::from_str(include_str!(
        "../../../../tests/fixtures/automerge-repo/index.json"
    ))
    .unwrap()
}

fn text(json: &Value, key: &str) -> String {
    json[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} in {json}"))
        .to_string()
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn metadata(json: &Value) -> PeerMetadata {
    PeerMetadata {
        storage_id: json["storageId"].as_str().map(str::to_string),
        is_ephemeral: json["isEphemeral"].as_bool().unwrap_or(false),
    }
}

/// The message the recorder saw, as the Rust value it must decode to.
fn expected(json: &Value) -> RepoMessage {
    let doc_message = || DocMessage {
        sender_id: text(json, "senderId"),
        target_id: text(json, "targetId"),
        document_id: text(json, "documentId"),
        data: hex(json["data"]["hex"].as_str().unwrap()),
    };
    match json["type"].as_str().unwrap() {
        "join" => RepoMessage::Join {
            sender_id: text(json, "senderId"),
            peer_metadata: metadata(&json["peerMetadata"]),
            supported_protocol_versions: json["supportedProtocolVersions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect(),
        },
        "peer" => RepoMessage::Peer {
            sender_id: text(json, "senderId"),
            target_id: text(json, "targetId"),
            peer_metadata: metadata(&json["peerMetadata"]),
            selected_protocol_version: text(json, "selectedProtocolVersion"),
        },
        "sync" => RepoMessage::Sync(doc_message()),
        "request" => RepoMessage::Request(doc_message()),
        "doc-unavailable" => RepoMessage::DocUnavailable {
            sender_id: text(json, "senderId"),
            target_id: text(json, "targetId"),
            document_id: text(json, "documentId"),
        },
        other => panic!("no fixture of type {other} expected"),
    }
}

#[test]
fn every_recorded_frame_decodes_and_encodes_to_the_same_bytes() {
    let index = index();
    let frames = index["frames"].as_array().unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    for frame in frames {
        let file = text(frame, "file");
        let bytes = std::fs::read(format!("{DIR}/{file}")).unwrap();
        let message = decode(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(message, expected(&frame["message"]), "{file}");
        assert_eq!(message.encode(), bytes, "{file} re-encoded");
        if let RepoMessage::Sync(m) | RepoMessage::Request(m) = &message {
            automerge::sync::Message::decode(&m.data)
                .unwrap_or_else(|e| panic!("{file}: the data is no sync message: {e}"));
        }
        kinds.insert(message.kind().to_string());
    }
    let all = ["doc-unavailable", "join", "peer", "request", "sync"];
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), all);
}

#[test]
fn document_ids_made_by_javascript_read_the_same() {
    let index = index();
    for entry in index["documentIds"].as_array().unwrap() {
        let id: DocumentId = text(entry, "documentId").parse().unwrap();
        assert_eq!(id.as_bytes().to_vec(), hex(&text(entry, "hex")));
        assert_eq!(id.to_string(), text(entry, "documentId"));
        assert_eq!(id.url(), text(entry, "url"));
        assert_eq!(DocumentId::from_url(&text(entry, "url")), Ok(id));
    }
    // The ids the recorded messages carry, too.
    for key in ["documentUrl", "unknownUrl"] {
        let url = text(&index, key);
        assert_eq!(DocumentId::from_url(&url).unwrap().url(), url);
    }
}

/// With `RAPPORT_INTEROP_DIR` set, writes what Rapport's client sends, for `record.mjs
/// --check` to feed to cbor-x and to the real server.
#[test]
fn write_rust_frames_for_the_javascript_check() {
    let Ok(dir) = std::env::var("RAPPORT_INTEROP_DIR") else {
        return;
    };
    std::fs::create_dir_all(&dir).unwrap();
    let mut net = super::Net::pair();
    net.connect(0);
    net.settle();
    for (i, bytes) in net.sent.iter().enumerate() {
        let kind = decode(bytes).unwrap().kind().to_string();
        std::fs::write(format!("{dir}/{i:02}-rust-{kind}.cbor"), bytes).unwrap();
    }
}
