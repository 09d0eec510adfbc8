//! The page's end of the engine thread: messages out, and one callback for every message
//! that comes back. The engine runs in a dedicated Web Worker; the page never links it
//! (no Automerge in the page's binary). A worker that cannot start is reported, never
//! worked around.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{MessageEvent, Worker};

use crate::engine::{read, to_buffer};
use crate::protocol::{encode, FromEngine, ProtocolError, ToEngine};

/// The worker's loader (`static/rapport-engine_loader.js`), beside index.html.
const ENGINE_SCRIPT: &str = "./rapport-engine_loader.js";

type Receive = Rc<dyn Fn(FromEngine)>;

/// The way to the engine.
pub struct EngineLink {
    inner: Rc<RefCell<Inner>>,
    _handlers: Option<Handlers>,
}

enum Inner {
    /// The worker is loading: what the page sends waits here, in order.
    Starting(Worker, Vec<ToEngine>),
    Ready(Worker),
    /// The worker could not start (or stopped while starting): nothing goes anywhere.
    Stopped,
}

struct Handlers {
    _message: Closure<dyn FnMut(MessageEvent)>,
    _error: Closure<dyn FnMut(web_sys::Event)>,
}

impl std::fmt::Debug for EngineLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EngineLink")
    }
}

impl EngineLink {
    /// Starts the engine; every message it sends goes to `receive`.
    pub fn start(receive: impl Fn(FromEngine) + 'static) -> Self {
        let receive: Receive = Rc::new(receive);
        let Ok(worker) = Worker::new(ENGINE_SCRIPT) else {
            receive(FromEngine::Failed(
                "the browser refused to start a worker".into(),
            ));
            return Self {
                inner: Rc::new(RefCell::new(Inner::Stopped)),
                _handlers: None,
            };
        };
        let inner = Rc::new(RefCell::new(Inner::Starting(worker.clone(), Vec::new())));
        let message = {
            let (inner, receive) = (Rc::clone(&inner), Rc::clone(&receive));
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                match read::<FromEngine>(&event.data()) {
                    Ok(FromEngine::Ready) => ready(&inner),
                    Ok(message) => receive(message),
                    Err(ProtocolError::Version { ours, theirs }) => {
                        receive(FromEngine::Outdated { ours, theirs })
                    }
                    Err(error) => web_sys::console::warn_1(&format!("page: {error}").into()),
                }
            })
        };
        let error = {
            let (inner, receive) = (Rc::clone(&inner), Rc::clone(&receive));
            Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                event.prevent_default();
                let detail = event
                    .dyn_ref::<web_sys::ErrorEvent>()
                    .map(|e| e.message())
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| "its script did not load".into());
                stopped(&inner, &receive, detail);
            })
        };
        worker.set_onmessage(Some(message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(error.as_ref().unchecked_ref()));
        Self {
            inner,
            _handlers: Some(Handlers {
                _message: message,
                _error: error,
            }),
        }
    }

    pub fn post(&self, message: ToEngine) {
        let mut inner = self.inner.borrow_mut();
        match &mut *inner {
            Inner::Starting(_, waiting) => waiting.push(message),
            Inner::Ready(worker) => send(worker, &message),
            Inner::Stopped => {}
        }
    }
}

/// The worker listens: what waited goes now.
fn ready(inner: &Rc<RefCell<Inner>>) {
    let mut inner = inner.borrow_mut();
    let (worker, waiting) = match &mut *inner {
        Inner::Starting(worker, waiting) => (worker.clone(), std::mem::take(waiting)),
        _ => return,
    };
    for message in &waiting {
        send(&worker, message);
    }
    *inner = Inner::Ready(worker);
}

/// The worker could not start (its files missing, blocked by a policy): the page says
/// so. What is stored stays as it was; nothing was sent.
fn stopped(inner: &Rc<RefCell<Inner>>, receive: &Receive, detail: String) {
    {
        let mut inner = inner.borrow_mut();
        let Inner::Starting(worker, _) = &*inner else {
            return;
        };
        worker.terminate();
        *inner = Inner::Stopped;
    }
    receive(FromEngine::Failed(detail));
}

fn send(worker: &Worker, message: &ToEngine) {
    let buffer = to_buffer(&encode(message));
    let _ = worker.post_message_with_transfer(&buffer, &Array::of1(&buffer));
}
