//! Shown instead of the app when the stored workspace cannot be read: nothing is reset
//! silently; the user can download the damaged data, then start again.

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use super::language_select::LanguageSelect;
use crate::platform::download;

#[component]
pub fn Recovery(detail: String) -> impl IntoView {
    let i18n = use_i18n();
    let download_damaged = move |_| {
        leptos::task::spawn_local(async {
            let bytes = crate::platform::raw_bytes().await;
            let _ = download(
                "rapport-damaged-workspace.bin",
                &bytes,
                "application/octet-stream",
            );
        })
    };
    let start_fresh = move |_| {
        let now = chrono::Utc::now().timestamp_millis();
        leptos::task::spawn_local(async move {
            if crate::platform::set_aside_stored(now).await.is_ok() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        })
    };
    view! {
        <main class="welcome" id="main">
            <div class="welcome-card" role="alert">
                <h1>{move || i18n.t(Msg::RecoveryTitle)}</h1>
                <p>{move || i18n.t(Msg::RecoveryText)}</p>
                <details>
                    <summary>{move || i18n.t(Msg::RecoveryDetail)}</summary>
                    <pre>{detail}</pre>
                </details>
                <div class="actions">
                    <button type="button" class="primary" on:click=download_damaged>
                        {move || i18n.t(Msg::DownloadDamaged)}
                    </button>
                    <button type="button" on:click=start_fresh>{move || i18n.t(Msg::StartFresh)}</button>
                </div>
                <LanguageSelect />
            </div>
        </main>
    }
}
