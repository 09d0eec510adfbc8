//! A protocol message as one transferable `ArrayBuffer`, both ways (page and worker), and
//! beside it, when the message carries a file, the file's bytes as a buffer of their own:
//! they go to IndexedDB, a download or the engine as they are, never copied into the
//! page's wasm memory (which never shrinks).

use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::protocol::{decode, ProtocolError};

/// A message's bytes as one transferable buffer.
pub fn to_buffer(bytes: &[u8]) -> ArrayBuffer {
    Uint8Array::from(bytes).buffer()
}

/// What to post for a message and its file, if any: the data, and what to transfer.
/// The message's buffer is always transferred; the file's only if `move_file` (a sender
/// that keeps the file, to read it again, sends a copy).
pub fn envelope(
    message: ArrayBuffer,
    file: Option<&Uint8Array>,
    move_file: bool,
) -> (JsValue, Array) {
    let transfer = Array::of1(&message);
    match file {
        None => (message.into(), transfer),
        Some(file) => {
            let file = if move_file {
                file.buffer()
            } else {
                file.slice(0, file.length()).buffer()
            };
            transfer.push(&file);
            (Array::of2(&message, &file).into(), transfer)
        }
    }
}

/// The message in `data` (an `ArrayBuffer`).
pub fn read<T: serde::de::DeserializeOwned>(data: &JsValue) -> Result<T, ProtocolError> {
    read_with_file(data).map(|(message, _)| message)
}

/// The message in `data` and the file beside it, if any (see [`envelope`]).
pub fn read_with_file<T: serde::de::DeserializeOwned>(
    data: &JsValue,
) -> Result<(T, Option<Uint8Array>), ProtocolError> {
    let not_a_message = || ProtocolError::Malformed("not an ArrayBuffer".into());
    let (message, file) = match data.dyn_ref::<Array>() {
        Some(parts) => {
            let file = parts
                .get(1)
                .dyn_into::<ArrayBuffer>()
                .map_err(|_| not_a_message())?;
            (parts.get(0), Some(Uint8Array::new(&file)))
        }
        None => (data.clone(), None),
    };
    let buffer: &ArrayBuffer = message.dyn_ref().ok_or_else(not_a_message)?;
    Ok((decode(&Uint8Array::new(buffer).to_vec())?, file))
}
