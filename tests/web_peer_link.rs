//! Browser test of the WebRTC link (wasm-bindgen-test in headless Chromium): two links in
//! one page connect by invitation and answer with no STUN server, carry two workspaces'
//! sync sessions until both hold the same customers, and a link that is dropped closes the
//! other side.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rapport::document::peer_sync::PeerSession;
use rapport::document::Workspace;
use rapport::domain::CustomerDraft;
use rapport::platform::{LinkEvent, PeerLink};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

type Inbox = Rc<RefCell<Vec<LinkEvent>>>;

fn inbox() -> (Inbox, impl FnMut(LinkEvent) + 'static) {
    let events: Inbox = Rc::default();
    let sink = events.clone();
    (events, move |event| sink.borrow_mut().push(event))
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits (up to 10 s) until `done` holds.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out");
}

fn names(workspace: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = workspace.customers().into_iter().map(|c| c.name).collect();
    names.sort();
    names
}

fn workspace_with(ws: &mut Workspace, name: &str) {
    // Notes that deflate poorly, so the first sync is larger than one frame.
    let notes: String = (0..120)
        .map(|_| char::from(b'a' + (js_sys::Math::random() * 26.0) as u8))
        .collect();
    ws.create_customer(CustomerDraft {
        name: name.into(),
        notes,
        ..Default::default()
    })
    .unwrap();
}

#[wasm_bindgen_test]
async fn two_links_connect_without_any_server_and_carry_a_sync() {
    let (a_events, a_sink) = inbox();
    let (b_events, b_sink) = inbox();
    let (a, offer) = PeerLink::invite(None, a_sink).await.expect("an offer");
    assert!(offer.starts_with("v=0"));
    assert!(!offer.contains("typ srflx"), "no STUN server was asked");
    let (b, answer) = PeerLink::answer(&offer, None, b_sink)
        .await
        .expect("an answer");
    a.accept(&answer).await.expect("the answer is accepted");
    until(|| a.is_open() && b.is_open()).await;

    let mut ayse = Workspace::new();
    ayse.join("Ayşe").unwrap();
    let mut mehmet = Workspace::load(&ayse.save()).unwrap();
    mehmet.join("Mehmet").unwrap();
    // Large enough that its first sync takes several frames.
    for i in 0..300 {
        workspace_with(&mut ayse, &format!("Müşteri {i} — İzmir, Karşıyaka"));
    }
    workspace_with(&mut mehmet, "Şule");
    let (mut on_a, mut on_b) = (PeerSession::new(None), PeerSession::new(None));
    for frame in on_a.on_open(&ayse) {
        assert!(a.send(&frame));
    }
    for frame in on_b.on_open(&mehmet) {
        assert!(b.send(&frame));
    }
    // Pump what arrives on each side into its session until both are quiet and equal.
    for _ in 0..200 {
        let arrived_a: Vec<_> = a_events.borrow_mut().drain(..).collect();
        for event in arrived_a {
            if let LinkEvent::Frame(frame) = event {
                for reply in on_a.on_frame(&frame, &mut ayse).unwrap().frames {
                    a.send(&reply);
                }
            }
        }
        let arrived_b: Vec<_> = b_events.borrow_mut().drain(..).collect();
        for event in arrived_b {
            if let LinkEvent::Frame(frame) = event {
                for reply in on_b.on_frame(&frame, &mut mehmet).unwrap().frames {
                    b.send(&reply);
                }
            }
        }
        if on_a.is_in_sync(&ayse) && on_b.is_in_sync(&mehmet) {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(names(&ayse).len(), 301);
    assert_eq!(names(&ayse), names(&mehmet));
    assert!(
        on_a.traffic().0 > 16 * 1024,
        "the first sync took several frames"
    );

    // Dropping one side closes the other.
    drop(b);
    until(|| a_events.borrow().contains(&LinkEvent::Closed)).await;
    assert!(!a.is_open());
}
