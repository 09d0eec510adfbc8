//! How safe the browser keeps this site's data: persistent or evictable, and how much
//! space it uses (`navigator.storage`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

/// What the browser says about this site's storage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StorageStatus {
    /// `Some(true)` when the browser promised not to clear the data under pressure.
    pub persisted: Option<bool>,
    /// Bytes used and available, as the browser estimates them.
    pub usage: Option<f64>,
    pub quota: Option<f64>,
}

fn manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers and some embedded views lack it.
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()?
        .dyn_into::<StorageManager>()
        .ok()
}

/// Asks the browser to keep the data even when space runs low. Returns whether it agreed.
pub async fn request_persistence() -> Option<bool> {
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// The current status, without asking anything of the user.
pub async fn storage_status() -> StorageStatus {
    let Some(manager) = manager() else {
        return StorageStatus::default();
    };
    let persisted = match manager.persisted() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    let (usage, quota) = match manager.estimate() {
        Ok(promise) => match JsFuture::from(promise).await {
            Ok(estimate) => (number(&estimate, "usage"), number(&estimate, "quota")),
            Err(_) => (None, None),
        },
        Err(_) => (None, None),
    };
    StorageStatus {
        persisted,
        usage,
        quota,
    }
}

fn number(object: &wasm_bindgen::JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(object, &key.into()).ok()?.as_f64()
}
