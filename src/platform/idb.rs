//! IndexedDB requests and transactions as futures.
//!
//! web-sys exposes IndexedDB's event callbacks only; each helper here turns one request or
//! one transaction into a `Future` that settles exactly once.

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, Event, IdbRequest, IdbTransaction};

/// What the browser reported when IndexedDB refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdbFailure {
    /// The DOMException's name, e.g. `QuotaExceededError`.
    pub name: String,
    pub message: String,
}

impl IdbFailure {
    pub fn from_js(value: &JsValue) -> Self {
        match value.dyn_ref::<DomException>() {
            Some(exception) => Self {
                name: exception.name(),
                message: exception.message(),
            },
            None => Self {
                name: "Error".into(),
                message: value
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| format!("{value:?}")),
            },
        }
    }

    /// True when the disk or the origin's quota is full.
    pub fn is_quota(&self) -> bool {
        self.name == "QuotaExceededError"
    }
}

impl std::fmt::Display for IdbFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

/// The result of a request, once it succeeded or failed. The handlers are attached at
/// once, not when the future is first polled, so no event can be missed.
pub fn request(
    request: &IdbRequest,
) -> impl std::future::Future<Output = Result<JsValue, IdbFailure>> {
    let request = request.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let settled = request.clone();
        // One handler for both outcomes: exactly one of them fires, and `once` frees it.
        let handler = Closure::once_into_js(move |_: Event| match settled.error() {
            Ok(Some(error)) => {
                let _ = reject.call1(&JsValue::NULL, &error);
            }
            _ => {
                let result = settled.result().unwrap_or(JsValue::UNDEFINED);
                let _ = resolve.call1(&JsValue::NULL, &result);
            }
        });
        request.set_onsuccess(Some(handler.unchecked_ref()));
        request.set_onerror(Some(handler.unchecked_ref()));
    });
    let settled = JsFuture::from(promise);
    async move { settled.await.map_err(|e| IdbFailure::from_js(&e)) }
}

/// Settles when `transaction` has committed (its writes are stored) or was aborted. Call
/// it before awaiting the transaction's requests: the handlers are attached at once.
pub fn committed(
    transaction: &IdbTransaction,
) -> impl std::future::Future<Output = Result<(), IdbFailure>> {
    let transaction = transaction.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let settled = transaction.clone();
        let handler = Closure::once_into_js(move |event: Event| {
            if event.type_() == "complete" {
                let _ = resolve.call0(&JsValue::NULL);
            } else {
                let error = settled
                    .error()
                    .map(JsValue::from)
                    .unwrap_or_else(|| JsValue::from_str("the transaction was aborted"));
                let _ = reject.call1(&JsValue::NULL, &error);
            }
        });
        transaction.set_oncomplete(Some(handler.unchecked_ref()));
        transaction.set_onabort(Some(handler.unchecked_ref()));
    });
    let settled = JsFuture::from(promise);
    async move {
        settled
            .await
            .map(|_| ())
            .map_err(|e| IdbFailure::from_js(&e))
    }
}
