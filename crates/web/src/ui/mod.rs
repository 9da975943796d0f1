//! Shared widgets and small view helpers.

pub mod feedback;
pub mod files;
pub mod layout;
pub mod panic;
pub mod problems;
pub mod read_aloud;

use crate::content::Msg;
use crate::i18n::I18n;
use leptos::prelude::*;

/// The id of an exercise's instruction, which names its answer area.
pub const INSTRUCTION_ID: &str = "ex-instruction";

/// The current interface language (`"fr"`, `"en"`); reactive.
pub fn lang() -> &'static str {
    expect_context::<I18n>().lang.get()
}

/// Renders a message built by pure code (validation problems…) in the
/// current language.
pub fn msg_text(msg: &Msg) -> String {
    let args: Vec<_> = msg.args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
    tr_args(msg.id, &args)
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

/// Fills the screen with the page (the projector's pages), when the browser lets it.
pub fn fullscreen() {
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Goes to another page (the router follows the hash).
pub fn navigate(route: &crate::route::Route) {
    let _ = window().location().set_hash(&route.href());
}

/// The picture file of a learner.
pub fn picture_src(picture: &str) -> String {
    format!("icons/avatars/{picture}.svg")
}

/// The spoken name of a learner's picture.
pub fn picture_name(picture: &str) -> String {
    match picture {
        "soleil" => crate::ui::tr_now("picture-soleil"),
        "fleur" => crate::ui::tr_now("picture-fleur"),
        "arbre" => crate::ui::tr_now("picture-arbre"),
        "tortue" => crate::ui::tr_now("picture-tortue"),
        "poisson" => crate::ui::tr_now("picture-poisson"),
        "oiseau" => crate::ui::tr_now("picture-oiseau"),
        "chat" => crate::ui::tr_now("picture-chat"),
        "chien" => crate::ui::tr_now("picture-chien"),
        "papillon" => crate::ui::tr_now("picture-papillon"),
        "coquillage" => crate::ui::tr_now("picture-coquillage"),
        "volcan" => crate::ui::tr_now("picture-volcan"),
        "bateau" => crate::ui::tr_now("picture-bateau"),
        "velo" => crate::ui::tr_now("picture-velo"),
        "maison" => crate::ui::tr_now("picture-maison"),
        "guitare" => crate::ui::tr_now("picture-guitare"),
        _ => crate::ui::tr_now("picture-ananas"),
    }
}

/// `2026-11-26` → `26/11/2026`.
pub fn format_date(iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    match p.as_slice() {
        [y, m, d] if *y != "0000" => format!("{d}/{m}/{y}"),
        _ => "—".into(),
    }
}

// Leptos compiles every distinct closure in a view into its own rendering
// code. The helpers below give all changing parts of the interface a few
// shared types (signals, boxed functions), which keeps the download small.

/// A changing part of a view.
pub fn dynamic<V: IntoView + 'static>(f: impl Fn() -> V + Send + Sync + 'static) -> AnyView {
    dynamic_boxed(std::sync::Arc::new(move || f().into_any()))
}

fn dynamic_boxed(f: std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    (move || f()).into_any()
}

/// A changing text.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// A changing yes/no (for `class:`, `disabled`, `prop:checked`…).
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
    Signal::derive(f)
}

/// `aria-pressed` / `aria-expanded` value.
pub fn pressed(f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(move || if f() { "true".to_string() } else { "false".to_string() })
}

/// A content text in the current language (French when not translated).
pub fn local(t: &crate::content::Text) -> Signal<String> {
    let t = t.clone();
    Signal::derive(move || t.get(lang()).to_string())
}

/// An interface text (a Fluent message id), following the current language.
/// One function for all messages instead of a macro per call: smaller wasm.
pub fn t(id: &'static str) -> Signal<String> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || i18n.tr(id))
}

/// An interface text now, in the current language (reactive when read in a view).
pub fn tr_now(id: &'static str) -> String {
    expect_context::<I18n>().tr(id)
}

/// An interface text with its variables.
pub fn tr_args(id: &'static str, args: &[(&'static str, fluent_bundle::FluentValue<'static>)]) -> String {
    let mut map = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        map.set(*k, v.clone());
    }
    expect_context::<I18n>().tr_with_args(id, &map)
}

/// A checkbox for one id in a list of ids. `checked_if_listed`: checked when
/// the id is in the list (chosen things) or when it is not (hidden things).
pub fn id_checkbox(
    input_id: String,
    id: String,
    label: Signal<String>,
    list: RwSignal<Vec<String>>,
    checked_if_listed: bool,
) -> impl IntoView {
    let checked = {
        let id = id.clone();
        flag(move || list.with(|l| l.contains(&id)) == checked_if_listed)
    };
    view! {
        <span class="check-line">
            <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=move |ev| {
                let listed = event_target_checked(&ev) == checked_if_listed;
                list.update(|l| {
                    l.retain(|x| *x != id);
                    if listed { l.push(id.clone()); }
                });
            }/>
            <label for=input_id>{label}</label>
        </span>
    }
}

/// Shown while content files are fetched.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{t("loading")}</p> }
}
