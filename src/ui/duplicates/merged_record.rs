//! A customer page opened at a record that was merged into another (an old link, a
//! bookmark, a colleague's message): says which customer it became, with a link.

use leptos::prelude::*;

use crate::domain::CustomerId;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// The heading of a page whose customer is not live: merged into someone, or not found.
#[component]
pub fn MergedRecord(id: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let target = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let into = s.merged_into(&id)?;
            let name = s.customer(&into)?.name.clone();
            Some((into, name))
        })
    });
    move || match target.get() {
        Some((into, name)) => {
            let text = i18n.t(Msg::MergedInto);
            let (before, after) = text.split_once("{name}").unwrap_or((text, ""));
            view! {
                <h1>{before}<a href=Route::Customer(into).href()>{name}</a>{after}</h1>
            }
            .into_any()
        }
        None => view! { <h1>{i18n.t(Msg::CustomerNotFound)}</h1> }.into_any(),
    }
}
