//! One customer's page: every field editable in place, one-tap contact, the interaction
//! timeline, and logging an interaction.

mod commitment_form;
mod commitments;
mod conflicts;
mod consents;
mod contact_actions;
mod custom_fields;
mod deal_form;
mod deal_item;
mod deals;
mod field_text;
mod fields;
mod health_line;
mod history;
mod interaction_form;
mod invoice_fields;
mod page;
mod person_data;
mod quotes;
mod stage_history;
mod timeline;
mod value_line;

pub use custom_fields::shown_value;
pub use fields::CustomerFields;
pub use page::CustomerPage;
pub use person_data::PersonDataPage;
