//! The price list (products and services a quote's lines are filled from), the firm's
//! own details printed on quotes, and what the workspace keeps of its own: customer
//! fields, e-mail templates and the information notice (KVKK).

mod custom_fields;
mod data_events;
mod firm_form;
mod notices;
mod page;
mod product_form;
mod templates;

pub use page::ProductsPage;
