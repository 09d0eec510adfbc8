//! The Leptos interface: one component per file, grouped by page.
//!
//! Reads [`crate::document::Snapshot`] and acts through [`state::AppState::act`]; never
//! touches Automerge.

mod app;
mod board;
mod colleague_select;
mod controls;
mod customer;
mod customers;
mod dashboard;
mod data;
mod duplicates;
mod header;
mod health_text;
pub mod i18n;
mod keyboard;
mod language_select;
mod live_sync;
mod peer_sync;
mod products;
mod quotes;
mod recovery;
mod reminders;
mod route;
mod sample_banner;
mod state;
mod storage_banner;
mod sync;
mod theme_select;
mod time;
mod today;
mod undo_toast;
mod update_banner;
mod welcome;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    theme_select::apply_saved_theme();
    leptos::mount::mount_to_body(App);
}
