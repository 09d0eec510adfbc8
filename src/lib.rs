//! Rapport: a local-first CRM that runs entirely in the browser.
//!
//! Layers, one direction of dependency (see ARCHITECTURE.md):
//! [`domain`] -> [`document`] -> `platform` -> `ui`.
//! `domain` and `document` are plain Rust and are tested natively with `cargo test`;
//! `platform` and `ui` exist only on wasm32.
#![forbid(unsafe_code)]
#![warn(missing_debug_implementations, rust_2018_idioms)]

pub mod document;
pub mod domain;
pub mod model;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub mod engine;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
