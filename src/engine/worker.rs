//! The engine in a dedicated Web Worker: bytes in, bytes out. Every message is one
//! `ArrayBuffer` (the protocol's encoding), transferred rather than copied.

use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::Host;
use crate::protocol::{decode, encode, FromEngine, ProtocolError};

/// Runs the engine on this worker's messages; says `Ready` once it listens.
pub fn run_in_worker() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let host = Host::new(move |message| post(&out, &message));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match read(&event.data()) {
            Ok(message) => host.receive(message),
            // Another build's page: it reads our Ready and asks the user to reload.
            Err(ProtocolError::Version { .. }) => {}
            Err(error) => web_sys::console::warn_1(&format!("engine: {error}").into()),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its handler.
    on_message.forget();
    post(&scope, &FromEngine::Ready);
}

/// A message's bytes as one transferable buffer.
pub fn to_buffer(bytes: &[u8]) -> ArrayBuffer {
    Uint8Array::from(bytes).buffer()
}

/// The message in `data` (an `ArrayBuffer`).
pub fn read<T: serde::de::DeserializeOwned>(data: &JsValue) -> Result<T, ProtocolError> {
    let buffer: &ArrayBuffer = data
        .dyn_ref()
        .ok_or_else(|| ProtocolError::Malformed("not an ArrayBuffer".into()))?;
    decode(&Uint8Array::new(buffer).to_vec())
}

fn post(scope: &DedicatedWorkerGlobalScope, message: &FromEngine) {
    let buffer = to_buffer(&encode(message));
    let transfer = Array::of1(&buffer);
    let _ = scope.post_message_with_transfer(&buffer, &transfer);
}
