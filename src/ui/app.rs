//! The root component: opens the stored workspace, then shows the welcome, the recovery
//! page or the app itself.

use leptos::prelude::*;

use super::board::BoardPage;
use super::customer::CustomerPage;
use super::customers::{CustomerList, NewCustomer, ProjectedList};
use super::header::Header;
use super::i18n::{I18n, Locale, Msg};
use super::recovery::Recovery;
use super::route::{use_route, Route};
use super::state::{AppState, Stopped};
use super::sync::{merge_waiting_files, SyncPage};
use super::welcome::Welcome;
use crate::domain::ColleagueId;
use crate::model::ListProjection;
use crate::platform::{after_paint, ChunkStore, Preferences};
use crate::protocol::{Answer, Request};

/// What the app shows as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Phase {
    /// Reading the stored workspace (IndexedDB answers asynchronously).
    Opening,
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

    let route = use_route();
    let phase = RwSignal::new(Phase::Opening);
    // The list as last saved, drawn while the workspace loads (seconds when it is large).
    let projection = RwSignal::new(None::<ListProjection>);
    let identity = preferences
        .identity
        .as_ref()
        .map(|identity| (ColleagueId(identity.id.clone()), identity.name.clone()));
    let app = AppState::new();
    provide_context(app);
    let owner = Owner::current().expect("the app has a reactive owner");
    leptos::task::spawn_local(async move {
        if let Ok(store) = ChunkStore::open().await {
            let first_screen = store.load_projection().await;
            if let Some(first_screen) = first_screen.as_deref().and_then(ListProjection::from_bytes)
            {
                if identity.is_some() && route.get_untracked() == Route::Customers {
                    projection.set(Some(first_screen));
                    after_paint().await;
                }
            }
        }
        let opened = app.open(identity).await;
        owner.with(|| match opened {
            // Nothing was read: only the reload offered above helps.
            Err(_) if app.stopped.get_untracked().is_some() => {}
            Err(detail) => phase.set(Phase::Recovery(detail)),
            Ok(me) => {
                start(app);
                phase.set(if me.is_some() {
                    Phase::Ready
                } else {
                    Phase::Welcome
                });
            }
        });
    });

    Effect::new(move |_| {
        if let Some(detail) = app.unreadable.get() {
            phase.set(Phase::Recovery(detail));
        }
    });

    view! {
        <div
            id="app"
            data-ready=move || (phase.get() != Phase::Opening).to_string()
            data-opened=move || app.opened.get().to_string()
        >
            {move || app.stopped.get().map(|why| view! {
                <div class="banner" role="alert">
                    <p>{move || i18n.t(match why {
                        Stopped::Outdated => Msg::EngineOutdated,
                        Stopped::Failed => Msg::EngineFailed,
                    })}</p>
                    <button type="button" class="primary" on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }>{move || i18n.t(Msg::ReloadNewVersion)}</button>
                </div>
            })}
            {move || match phase.get() {
                Phase::Opening => match projection.get() {
                    Some(projection) => view! { <ProjectedList projection /> }.into_any(),
                    None => view! {
                        <p class="opening" role="status">{move || i18n.t(Msg::Opening)}</p>
                    }.into_any(),
                },
                Phase::Recovery(detail) => view! { <Recovery detail /> }.into_any(),
                Phase::Welcome => view! {
                    <Welcome on_joined=Callback::new(move |_| phase.set(Phase::Ready)) />
                }.into_any(),
                Phase::Ready => view! { <Shell held=projection.get_untracked() /> }.into_any(),
            }}
        </div>
    }
}

