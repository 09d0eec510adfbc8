//! One customer's page: every field editable in place, the interaction timeline, and
//! logging an interaction.

mod fields;
mod interaction_form;
mod page;
mod timeline;

pub use fields::CustomerFields;
pub use page::CustomerPage;
