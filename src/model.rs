//! The read model: what the page shows, typed and indexed, without Automerge.
//!
//! [`Snapshot`] is built and kept current only from [`Patch`]es, the records that changed,
//! so it can live on another thread than the document (the engine sends patches; the page
//! applies them). [`ListProjection`] is the list's first screen, kept for a fast start.

mod kept;
mod patch;
mod projection;
mod snapshot;
mod view_query;

pub use kept::{kept_bytes, KeptModel};
pub use patch::{Meta, Patch, Records};
pub use projection::{ListProjection, ProjectedRow, PROJECTED_ROWS};
pub use snapshot::{AtRisk, ListQuery, Snapshot, SortBy, WeekActivity};