/// Starts what runs beside the opened workspace: waiting sync files, live and direct
/// sync, the request for persistent storage.
fn start(app: AppState) {
    leptos::task::spawn_local(merge_waiting_files(app));
    provide_context(super::live_sync::LiveSync::start(app));
    provide_context(super::peer_sync::PeerSync::start(app));
    // Ask the browser not to clear the data under pressure, once there is data to keep
    // (Chrome decides silently; Firefox asks the user).
    leptos::task::spawn_local(async move {
        if let Ok(Answer::Status { has_work: true, .. }) = app.act(Request::Status).await {
            crate::platform::request_persistence().await;
        }
    });
    // Unsaved work is lost if the page goes: say so before it does.
    let handle = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if app
            .saving
            .with_untracked(|s| s.problem.is_some() || s.pending > 0)
        {
            ev.prevent_default();
        }
    });
    // An engine ended at rest starts again as the user comes back, so it has the
    // workspace open by the time they edit.
    let back = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| !d.hidden());
        if visible {
            app.wake();
        }
    });
    let focus = window_event_listener(leptos::ev::focus, move |_| app.wake());
    on_cleanup(move || {
        handle.remove();
        back.remove();
        focus.remove();
    });
}

/// The app once the user is known: header, the current page, and the saving status.
/// `held`: the kept first screen on show while the workspace opened. It stays for one more
/// frame while everything around it is built; the live page follows in a task of its own
/// (both in one task held the page some 55 ms at 10,000 customers).
#[component]
fn Shell(held: Option<ListProjection>) -> impl IntoView {
    let route = use_route();
    let app = super::state::use_app();
    let i18n = super::i18n::use_i18n();
    let held = RwSignal::new(held);
    if held.with_untracked(Option::is_some) {
        leptos::task::spawn_local(async move {
            after_paint().await;
            held.set(None);
        });
    }
    provide_context(super::duplicates::MergeNotice::new());
    // A file dropped anywhere on the page opens where it belongs: a sync file on the sync
    // page, anything else (CSV, vCard) on the import page.
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
                crate::platform::read_file_bytes(&file, crate::protocol::MAX_FILE_BYTES).await
            {
                if bytes.starts_with(crate::protocol::MAGIC) {
                    super::route::navigate(&Route::Sync);
                    app.dropped_file.set(Some(bytes));
                } else {
                    super::route::navigate(&Route::Data);
                    app.dropped_import.set(Some((file.name(), bytes.to_vec())));
                }
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
        <super::keyboard::KeyboardLayer />
        <super::undo_toast::UndoToast />
        <super::update_banner::UpdateBanner />
        <super::storage_banner::StorageBanner />
        <super::reminders::Reminders />
        <super::sample_banner::SampleBanner />
        {move || match held.get() {
            Some(projection) => view! { <ProjectedList projection /> }.into_any(),
            None => view! { <Page route /> }.into_any(),
        }}
    }
}

/// The page the address names.
#[component]
fn Page(route: ReadSignal<Route>) -> impl IntoView {
    view! {
        {move || match route.get() {
            Route::Customers => view! { <CustomerList archived=false /> }.into_any(),
            Route::Archive => view! { <CustomerList archived=true /> }.into_any(),
            Route::NewCustomer => view! { <NewCustomer /> }.into_any(),
            Route::Customer(id) => view! { <CustomerPage id /> }.into_any(),
            Route::Sync => view! { <SyncPage /> }.into_any(),
            Route::Connect(invitation) => view! { <SyncPage invitation /> }.into_any(),
            Route::SyncHelp => view! { <super::sync::SyncHelpPage /> }.into_any(),
            Route::Board => view! { <BoardPage /> }.into_any(),
            Route::Today => view! { <super::today::TodayPage /> }.into_any(),
            Route::Dashboard => view! { <super::dashboard::DashboardPage /> }.into_any(),
            Route::Data => view! { <super::data::DataPage /> }.into_any(),
            Route::Duplicates => view! { <super::duplicates::DuplicatesPage /> }.into_any(),
            Route::Quotes => view! { <super::quotes::QuotesPage /> }.into_any(),
            Route::Quote(id) => view! { <super::quotes::QuotePage id=Some(id) customer=None /> }.into_any(),
            Route::NewQuote(customer) => {
                view! { <super::quotes::QuotePage id=None customer=Some(customer) /> }.into_any()
            }
            Route::PrintQuote(id) => view! { <super::quotes::PrintPage id /> }.into_any(),
            Route::Products => view! { <super::products::ProductsPage /> }.into_any(),
            Route::PersonData(id) => view! { <super::customer::PersonDataPage id /> }.into_any(),
            Route::ComparePair(first, second) => {
                view! { <super::duplicates::ComparePage first second /> }.into_any()
            }
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
