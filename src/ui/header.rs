//! The top bar: the app's name, the main navigation, the language and who is working.

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use super::language_select::LanguageSelect;
use super::route::Route;
use super::state::use_app;

#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let me = move || {
        let id = app.me()?;
        app.snapshot
            .with(|s| s.colleague_name(&id).map(str::to_owned))
    };
    let save_state = move || {
        app.saving.with(|s| {
            if s.problem.is_some() {
                "failed"
            } else if s.pending > 0 {
                "saving"
            } else {
                "saved"
            }
        })
    };
    let current = move |page: Route| {
        move || {
            (route.get() == page
                || matches!(
                    (route.get(), &page),
                    (Route::Customer(_), Route::Customers)
                        | (Route::ComparePair(..), Route::Duplicates)
                        | (Route::Connect(_) | Route::SyncHelp, Route::Sync)
                        | (
                            Route::Quote(_)
                                | Route::NewQuote(_)
                                | Route::PrintQuote(_)
                                | Route::Products,
                            Route::Quotes
                        )
                ))
            .then_some("page")
        }
    };
    view! {
        <header class="top-bar">
            <a class="brand" href="#/">"Rapport"</a>
            <nav aria-label=move || i18n.t(Msg::MainNavigation)>
                <a href=Route::Customers.href() aria-current=current(Route::Customers)>
                    {move || i18n.t(Msg::Customers)}
                </a>
                <a href=Route::Today.href() aria-current=current(Route::Today)>
                    {move || i18n.t(Msg::Today)}
                </a>
                <a href=Route::Board.href() aria-current=current(Route::Board)>
                    {move || i18n.t(Msg::Board)}
                </a>
                <a href=Route::Quotes.href() aria-current=current(Route::Quotes)>
                    {move || i18n.t(Msg::Quotes)}
                </a>
                <a href=Route::Dashboard.href() aria-current=current(Route::Dashboard)>
                    {move || i18n.t(Msg::Dashboard)}
                </a>
                <a href=Route::Duplicates.href() aria-current=current(Route::Duplicates)>
                    {move || i18n.t(Msg::Duplicates)}
                </a>
                <a href=Route::Archive.href() aria-current=current(Route::Archive)>
                    {move || i18n.t(Msg::Archive)}
                </a>
                <a href=Route::Sync.href() aria-current=current(Route::Sync)>
                    {move || i18n.t(Msg::SyncFiles)}
                </a>
                <a href=Route::Data.href() aria-current=current(Route::Data)>
                    {move || i18n.t(Msg::DataNav)}
                </a>
            </nav>
            <a class="button primary" href=Route::NewCustomer.href()>{move || i18n.t(Msg::NewCustomer)}</a>
            <div class="top-bar-end">
                <span class="save-status" role="status" data-state=save_state>
                    {move || i18n.t(match save_state() {
                        "saving" => Msg::Saving,
                        "failed" => Msg::SaveFailedShort,
                        _ => Msg::AllSaved,
                    })}
                </span>
                <super::live_sync::LiveIndicator />
                <span class="me">{move || i18n.t(Msg::SignedInAs)}": "<strong>{me}</strong></span>
                <LanguageSelect />
                <super::theme_select::ThemeSelect />
            </div>
        </header>
    }
}
