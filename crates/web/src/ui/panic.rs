//! If something still panics, the page says so kindly instead of freezing.
//!
//! The hook writes straight into the page with `web-sys`: at that moment the
//! app's own state (signals, messages) may be what broke, so it uses none of
//! it. Its two sentences are kept here in French and English for that reason.

use wasm_bindgen::JsCast;

pub const NOTICE_ID: &str = "panic-notice";
const FR: &str = "Un problème est arrivé. Rechargez la page. Vos résultats sont gardés.";
const EN: &str = "Something went wrong. Reload the page. Your results are kept.";
const RELOAD_FR: &str = "Recharger la page";
const RELOAD_EN: &str = "Reload the page";

/// Installs the hook once (every program calls it when it starts).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // For whoever opens the browser's console: what broke, and where.
            web_sys::console::error_1(&format!("Pas à pas: {info}").into());
            show_notice();
        }))
    });
}

/// Shows the notice on top of the page, once, with a reload button.
pub fn show_notice() -> Option<()> {
    let doc = web_sys::window()?.document()?;
    if doc.get_element_by_id(NOTICE_ID).is_some() {
        return Some(());
    }
    let english = doc.document_element()?.get_attribute("lang").is_some_and(|l| l.starts_with("en"));
    let (text, reload) = if english { (EN, RELOAD_EN) } else { (FR, RELOAD_FR) };
    let box_ = doc.create_element("div").ok()?;
    box_.set_id(NOTICE_ID);
    box_.set_attribute("role", "alert").ok()?;
    box_.set_class_name("panic-notice");
    let p = doc.create_element("p").ok()?;
    p.set_text_content(Some(text));
    let button: web_sys::HtmlElement = doc.create_element("button").ok()?.dyn_into().ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("button primary big");
    button.set_text_content(Some(reload));
    // The smallest handler (no app state); the sentence says F5 works too.
    let reload_page = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        let _ = web_sys::window().map(|w| w.location().reload());
    })
    .into_js_value();
    button.set_onclick(Some(reload_page.unchecked_ref()));
    box_.append_child(&p).ok()?;
    box_.append_child(&button).ok()?;
    doc.body()?.prepend_with_node_1(&box_).ok()?;
    button.focus().ok()
}
