//! What this device remembers of its sync-file exchanges, per workspace: the heads last
//! received from each colleague (so a file for them holds only what they lack), when files
//! went each way, and files whose earlier changes have not arrived yet.

use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

/// Exchanges with one colleague.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Exchange {
    /// The colleague's document heads in the last file received from them.
    pub received_heads: Vec<String>,
    pub last_received_at: Option<i64>,
    pub last_sent_at: Option<i64>,
}

/// A received file whose changes wait for earlier ones (kept, since Automerge keeps
/// waiting changes only in memory).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingFile {
    pub from_name: String,
    /// The Automerge changes, base64.
    pub payload: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SyncLedger {
    /// By colleague id.
    pub colleagues: BTreeMap<String, Exchange>,
    pub waiting: Vec<WaitingFile>,
}

fn key(workspace_id: &str) -> String {
    format!("rapport.sync.{workspace_id}")
}

impl SyncLedger {
    pub fn load(workspace_id: &str) -> Self {
        LocalStorage::get(key(workspace_id)).unwrap_or_default()
    }

    pub fn save(&self, workspace_id: &str) -> Result<(), String> {
        LocalStorage::set(key(workspace_id), self).map_err(|e| e.to_string())
    }
}
