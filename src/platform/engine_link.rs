//! The page's end of the engine thread: messages out, and one callback for every message
//! that comes back. The engine runs in a dedicated Web Worker; where the browser cannot
//! start one (blocked by a policy, a file missing), it runs on the page's own thread
//! behind the same messages, slower but complete.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{MessageEvent, Worker};

use crate::engine::{read, to_buffer, Host};
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
    InProcess(Host),
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
            return Self::in_process(receive);
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
                fall_back(&inner, &receive);
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

    fn in_process(receive: Receive) -> Self {
        Self {
            inner: Rc::new(RefCell::new(Inner::InProcess(Host::new(move |m| {
                receive(m)
            })))),
            _handlers: None,
        }
    }

    pub fn post(&self, message: ToEngine) {
        let mut inner = self.inner.borrow_mut();
        match &mut *inner {
            Inner::Starting(_, waiting) => waiting.push(message),
            Inner::Ready(worker) => send(worker, &message),
            Inner::InProcess(host) => {
                let host = host.clone();
                drop(inner);
                host.receive(message);
            }
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

/// The worker could not start (its files missing, blocked): the engine runs on this
/// thread instead, with what waited. A worker that fails later is not replaced here.
fn fall_back(inner: &Rc<RefCell<Inner>>, receive: &Receive) {
    let waiting = {
        let mut inner = inner.borrow_mut();
        let Inner::Starting(worker, waiting) = &mut *inner else {
            return;
        };
        worker.terminate();
        let waiting = std::mem::take(waiting);
        let receive = Rc::clone(receive);
        *inner = Inner::InProcess(Host::new(move |m| receive(m)));
        waiting
    };
    web_sys::console::warn_1(&"the engine worker did not start: running on the page".into());
    let host = match &*inner.borrow() {
        Inner::InProcess(host) => host.clone(),
        _ => return,
    };
    for message in waiting {
        host.receive(message);
    }
}

fn send(worker: &Worker, message: &ToEngine) {
    let buffer = to_buffer(&encode(message));
    let _ = worker.post_message_with_transfer(&buffer, &Array::of1(&buffer));
}
