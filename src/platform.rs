//! The browser: where the workspace and preferences are kept, and files the user saves.
//!
//! Knows web APIs and the document layer's byte format, nothing of the UI. The workspace
//! lives in IndexedDB (`chunk_store`), small per-browser records in localStorage; live
//! sync runs over a WebSocket to a server (`websocket`) or a WebRTC data channel to a
//! colleague's browser (`webrtc`).

mod chunk_store;
mod download;
mod engine_link;
mod files;
mod idb;
mod live_settings;
mod message;
mod notifications;
mod paint;
mod peer_records;
pub mod pending_log;
mod preferences;
mod random;
mod service_worker;
mod storage_status;
mod stored;
mod sync_ledger;
mod tab_channel;
mod web_lock;
mod webrtc;
mod websocket;
#[cfg(feature = "engine")]
mod workspace_store;

pub use crate::protocol::StorageError;
pub use chunk_store::{concatenate, Chunk, ChunkKind, ChunkStore, Receipt};
pub use download::{download, download_file};
pub use engine_link::EngineLink;
pub use files::{read_file, read_file_bytes, FileBytes, FileReadError};
pub use idb::IdbFailure;
pub use live_settings::{load_sync_state, save_sync_state, LiveSettings};
pub use message::{envelope, read, read_with_file, to_buffer};
pub use notifications::{
    ask_for_notifications, note_reminder_shown, notification_access, notify, reminder_shown,
    NotificationAccess,
};
pub use paint::{after_paint, sleep};
pub use peer_records::{device_id, load_peers, save_peer, PeerRecord};
pub use preferences::{Identity, Preferences};
pub use random::random_id;
pub use service_worker::{activate_update, watch_for_updates};
pub use storage_status::{request_persistence, storage_status, StorageStatus};
pub use stored::{raw_bytes, set_aside_stored, LEGACY_WORKSPACE_KEY};
pub use sync_ledger::{Exchange, SyncLedger, WaitingFile};
pub use tab_channel::TabChannel;
pub use web_lock::{hold as hold_lock, locks_available, when_free as when_lock_free};
pub use webrtc::{LinkEvent, PeerLink};
pub use websocket::{Socket, SocketEvent};
#[cfg(feature = "engine")]
pub use workspace_store::{write_with, Opened, WorkspaceStore};
