//! The engine thread: the workspace, its storage and the other tabs, behind messages.
//!
//! [`Host`] takes [`ToEngine`](crate::protocol::ToEngine) messages and answers with
//! [`FromEngine`](crate::protocol::FromEngine) ones through the sink it was given; it
//! holds the [`Engine`](crate::document::Engine), the IndexedDB chunk store, compaction,
//! the list's first screen kept for the next start, and the channel to the other tabs.
//! It knows nothing of the UI and uses only what a dedicated worker has (no window, no
//! localStorage), so the same code runs on the page's thread or in a Web Worker.

mod host;
mod worker;

pub use crate::platform::{read, to_buffer};
pub use host::Host;
pub use worker::run_in_worker;
