//! The browser's notifications, for reminders while Rapport is open (a closed static page
//! cannot be woken: the calendar file covers that), and the record of which reminders
//! this device has shown already, so a reload does not ring them again.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

const SHOWN_KEY: &str = "rapport.reminders.shown";
/// Kept per device; older entries go first.
const SHOWN_LIMIT: usize = 500;

/// Whether this browser shows Rapport's notifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotificationAccess {
    Granted,
    /// Not asked yet.
    Ask,
    Denied,
    /// The browser has no notifications (or none for a page like this one).
    Unsupported,
}

/// What the browser allows now.
pub fn notification_access() -> NotificationAccess {
    let has = js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Notification"))
        .unwrap_or(false);
    if !has {
        return NotificationAccess::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => NotificationAccess::Granted,
        NotificationPermission::Denied => NotificationAccess::Denied,
        _ => NotificationAccess::Ask,
    }
}

/// Asks once (the browser asks the user); resolves with the answer.
pub async fn ask_for_notifications() -> NotificationAccess {
    if notification_access() != NotificationAccess::Ask {
        return notification_access();
    }
    if let Ok(promise) = Notification::request_permission() {
        let _ = JsFuture::from(promise).await;
    }
    notification_access()
}

/// Shows a notification tagged `tag` (one per reminder: shown again, it replaces itself);
/// a click brings this tab forward and opens `href`.
pub fn notify(title: &str, body: &str, tag: &str, href: String) {
    if notification_access() != NotificationAccess::Granted {
        return;
    }
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    let Ok(notification) = Notification::new_with_options(title, &options) else {
        return;
    };
    let clicked = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.focus();
            let _ = window.location().set_hash(href.trim_start_matches('#'));
        }
    });
    notification.set_onclick(Some(clicked.unchecked_ref()));
}

/// Whether the reminder `key` was shown on this device.
pub fn reminder_shown(key: &str) -> bool {
    shown().iter().any(|k| k == key)
}

/// Notes that the reminder `key` was shown on this device.
pub fn note_reminder_shown(key: &str) {
    let mut keys = shown();
    if keys.iter().any(|k| k == key) {
        return;
    }
    keys.push(key.to_owned());
    let excess = keys.len().saturating_sub(SHOWN_LIMIT);
    keys.drain(..excess);
    // Failing to keep it costs the same reminder shown once more after a reload.
    let _ = LocalStorage::set(SHOWN_KEY, keys);
}

fn shown() -> Vec<String> {
    LocalStorage::get(SHOWN_KEY).unwrap_or_default()
}
