//! Tells the app's other tabs that this one stored something, so they merge it within
//! moments instead of at their next start.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "rapport.workspace";

/// This tab's end of the channel; dropping it stops listening.
pub struct TabChannel {
    channel: BroadcastChannel,
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl TabChannel {
    /// Listens for other tabs' writes; `on_stored` runs for each one. `None` when the
    /// browser has no BroadcastChannel (the next start still merges everything).
    pub fn open(mut on_stored: impl FnMut() + 'static) -> Option<Self> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |_| on_stored());
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Some(Self {
            channel,
            _listener: listener,
        })
    }

    /// Tells the other tabs that a chunk was stored (they read the store themselves).
    pub fn announce(&self) {
        let _ = self.channel.post_message(&JsValue::from_str("stored"));
    }
}

impl std::fmt::Debug for TabChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TabChannel")
    }
}

impl Drop for TabChannel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
