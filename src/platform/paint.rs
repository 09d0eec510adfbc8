//! Waiting for the browser to draw what the app just put on screen, before a long task.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Resolves after the next frame was painted (a frame callback, then a task after it).
pub async fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let later = window.clone();
        let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = later.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        if window
            .request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&frame))
            .is_err()
        {
            let _ = frame;
        }
    });
    let _ = JsFuture::from(promise).await.unwrap_or(JsValue::UNDEFINED);
}

/// Resolves after `duration`, on the page or in a worker (timers of the global scope).
pub async fn sleep(duration: std::time::Duration) {
    let millis = i32::try_from(duration.as_millis()).unwrap_or(i32::MAX);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        let set_timeout = js_sys::Reflect::get(&global, &"setTimeout".into())
            .ok()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
        match set_timeout {
            Some(set_timeout) => {
                let _ = set_timeout.call2(&global, &resolve, &JsValue::from(millis));
            }
            None => {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        }
    });
    let _ = JsFuture::from(promise).await;
}
