//! "A new version is ready": shown when a new deploy of the app has been installed for
//! offline use and waits; "Reload" switches to it. Never blocks the page.

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use crate::platform::{activate_update, watch_for_updates};

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(false);
    let reloading = RwSignal::new(false);
    // The banner may be gone by the time a version arrives: then nothing is shown.
    watch_for_updates(move || {
        let _ = ready.try_set(true);
    });
    view! {
        <Show when=move || ready.get()>
            <div class="banner" role="status">
                {move || i18n.t(Msg::NewVersionReady)}" "
                <button
                    type="button"
                    disabled=move || reloading.get()
                    on:click=move |_| {
                        reloading.set(true);
                        activate_update();
                    }
                >
                    {move || i18n.t(Msg::ReloadNewVersion)}
                </button>
            </div>
        </Show>
    }
}
