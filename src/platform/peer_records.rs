//! Direct (peer-to-peer) sync's records in localStorage, per workspace: this browser's own
//! device id, and for each colleague's browser it has synced with, their name, when both
//! last held the same changes, and the Automerge sync state, so that the next connection,
//! even after a restart, sends only what is missing.

use std::collections::BTreeMap;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const DEVICE_KEY: &str = "rapport.device";

/// What this browser keeps about one peer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeerRecord {
    pub name: String,
    /// Milliseconds; `None` until a first sync completes.
    pub last_in_sync: Option<i64>,
    /// The Automerge sync state, base64.
    pub sync_state: String,
}

impl PeerRecord {
    pub fn sync_state_bytes(&self) -> Option<Vec<u8>> {
        URL_SAFE_NO_PAD.decode(&self.sync_state).ok()
    }

    pub fn set_sync_state(&mut self, bytes: &[u8]) {
        self.sync_state = URL_SAFE_NO_PAD.encode(bytes);
    }
}

fn key(workspace_id: &str) -> String {
    format!("rapport.peers.{workspace_id}")
}

/// Every peer this browser has synced with in the workspace, by device id.
pub fn load_peers(workspace_id: &str) -> BTreeMap<String, PeerRecord> {
    LocalStorage::get(key(workspace_id)).unwrap_or_default()
}

/// Keeps one peer's record. A failure only makes the next exchange larger.
pub fn save_peer(workspace_id: &str, device: &str, record: &PeerRecord) {
    let mut peers = load_peers(workspace_id);
    peers.insert(device.to_owned(), record.clone());
    let _ = LocalStorage::set(key(workspace_id), peers);
}

/// This browser's id among peers, made once and kept (shared by its tabs).
pub fn device_id() -> String {
    if let Ok(id) = LocalStorage::get::<String>(DEVICE_KEY) {
        if !id.is_empty() {
            return id;
        }
    }
    let id = format!("device-{}", crate::platform::random_id());
    let _ = LocalStorage::set(DEVICE_KEY, &id);
    id
}
