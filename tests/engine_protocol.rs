//! The engine thread's protocol in a real browser (wasm-bindgen-test, headless Chromium):
//! intents sent as transferable buffers and answered with patches, another build's
//! messages refused, and an engine that ends replaced by one that applies the pending
//! log's entries it was not told are stored, and only those.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use rapport::domain::{ColleagueId, CustomerDraft, CustomerId, InteractionDraft};
use rapport::engine::{read, to_buffer, Host};
use rapport::model::Snapshot;
use rapport::platform::sleep;
use rapport::protocol::{
    encode, Answer, FromEngine, Logged, ProtocolError, Request, Resume, SessionKind, SocketCommand,
    SocketNews, ToEngine, VERSION,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TAB: &str = "page-one";

/// An engine on its own database, with the page's end: every message crosses as an
/// `ArrayBuffer` both ways, and patches keep the page's read model.
struct Page {
    host: Host,
    heard: Rc<RefCell<Vec<FromEngine>>>,
    snapshot: Rc<RefCell<Snapshot>>,
}

impl Page {
    fn start(database: &str) -> Self {
        let heard = Rc::new(RefCell::new(Vec::new()));
        let snapshot = Rc::new(RefCell::new(Snapshot::default()));
        let host = {
            let (heard, snapshot) = (Rc::clone(&heard), Rc::clone(&snapshot));
            Host::with_database(Some(database.into()), move |message| {
                let message: FromEngine = read(&to_buffer(&encode(&message)).into()).unwrap();
                match &message {
                    FromEngine::Patch(patch) => snapshot.borrow_mut().apply((**patch).clone()),
                    FromEngine::Reply { reply, .. } => {
                        snapshot.borrow_mut().apply(reply.patch.clone())
                    }
                    _ => {}
                }
                heard.borrow_mut().push(message);
            })
        };
        Self {
            host,
            heard,
            snapshot,
        }
    }

    fn send(&self, message: ToEngine) {
        let message: ToEngine = read(&to_buffer(&encode(&message)).into()).unwrap();
        self.host.receive(message);
    }

    async fn open(database: &str, identity: Option<(ColleagueId, String)>) -> Self {
        let page = Self::start(database);
        page.send(ToEngine::Open {
            identity,
            legacy: None,
            tab: TAB.into(),
            resume: None,
        });
        page.until(|m| matches!(m, FromEngine::Opened { .. })).await;
        page
    }

    /// Waits (at most ten seconds) until the engine said something `wanted` matches.
    async fn until(&self, wanted: impl Fn(&FromEngine) -> bool) -> FromEngine {
        for _ in 0..1000 {
            if let Some(found) = self.heard.borrow().iter().find(|m| wanted(m)) {
                return found.clone();
            }
            sleep(Duration::from_millis(10)).await;
        }
        panic!(
            "the engine never said it; it said {:?}",
            self.heard.borrow()
        );
    }

    async fn answer(&self, id: u64) -> Answer {
        match self
            .until(|m| matches!(m, FromEngine::Reply { id: i, .. } if *i == id))
            .await
        {
            FromEngine::Reply { reply, .. } => reply.answer.expect("the request succeeds"),
            _ => unreachable!(),
        }
    }

    /// Joins as Ayşe (request 1): the colleague this engine writes as.
    async fn join(&self) -> ColleagueId {
        self.send(ToEngine::Request {
            id: 1,
            request: Request::Join("Ayşe Yılmaz".into()),
        });
        match self.answer(1).await {
            Answer::Colleague(me) => me,
            other => panic!("the colleague who joined, not {other:?}"),
        }
    }

    async fn stored(&self, upto: u64) {
        self.until(
            |m| matches!(m, FromEngine::Stored { tab, upto: u } if tab == TAB && *u >= upto),
        )
        .await;
    }
}

/// An engine on `database` that joined as Ayşe (request 1), added Hakan Polat (request
/// 2), stored it and kept its read model (once changes settled, after 1.5 s).
async fn settled_with_hakan(database: &str) -> (Page, ColleagueId) {
    let page = Page::open(database, None).await;
    let me = page.join().await;
    page.send(ToEngine::Request {
        id: 2,
        request: create("Hakan Polat"),
    });
    page.stored(2).await;
    sleep(Duration::from_millis(3_000)).await;
    (page, me)
}

fn database() -> String {
    format!("rapport-engine-test-{}", js_sys::Math::random())
}

fn create(name: &str) -> Request {
    Request::CreateCustomer(CustomerDraft {
        name: name.into(),
        ..Default::default()
    })
}

fn logged(id: u64, request: Request) -> Logged {
    Logged {
        tab: TAB.into(),
        id,
        request,
    }
}

#[wasm_bindgen_test]
async fn an_intent_is_answered_with_its_patch_and_stored_before_it_is_said_stored() {
    let page = Page::open(&database(), None).await;
    page.send(ToEngine::Request {
        id: 1,
        request: Request::Join("Ayşe Yılmaz".into()),
    });
    assert!(matches!(page.answer(1).await, Answer::Colleague(_)));
    page.send(ToEngine::Request {
        id: 2,
        request: create("Hakan Polat"),
    });
    let Answer::Customer(id) = page.answer(2).await else {
        panic!("a new customer's id");
    };
    // The page's read model has the customer from the reply's patch alone.
    assert_eq!(
        page.snapshot.borrow().customer(&id).map(|c| c.name.clone()),
        Some("Hakan Polat".into())
    );
    page.stored(2).await;
}

/// The engine holds live sync's connection: an address the browser refuses and a server
/// that is not there are each told as the connection's news, under the page's number.
#[wasm_bindgen_test]
async fn a_connection_the_engine_cannot_make_is_told_to_the_page_under_its_number() {
    let page = Page::open(&database(), None).await;
    page.join().await;
    // A server session is for the workspace's automerge-repo document.
    page.send(ToEngine::Request {
        id: 2,
        request: Request::RepoDocumentId { assign: true },
    });
    page.answer(2).await;
    page.send(ToEngine::Request {
        id: 3,
        request: Request::SessionStart {
            session: 1,
            kind: SessionKind::Repo {
                peer_id: "rapport-test".into(),
            },
            saved: None,
        },
    });
    page.answer(3).await;
    let closed = |connection: u64, refused: bool| {
        move |m: &FromEngine| {
            matches!(m, FromEngine::Socket { connection: c, news: SocketNews::Closed { refused: r } }
                if *c == connection && r.is_some() == refused)
        }
    };
    page.send(ToEngine::Socket(SocketCommand::Open {
        session: 1,
        connection: 7,
        // Not a scheme a WebSocket speaks: the browser refuses it at once.
        url: "ftp://127.0.0.1/".into(),
    }));
    page.until(closed(7, true)).await;
    // Port 9 (discard) has no server: the attempt fails and closes.
    page.send(ToEngine::Socket(SocketCommand::Open {
        session: 1,
        connection: 8,
        url: "ws://127.0.0.1:9/".into(),
    }));
    page.until(closed(8, false)).await;
    let news = page
        .heard
        .borrow()
        .iter()
        .filter(|m| matches!(m, FromEngine::Socket { .. }))
        .count();
    assert_eq!(news, 2, "one piece of news per failed connection");
}

#[wasm_bindgen_test]
fn a_message_of_another_build_is_refused_whole() {
    let mut bytes = encode(&ToEngine::RetrySaving);
    bytes[..4].copy_from_slice(&(VERSION + 1).to_le_bytes());
    assert_eq!(
        read::<ToEngine>(&to_buffer(&bytes).into()),
        Err(ProtocolError::Version {
            ours: VERSION,
            theirs: VERSION + 1
        })
    );
    assert!(matches!(
        read::<ToEngine>(&js_sys::Array::new().into()),
        Err(ProtocolError::Malformed(_))
    ));
}

#[wasm_bindgen_test]
async fn a_new_engine_applies_what_the_ended_one_did_not_store_and_nothing_twice() {
    let database = database();
    let (me, customer): (ColleagueId, CustomerId) = {
        let first = Page::open(&database, None).await;
        let me = first.join().await;
        first.send(ToEngine::Request {
            id: 2,
            request: create("Hakan Polat"),
        });
        let Answer::Customer(id) = first.answer(2).await else {
            panic!("a new customer's id");
        };
        first.stored(2).await;
        (me, id)
        // The engine ends here, its log entries 1 and 2 not yet cleaned up by the page.
    };
    let interaction = Request::LogInteraction(
        customer.clone(),
        InteractionDraft::new(js_sys::Date::now() as i64 - 60_000),
    );
    let identity = Some((me, "Ayşe Yılmaz".to_string()));
    let second = Page::open(&database, identity.clone()).await;
    // Entries 1 and 2 are stored (receipts say so); 3 never reached the disk.
    second.send(ToEngine::Replay(vec![
        logged(1, Request::Join("Ayşe Yılmaz".into())),
        logged(2, create("Hakan Polat")),
        logged(3, interaction),
    ]));
    second.stored(3).await;
    {
        let snapshot = second.snapshot.borrow();
        assert_eq!(
            snapshot.customer_count(),
            1,
            "the customer is not created twice"
        );
        assert_eq!(
            snapshot.timeline(&customer).len(),
            1,
            "the interaction is applied"
        );
    }
    // Only the entry that was applied is answered.
    let answered: Vec<u64> = second
        .heard
        .borrow()
        .iter()
        .filter_map(|m| match m {
            FromEngine::Reply { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    assert_eq!(answered, vec![3]);

    // And a third start finds it stored: nothing applied again.
    drop(second);
    let third = Page::open(&database, identity).await;
    third.send(ToEngine::Replay(vec![logged(
        3,
        Request::LogInteraction(
            customer.clone(),
            InteractionDraft::new(js_sys::Date::now() as i64 - 60_000),
        ),
    )]));
    third.stored(3).await;
    assert_eq!(third.snapshot.borrow().timeline(&customer).len(), 1);
}

#[wasm_bindgen_test]
async fn a_start_draws_from_the_read_model_the_last_engine_kept_only_while_it_is_what_is_stored() {
    let database = database();
    let me = settled_with_hakan(&database).await.1;
    let identity = Some((me, "Ayşe Yılmaz".to_string()));

    let second = Page::start(&database);
    second.send(ToEngine::Open {
        identity: identity.clone(),
        legacy: None,
        tab: TAB.into(),
        resume: None,
    });
    second
        .until(|m| matches!(m, FromEngine::Drawn { .. }))
        .await;
    {
        let heard = second.heard.borrow();
        let drawn = heard
            .iter()
            .position(|m| matches!(m, FromEngine::Drawn { .. }));
        let opened = heard
            .iter()
            .position(|m| matches!(m, FromEngine::Opened { .. }));
        assert!(
            opened.is_none_or(|opened| drawn < Some(opened)),
            "drawn before opened"
        );
        let names: Vec<String> = second
            .snapshot
            .borrow()
            .all_customers()
            .map(|c| c.name.clone())
            .collect();
        assert_eq!(names, ["Hakan Polat"], "drawn from the kept model");
    }
    second
        .until(|m| matches!(m, FromEngine::Opened { .. }))
        .await;
    second.send(ToEngine::Request {
        id: 3,
        request: create("Zeynep Demir"),
    });
    second.stored(3).await;

    // Stored since the model was kept: a start does not draw from it, it waits.
    let third = Page::open(&database, identity).await;
    assert!(!third
        .heard
        .borrow()
        .iter()
        .any(|m| matches!(m, FromEngine::Drawn { .. })));
    assert_eq!(third.snapshot.borrow().customer_count(), 2);
}

#[wasm_bindgen_test]
async fn an_engine_taking_over_from_one_at_rest_sends_no_read_model_and_keeps_the_undo_stack() {
    let database = database();
    let (me, stack) = {
        let (first, me) = settled_with_hakan(&database).await;
        let FromEngine::Reply { reply, .. } = first
            .until(|m| matches!(m, FromEngine::Reply { id: 2, .. }))
            .await
        else {
            unreachable!()
        };
        assert_eq!(reply.undo.depth, 1);
        let heads = first.host.heads().expect("open");
        (
            me,
            Resume {
                heads,
                undo: first.host.undo_stack().expect("open"),
            },
        )
    };
    let resume = (me, stack);
    let next = Page::start(&database);
    next.send(ToEngine::Open {
        identity: Some((resume.0.clone(), "Ayşe Yılmaz".into())),
        legacy: None,
        tab: TAB.into(),
        resume: Some(resume.1.clone()),
    });
    next.until(|m| matches!(m, FromEngine::Opened { .. })).await;
    assert!(
        !next
            .heard
            .borrow()
            .iter()
            .any(|m| matches!(m, FromEngine::Drawn { .. } | FromEngine::Patch(_))),
        "the page holds the read model: nothing is sent again"
    );
    next.send(ToEngine::Request {
        id: 3,
        request: Request::Undo,
    });
    assert!(matches!(next.answer(3).await, Answer::Undone(_)));
    next.send(ToEngine::Request {
        id: 4,
        request: create("Zeynep Demir"),
    });
    next.stored(4).await;
    // That engine kept its own read model since: one resuming from the first one's
    // heads is sent what changed after them.
    sleep(Duration::from_millis(3_000)).await;
    let last = Page::start(&database);
    last.send(ToEngine::Open {
        identity: Some((resume.0, "Ayşe Yılmaz".into())),
        legacy: None,
        tab: TAB.into(),
        resume: Some(resume.1),
    });
    last.until(|m| matches!(m, FromEngine::Opened { .. })).await;
    let names: Vec<String> = last
        .snapshot
        .borrow()
        .all_customers()
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(names, ["Zeynep Demir"]);
    let heard = last.heard.borrow();
    let patches: Vec<_> = heard
        .iter()
        .filter_map(|m| match m {
            FromEngine::Patch(patch) => Some(patch),
            _ => None,
        })
        .collect();
    assert!(patches.iter().all(|p| !p.reset), "not the whole read model");
    let changed: usize = patches.iter().map(|p| p.customers.len()).sum();
    assert_eq!(changed, 2, "Hakan taken back, Zeynep added: {patches:?}");
}

/// A file a message carries travels beside it: a sync file to read as a copy (the page
/// keeps its own, to read again with the passphrase), an export moved; either way the
/// message and the bytes come out as they went in.
#[wasm_bindgen_test]
fn a_file_travels_beside_its_message_copied_or_moved() {
    use js_sys::Uint8Array;
    use rapport::platform::{envelope, read_with_file};

    let file: Vec<u8> = (0..=255).cycle().take(100_000).collect();
    let message = ToEngine::Request {
        id: 9,
        request: Request::ReadSyncFile {
            bytes: Vec::new(),
            passphrase: None,
        },
    };
    let kept = Uint8Array::from(file.as_slice());
    let (data, transfer) = envelope(to_buffer(&encode(&message)), Some(&kept), false);
    assert_eq!(transfer.length(), 2, "the message and the copy are moved");
    let (read, beside) = read_with_file::<ToEngine>(&data).unwrap();
    assert_eq!(read, message);
    assert_eq!(beside.unwrap().to_vec(), file);
    assert_eq!(kept.to_vec(), file, "the sender's file is still whole");

    // Moved: what arrives is the sender's own buffer.
    let moved = Uint8Array::from(file.as_slice());
    let (data, _) = envelope(to_buffer(&encode(&message)), Some(&moved), true);
    let (_, beside) = read_with_file::<ToEngine>(&data).unwrap();
    assert_eq!(beside.unwrap().buffer(), moved.buffer());

    // A message alone is one buffer, as before.
    let (data, transfer) = envelope(to_buffer(&encode(&message)), None, true);
    assert_eq!(transfer.length(), 1);
    let (read, beside) = read_with_file::<ToEngine>(&data).unwrap();
    assert_eq!(read, message);
    assert!(beside.is_none());
}
