//! Live sync's records in localStorage, per workspace: the server and whether to sync
//! with it (off until the user turns it on), and per server the Automerge sync state, so
//! a reconnect, even after a restart, sends only what the server lacks.

use base64::{engine::general_purpose::STANDARD, Engine};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

/// The user's live-sync choice for one workspace on this browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LiveSettings {
    /// `ws://` or `wss://`; empty until the user types one.
    pub server_url: String,
    pub enabled: bool,
    /// When this browser and the server last held the same changes (milliseconds).
    pub last_in_sync: Option<i64>,
}

fn key(workspace_id: &str) -> String {
    format!("rapport.live.{workspace_id}")
}

/// One record per server: a sync state belongs to what that server holds.
fn state_key(workspace_id: &str, server_url: &str) -> String {
    format!("rapport.live-state.{workspace_id}.{server_url}")
}

impl LiveSettings {
    /// The stored choice; an unreadable one reads as off.
    pub fn load(workspace_id: &str) -> Self {
        LocalStorage::get(key(workspace_id)).unwrap_or_default()
    }

    pub fn save(&self, workspace_id: &str) -> Result<(), String> {
        LocalStorage::set(key(workspace_id), self).map_err(|e| e.to_string())
    }
}

/// The sync state last kept for `server_url`, if any.
pub fn load_sync_state(workspace_id: &str, server_url: &str) -> Option<Vec<u8>> {
    let text: String = LocalStorage::get(state_key(workspace_id, server_url)).ok()?;
    STANDARD.decode(text).ok()
}

/// Keeps the sync state for `server_url`. A failure only makes the next exchange larger.
pub fn save_sync_state(workspace_id: &str, server_url: &str, state: &[u8]) {
    let _ = LocalStorage::set(state_key(workspace_id, server_url), STANDARD.encode(state));
}
