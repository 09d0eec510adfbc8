//! One WebSocket connection carrying binary frames, for live sync with an automerge-repo
//! server. Every browser event arrives as one [`SocketEvent`] through a single callback;
//! nothing here panics, whatever the browser or the peer does.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{BinaryType, CloseEvent, Event, MessageEvent, WebSocket};

/// What happened on the connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SocketEvent {
    /// The connection is open: frames may be sent.
    Open,
    /// One binary frame.
    Binary(Vec<u8>),
    /// A text frame (the automerge-repo protocol has none): the caller reports it.
    Text,
    /// The connection failed or was refused; `Closed` follows.
    Error,
    /// The connection is closed (by either side, or it dropped); no event follows.
    Closed { code: u16, reason: String },
}

type Handler = Rc<RefCell<dyn FnMut(SocketEvent)>>;

/// An open (or opening) connection; dropping it closes it and stops its events.
pub struct Socket {
    socket: WebSocket,
    listeners: Option<Listeners>,
}

struct Listeners {
    _open: Closure<dyn FnMut(Event)>,
    _message: Closure<dyn FnMut(MessageEvent)>,
    _error: Closure<dyn FnMut(Event)>,
    _close: Closure<dyn FnMut(CloseEvent)>,
}

impl Socket {
    /// Starts connecting to `url` (`ws://` or `wss://`); `on_event` receives everything
    /// that happens from now on. An error means the browser refused the URL at once (a
    /// malformed address, or one the page's security policy forbids).
    pub fn connect(url: &str, on_event: impl FnMut(SocketEvent) + 'static) -> Result<Self, String> {
        let socket = WebSocket::new(url).map_err(describe)?;
        socket.set_binary_type(BinaryType::Arraybuffer);
        let handler: Handler = Rc::new(RefCell::new(on_event));
        // A handler never runs inside another (the browser queues events), but be safe:
        // an event arriving while one is handled is dropped rather than panicking.
        let emit = move |handler: &Handler, event: SocketEvent| {
            if let Ok(mut handler) = handler.try_borrow_mut() {
                handler(event);
            }
        };
        let h = handler.clone();
        let open = Closure::<dyn FnMut(Event)>::new(move |_| emit(&h, SocketEvent::Open));
        let h = handler.clone();
        let message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let event = match data.dyn_into::<ArrayBuffer>() {
                Ok(buffer) => SocketEvent::Binary(Uint8Array::new(&buffer).to_vec()),
                Err(_) => SocketEvent::Text,
            };
            emit(&h, event);
        });
        let h = handler.clone();
        let error = Closure::<dyn FnMut(Event)>::new(move |_| emit(&h, SocketEvent::Error));
        let h = handler;
        let close = Closure::<dyn FnMut(CloseEvent)>::new(move |event: CloseEvent| {
            emit(
                &h,
                SocketEvent::Closed {
                    code: event.code(),
                    reason: event.reason(),
                },
            )
        });
        socket.set_onopen(Some(open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(message.as_ref().unchecked_ref()));
        socket.set_onerror(Some(error.as_ref().unchecked_ref()));
        socket.set_onclose(Some(close.as_ref().unchecked_ref()));
        Ok(Self {
            socket,
            listeners: Some(Listeners {
                _open: open,
                _message: message,
                _error: error,
                _close: close,
            }),
        })
    }

    /// Sends one binary frame; false when the connection is not open.
    pub fn send(&self, bytes: &[u8]) -> bool {
        self.socket.ready_state() == WebSocket::OPEN
            && self.socket.send_with_u8_array(bytes).is_ok()
    }

    /// Bytes handed to `send` and not yet on the wire.
    pub fn buffered(&self) -> u32 {
        self.socket.buffered_amount()
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onerror(None);
        self.socket.set_onclose(None);
        let _ = self.socket.close();
        // The socket may be dropped from inside one of its own handlers: free the
        // closures once that handler has returned, never while it runs.
        if let Some(listeners) = self.listeners.take() {
            wasm_bindgen_futures::spawn_local(async move { drop(listeners) });
        }
    }
}

impl std::fmt::Debug for Socket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Socket")
            .field("url", &self.socket.url())
            .field("ready_state", &self.socket.ready_state())
            .finish()
    }
}

fn describe(error: wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused the address".into())
}
