//! The page's end of the engine thread: messages out, and one callback for every message
//! that comes back. The engine runs in a dedicated Web Worker; the page never links it
//! (no Automerge in the page's binary). A worker that cannot start is reported, never
//! worked around; one that ends while in use (killed, crashed, out of memory) is
//! replaced, and the page hears [`FromEngine::Lost`] so it can open the workspace again
//! and hand over its pending log.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::Uint8Array;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{MessageEvent, Worker};

use super::message::{envelope, read_with_file, to_buffer};
use super::web_lock::when_free;
use crate::protocol::{encode, FromEngine, ProtocolError, ToEngine};

/// The worker's loader (`static/rapport-engine_loader.js`), beside index.html.
const ENGINE_SCRIPT: &str = "./rapport-engine_loader.js";
/// An engine that ends this many times within [`RESTART_WINDOW_MS`] is not started again:
/// something it meets at every start (a browser limit, a bug) ends it.
const MAX_RESTARTS: usize = 3;
const RESTART_WINDOW_MS: f64 = 60_000.0;

/// A message from the engine, and the file beside it, if it carries one.
type Receive = Rc<dyn Fn(FromEngine, Option<Uint8Array>)>;

/// A message to the engine, and the file beside it, if it carries one.
type Outgoing = (ToEngine, Option<Uint8Array>);

/// The way to the engine.
pub struct EngineLink {
    shared: Rc<Shared>,
}

struct Shared {
    inner: RefCell<Inner>,
    receive: Receive,
    /// Bumped with each worker started: events of an earlier one are ignored.
    generation: Cell<u64>,
    /// Every worker's handlers: an old one's are kept, as its error handler may be the
    /// one running when a new worker starts.
    handlers: RefCell<Vec<Handlers>>,
    /// When the engine was restarted lately (milliseconds).
    restarts: RefCell<Vec<f64>>,
}

enum Inner {
    /// The worker is loading: what the page sends waits here, in order.
    Starting(Worker, Vec<Outgoing>),
    Ready(Worker),
    /// Ended by the page while it was quiet: [`EngineLink::wake`] starts another.
    Resting,
    /// The worker could not start, or kept ending: nothing goes anywhere.
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
    /// Starts the engine; every message it sends goes to `receive`, with the file it
    /// carries (an export's), which never entered the page's wasm memory.
    pub fn start(receive: impl Fn(FromEngine, Option<Uint8Array>) + 'static) -> Self {
        let shared = Rc::new(Shared {
            inner: RefCell::new(Inner::Stopped),
            receive: Rc::new(receive),
            generation: Cell::new(0),
            handlers: RefCell::new(Vec::new()),
            restarts: RefCell::new(Vec::new()),
        });
        spawn(&shared);
        Self { shared }
    }

    /// Sends `message`, and beside it a copy of `file` (the page keeps its own): the
    /// engine reads it as the bytes the request carries.
    pub fn post(&self, message: ToEngine, file: Option<Uint8Array>) {
        let mut inner = self.shared.inner.borrow_mut();
        match &mut *inner {
            Inner::Starting(_, waiting) => waiting.push((message, file)),
            Inner::Ready(worker) => send(worker, &(message, file)),
            Inner::Resting | Inner::Stopped => {}
        }
    }

    /// Ends the engine on purpose (it said it is quiet): its memory returns to the browser.
    /// Its end is not a loss, and not counted as one.
    pub fn rest(&self) {
        let shared = &self.shared;
        if let Inner::Ready(worker) = &*shared.inner.borrow() {
            worker.terminate();
        } else {
            return;
        }
        shared.generation.set(shared.generation.get() + 1);
        *shared.inner.borrow_mut() = Inner::Resting;
    }

    /// Starts a new engine after [`Self::rest`]; true when one was resting.
    pub fn wake(&self) -> bool {
        let resting = matches!(&*self.shared.inner.borrow(), Inner::Resting);
        if resting {
            spawn(&self.shared);
        }
        resting
    }
}

impl Drop for EngineLink {
    fn drop(&mut self) {
        if let Inner::Starting(worker, _) | Inner::Ready(worker) = &*self.shared.inner.borrow() {
            worker.terminate();
        }
    }
}

