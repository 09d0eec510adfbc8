//! Live sync with an automerge-repo sync server: the connection ([`LiveSync`]), its section
//! on the sync page and its mark in the header. Off until the user turns it on; sync files
//! work alike either way.

mod controller;
mod indicator;
mod section;

pub use controller::LiveSync;
pub use indicator::LiveIndicator;
pub use section::LiveSyncSection;
