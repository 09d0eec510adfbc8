//! Web Locks (`navigator.locks`, on the page and in workers): a lock is released when
//! whoever held it ends, however it ends (closed, reloaded, crashed, terminated). That is
//! how a page learns its engine's worker ended, and how a page tells a closed tab's
//! pending log from a live tab's.
//!
//! web-sys has the Lock Manager only behind its unstable-API flag: called by name here.

use futures_channel::oneshot;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// `navigator.locks`, on the page or in a worker; `None` where the browser has none.
fn lock_manager() -> Option<JsValue> {
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// Whether this browser has Web Locks.
pub fn locks_available() -> bool {
    lock_manager().is_some()
}

/// Takes the lock `name` and holds it for as long as this page (or worker) lives.
/// Resolves `true` once it is held. With `if_available`, resolves `false` at once when
/// someone else holds it; otherwise waits until they let it go.
pub async fn hold(name: &str, if_available: bool) -> bool {
    let (granted, answer) = oneshot::channel::<bool>();
    let mut granted = Some(granted);
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        let held = !lock.is_null();
        if let Some(granted) = granted.take() {
            let _ = granted.send(held);
        }
        if held {
            // A promise that never settles: the lock stays held until we end.
            Promise::new(&mut |_, _| {}).into()
        } else {
            JsValue::UNDEFINED
        }
    });
    // The browser calls it once, maybe long after this function returned.
    if !request(name, if_available, callback.unchecked_ref()) {
        return false;
    }
    answer.await.unwrap_or(false)
}

/// Resolves once nobody holds the lock `name` (it is taken and let go at once). Never
/// resolves where the browser has no Web Locks.
pub async fn when_free(name: &str) {
    let (freed, free) = oneshot::channel::<()>();
    let mut freed = Some(freed);
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        if let Some(freed) = freed.take() {
            let _ = freed.send(());
        }
        JsValue::UNDEFINED
    });
    if !request(name, false, callback.unchecked_ref()) {
        return std::future::pending().await;
    }
    let _ = free.await;
}

/// `navigator.locks.request(name, { ifAvailable }, callback)`; false when it cannot be
/// asked.
fn request(name: &str, if_available: bool, callback: &Function) -> bool {
    let Some(locks) = lock_manager() else {
        return false;
    };
    let options = js_sys::Object::new();
    if Reflect::set(&options, &"ifAvailable".into(), &if_available.into()).is_err() {
        return false;
    }
    let Ok(request) = Reflect::get(&locks, &"request".into()) else {
        return false;
    };
    let Ok(request) = request.dyn_into::<Function>() else {
        return false;
    };
    let args = js_sys::Array::of3(&name.into(), &options, callback);
    match request.apply(&locks, &args) {
        Ok(promise) => {
            // The promise settles when the lock goes; a rejection (the page unloading)
            // needs no handling.
            if let Ok(promise) = promise.dyn_into::<Promise>() {
                let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = promise.catch(&ignore);
                ignore.forget();
            }
            true
        }
        Err(_) => false,
    }
}
