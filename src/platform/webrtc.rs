//! One WebRTC data channel to a colleague's browser, with manual signalling: this side's
//! session description (offer or answer) is handed out whole, every network candidate
//! gathered into it, since there is no server to trickle candidates through. No STUN
//! server is asked unless the user gives one. Every event arrives as one [`LinkEvent`]
//! through a single callback; nothing here panics, whatever the browser or peer does.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, ArrayBuffer, Promise, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MessageEvent, RtcConfiguration, RtcDataChannel, RtcDataChannelEvent, RtcDataChannelInit,
    RtcDataChannelState, RtcDataChannelType, RtcIceGatheringState, RtcIceServer, RtcPeerConnection,
    RtcPeerConnectionState, RtcSdpType, RtcSessionDescriptionInit,
};

/// How long to wait for network candidates before handing out what was gathered (a STUN
/// server that does not answer would otherwise hold the invitation back for long).
const GATHERING_LIMIT_MS: i32 = 8_000;

/// What happened on the link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkEvent {
    /// The channel is open: frames may be sent.
    Open,
    /// One binary frame.
    Frame(Vec<u8>),
    /// The channel closed, or the connection failed or was lost; no event follows.
    Closed,
}

type Handler = Rc<RefCell<dyn FnMut(LinkEvent)>>;
/// The browser callbacks of one link, kept alive as long as it.
type Listeners = Rc<RefCell<Vec<Closure<dyn FnMut(JsValue)>>>>;

/// A connection to one peer, from the first offer to its close. Dropping it closes it.
pub struct PeerLink {
    connection: RtcPeerConnection,
    channel: Rc<RefCell<Option<RtcDataChannel>>>,
    listeners: Listeners,
    handler: Handler,
}

impl PeerLink {
    fn new(stun: Option<&str>, on_event: impl FnMut(LinkEvent) + 'static) -> Result<Self, String> {
        let config = RtcConfiguration::new();
        let servers = Array::new();
        if let Some(url) = stun.map(str::trim).filter(|u| !u.is_empty()) {
            let server = RtcIceServer::new();
            server.set_urls_str(url);
            servers.push(&server);
        }
        config.set_ice_servers(&servers);
        let connection = RtcPeerConnection::new_with_configuration(&config).map_err(describe)?;
        let link = Self {
            connection,
            channel: Rc::new(RefCell::new(None)),
            listeners: Rc::new(RefCell::new(Vec::new())),
            handler: Rc::new(RefCell::new(on_event)),
        };
        let handler = link.handler.clone();
        let watched = link.connection.clone();
        link.listen(
            move |_| {
                if matches!(
                    watched.connection_state(),
                    RtcPeerConnectionState::Failed | RtcPeerConnectionState::Closed
                ) {
                    emit(&handler, LinkEvent::Closed);
                }
            },
            |c, f| c.set_onconnectionstatechange(f),
        );
        Ok(link)
    }

    /// Starts a connection: returns it and the offer to hand to the colleague.
    pub async fn invite(
        stun: Option<&str>,
        on_event: impl FnMut(LinkEvent) + 'static,
    ) -> Result<(Self, String), String> {
        let link = Self::new(stun, on_event)?;
        let init = RtcDataChannelInit::new();
        init.set_ordered(true);
        let channel = link
            .connection
            .create_data_channel_with_data_channel_dict("rapport-sync", &init);
        link.wire(channel);
        let offer = JsFuture::from(link.connection.create_offer())
            .await
            .map_err(describe)?;
        link.set_local(offer).await?;
        let sdp = link.gathered().await?;
        Ok((link, sdp))
    }

    /// Answers a colleague's offer: returns the connection and the answer to send back.
    pub async fn answer(
        offer_sdp: &str,
        stun: Option<&str>,
        on_event: impl FnMut(LinkEvent) + 'static,
    ) -> Result<(Self, String), String> {
        let link = Self::new(stun, on_event)?;
        let channel_slot = link.channel.clone();
        let handler = link.handler.clone();
        let listeners = link.listeners.clone();
        link.listen(
            move |event| {
                let Ok(event) = event.dyn_into::<RtcDataChannelEvent>() else {
                    return;
                };
                let channel = event.channel();
                wire_channel(&channel, &handler, &listeners);
                *channel_slot.borrow_mut() = Some(channel);
            },
            |c, f| c.set_ondatachannel(f),
        );
        link.set_remote(RtcSdpType::Offer, offer_sdp).await?;
        let answer = JsFuture::from(link.connection.create_answer())
            .await
            .map_err(describe)?;
        link.set_local(answer).await?;
        let sdp = link.gathered().await?;
        Ok((link, sdp))
    }

