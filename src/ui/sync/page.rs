//! The sync-files page.

use leptos::prelude::*;

use super::colleagues::ColleagueExchanges;
use super::device_storage::DeviceStorage;
use super::export::ExportFile;
use super::import::ImportFile;
use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn SyncPage(
    /// A colleague's invitation to answer, from the link in its QR code.
    #[prop(optional)]
    invitation: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Bumped after each exchange: the ledger lives in storage, not in a signal.
    let exchanged = RwSignal::new(0u32);
    view! {
        <main id="main" tabindex="-1" class="page">
            <h1>{move || i18n.t(Msg::SyncFiles)}</h1>
            <p class="intro">{move || i18n.t(Msg::SyncIntro)}" "
                <a href=crate::ui::route::Route::SyncHelp.href()>{move || i18n.t(Msg::SyncHelpLink)}</a>
            </p>
            <div class="sync-layout">
                <ExportFile exchanged />
                <ImportFile exchanged />
            </div>
            <ColleagueExchanges exchanged />
            <crate::ui::peer_sync::PeerSyncSection invitation=invitation.unwrap_or_default() />
            <crate::ui::live_sync::LiveSyncSection />
            <DeviceStorage exchanged />
        </main>
    }
}
