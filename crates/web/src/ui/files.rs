//! Saving a file to the learner's computer and reading one they choose.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a download's address lives: revoked at once, some browsers
/// cancel the download; kept forever, the file stays readable in memory.
const REVOKE_AFTER_MS: i32 = 60_000;

/// Offers `text` as a download named `name` (a JSON file).
pub fn download(name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let doc = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    doc.body()?.append_child(&a).ok()?;
    a.click();
    a.remove();
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), REVOKE_AFTER_MS)
        .ok()
        .map(|_| ())
}

/// Why a chosen file could not be read at all.
pub enum ReadFileError {
    /// Larger than the limit: not read.
    TooBig,
    Unreadable,
}

/// Reads the first file chosen in `input`, refusing files over `max_bytes`
/// before reading them.
pub async fn read_chosen(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<Result<Vec<u8>, ReadFileError>> {
    let file = input.files()?.get(0)?;
    if file.size() > max_bytes as f64 {
        return Some(Err(ReadFileError::TooBig));
    }
    let buffer = match JsFuture::from(file.array_buffer()).await {
        Ok(b) => b,
        Err(_) => return Some(Err(ReadFileError::Unreadable)),
    };
    Some(Ok(js_sys::Uint8Array::new(&buffer).to_vec()))
}
