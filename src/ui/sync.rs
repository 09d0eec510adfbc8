//! The sync-files page: send a colleague what they lack, receive their file (previewed
//! before it is applied), and see when files last went each way.

mod actions;
mod colleagues;
mod export;
mod import;
mod page;

pub use actions::merge_waiting_files;
pub use page::SyncPage;