    /// Completes an invitation with the colleague's answer.
    pub async fn accept(&self, answer_sdp: &str) -> Result<(), String> {
        self.set_remote(RtcSdpType::Answer, answer_sdp).await
    }

    /// Whether the channel is open (its `Open` event may have come before anyone listened).
    pub fn is_open(&self) -> bool {
        self.channel
            .borrow()
            .as_ref()
            .is_some_and(|channel| channel.ready_state() == RtcDataChannelState::Open)
    }

    /// Sends one frame; false when the channel is not open.
    pub fn send(&self, frame: &[u8]) -> bool {
        self.channel.borrow().as_ref().is_some_and(|channel| {
            channel.ready_state() == RtcDataChannelState::Open
                && channel.send_with_u8_array(frame).is_ok()
        })
    }

    fn wire(&self, channel: RtcDataChannel) {
        wire_channel(&channel, &self.handler, &self.listeners);
        *self.channel.borrow_mut() = Some(channel);
    }

    fn listen(
        &self,
        callback: impl FnMut(JsValue) + 'static,
        attach: impl FnOnce(&RtcPeerConnection, Option<&js_sys::Function>),
    ) {
        let closure = Closure::<dyn FnMut(JsValue)>::new(callback);
        attach(&self.connection, Some(closure.as_ref().unchecked_ref()));
        self.listeners.borrow_mut().push(closure);
    }

    async fn set_local(&self, description: JsValue) -> Result<(), String> {
        let description: RtcSessionDescriptionInit = description.unchecked_into();
        JsFuture::from(self.connection.set_local_description(&description))
            .await
            .map(drop)
            .map_err(describe)
    }

    async fn set_remote(&self, kind: RtcSdpType, sdp: &str) -> Result<(), String> {
        let description = RtcSessionDescriptionInit::new(kind);
        description.set_sdp(sdp);
        JsFuture::from(self.connection.set_remote_description(&description))
            .await
            .map(drop)
            .map_err(describe)
    }

    /// The local description once candidate gathering is complete (or has run too long).
    async fn gathered(&self) -> Result<String, String> {
        let mut waited = 0;
        while self.connection.ice_gathering_state() != RtcIceGatheringState::Complete
            && waited < GATHERING_LIMIT_MS
        {
            sleep(50).await;
            waited += 50;
        }
        self.connection
            .local_description()
            .map(|d| d.sdp())
            .ok_or_else(|| "the browser made no session description".into())
    }
}

impl Drop for PeerLink {
    fn drop(&mut self) {
        if let Some(channel) = self.channel.borrow_mut().take() {
            channel.set_onopen(None);
            channel.set_onmessage(None);
            channel.set_onclose(None);
            channel.close();
        }
        self.connection.set_onconnectionstatechange(None);
        self.connection.set_ondatachannel(None);
        self.connection.close();
        // Dropped perhaps from inside one of its own handlers: free the closures after it.
        let listeners = std::mem::take(&mut *self.listeners.borrow_mut());
        wasm_bindgen_futures::spawn_local(async move { drop(listeners) });
    }
}

impl std::fmt::Debug for PeerLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PeerLink")
            .field("state", &self.connection.connection_state())
            .finish()
    }
}

fn wire_channel(channel: &RtcDataChannel, handler: &Handler, listeners: &Listeners) {
    channel.set_binary_type(RtcDataChannelType::Arraybuffer);
    let h = handler.clone();
    let open = Closure::<dyn FnMut(JsValue)>::new(move |_| emit(&h, LinkEvent::Open));
    let h = handler.clone();
    let message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let Ok(event) = event.dyn_into::<MessageEvent>() else {
            return;
        };
        // A text message has no meaning here: it reads as an empty (refused) frame.
        let frame = event
            .data()
            .dyn_into::<ArrayBuffer>()
            .map(|buffer| Uint8Array::new(&buffer).to_vec())
            .unwrap_or_default();
        emit(&h, LinkEvent::Frame(frame));
    });
    let h = handler.clone();
    let close = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| emit(&h, LinkEvent::Closed));
    channel.set_onopen(Some(open.as_ref().unchecked_ref()));
    channel.set_onmessage(Some(message.as_ref().unchecked_ref()));
    channel.set_onclose(Some(close.as_ref().unchecked_ref()));
    listeners.borrow_mut().extend([open, message, close]);
}

fn emit(handler: &Handler, event: LinkEvent) {
    // The browser queues events, so a handler never runs inside another; if one ever did,
    // the event is dropped rather than panicking.
    if let Ok(mut handler) = handler.try_borrow_mut() {
        handler(event);
    }
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused the connection".into())
}
