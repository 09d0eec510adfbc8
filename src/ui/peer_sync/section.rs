//! The sync page's "Direct connection" section: an optional STUN server, the invitation
//! (text, copy button, QR code) and the field for its answer, the field for a colleague's
//! invitation and the answer made for it, and the colleagues connected directly.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::controller::{use_peer_sync, PeerFailure, PeerState, PeerStatus};
use super::qr_code::QrCodeImage;
use crate::protocol::{SignalError, SignalKind};
use crate::ui::controls::{CopyButton, FieldError};
use crate::ui::i18n::{use_i18n, I18n, Msg};

/// The section; `invitation` pre-fills the invitation field (from a scanned QR code link).
#[component]
pub fn PeerSyncSection(#[prop(optional)] invitation: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(peers) = use_peer_sync() else {
        return ().into_any();
    };
    let stun = RwSignal::new(String::new());
    let stun_value = move || Some(stun.get_untracked()).filter(|s| !s.trim().is_empty());

    // Inviting: our invitation, then the colleague's answer.
    let invitation_out = RwSignal::new(None::<String>);
    let preparing = RwSignal::new(false);
    let invite_error = RwSignal::new(None::<String>);
    let answer_in = RwSignal::new(String::new());
    let answer_in_error = RwSignal::new(None::<String>);
    let connecting_to = RwSignal::new(None::<String>);
    let create_invitation = move |_| {
        preparing.set(true);
        invite_error.set(None);
        spawn_local(async move {
            match peers.invite(stun_value()).await {
                Ok(text) => invitation_out.set(Some(text)),
                Err(failure) => invite_error.set(Some(failure_text(i18n, &failure))),
            }
            preparing.set(false);
        });
    };
    let connect = move |_| {
        answer_in_error.set(None);
        let text = answer_in.get_untracked();
        spawn_local(async move {
            match peers.accept(&text).await {
                Ok(name) => {
                    connecting_to.set(Some(name));
                    invitation_out.set(None);
                    answer_in.set(String::new());
                }
                Err(failure) => answer_in_error.set(Some(failure_text(i18n, &failure))),
            }
        });
    };

    // Answering: the colleague's invitation, then our answer.
    let invitation_in = RwSignal::new(invitation.unwrap_or_default());
    let invitation_in_error = RwSignal::new(None::<String>);
    let answer_out = RwSignal::new(None::<(String, String)>);
    let answering = RwSignal::new(false);
    let create_answer = move |_| {
        invitation_in_error.set(None);
        answering.set(true);
        let text = invitation_in.get_untracked();
        spawn_local(async move {
            match peers.answer(&text, stun_value()).await {
                Ok(answer) => {
                    let from = peers.read(&text).await.map(|s| s.name).unwrap_or_default();
                    answer_out.set(Some((answer, from)));
                }
                Err(failure) => invitation_in_error.set(Some(failure_text(i18n, &failure))),
            }
            answering.set(false);
        });
    };
    view! {
        <section class="card peer-sync" aria-labelledby="peer-heading">
            <h2 id="peer-heading">{move || i18n.t(Msg::PeerSyncTitle)}</h2>
            <p>{move || i18n.t(Msg::PeerSyncIntro)}</p>
            <div class="field">
                <label for="peer-stun">{move || i18n.t(Msg::PeerStun)}</label>
                <input id="peer-stun" type="text" autocomplete="off" spellcheck="false"
                    aria-describedby="peer-stun-hint" prop:value=stun
                    on:input=move |ev| stun.set(event_target_value(&ev)) />
                <p class="hint" id="peer-stun-hint">{move || i18n.t(Msg::PeerStunHint)}</p>
            </div>
            <div class="peer-steps">
                <div class="peer-step">
                    <h3>{move || i18n.t(Msg::PeerInviteTitle)}</h3>
                    <button type="button" on:click=create_invitation disabled=preparing
                        aria-busy=move || preparing.get().then_some("true")>
                        {move || i18n.t(if preparing.get() { Msg::PeerPreparing } else { Msg::PeerCreateInvitation })}
                    </button>
                    <FieldError id="peer-invite-error" error=invite_error />
                    {move || invitation_out.get().map(|text| {
                        view! {
                            <SignalOut id="peer-invitation-out" text label=Msg::PeerYourInvitation
                                hint=Signal::derive(move || i18n.t(Msg::PeerInvitationHint).to_owned())
                                qr_label=Msg::PeerInvitationQr />
                            <div class="field">
                                <label for="peer-answer-in">{move || i18n.t(Msg::PeerAnswerIn)}</label>
                                <textarea id="peer-answer-in" rows="3" spellcheck="false"
                                    aria-describedby="peer-answer-in-error"
                                    aria-invalid=move || answer_in_error.with(Option::is_some).then_some("true")
                                    prop:value=answer_in
                                    on:input=move |ev| answer_in.set(event_target_value(&ev))></textarea>
                                <FieldError id="peer-answer-in-error" error=answer_in_error />
                            </div>
                            <button type="button" on:click=connect>{move || i18n.t(Msg::PeerConnect)}</button>
                        }
                    })}
                    <p role="status">{move || connecting_to.get().map(|name|
                        i18n.t(Msg::PeerConnectedTo).replace("{name}", &name))}</p>
                </div>
                <div class="peer-step">
                    <h3>{move || i18n.t(Msg::PeerAnswerTitle)}</h3>
                    <div class="field">
                        <label for="peer-invitation-in">{move || i18n.t(Msg::PeerInvitationIn)}</label>
                        <textarea id="peer-invitation-in" rows="3" spellcheck="false"
                            aria-describedby="peer-invitation-in-error"
                            aria-invalid=move || invitation_in_error.with(Option::is_some).then_some("true")
                            prop:value=invitation_in
                            on:input=move |ev| invitation_in.set(event_target_value(&ev))></textarea>
                        <FieldError id="peer-invitation-in-error" error=invitation_in_error />
                    </div>
                    <button type="button" on:click=create_answer disabled=answering
                        aria-busy=move || answering.get().then_some("true")>
                        {move || i18n.t(if answering.get() { Msg::PeerPreparing } else { Msg::PeerCreateAnswer })}
                    </button>
                    {move || answer_out.get().map(|(text, from)| view! {
                        <SignalOut id="peer-answer-out" text label=Msg::PeerYourAnswer
                            hint=Signal::derive(move || i18n.t(Msg::PeerAnswerHint).replace("{name}", &from))
                            qr_label=Msg::PeerAnswerQr />
                    })}
                </div>
            </div>
            <PeerList peers=peers.peers on_disconnect=Callback::new(move |device: String| peers.disconnect(&device)) />
        </section>
    }
    .into_any()
}

