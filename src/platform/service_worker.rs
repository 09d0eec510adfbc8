//! The offline service worker (`static/sw.js`): registers it and tells when a new version of
//! the app is installed and waiting, then switches to it on request.
//!
//! The worker keeps one build of the app (index.html with its own hashed files), so the app
//! opens with no network. A new deploy changes `sw.js`; the browser finds it when the app is
//! opened, installs it beside the running one and leaves it waiting. The app is told (it
//! shows a banner) and only the user's "Reload" makes the new worker take over: a page never
//! switches builds under the user's feet.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The worker's file, relative to the page: the app works from any sub-path.
const SCRIPT: &str = "./sw.js";
/// The message `sw.js` answers with `skipWaiting()`.
const ACTIVATE: &str = "rapport-activate";
/// How long "Reload" waits for the new worker before reloading anyway.
const ACTIVATE_TIMEOUT_MS: i32 = 5_000;

#[derive(Default)]
struct Watch {
    started: bool,
    waiting: bool,
    on_update: Option<Rc<dyn Fn()>>,
}

thread_local! {
    static WATCH: RefCell<Watch> = RefCell::default();
}

/// Registers the service worker (once per page) and calls `on_update` when a new version
/// of the app is waiting, right away if one already is. A later call replaces `on_update`.
///
/// Does nothing where there are no service workers, and on a page that is not a secure
/// context (plain http:// other than localhost): browsers refuse them there.
pub fn watch_for_updates(on_update: impl Fn() + 'static) {
    let on_update: Rc<dyn Fn()> = Rc::new(on_update);
    let (start, waiting) = WATCH.with_borrow_mut(|watch| {
        watch.on_update = Some(on_update.clone());
        let start = !watch.started;
        watch.started = true;
        (start, watch.waiting)
    });
    if waiting {
        on_update();
    }
    if !start {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(container.register(SCRIPT)).await {
            // Some browsers (and test harnesses) that block service workers resolve
            // with nothing at all.
            Ok(registration) => {
                if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                    watch(&container, registration);
                }
            }
            Err(error) => {
                leptos::logging::warn!("the offline worker was not registered: {error:?}")
            }
        }
    });
}

/// Makes the waiting version take over and reloads the page on it (just reloads when
/// nothing is waiting, e.g. another tab already switched).
pub fn activate_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    // Reload once the new worker controls the page, or after a while whatever happens.
    let pending = Rc::new(Cell::new(true));
    let on_change = {
        let pending = pending.clone();
        Closure::<dyn Fn()>::new(move || {
            if pending.replace(false) {
                reload();
            }
        })
    };
    let _ = container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            on_change.as_ref().unchecked_ref(),
            ACTIVATE_TIMEOUT_MS,
        );
    }
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        let posted = waiting.is_some_and(|worker| {
            let message = js_sys::Object::new();
            js_sys::Reflect::set(&message, &"type".into(), &ACTIVATE.into()).is_ok()
                && worker.post_message(&message).is_ok()
        });
        if !posted && pending.replace(false) {
            reload();
        }
    });
}

/// The page's service workers, where it may have them.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Follows `registration`: a worker that finishes installing while another one controls
/// the page is a new version (the very first install is not: the page has no controller).
fn watch(container: &ServiceWorkerContainer, registration: ServiceWorkerRegistration) {
    let is_update: Rc<dyn Fn() -> bool> = {
        let container = container.clone();
        Rc::new(move || container.controller().is_some())
    };
    if registration.waiting().is_some() && is_update() {
        announce();
    }
    // The browser may have found the new version before this page registered.
    if let Some(worker) = registration.installing() {
        follow(worker, is_update.clone());
    }
    let found = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = registration.installing() {
                follow(worker, is_update.clone());
            }
        })
    };
    let _ = registration
        .add_event_listener_with_callback("updatefound", found.as_ref().unchecked_ref());
    found.forget();
}

/// Announces `worker` once it is installed, if it is an update.
fn follow(worker: ServiceWorker, is_update: Rc<dyn Fn() -> bool>) {
    let installing = worker.clone();
    let changed = Closure::<dyn Fn()>::new(move || {
        if installing.state() == ServiceWorkerState::Installed && is_update() {
            announce();
        }
    });
    let _ =
        worker.add_event_listener_with_callback("statechange", changed.as_ref().unchecked_ref());
    changed.forget();
}

/// A new version is waiting: remember it and tell the app.
fn announce() {
    let on_update = WATCH.with_borrow_mut(|watch| {
        watch.waiting = true;
        watch.on_update.clone()
    });
    if let Some(on_update) = on_update {
        on_update();
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
