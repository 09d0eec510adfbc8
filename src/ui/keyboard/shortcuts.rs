//! The single-key shortcuts, read from the window's key presses.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::i18n::Msg;
use crate::ui::route::{navigate, Route};

/// Every shortcut, as the help lists it: the keys and what they do.
pub const SHORTCUTS: [(&str, Msg); 10] = [
    ("Ctrl K / ⌘ K", Msg::ShortcutPalette),
    ("?", Msg::ShortcutHelp),
    ("/", Msg::ShortcutSearch),
    ("n", Msg::ShortcutNewCustomer),
    ("l", Msg::ShortcutLog),
    ("g c", Msg::ShortcutGoCustomers),
    ("g t", Msg::ShortcutGoToday),
    ("g b", Msg::ShortcutGoBoard),
    ("g d", Msg::ShortcutGoDashboard),
    ("g s", Msg::ShortcutGoSync),
];

/// How long after `g` its second key counts.
const SEQUENCE_MS: f64 = 1_500.0;

/// Starts listening; stops when the owner is disposed.
pub fn listen(palette_open: RwSignal<bool>, help_open: RwSignal<bool>) {
    // When `g` was pressed, for the sequences.
    let g_at = Rc::new(Cell::new(None::<f64>));
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.is_composing() {
            return;
        }
        let key = ev.key();
        if (ev.ctrl_key() || ev.meta_key()) && !ev.alt_key() && key.eq_ignore_ascii_case("k") {
            ev.prevent_default();
            help_open.set(false);
            palette_open.set(true);
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing(&ev) || any_dialog_open() {
            return;
        }
        let now = js_sys::Date::now();
        if let Some(at) = g_at.take() {
            if now - at < SEQUENCE_MS {
                let route = match key.as_str() {
                    "c" => Some(Route::Customers),
                    "t" => Some(Route::Today),
                    "b" => Some(Route::Board),
                    "d" => Some(Route::Dashboard),
                    "s" => Some(Route::Sync),
                    _ => None,
                };
                if let Some(route) = route {
                    ev.prevent_default();
                    navigate(&route);
                    return;
                }
            }
        }
        match key.as_str() {
            "g" => g_at.set(Some(now)),
            "?" => {
                ev.prevent_default();
                help_open.set(true);
            }
            "n" => {
                ev.prevent_default();
                navigate(&Route::NewCustomer);
            }
            "/" => {
                ev.prevent_default();
                focus_search();
            }
            "l" if focus("form.interaction-form textarea") => ev.prevent_default(),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// True when the key goes to a field (or an editable element) the user is typing in, where
/// keys are the field's own (Ctrl+Z included).
pub fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.is_content_editable()
}

fn any_dialog_open() -> bool {
    document()
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .is_some()
}

/// The customer search: on the list, or the list first.
fn focus_search() {
    if !focus("#search") {
        navigate(&Route::Customers);
        // The list renders on the next frame.
        set_timeout(
            || _ = focus("#search"),
            std::time::Duration::from_millis(50),
        );
    }
}

/// Focuses the first element matching `selector`; false when there is none.
pub(super) fn focus(selector: &str) -> bool {
    let element = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => {
            let _ = element.focus();
            true
        }
        None => false,
    }
}
