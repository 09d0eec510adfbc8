//! Messages cut into frames a data channel always carries: browsers refuse or split
//! messages above 64-256 KiB, and a first sync of a large workspace is megabytes. Each
//! frame is one flag byte (`MORE` or `LAST`) and up to [`FRAME_BYTES`] of the message.

use super::PeerError;

/// The most message bytes in one frame (16 KiB: what every browser sends whole).
pub const FRAME_BYTES: usize = 16 * 1024;
/// The largest message accepted (a first sync of a very large workspace fits).
pub const MAX_MESSAGE_BYTES: usize = 256 * 1024 * 1024;

const MORE: u8 = 0;
const LAST: u8 = 1;

/// The frames that carry `message`, in order.
pub fn split(message: &[u8]) -> Vec<Vec<u8>> {
    if message.is_empty() {
        return vec![vec![LAST]];
    }
    let count = message.len().div_ceil(FRAME_BYTES);
    message
        .chunks(FRAME_BYTES)
        .enumerate()
        .map(|(i, chunk)| {
            let mut frame = Vec::with_capacity(chunk.len() + 1);
            frame.push(if i + 1 == count { LAST } else { MORE });
            frame.extend_from_slice(chunk);
            frame
        })
        .collect()
}

/// Puts messages back together from their frames, in the order they arrive (a data
/// channel is ordered and reliable while it is open; a new connection starts afresh).
#[derive(Debug)]
pub struct Reassembler {
    buffer: Vec<u8>,
    limit: usize,
    /// The message in progress was refused: its remaining frames are dropped.
    discarding: bool,
}

impl Default for Reassembler {
    fn default() -> Self {
        Self::with_limit(MAX_MESSAGE_BYTES)
    }
}

impl Reassembler {
    /// One that refuses messages over `limit` bytes.
    pub fn with_limit(limit: usize) -> Self {
        Self {
            buffer: Vec::new(),
            limit,
            discarding: false,
        }
    }

    /// Takes one frame: a whole message once its last frame arrives. An error stands for
    /// one message dropped; the next one is read normally.
    pub fn push(&mut self, frame: &[u8]) -> Result<Option<Vec<u8>>, PeerError> {
        let Some((&flag, payload)) = frame.split_first() else {
            return Err(PeerError::BadFrame);
        };
        if flag != MORE && flag != LAST {
            self.reset();
            return Err(PeerError::BadFrame);
        }
        if self.discarding {
            self.discarding = flag == MORE;
            return Ok(None);
        }
        if self.buffer.len() + payload.len() > self.limit {
            self.reset();
            self.discarding = flag == MORE;
            return Err(PeerError::TooLarge(self.limit));
        }
        self.buffer.extend_from_slice(payload);
        Ok((flag == LAST).then(|| std::mem::take(&mut self.buffer)))
    }

    /// Forgets a message in progress (the connection closed mid-message).
    pub fn reset(&mut self) {
        self.buffer = Vec::new();
        self.discarding = false;
    }
}
