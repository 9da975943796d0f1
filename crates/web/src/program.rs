//! What makes a program of the app (one HTML file of `dist/`, one Trunk bin):
//! its pages, the simulations it knows and shows, and its messages. The
//! catalog (the root package) declares each one.

use crate::route::Route;
use crate::{i18n, kinds, sim};
use leptos::prelude::AnyView;

/// Which pages a program carries. The `bool` is false when the route needs a
/// learner and nobody is signed in. The others are sent to the program that
/// has them.
pub type Pages = fn(Route, bool) -> AnyView;

/// The programs that hold pages every program links to (relative addresses,
/// so the app works under any sub-path).
pub const LEARNER_APP: &str = "./";
pub const ADVISOR_APP: &str = "animateur.html";
/// The advisor's programs that read every simulation whole, each on its own
/// so that each stays within the size budget: the projector's view, and the
/// check of every content file.
pub const PRESENT_APP: &str = "animateur-projeter.html";
pub const CHECK_APP: &str = "animateur-verifier.html";
pub const PROFILE_APP: &str = "profil.html";
/// Shows the generic kinds' exercises (choice, classify, order, spot), so that
/// the first program, the home page's, carries no exercise page at all.
pub const EXERCISE_APP: &str = "exercice.html";

/// The program that shows one of the advisor's pages.
pub fn advisor_app(route: &Route) -> &'static str {
    match route {
        Route::Present(..) => PRESENT_APP,
        Route::CheckContent => CHECK_APP,
        _ => ADVISOR_APP,
    }
}

/// A link to one of the advisor's pages, straight to the program that shows
/// it (from any program).
pub fn advisor_href(route: &Route) -> String {
    format!("{}{}", advisor_app(route), route.href())
}

/// The program that shows an exercise of `kind`: the simulation's, or the
/// generic exercises'.
pub fn app_of_kind(registry: &sim::Registry, kind: &str) -> &'static str {
    registry.entry(kind).map_or(EXERCISE_APP, |e| e.program)
}

/// One program of the app (one HTML file of `dist/`, one Trunk bin).
#[derive(Clone, Copy)]
pub struct Program {
    /// The pages it shows; it sends the others to the program that has them.
    pub pages: Pages,
    /// Every simulation of the catalog, and the readers of those it reads.
    pub registry: sim::Registry,
    /// The simulations it shows.
    pub views: &'static [&'static dyn kinds::SimView],
    /// Shows the generic kinds, in the programs that read them
    /// (`registry.generic`): [`kinds::generic_view`].
    pub generic_view: Option<kinds::GenericView>,
    /// Its messages, in every language.
    pub messages: i18n::Messages,
}
