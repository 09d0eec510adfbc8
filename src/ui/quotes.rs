//! Quotes (teklif): the list of every quote, one quote's form with its lines and live
//! totals, its answer and sending, and the A4 page that prints or saves as PDF.

mod line_row;
mod list_page;
mod print_page;
mod quote_actions;
mod quote_page;
mod totals_box;

pub use list_page::QuotesPage;
pub use print_page::PrintPage;
pub use quote_page::QuotePage;