/// Our invitation or answer: the text to copy, a hint and the QR code of its link (a phone
/// that scans it opens the app with the invitation filled in).
#[component]
fn SignalOut(
    id: &'static str,
    text: String,
    label: Msg,
    hint: Signal<String>,
    qr_label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let link = format!(
        "{base}{}",
        crate::ui::route::Route::Connect(text.clone()).href()
    );
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            <textarea id=id readonly rows="4" aria-describedby=hint_id.clone() prop:value=text.clone()></textarea>
            <p class="hint" id=hint_id>{hint}</p>
            <p><CopyButton text=text /></p>
            <QrCodeImage text=link label=Signal::derive(move || i18n.t(qr_label).to_owned()) />
        </div>
    }
}

/// Who this browser syncs with directly, whether connected now, and when last in sync.
#[component]
fn PeerList(peers: RwSignal<Vec<PeerStatus>>, on_disconnect: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h3 id="peer-list-heading">{move || i18n.t(Msg::PeerListTitle)}</h3>
        {move || if peers.with(Vec::is_empty) {
            view! { <p class="hint">{move || i18n.t(Msg::PeerListEmpty)}</p> }.into_any()
        } else {
            view! {
                <table class="peer-list" aria-labelledby="peer-list-heading">
                    <thead><tr>
                        <th scope="col">{move || i18n.t(Msg::PeerColleague)}</th>
                        <th scope="col">{move || i18n.t(Msg::PeerConnection)}</th>
                        <th scope="col">{move || i18n.t(Msg::LiveLastInSync)}</th>
                        <th scope="col"><span class="visually-hidden">{move || i18n.t(Msg::PeerDisconnect)}</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=move || peers.get() key=|p| (p.device.clone(), p.state, p.last_in_sync, p.ignored) let:peer>
                            <tr data-state=state_key(peer.state)>
                                <th scope="row">{peer.name.clone()}</th>
                                <td>
                                    {move || state_text(i18n, peer.state)}
                                    {(peer.ignored > 0).then(|| view! {
                                        <span class="hint">" · "{move || i18n.t(Msg::PeerIgnored)
                                            .replace("{count}", &i18n.number(peer.ignored as usize))}</span>
                                    })}
                                </td>
                                <td>{match peer.last_in_sync {
                                    Some(at) => i18n.date_time(at),
                                    None => i18n.t(Msg::Never).to_owned(),
                                }}</td>
                                <td>{matches!(peer.state, PeerState::Connected { .. } | PeerState::Connecting).then(|| {
                                    let device = peer.device.clone();
                                    let name = peer.name.clone();
                                    view! {
                                        <button type="button" aria-label=move || format!("{} {}", i18n.t(Msg::PeerDisconnect), name)
                                            on:click=move |_| on_disconnect.run(device.clone())>
                                            {move || i18n.t(Msg::PeerDisconnect)}
                                        </button>
                                    }
                                })}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

fn state_key(state: PeerState) -> &'static str {
    match state {
        PeerState::Connecting => "connecting",
        PeerState::Connected { in_sync: true } => "in-sync",
        PeerState::Connected { in_sync: false } => "syncing",
        PeerState::Failed => "failed",
        PeerState::Disconnected => "disconnected",
    }
}

fn state_text(i18n: I18n, state: PeerState) -> &'static str {
    i18n.t(match state {
        PeerState::Connecting => Msg::PeerStateConnecting,
        PeerState::Connected { in_sync: true } => Msg::PeerStateInSync,
        PeerState::Connected { in_sync: false } => Msg::PeerStateSyncing,
        PeerState::Failed => Msg::PeerStateFailed,
        PeerState::Disconnected => Msg::PeerStateDisconnected,
    })
}

fn failure_text(i18n: I18n, failure: &PeerFailure) -> String {
    let t = |m: Msg| i18n.t(m).to_owned();
    match failure {
        PeerFailure::NoIdentity => t(Msg::PeerErrorNoIdentity),
        PeerFailure::Signal(SignalError::NotASignal) => t(Msg::PeerErrorNotASignal),
        PeerFailure::Signal(SignalError::Damaged) => t(Msg::PeerErrorDamaged),
        PeerFailure::Signal(SignalError::TooLarge) => t(Msg::PeerErrorTooLarge),
        PeerFailure::WrongKind(SignalKind::Answer) => t(Msg::PeerErrorIsAnswer),
        PeerFailure::WrongKind(SignalKind::Invitation) => t(Msg::PeerErrorIsInvitation),
        PeerFailure::OtherWorkspace => t(Msg::PeerErrorOtherWorkspace),
        PeerFailure::NoInvitation => t(Msg::PeerErrorNoInvitation),
        PeerFailure::OwnSignal => t(Msg::PeerErrorOwn),
        PeerFailure::Browser(reason) => i18n.t(Msg::PeerErrorBrowser).replace("{reason}", reason),
    }
}
