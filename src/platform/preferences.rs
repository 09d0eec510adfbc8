//! Preferences of this browser (language, colour theme, who the user is), kept in
//! localStorage.

use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const KEY: &str = "rapport.preferences";

/// The colleague this browser's user is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub id: String,
    pub name: String,
}

/// Everything remembered per browser rather than per workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// `tr` or `en`; `None` follows the browser's language.
    pub language: Option<String>,
    pub identity: Option<Identity>,
    /// `light` or `dark`; `None` follows the system.
    pub theme: Option<String>,
}

impl Preferences {
    /// The stored preferences; unreadable ones are treated as none, since nothing in them
    /// is work that could be lost.
    pub fn load() -> Self {
        LocalStorage::get(KEY).unwrap_or_default()
    }

    pub fn save(&self) {
        // Preferences are small; failing to keep them costs a question at the next start.
        let _ = LocalStorage::set(KEY, self);
    }
}
