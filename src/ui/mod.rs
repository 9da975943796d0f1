//! Shared widgets and small view helpers.

pub mod feedback;
pub mod problems;
pub mod layout;
pub mod read_aloud;

use crate::content::Msg;
use leptos::prelude::*;
use leptos_fluent::I18n;
use std::borrow::Cow;
use std::collections::HashMap;

/// The id of an exercise's instruction, which names its answer area.
pub const INSTRUCTION_ID: &str = "ex-instruction";

/// The current interface language (`"fr"`, `"en"`); reactive.
pub fn lang() -> &'static str {
    expect_context::<I18n>().language.get().id
}

/// Renders a message built by pure code (validation problems…) in the
/// current language.
pub fn msg_text(msg: &Msg) -> String {
    let args: HashMap<Cow<'static, str>, fluent_bundle::FluentValue> =
        msg.args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone().into())).collect();
    expect_context::<I18n>().tr_with_args(msg.id, &args)
}

/// Moves keyboard focus to the element `id` (or `fallback` if `id` is
/// missing or disabled) once the view has been updated.
pub fn focus_by_id(id: &str, fallback: &str) {
    let (id, fallback) = (id.to_string(), fallback.to_string());
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let doc = document();
        let usable = |i: &str| {
            doc.get_element_by_id(i)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                .filter(|e| !e.has_attribute("disabled"))
        };
        if let Some(el) = usable(&id).or_else(|| usable(&fallback)) {
            let _ = el.focus();
        }
    });
}

/// Sets the page title: "Title – Pas à pas".
pub fn set_title(title: &str) {
    let app = expect_context::<I18n>().tr("app-name");
    document().set_title(&if title.is_empty() { app } else { format!("{title} – {app}") });
}
