//! The duplicate finder: pairs of records that look like one customer, and the screen that
//! compares two of them side by side and merges them (one commit, which syncs).

mod choices;
mod compare;
mod field_row;
mod keep_choice;
mod merged_record;
mod notice;
mod page;
mod pair_item;

pub use compare::ComparePage;
pub use merged_record::MergedRecord;
pub use notice::{MergeAnnouncement, MergeNotice};
pub use page::DuplicatesPage;

/// Puts keyboard focus on the page's main content when it was lost (the element that had
/// it, a link or a button of the previous page, is gone).
fn focus_main_if_lost() {
    let lost = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| match (d.active_element(), d.body()) {
            (None, _) => true,
            (Some(active), Some(body)) => active == *body.as_ref(),
            (Some(_), None) => false,
        })
        .unwrap_or(false);
    if lost {
        super::app::focus_main();
    }
}
