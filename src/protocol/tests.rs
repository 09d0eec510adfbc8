use super::*;
use crate::domain::{CustomerDraft, Stage};
use crate::model::Patch;

#[test]
fn a_request_and_a_reply_round_trip_through_bytes() {
    let request = Request::CreateCustomer(CustomerDraft {
        name: "Çağrı Öztürk <b>".into(),
        city: "İzmir".into(),
        stage: Stage::Expansion,
        ..Default::default()
    });
    assert_eq!(decode::<Request>(&encode(&request)), Ok(request));
    let reply = Reply {
        patch: Patch::default(),
        answer: Err(DocumentError::WrongPassphrase),
        undo: UndoState::default(),
        wrote: false,
    };
    assert_eq!(decode::<Reply>(&encode(&reply)), Ok(reply));
}

/// Files and sync messages are read as one slice, not byte by byte (a 10 MB file took the
/// page 175 ms to read that way), in the same bytes a list of numbers has.
#[test]
fn bytes_travel_as_one_slice_in_the_format_of_a_list() {
    let file: Vec<u8> = (0..=255).cycle().take(70_000).collect();
    let answer = Answer::File(file.clone());
    let bytes = encode(&answer);
    assert_eq!(decode::<Answer>(&bytes), Ok(answer));
    #[derive(Serialize)]
    enum Plain {
        _Done,
        _Colleague,
        _Customer,
        _Interaction,
        _Commitment,
        _Deal,
        _Product,
        _Quote,
        _Template,
        _View,
        _Field,
        _Notice,
        _Count,
        _Plan,
        _Written,
        _Preview,
        _Summary,
        File(Vec<u8>),
    }
    assert_eq!(bytes, encode(&Plain::File(file)));
    let request = Request::SessionStart {
        session: 3,
        kind: SessionKind::Peer,
        saved: Some(vec![1, 2, 3]),
    };
    assert_eq!(decode::<Request>(&encode(&request)), Ok(request));
}

#[test]
fn another_version_is_refused_whole_and_garbage_is_malformed() {
    let mut bytes = encode(&Request::Undo);
    bytes[..4].copy_from_slice(&(VERSION + 1).to_le_bytes());
    assert_eq!(
        decode::<Request>(&bytes),
        Err(ProtocolError::Version {
            ours: VERSION,
            theirs: VERSION + 1
        })
    );
    assert!(matches!(
        decode::<Request>(&[1, 0]),
        Err(ProtocolError::Malformed(_))
    ));
    let mut cut = encode(&Request::Join("Ayşe".into()));
    cut.truncate(cut.len() - 2);
    assert!(matches!(
        decode::<Request>(&cut),
        Err(ProtocolError::Malformed(_))
    ));
}

#[test]
fn a_pending_log_entry_round_trips_and_only_self_contained_intents_are_logged() {
    let entry = Logged {
        tab: "a1b2".into(),
        id: 7,
        request: Request::CreateCustomer(CustomerDraft {
            name: "Ayşe Yılmaz".into(),
            ..CustomerDraft::default()
        }),
    };
    let replay = ToEngine::Replay(vec![entry.clone()]);
    assert_eq!(decode::<ToEngine>(&encode(&replay)).unwrap(), replay);
    assert!(entry.request.is_replayable());
    // Reads, and steps that build on what one engine holds in memory, are not.
    for request in [
        Request::Join("Ayşe Yılmaz".into()),
        Request::Undo,
        Request::Status,
        Request::WriteImport(0),
        Request::ApplySyncFile,
        Request::ExportSyncFile {
            since: vec![],
            passphrase: None,
        },
        Request::SessionEnd(1),
    ] {
        assert!(!request.is_replayable(), "{request:?} must not be replayed");
    }
}