/// Starts a worker; what the page sends waits until it says it is ready.
fn spawn(shared: &Rc<Shared>) {
    let generation = shared.generation.get() + 1;
    shared.generation.set(generation);
    let Ok(worker) = Worker::new(ENGINE_SCRIPT) else {
        *shared.inner.borrow_mut() = Inner::Stopped;
        (shared.receive)(
            FromEngine::Failed("the browser refused to start a worker".into()),
            None,
        );
        return;
    };
    let message = {
        let shared = Rc::downgrade(shared);
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(shared) = current(&shared, generation) else {
                return;
            };
            match read_with_file::<FromEngine>(&event.data()) {
                Ok((FromEngine::Ready { lock }, _)) => ready(&shared, generation, lock),
                Ok((message, file)) => (shared.receive)(message, file),
                Err(ProtocolError::Version { ours, theirs }) => {
                    (shared.receive)(FromEngine::Outdated { ours, theirs }, None)
                }
                Err(error) => web_sys::console::warn_1(&format!("page: {error}").into()),
            }
        })
    };
    let error = {
        let shared = Rc::downgrade(shared);
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            let Some(shared) = current(&shared, generation) else {
                return;
            };
            let detail = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "its script did not load".into());
            let starting = matches!(&*shared.inner.borrow(), Inner::Starting(..));
            if starting {
                stopped(&shared, detail);
            } else {
                // An engine that threw (a trap in its wasm) cannot be trusted further.
                web_sys::console::warn_1(&format!("the engine failed: {detail}").into());
                lost(&shared);
            }
        })
    };
    worker.set_onmessage(Some(message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(error.as_ref().unchecked_ref()));
    *shared.inner.borrow_mut() = Inner::Starting(worker, Vec::new());
    shared.handlers.borrow_mut().push(Handlers {
        _message: message,
        _error: error,
    });
}

/// The link, if `generation` is still its worker's.
fn current(shared: &Weak<Shared>, generation: u64) -> Option<Rc<Shared>> {
    let shared = shared.upgrade()?;
    (shared.generation.get() == generation).then_some(shared)
}

/// The worker listens: what waited goes now, and the page watches for its end.
fn ready(shared: &Rc<Shared>, generation: u64, lock: String) {
    {
        let mut inner = shared.inner.borrow_mut();
        let (worker, waiting) = match &mut *inner {
            Inner::Starting(worker, waiting) => (worker.clone(), std::mem::take(waiting)),
            _ => return,
        };
        for message in &waiting {
            send(&worker, message);
        }
        *inner = Inner::Ready(worker);
    }
    if lock.is_empty() {
        return;
    }
    let shared = Rc::downgrade(shared);
    wasm_bindgen_futures::spawn_local(async move {
        when_free(&lock).await;
        if let Some(shared) = current(&shared, generation) {
            web_sys::console::warn_1(&"the engine's worker ended: starting a new one".into());
            lost(&shared);
        }
    });
}

/// The engine ended while in use: a new one starts, unless it keeps ending.
fn lost(shared: &Rc<Shared>) {
    if let Inner::Starting(worker, _) | Inner::Ready(worker) = &*shared.inner.borrow() {
        worker.terminate();
    }
    let now = js_sys::Date::now();
    let again = {
        let mut restarts = shared.restarts.borrow_mut();
        restarts.retain(|at| now - at < RESTART_WINDOW_MS);
        restarts.push(now);
        restarts.len() <= MAX_RESTARTS
    };
    if !again {
        shared.generation.set(shared.generation.get() + 1);
        *shared.inner.borrow_mut() = Inner::Stopped;
        (shared.receive)(
            FromEngine::Failed("the engine stopped again and again".into()),
            None,
        );
        return;
    }
    spawn(shared);
    (shared.receive)(FromEngine::Lost, None);
}

/// The worker could not start (its files missing, blocked by a policy): the page says
/// so. What is stored stays as it was; nothing was sent.
fn stopped(shared: &Rc<Shared>, detail: String) {
    {
        let mut inner = shared.inner.borrow_mut();
        let Inner::Starting(worker, _) = &*inner else {
            return;
        };
        worker.terminate();
        *inner = Inner::Stopped;
    }
    (shared.receive)(FromEngine::Failed(detail), None);
}

fn send(worker: &Worker, (message, file): &Outgoing) {
    let (data, transfer) = envelope(to_buffer(&encode(message)), file.as_ref(), false);
    let _ = worker.post_message_with_transfer(&data, &transfer);
}
