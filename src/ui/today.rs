//! The "today" view: open commitments overdue, due today and upcoming, per colleague (and
//! as a calendar file), and the customers at risk; plus the commitment line shared with
//! the customer page.

mod at_risk;
mod calendar_export;
mod item;
mod page;

pub use item::{CommitmentList, CommitmentRow};
pub use page::TodayPage;
