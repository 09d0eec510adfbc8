//! The root component: opens the stored workspace, then shows the welcome, the recovery
//! page or the app itself.

use leptos::prelude::*;

use super::customer::CustomerPage;
use super::customers::{CustomerList, NewCustomer};
use super::header::Header;
use super::i18n::{I18n, Locale, Msg};
use super::recovery::Recovery;
use super::route::{use_route, Route};
use super::state::AppState;
use super::sync::{merge_waiting_files, SyncPage};
use super::welcome::Welcome;
use crate::document::Workspace;
use crate::domain::ColleagueId;
use crate::platform::{Preferences, WorkspaceStore, WORKSPACE_KEY};

/// What the app shows as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Phase {
    Welcome,
    Ready,
    Recovery(String),
}

#[component]
pub fn App() -> impl IntoView {
    let preferences = Preferences::load();
    let locale = preferences
        .language
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or_else(Locale::from_browser);
    let i18n = I18n {
        locale: RwSignal::new(locale),
    };
    provide_context(i18n);
    Effect::new(move |_| {
        let code = i18n.get().code();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", code);
        }
    });

    let mut store = WorkspaceStore::default();
    let phase = match store.open() {
        Err(error) => RwSignal::new(Phase::Recovery(error.to_string())),
        Ok(stored) => {
            let mut workspace = stored.unwrap_or_else(Workspace::new);
            let known = preferences.identity.as_ref().is_some_and(|identity| {
                workspace
                    .identify(&ColleagueId(identity.id.clone()), &identity.name)
                    .is_ok()
            });
            let app = AppState::new(workspace, store);
            provide_context(app);
            merge_waiting_files(app);
            // Another tab saved: merge its work right away.
            let handle = window_event_listener(leptos::ev::storage, move |ev| {
                if ev.key().as_deref() == Some(WORKSPACE_KEY) {
                    if let Some(written) = ev.new_value() {
                        app.merge_from_other_tab(&written);
                    }
                }
            });
            on_cleanup(move || handle.remove());
            RwSignal::new(if known { Phase::Ready } else { Phase::Welcome })
        }
    };

    view! {
        <div id="app" data-ready="true">
            {move || match phase.get() {
                Phase::Recovery(detail) => view! { <Recovery detail /> }.into_any(),
                Phase::Welcome => view! {
                    <Welcome on_joined=Callback::new(move |_| phase.set(Phase::Ready)) />
                }.into_any(),
                Phase::Ready => view! { <Shell /> }.into_any(),
            }}
        </div>
    }
}

/// The app once the user is known: header, the current page, and the saving status.
#[component]
fn Shell() -> impl IntoView {
    let route = use_route();
    let app = super::state::use_app();
    let i18n = super::i18n::use_i18n();
    // A sync file dropped anywhere on the page opens on the sync page.
    let over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Ok(bytes) =
                crate::platform::read_file(&file, crate::document::sync_file::MAX_FILE_BYTES).await
            {
                super::route::navigate(&Route::Sync);
                app.dropped_file.set(Some(bytes));
            }
        });
    });
    on_cleanup(move || {
        over.remove();
        dropped.remove();
    });
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main();
        }>{move || i18n.t(Msg::SkipToContent)}</a>
        <Header route />
        <super::update_banner::UpdateBanner />
        <Show when=move || app.save_error.with(Option::is_some)>
            <div class="banner error" role="alert">
                {move || i18n.t(Msg::SaveFailed)}
            </div>
        </Show>
        {move || match route.get() {
            Route::Customers => view! { <CustomerList archived=false /> }.into_any(),
            Route::Archive => view! { <CustomerList archived=true /> }.into_any(),
            Route::NewCustomer => view! { <NewCustomer /> }.into_any(),
            Route::Customer(id) => view! { <CustomerPage id /> }.into_any(),
            Route::Sync => view! { <SyncPage /> }.into_any(),
        }}
    }
}

/// Moves keyboard focus to the page's main content.
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
