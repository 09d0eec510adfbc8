//! Offers bytes to the user as a file download.

use wasm_bindgen::JsCast;

/// Starts a download of `bytes` as `file_name`.
pub fn download(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    download_file(file_name, &super::FileBytes::from_slice(bytes), mime)
}

/// [`download`] of bytes the browser holds.
pub fn download_file(file_name: &str, file: &super::FileBytes, mime: &str) -> Result<(), String> {
    let failed = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(file.as_array());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).map_err(failed)?;
    Ok(())
}
