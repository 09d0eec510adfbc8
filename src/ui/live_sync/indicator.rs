//! The header's mark while live sync is on: connected, connecting or offline, linking to
//! the sync page where the details are.

use leptos::prelude::*;

use super::controller::{use_live_sync, LiveState};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;

#[component]
pub fn LiveIndicator() -> impl IntoView {
    let i18n = use_i18n();
    let live = use_live_sync();
    let state = move || {
        let live = live?;
        live.status.with(|s| {
            s.enabled.then_some(match s.state {
                LiveState::Connected { .. } => "connected",
                LiveState::Connecting => "connecting",
                _ => "offline",
            })
        })
    };
    move || {
        state().map(|state| {
            view! {
                <a class="live-status" href=Route::Sync.href() data-state=state>
                    {move || i18n.t(match state {
                        "connected" => Msg::LiveIndicatorConnected,
                        "connecting" => Msg::LiveIndicatorConnecting,
                        _ => Msg::LiveIndicatorOffline,
                    })}
                </a>
            }
        })
    }
}
