//! Reading a file the user picked or dropped.

use wasm_bindgen_futures::JsFuture;

/// The whole file, unless it is larger than `max` bytes (then its size, unread).
pub async fn read_file(file: &web_sys::File, max: usize) -> Result<Vec<u8>, FileReadError> {
    let size = file.size() as usize;
    if size > max {
        return Err(FileReadError::TooLarge { size });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Why a file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileReadError {
    #[error("the file is too large ({size} bytes)")]
    TooLarge { size: usize },
    #[error("the file could not be read")]
    Unreadable,
}
