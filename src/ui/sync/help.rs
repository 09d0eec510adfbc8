//! The help page on sync files: how to send one to a colleague and how they take it in,
//! in the words of the screens it points to.

use leptos::prelude::*;

use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;

const STEPS: [Msg; 5] = [
    Msg::SyncHelpStep1,
    Msg::SyncHelpStep2,
    Msg::SyncHelpStep3,
    Msg::SyncHelpStep4,
    Msg::SyncHelpStep5,
];

#[component]
pub fn SyncHelpPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main id="main" tabindex="-1" class="page help">
            <h1>{move || i18n.t(Msg::SyncHelpTitle)}</h1>
            <p class="intro">{move || i18n.t(Msg::SyncHelpIntro)}</p>
            <ol class="help-steps">
                {STEPS.into_iter().map(|step| view! { <li>{move || i18n.t(step)}</li> }).collect_view()}
            </ol>
            <h2>{move || i18n.t(Msg::SyncHelpGoodToKnow)}</h2>
            <ul>
                <li>{move || i18n.t(Msg::SyncHelpTip1)}</li>
                <li>{move || i18n.t(Msg::SyncHelpTip2)}</li>
                <li>{move || i18n.t(Msg::SyncHelpTip3)}</li>
            </ul>
            <p><a class="button primary" href=Route::Sync.href()>{move || i18n.t(Msg::SyncHelpToSync)}</a></p>
        </main>
    }
}
