//! What a merge tells once done: the kept customer's page opens and says, in a status
//! message, which record was merged into it.

use leptos::prelude::*;

use crate::domain::CustomerId;
use crate::ui::i18n::{use_i18n, Msg};

/// The merge just done, waiting for the kept customer's page to announce it. Provided by
/// the app shell.
#[derive(Clone, Copy, Debug)]
pub struct MergeNotice(RwSignal<Option<(CustomerId, String)>>);

impl MergeNotice {
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// `other` (by its name) was merged into `keep`.
    pub fn announce(self, keep: CustomerId, other: String) {
        self.0.set(Some((keep, other)));
    }
}

impl Default for MergeNotice {
    fn default() -> Self {
        Self::new()
    }
}

/// On a customer's page: says that a record was just merged into this one, and puts the
/// keyboard focus on the page. The status region is drawn empty and filled once on the
/// page, so screen readers announce it.
#[component]
pub fn MergeAnnouncement(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let merged = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(notice) = use_context::<MergeNotice>() else {
            return;
        };
        let waiting = notice.0.get_untracked();
        if let Some((keep, other)) = waiting {
            notice.0.set(None);
            if keep == customer {
                merged.set(Some(other));
                crate::ui::app::focus_main();
            }
        }
    });
    view! {
        <p role="status" class:banner=move || merged.with(Option::is_some)>
            {move || merged.get().map(|other| i18n.t(Msg::MergeDone).replace("{other}", &other))}
        </p>
    }
}
