//! If something still panics, the page says so kindly (wasm-bindgen-test in
//! headless Chromium). Its own test binary: after the panic this wasm
//! instance is not used again.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_panic_shows_a_kind_message_with_a_reload_button() {
    pas_a_pas::ui::panic::install();
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.document_element().unwrap().set_attribute("lang", "fr").unwrap();
    assert!(doc.get_element_by_id(pas_a_pas::ui::panic::NOTICE_ID).is_none());
    // A panic in a callback called from JavaScript, as a click handler is.
    let boom = Closure::<dyn Fn()>::new(|| panic!("boom"));
    let f: &js_sys::Function = boom.as_ref().unchecked_ref();
    assert!(f.call0(&JsValue::NULL).is_err(), "the panic stops the callback");
    let notice = doc.get_element_by_id(pas_a_pas::ui::panic::NOTICE_ID).expect("the notice is shown");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap();
    assert!(text.contains("Un problème est arrivé. Rechargez la page. Vos résultats sont gardés."), "{text}");
    assert!(notice.query_selector("button").unwrap().is_some(), "with a reload button");
    assert_eq!(doc.active_element().map(|e| e.tag_name()), Some("BUTTON".into()), "which has the focus");
}
