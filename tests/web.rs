//! Component tests in headless Chromium (wasm-bindgen-test): the shell's
//! settings and each kind's view respond to clicks and keys.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use pas_a_pas::catalog::{ATELIER_CV, EXERCISES, LEARNERS};
use pas_a_pas::content::Text;
use pas_a_pas::i18n::{Files, I18n, Language};
use pas_a_pas::kinds::{self, choice, classify, order, spot, KindCtx, KindData, Verdict};
use pas_a_pas::{AppState, Shell};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets effects and renders scheduled by a change run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

/// Mounts a kind's view with the app's context around it, in the program
/// that shows the generic kinds (elsewhere their view opens exercice.html).
fn mount_kind(data: KindData) -> (web_sys::HtmlElement, KindCtx) {
    let el = container();
    let ctx = KindCtx::new();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(EXERCISES.messages));
        provide_context(EXERCISES);
        provide_context(AppState::new());
        kinds::view(&data, ctx)
    });
    handle.forget();
    (el, ctx)
}

fn text(s: &str) -> Text {
    Text(vec![("fr".into(), s.into()), ("en".into(), format!("{s} (en)"))])
}

#[wasm_bindgen_test]
async fn choice_view_answers_by_click_and_shows_feedback() {
    let opt = |id: &str, correct| choice::ChoiceOption {
        id: id.into(),
        text: text(id),
        correct,
        explanation: text("parce que"),
    };
    let (el, ctx) = mount_kind(KindData::Choice(choice::Choice {
        multiple: false,
        options: vec![opt("a", false), opt("b", true)],
    }));
    assert!(ctx.check().is_none(), "nothing answered yet");
    find(&el, "label[for=option-b]").click();
    settle().await;
    let outcome = ctx.check().expect("an answer");
    assert_eq!((outcome.score, outcome.max), (1, 1));
    ctx.outcome.set(Some(outcome));
    settle().await;
    assert!(find(&el, ".feedback.right").text_content().unwrap().contains("Juste."));
    assert!(find(&el, "#option-a").has_attribute("disabled"), "answers are locked after checking");
}

#[wasm_bindgen_test]
async fn classify_view_places_cards_by_tapping_a_group() {
    let group = |id: &str| classify::Group { id: id.into(), label: text(id) };
    let card =
        |id: &str, g: &str| classify::Card { id: id.into(), text: text(id), group: g.into(), explanation: text("e") };
    let (el, ctx) = mount_kind(KindData::Classify(classify::Classify {
        groups: vec![group("oui"), group("non")],
        items: vec![card("x", "oui"), card("y", "non")],
    }));
    find(&el, "label[for=card-x-oui]").click();
    find(&el, "label[for=card-y-oui]").click();
    settle().await;
    let o = ctx.check().unwrap();
    assert_eq!((o.score, o.max), (1, 2));
    assert_eq!(o.verdict("y"), Some(Verdict::Wrong));
}

#[wasm_bindgen_test]
async fn order_view_moves_steps_with_buttons_and_keys() {
    let step = |id: &str| order::Step { id: id.into(), text: text(id), explanation: text("e") };
    let data = order::Order { items: vec![step("a"), step("b"), step("c")] };
    let shown = data.initial_order();
    let (el, ctx) = mount_kind(KindData::Order(data.clone()));
    assert!(ctx.check().is_none(), "an untouched order is not an answer yet");
    // Bring each step to its place with "Monter", as a keyboard user would.
    let mut order = shown.clone();
    for k in 0..3 {
        let mut pos = order.iter().position(|&i| i == k).unwrap();
        while pos > k {
            let id = format!("#up-{}", data.items[k].id);
            find(&el, &id).focus().unwrap();
            find(&el, &id).click();
            settle().await;
            order.swap(pos, pos - 1);
            pos -= 1;
        }
    }
    let o = ctx.check().unwrap();
    assert_eq!((o.score, o.max), (3, 3));
    assert!(find(&el, "[aria-live=polite]").text_content().unwrap().contains("est maintenant en position"));
}

#[wasm_bindgen_test]
async fn spot_view_marks_and_unmarks_segments() {
    let seg = |id: Option<&str>, clue| spot::Segment {
        zone: "body".into(),
        text: text(id.unwrap_or("texte")),
        mark: id.map(|id| spot::Markable { id: id.into(), clue, explanation: text("e") }),
    };
    let (el, ctx) = mount_kind(KindData::Spot(spot::Spot {
        document: "sms".into(),
        segments: vec![seg(None, false), seg(Some("lien"), true), seg(Some("bonjour"), false)],
    }));
    let buttons = el.query_selector_all("button.segment").unwrap();
    assert_eq!(buttons.length(), 2, "only parts with an id can be marked");
    let lien: web_sys::HtmlElement = buttons.get(0).unwrap().unchecked_into();
    lien.click();
    lien.click();
    lien.click();
    settle().await;
    assert_eq!(lien.get_attribute("aria-pressed").as_deref(), Some("true"));
    let o = ctx.check().unwrap();
    assert_eq!((o.score, o.max), (1, 1));
}

/// The learners' app with English compiled in: the app fetches it from
/// `locales/en/`, which this test's page does not serve (e2e tests that).
static BOTH_BUILT: pas_a_pas::Program = pas_a_pas::Program {
    pages: pas_a_pas::pages::learner_pages,
    registry: pas_a_pas::sim::Registry { entries: pas_a_pas::catalog::ENTRIES, ..pas_a_pas::sim::Registry::NONE },
    views: &[],
    generic_view: None,
    messages: &[
        Language { id: "fr", name: "Français", files: Files::Built(&[include_str!("../locales/fr/main.ftl")]) },
        Language { id: "en", name: "English", files: Files::Built(&[include_str!("../locales/en/main.ftl")]) },
    ],
};

#[wasm_bindgen_test]
async fn shell_header_switches_language_and_contrast() {
    let el = container();
    leptos::mount::mount_to(el.clone(), || view! { <Shell program=&BOTH_BUILT/> }).forget();
    settle().await;
    let root = document().document_element().unwrap();
    let buttons = el.query_selector_all(".quick-settings button").unwrap();
    let by_text = |t: &str| -> web_sys::HtmlElement {
        (0..buttons.length())
            .map(|i| buttons.get(i).unwrap().unchecked_into::<web_sys::HtmlElement>())
            .find(|b| b.text_content().unwrap().trim() == t)
            .unwrap_or_else(|| panic!("no button {t}"))
    };
    by_text("Contraste élevé").click();
    settle().await;
    assert_eq!(root.get_attribute("data-contrast").as_deref(), Some("high"));
    by_text("English").click();
    settle().await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(find(&el, ".skip-link").text_content().as_deref(), Some("Skip to content"));
    by_text("Français").click();
    by_text("High contrast").click();
    settle().await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(root.get_attribute("data-contrast").as_deref(), Some("normal"));
}

/// In the learners' app, a simulation's file is read up to its kind only,
/// and names the program that shows it; that program reads it whole.
#[wasm_bindgen_test]
fn a_simulation_is_read_whole_only_where_it_is_shown() {
    let src = include_str!("../exercises/cv/mon-cv.toml");
    let ex = pas_a_pas::content::parse_exercise("cv", "mon-cv", src, &LEARNERS.registry).unwrap();
    assert_eq!(ex.data, KindData::Elsewhere("atelier-cv.html"));
    let ex = pas_a_pas::content::parse_exercise("cv", "mon-cv", src, &ATELIER_CV.registry).unwrap();
    assert!(ex.data.sim::<cv_builder::CvBuilder>().is_some());
}
