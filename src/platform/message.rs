//! A protocol message as one transferable `ArrayBuffer`, both ways (page and worker).

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::protocol::{decode, ProtocolError};

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
