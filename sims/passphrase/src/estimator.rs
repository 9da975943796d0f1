//! The bridge to the estimator of `atelier-mot-de-passe.html`: zxcvbn-ts and
//! its French dictionaries, loaded by that page as three scripts of its own
//! folder (`estimator/`, built by `assets/estimator/build.mjs`), which define
//! `window.pasAPasMeter`. The password goes to that function and nowhere
//! else; what comes back holds no text of it.

use super::model::Estimate;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `pasAPasMeter.check(password, words)`: `words` are the exercise's
    /// common words, one a line; the answer is JSON ([`Estimate`]). Throws
    /// when the estimator did not load.
    #[wasm_bindgen(catch, js_namespace = pasAPasMeter, js_name = check)]
    fn check_js(password: &str, words: &str) -> Result<String, JsValue>;
}

/// Measures `password`, with `common` counted as well known (most common
/// first). `None` when the estimator is missing or answered nonsense.
pub fn estimate(password: &str, common: &[String]) -> Option<Estimate> {
    let answer = check_js(password, &common.join("\n")).ok()?;
    Estimate::from_json(&answer)
}
