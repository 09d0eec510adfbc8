//! Messages from the network: the automerge-repo sync server's (live sync), a peer's
//! frames over WebRTC, and the connection code a colleague pastes.

use rapport::document::peer_sync::{PeerSession, Signal, SignalKind};
use rapport::document::repo_sync::{
    DocumentId, PeerMetadata, RepoMessage, RepoSyncSession, PROTOCOL_VERSION,
};

use super::{kind, round_trips, unchanged, with};
use crate::harness::{bytes, Reader};

pub const LIVE_SYNC_MESSAGE: Reader = Reader {
    name: "live_sync_message",
    seeds: repo_seeds,
    mutate: bytes,
    read: read_repo,
    memory_cap: message_cap,
};

pub const PEER_SYNC_FRAME: Reader = Reader {
    name: "peer_sync_frame",
    seeds: peer_seeds,
    mutate: bytes,
    read: read_peer,
    memory_cap: message_cap,
};

pub const PEER_CODE: Reader = Reader {
    name: "peer_code",
    seeds: code_seeds,
    mutate: bytes,
    read: read_code,
    memory_cap: |len| 1024 * 1024 + 40 * len,
};

fn message_cap(len: usize) -> usize {
    48 * 1024 * 1024 + 100 * len
}

const US: &str = "client-a";
const THEM: &str = "client-b";

fn document_id() -> DocumentId {
    with(|f| {
        f.ours
            .repo_document_id()
            .expect("the fixture has a document id")
    })
}

fn peer(sender: &str, target: &str) -> RepoMessage {
    RepoMessage::Peer {
        sender_id: sender.into(),
        target_id: target.into(),
        peer_metadata: PeerMetadata::default(),
        selected_protocol_version: PROTOCOL_VERSION.into(),
    }
}

fn greeting() -> Vec<u8> {
    peer("server", US).encode()
}

fn repo_seeds() -> Vec<Vec<u8>> {
    let id = document_id();
    let mut seeds = vec![
        greeting(),
        RepoMessage::DocUnavailable {
            sender_id: THEM.into(),
            target_id: US.into(),
            document_id: id.url().trim_start_matches("automerge:").into(),
        }
        .encode(),
        RepoMessage::Error {
            message: "<b>kapandı</b>".into(),
        }
        .encode(),
        RepoMessage::Leave {
            sender_id: THEM.into(),
        }
        .encode(),
    ];
    // What the colleague's session sends once it hears of us.
    with(|f| {
        let mut theirs = RepoSyncSession::new(THEM, id, None);
        theirs.on_open();
        let mut copy = f.colleague.fork();
        let step = theirs
            .on_message(&peer(US, THEM).encode(), &mut copy)
            .expect("the colleague's session takes our greeting");
        seeds.extend(step.outgoing.iter().map(|o| o.bytes()));
    });
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/automerge-repo");
    let mut recorded: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "cbor"))
        .collect();
    recorded.sort();
    seeds.extend(recorded.iter().map(|p| std::fs::read(p).unwrap()));
    seeds
}

/// One message to a session that has just connected; a refused one leaves the workspace
/// as it was, a taken one leaves it able to save and load.
fn read_repo(input: &[u8]) -> Result<String, String> {
    with(|f| {
        // Past the handshake, so sync messages reach the document.
        let mut session = RepoSyncSession::new(US, document_id(), None);
        session.on_open();
        let mut copy = f.ours.fork();
        session
            .on_message(&greeting(), &mut copy)
            .map_err(|e| format!("the server's greeting was refused: {e}"))?;
        match session.on_message(input, &mut copy) {
            Err(error) => {
                unchanged(&f.ours, &copy)?;
                Ok(kind(&error))
            }
            Ok(step) => {
                round_trips(&copy)?;
                let event = step.event.as_ref().map_or("no event".into(), kind);
                Ok(format!("{event}, changed {}", step.changed))
            }
        }
    })
}

fn peer_seeds() -> Vec<Vec<u8>> {
    with(|f| {
        let mut ours = PeerSession::new(None);
        let mut theirs = PeerSession::new(None);
        let (mut mine, mut colleague) = (f.ours.fork(), f.colleague.fork());
        let mut seeds = theirs.on_open(&colleague);
        for frame in ours.on_open(&mine) {
            if let Ok(step) = theirs.on_frame(&frame, &mut colleague) {
                seeds.extend(step.frames);
            }
        }
        // Our answers, so frames of every round are seeds.
        for frame in seeds.clone() {
            if let Ok(step) = ours.on_frame(&frame, &mut mine) {
                seeds.extend(step.frames);
            }
        }
        seeds
    })
}

fn read_peer(input: &[u8]) -> Result<String, String> {
    with(|f| {
        let mut session = PeerSession::new(None);
        let mut copy = f.ours.fork();
        session.on_open(&copy);
        match session.on_frame(input, &mut copy) {
            Err(error) => {
                unchanged(&f.ours, &copy)?;
                Ok(kind(&error))
            }
            Ok(step) => {
                round_trips(&copy)?;
                Ok(format!("changed {}", step.changed))
            }
        }
    })
}

fn code_seeds() -> Vec<Vec<u8>> {
    let signal = |kind| Signal {
        kind,
        workspace_id: "w-1".into(),
        device: "d-1".into(),
        name: "İpek <Şahin>".into(),
        sdp: "v=0\r\no=- 46117 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n\
              m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n\
              a=candidate:1 1 udp 2122260223 192.168.1.20 53211 typ host\r\n"
            .into(),
    };
    let invitation = signal(SignalKind::Invitation).to_text();
    let answer = signal(SignalKind::Answer).to_text();
    let wrapped: String = answer
        .as_bytes()
        .chunks(76)
        .map(|line| String::from_utf8_lossy(line).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n");
    [
        invitation.clone(),
        answer,
        format!("https://rapport.example/#{invitation}"),
        format!("> {wrapped}\n> -- \n"),
    ]
    .into_iter()
    .map(String::into_bytes)
    .collect()
}

/// Read, then written and read again to the same signal.
fn read_code(input: &[u8]) -> Result<String, String> {
    let text = String::from_utf8_lossy(input);
    match Signal::parse(&text) {
        Err(error) => Ok(kind(&error)),
        Ok(signal) => match Signal::parse(&signal.to_text()) {
            Ok(again) if again == signal => Ok(format!("{:?}", signal.kind)),
            _ => Err("was read, but its text did not read back the same".into()),
        },
    }
}
