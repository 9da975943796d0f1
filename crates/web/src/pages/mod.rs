//! One file per route.

pub mod advisor;
pub mod certificate;
pub mod check;
pub mod exercise;
pub mod handouts;
pub mod home;
pub mod join;
pub mod module;
pub mod not_found;
pub mod presenter;
pub mod profiles;
pub mod settings;

use crate::route::Route;
use leptos::prelude::*;

/// The id of each page's `<h1>`, which receives focus on navigation.
pub const TITLE_ID: &str = "page-title";

pub use crate::program::Pages;

/// The learners' app (`index.html`): the advisor's pages live in `animateur.html`.
pub fn learner_pages(route: Route, has_learner: bool) -> AnyView {
    if !has_learner {
        return view! { <profiles::Chooser/> }.into_any();
    }
    match route {
        Route::Home => view! { <home::Home/> }.into_any(),
        Route::Module(m) => view! { <module::ModulePage module=m/> }.into_any(),
        Route::Exercise(m, e) => view! { <module::OpenExercise module=m exercise=e/> }.into_any(),
        Route::Profiles | Route::Finish | Route::Certificate => go_to_other_app(PROFILE_APP, &route),
        Route::Settings => view! { <settings::SettingsPage/> }.into_any(),
        Route::NotFound => view! { <not_found::NotFound/> }.into_any(),
        Route::Advisor | Route::CheckContent | Route::Handouts | Route::Present(..) | Route::Join => {
            go_to_other_app(advisor_app(&route), &route)
        }
    }
}

/// The advisor's corner (`animateur.html`): learners' pages live in
/// `index.html`, the projector's and the content check in programs of their own.
pub fn advisor_pages(route: Route, _has_learner: bool) -> AnyView {
    match route {
        Route::Advisor => view! { <advisor::CodeGate><advisor::Advisor/></advisor::CodeGate> }.into_any(),
        Route::Handouts => view! { <advisor::CodeGate><handouts::Handouts/></advisor::CodeGate> }.into_any(),
        Route::Join => view! { <advisor::CodeGate><join::Join/></advisor::CodeGate> }.into_any(),
        Route::CheckContent | Route::Present(..) => go_to_other_app(advisor_app(&route), &route),
        other => go_to_other_app(LEARNER_APP, &other),
    }
}

/// The projector's view of an exercise (`animateur-projeter.html`).
pub fn present_pages(route: Route, _has_learner: bool) -> AnyView {
    match route {
        Route::Present(m, e) => {
            view! { <advisor::CodeGate><presenter::Presenter module=m.clone() exercise=e.clone()/></advisor::CodeGate> }
                .into_any()
        }
        other => go_to_other_app(LEARNER_APP, &other),
    }
}

/// The check of every content file (`animateur-verifier.html`).
pub fn check_pages(route: Route, _has_learner: bool) -> AnyView {
    match route {
        Route::CheckContent => view! { <advisor::CodeGate><check::CheckContent/></advisor::CodeGate> }.into_any(),
        other => go_to_other_app(LEARNER_APP, &other),
    }
}

/// The learner's own pages (`profil.html`): "Mon profil", "J'ai fini" and
/// the attestation, a program of their own so that they are not part of the
/// first download; the rest lives in `index.html`.
pub fn profile_pages(route: Route, has_learner: bool) -> AnyView {
    match route {
        Route::Profiles if has_learner => view! { <profiles::Profiles/> }.into_any(),
        Route::Finish if has_learner => view! { <profiles::Finish/> }.into_any(),
        Route::Certificate if has_learner => view! { <certificate::Certificate/> }.into_any(),
        other => go_to_other_app(LEARNER_APP, &other),
    }
}

/// A program showing exercises (`exercice.html`, the generic kinds; each
/// module's simulations): their exercises; the rest lives in `index.html`.
pub fn sim_pages(route: Route, has_learner: bool) -> AnyView {
    match route {
        Route::Exercise(m, e) if has_learner => view! { <exercise::ExercisePage module=m exercise=e/> }.into_any(),
        other => go_to_other_app(LEARNER_APP, &other),
    }
}

pub use crate::program::{advisor_app, ADVISOR_APP, EXERCISE_APP, LEARNER_APP, PROFILE_APP};
pub use crate::ui::Loading;

/// Loads the other program at the same route (a relative address, so it works
/// under any sub-path). Shows nothing meanwhile.
fn go_to_other_app(app: &str, route: &Route) -> AnyView {
    open_in(app, route);
    ().into_any()
}

/// Replaces this page by program `app` at `route`.
fn open_in(app: &str, route: &Route) {
    let _ = window().location().replace(&format!("{app}{}", route.href()));
}

/// The page's `<h1>`; also sets the window title, to `window` when given:
/// a learner's name is shown on the page but never put in the window title,
/// which the browser's history would keep.
#[component]
pub fn PageTitle(
    #[prop(into)] text: Signal<String>,
    #[prop(optional, into)] window: Option<Signal<String>>,
) -> impl IntoView {
    let state = expect_context::<crate::AppState>();
    let node = NodeRef::<leptos::html::H1>::new();
    let window = window.unwrap_or(text);
    Effect::new(move |_| crate::ui::set_title(&window.get()));
    // After a navigation, the new page's title takes the focus once it is
    // shown (content may load first), so screen readers announce the page.
    Effect::new(move |_| {
        if let Some(h1) = node.get() {
            if state.focus_title.get_value() {
                state.focus_title.set_value(false);
                let _ = h1.focus();
            }
        }
    });
    view! { <h1 id=TITLE_ID tabindex="-1" node_ref=node>{text}</h1> }
}
