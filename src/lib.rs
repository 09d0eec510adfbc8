//! Rapport: a local-first CRM that runs entirely in the browser.
//!
//! Layers, one direction of dependency (see ARCHITECTURE.md):
//! `domain` -> `model` -> `protocol` -> `document` -> `platform` -> `ui`.
//! `domain`, `model`, `protocol` and `document` are plain Rust and are tested natively
//! with `cargo test`; `platform` and `ui` exist only on wasm32.
//!
//! The `engine` feature (on by default) holds the Automerge document and the engine
//! thread. The page's binary is built without it, so the compiler itself refuses page
//! code that reaches for the document.
#![forbid(unsafe_code)]
#![warn(missing_debug_implementations, rust_2018_idioms)]

#[cfg(feature = "engine")]
pub mod document;
pub mod domain;
pub mod model;
pub mod protocol;

#[cfg(all(target_arch = "wasm32", feature = "engine"))]
pub mod engine;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
