//! Live sync between two browsers over a WebRTC data channel, with no server: the text
//! blobs colleagues pass each other to connect ([`Signal`]: an invitation and its answer),
//! the framing that carries large messages over the channel ([`split`], [`Reassembler`]),
//! and [`PeerSession`], Automerge's sync protocol with one peer.
//!
//! Nothing here owns a connection or a clock: the platform layer opens the channel and
//! feeds frames in; the session answers with the frames to send. A peer's sync state is
//! kept between connections (`sync_state_bytes`), so a reconnect sends only what is missing.

mod error;
mod frames;
mod session;

pub use crate::protocol::{Signal, SignalError, SignalKind, MAX_SIGNAL_TEXT};
pub use error::PeerError;
pub use frames::{split, Reassembler, FRAME_BYTES, MAX_MESSAGE_BYTES};
pub use session::{PeerSession, PeerStep};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
