//! The lifecycle board: a column per stage with its customers, moved by drag and drop or
//! from the keyboard; moving to dissolution asks why the relationship ended.

mod card;
mod column;
mod page;
mod reason_dialog;

pub use page::BoardPage;
/// Also asks the reason when the customer list moves a selection to dissolution.
pub(crate) use reason_dialog::ReasonDialog;
