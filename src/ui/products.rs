//! The price list (products and services a quote's lines are filled from) and the firm's
//! own details printed on quotes.

mod firm_form;
mod page;
mod product_form;
mod templates;

pub use page::ProductsPage;
