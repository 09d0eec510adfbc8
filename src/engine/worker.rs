//! The engine in a dedicated Web Worker: bytes in, bytes out. Every message is one
//! `ArrayBuffer` (the protocol's encoding), transferred rather than copied; a file a
//! message carries travels beside it as a buffer of its own.

use js_sys::Uint8Array;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::Host;
use crate::platform::{envelope, read_with_file, to_buffer};
use crate::platform::{hold_lock, locks_available, pending_log};
use crate::protocol::{encode, FromEngine, ProtocolError, ToEngine};

/// Runs the engine on this worker's messages; says `Ready` once it listens.
pub fn run_in_worker() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let host = Host::new(move |message| post(&out, message));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match read_with_file::<ToEngine>(&event.data()) {
            Ok((mut message, file)) => {
                if let (ToEngine::Request { request, .. }, Some(file)) = (&mut message, file) {
                    if let Some(bytes) = request.file_mut() {
                        *bytes = file.to_vec();
                    }
                }
                host.receive(message)
            }
            // Another build's page: it reads our Ready and asks the user to reload.
            Err(ProtocolError::Version { .. }) => {}
            Err(error) => web_sys::console::warn_1(&format!("engine: {error}").into()),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its handler.
    on_message.forget();
    // The lock is held until this worker ends, however it ends: the page waits for it
    // to learn that, and starts a new engine.
    wasm_bindgen_futures::spawn_local(async move {
        let lock = if locks_available() {
            let name = format!("rapport.engine.{}", pending_log::new_tab_name());
            if hold_lock(&name, true).await {
                name
            } else {
                String::new()
            }
        } else {
            String::new()
        };
        post(&scope, FromEngine::Ready { lock });
    });
}

fn post(scope: &DedicatedWorkerGlobalScope, mut message: FromEngine) {
    // An export's file goes beside the message, moved: the page hands it to the download
    // as it is.
    let file = match &mut message {
        FromEngine::Reply { reply, .. } => reply
            .file_mut()
            .map(std::mem::take)
            .map(|bytes| Uint8Array::from(bytes.as_slice())),
        _ => None,
    };
    let (data, transfer) = envelope(to_buffer(&encode(&message)), file.as_ref(), true);
    let _ = scope.post_message_with_transfer(&data, &transfer);
}
