//! The sync-files page: send a colleague what they lack, receive their file (previewed
//! before it is applied), and see when files last went each way.

mod actions;
mod colleagues;
mod device_storage;
mod export;
mod help;
mod import;
mod page;

pub use actions::{copy_record, download_backup, merge_waiting_files};
pub use help::SyncHelpPage;
pub use page::SyncPage;
