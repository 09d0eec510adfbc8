//! While the user tries the sample workspace: a notice saying so, and the way to start
//! with an empty workspace instead (the sample is set aside, not deleted).

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use super::state::use_app;

#[component]
pub fn SampleBanner() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let start_empty = move |_| {
        let now = app.now();
        leptos::task::spawn_local(async move {
            if crate::platform::set_aside_stored(now).await.is_ok() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_hash("#/");
                    let _ = window.location().reload();
                }
            } else {
                failed.set(true);
            }
        });
    };
    move || {
        app.snapshot.with(|s| s.sample).then(|| view! {
            <div class="banner sample-banner" role="region" aria-label=move || i18n.t(Msg::SampleTitle)>
                <p>{move || i18n.t(Msg::SampleNotice)}</p>
                {move || if confirming.get() {
                    view! {
                        <p>{move || i18n.t(Msg::SampleConfirm)}</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=start_empty>{move || i18n.t(Msg::SampleStartEmpty)}</button>
                            <button type="button" on:click=move |_| confirming.set(false)>{move || i18n.t(Msg::SampleKeep)}</button>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" on:click=move |_| confirming.set(true)>{move || i18n.t(Msg::SampleLeave)}</button>
                    }.into_any()
                }}
                <p role="alert" hidden=move || !failed.get()>{move || i18n.t(Msg::SampleLeaveFailed)}</p>
            </div>
        })
    }
}
