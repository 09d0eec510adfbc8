//! The page's end of the engine thread: messages out, and one callback for every message
//! that comes back. Today the engine runs on the page's own thread behind the same
//! messages; a Web Worker takes its place without the page noticing.

use crate::engine::Host;
use crate::protocol::{FromEngine, ToEngine};

/// The way to the engine.
#[derive(Debug)]
pub enum EngineLink {
    /// The engine on this thread.
    InProcess(Host),
}

impl EngineLink {
    /// Starts an engine whose every message goes to `receive`.
    pub fn start(receive: impl Fn(FromEngine) + 'static) -> Self {
        Self::InProcess(Host::new(receive))
    }

    pub fn post(&self, message: ToEngine) {
        match self {
            Self::InProcess(host) => host.receive(message),
        }
    }
}
