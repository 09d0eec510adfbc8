//! Direct sync between two browsers over WebRTC, with no server: the connections
//! ([`PeerSync`]) and their section on the sync page, where colleagues pass an invitation
//! and an answer (text or QR code) and see who is connected. Off until a user invites.

mod controller;
mod qr_code;
mod section;

pub use controller::PeerSync;
pub use section::PeerSyncSection;
