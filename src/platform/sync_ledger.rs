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
    /// The last full backup downloaded on this device.
    pub last_backup_at: Option<i64>,
    /// When this device first kept this workspace (for the backup reminder).
    pub holding_since: Option<i64>,
}

fn key(workspace_id: &str) -> String {
    format!("rapport.sync.{workspace_id}")
}

impl SyncLedger {
    pub fn load(workspace_id: &str) -> Self {
        LocalStorage::get(key(workspace_id)).unwrap_or_default()
    }

    /// What the backup reminder is decided from; `now` starts the count on a first call.
    pub fn copy_record(&self, now: i64) -> crate::domain::CopyRecord {
        crate::domain::CopyRecord {
            last_backup_at: self.last_backup_at,
            last_sent_at: self
                .colleagues
                .values()
                .filter_map(|e| e.last_sent_at)
                .max(),
            holding_since: self.holding_since.unwrap_or(now),
        }
    }

    pub fn save(&self, workspace_id: &str) -> Result<(), String> {
        LocalStorage::set(key(workspace_id), self).map_err(|e| e.to_string())
    }
}
