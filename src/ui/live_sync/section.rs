//! The sync page's "Live sync (server)" section: the server's address, the switch, who
//! can read the workspace, where the connection stands, and the document's address for
//! other automerge-repo clients.

use leptos::prelude::*;

use super::controller::{is_server_url, use_live_sync, EnableError, LiveState, LiveStatus};
use crate::protocol::{Answer, Request};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn LiveSyncSection() -> impl IntoView {
    let i18n = use_i18n();
    let Some(live) = use_live_sync() else {
        return ().into_any();
    };
    let url = RwSignal::new(live.status.with_untracked(|s| s.server_url.clone()));
    let error = RwSignal::new(None::<String>);
    let enabled = move || live.status.with(|s| s.enabled);
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        error.set(None);
        if !on {
            live.disable();
            return;
        }
        let switch = event_target::<web_sys::HtmlInputElement>(&ev);
        leptos::task::spawn_local(async move {
            let refused = match live.enable(&url.get_untracked()).await {
                Ok(()) => return,
                Err(EnableError::InvalidUrl) => i18n.t(Msg::LiveServerUrlInvalid).to_owned(),
                Err(EnableError::NoWorkspace) => i18n.t(Msg::LiveNoWorkspace).to_owned(),
                Err(EnableError::Document(detail)) => detail,
            };
            error.set(Some(refused));
            // The switch stays off.
            switch.set_checked(false);
        });
    };
    // Asked while the section is shown (again after each change: the address can
    // appear with a sync file), not on every edit elsewhere.
    let document_url = use_app().asked(
        || Some(Request::RepoDocumentId { assign: false }),
        |answer| match answer {
            Answer::DocumentUrl(url) => Some(url),
            _ => None,
        },
        None,
    );
    let document_url = move || document_url.get();
    view! {
        <section class="card live-sync" aria-labelledby="live-heading">
            <h2 id="live-heading">{move || i18n.t(Msg::LiveSyncTitle)}</h2>
            <p>{move || i18n.t(Msg::LiveSyncIntro)}</p>
            <p class="warning">
                <strong>{move || i18n.t(Msg::LiveSyncOperatorWarning)}</strong>
            </p>
            <div class="field">
                <label for="live-server">{move || i18n.t(Msg::LiveServerUrl)}</label>
                <input id="live-server" type="url" inputmode="url" autocomplete="off"
                    spellcheck="false" placeholder="wss://sync.example.com"
                    aria-describedby="live-server-hint live-server-error"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    disabled=enabled
                    prop:value=url
                    on:input=move |ev| {
                        url.set(event_target_value(&ev));
                        if is_server_url(&url.get_untracked()) {
                            error.set(None);
                        }
                    } />
                <p class="hint" id="live-server-hint">{move || i18n.t(if enabled() {
                    Msg::LiveServerLocked
                } else {
                    Msg::LiveServerHint
                })}</p>
                <crate::ui::controls::FieldError id="live-server-error" error=error />
            </div>
            <label class="switch">
                <input type="checkbox" role="switch" prop:checked=enabled on:change=toggle />
                {move || i18n.t(Msg::LiveSwitch)}
            </label>
            <p class="live-state" role="status" data-state=move || live.status.with(state_key)>
                {move || live.status.with(|s| state_text(i18n, s))}
            </p>
            <dl class="facts">
                <dt>{move || i18n.t(Msg::LiveLastInSync)}</dt>
                <dd>{move || match live.status.with(|s| s.last_in_sync) {
                    Some(at) => i18n.date_time(at),
                    None => i18n.t(Msg::Never).to_owned(),
                }}</dd>
                <dt>{move || i18n.t(Msg::LiveIgnored)}</dt>
                <dd class="live-ignored">{move || live.status.with(|s| match &s.last_ignored {
                    None => i18n.number(s.ignored as usize),
                    Some(reason) => i18n
                        .t(Msg::LiveIgnoredDetail)
                        .replace("{count}", &i18n.number(s.ignored as usize))
                        .replace("{reason}", reason),
                })}</dd>
            </dl>
            <h3>{move || i18n.t(Msg::LiveDocumentUrl)}</h3>
            {move || match document_url() {
                Some(address) => view! {
                    <p class="document-url">
                        <code aria-label=move || i18n.t(Msg::LiveDocumentUrl)>{address.clone()}</code>
                        " "
                        <crate::ui::controls::CopyButton text=address />
                    </p>
                }.into_any(),
                None => view! { <p class="hint">{move || i18n.t(Msg::LiveDocumentUrlLater)}</p> }.into_any(),
            }}
            <p class="hint">{move || i18n.t(Msg::LiveJoinHelp)}</p>
        </section>
    }
    .into_any()
}

fn state_key(status: &LiveStatus) -> &'static str {
    match status.state {
        LiveState::Off => "off",
        LiveState::Connecting => "connecting",
        LiveState::Connected { in_sync: true } => "in-sync",
        LiveState::Connected { in_sync: false } => "syncing",
        LiveState::Unreachable { .. } => "unreachable",
        LiveState::Refused { .. } => "refused",
    }
}

fn state_text(i18n: I18n, status: &LiveStatus) -> String {
    let t = |m: Msg| i18n.t(m).to_owned();
    match &status.state {
        LiveState::Off => t(Msg::LiveStateOff),
        LiveState::Connecting => t(Msg::LiveStateConnecting),
        LiveState::Connected { in_sync: true } => t(Msg::LiveStateInSync),
        LiveState::Connected { in_sync: false } => t(Msg::LiveStateSyncing),
        LiveState::Unreachable { retry_in } => {
            t(Msg::LiveStateUnreachable).replace("{seconds}", &retry_in.to_string())
        }
        LiveState::Refused { reason, retry_in } => t(Msg::LiveStateRefused)
            .replace("{reason}", reason)
            .replace("{seconds}", &retry_in.to_string()),
    }
}
