//! Reading a file the user picked or dropped.

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;

/// A file's bytes held by the browser, outside the page's wasm memory (which never
/// shrinks): the engine or a download takes them as they are.
#[derive(Clone, Debug)]
pub struct FileBytes(Uint8Array);

impl FileBytes {
    pub fn from_array(bytes: Uint8Array) -> Self {
        Self(bytes)
    }

    pub fn from_slice(bytes: &[u8]) -> Self {
        Self(Uint8Array::from(bytes))
    }

    pub fn as_array(&self) -> &Uint8Array {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.length() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when the file begins with `prefix` (only that much is read).
    pub fn starts_with(&self, prefix: &[u8]) -> bool {
        self.len() >= prefix.len() && self.0.subarray(0, prefix.len() as u32).to_vec() == prefix
    }

    /// The bytes copied into the page's memory, for what the page reads itself (a CSV).
    pub fn to_vec(&self) -> Vec<u8> {
        self.0.to_vec()
    }
}

/// The whole file, unless it is larger than `max` bytes (then its size, unread).
pub async fn read_file(file: &web_sys::File, max: usize) -> Result<Vec<u8>, FileReadError> {
    read_file_bytes(file, max).await.map(|bytes| bytes.to_vec())
}

/// [`read_file`], the bytes left in the browser's memory.
pub async fn read_file_bytes(file: &web_sys::File, max: usize) -> Result<FileBytes, FileReadError> {
    let size = file.size() as usize;
    if size > max {
        return Err(FileReadError::TooLarge { size });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileReadError::Unreadable)?;
    Ok(FileBytes(Uint8Array::new(&buffer)))
}

/// Why a file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileReadError {
    #[error("the file is too large ({size} bytes)")]
    TooLarge { size: usize },
    #[error("the file could not be read")]
    Unreadable,
}
