//! The views of the exercise kinds. The generic kinds' views are here (one
//! file each, their models are in `pas_a_pas_core::kinds`); a simulation's
//! view is a [`SimView`] of the program that carries it.

mod choice_view;
mod classify_view;
mod order_view;
mod spot_view;

pub use pas_a_pas_core::kinds::*;
use pas_a_pas_core::sim::SimData;

use leptos::prelude::*;
use std::sync::Arc;

/// Shows a simulation: given by its plug-in, carried by its program.
pub trait SimView: Sync {
    /// Its `kind`, as in its catalog entry.
    fn kind(&self) -> &'static str;
    fn view(&self, data: &SimData, ctx: KindCtx) -> AnyView;
}

/// The link between a kind's view and the exercise frame around it.
/// The view keeps its answer in signals and registers how to check it.
#[derive(Clone, Copy)]
pub struct KindCtx {
    /// `Some` once "Vérifier" was pressed; the view shows per-item feedback.
    pub outcome: RwSignal<Option<Outcome>>,
    checker: StoredValue<Option<Checker>>,
}

/// Returns `None` when nothing has been answered yet.
pub type Checker = Arc<dyn Fn() -> Option<Outcome> + Send + Sync>;

impl KindCtx {
    pub fn new() -> Self {
        KindCtx { outcome: RwSignal::new(None), checker: StoredValue::new(None) }
    }
    pub fn set_checker(&self, f: impl Fn() -> Option<Outcome> + Send + Sync + 'static) {
        self.checker.set_value(Some(Arc::new(f)));
    }
    /// Binds "Vérifier" to a simulation's mission: once the learner has
    /// `started`, each goal is judged by `met` on the state. Every simulation
    /// view binds its checker this way.
    pub fn bind_mission<S: Send + Sync + 'static>(
        &self,
        state: RwSignal<S>,
        mission: &pas_a_pas_core::mission::Mission,
        started: fn(&S) -> bool,
        met: impl Fn(&S, &str) -> bool + Send + Sync + 'static,
    ) {
        let mission = mission.clone();
        self.set_checker(move || state.with_untracked(|s| started(s).then(|| mission.outcome(|g| met(s, g)))));
    }
    pub fn check(&self) -> Option<Outcome> {
        self.checker.get_value().and_then(|f| f())
    }
    pub fn checked(&self) -> bool {
        self.outcome.with(Option::is_some)
    }
    pub fn verdict(&self, id: &str) -> Option<Verdict> {
        self.outcome.with(|o| o.as_ref().and_then(|o| o.verdict(id)))
    }
}

impl Default for KindCtx {
    fn default() -> Self {
        Self::new()
    }
}

/// Shows a generic kind's exercise (see [`generic_view`]).
pub type GenericView = fn(&KindData, KindCtx) -> Option<AnyView>;

/// The views of the generic kinds (choice, classify, order, spot), named by
/// the programs that show them only (`Program::generic_view`), so that the
/// others do not carry their code. `None` for a simulation.
pub fn generic_view(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    Some(match data {
        KindData::Choice(d) => choice_view::view(Arc::new(d.clone()), ctx),
        KindData::Classify(d) => classify_view::view(Arc::new(d.clone()), ctx),
        KindData::Order(d) => order_view::view(Arc::new(d.clone()), ctx),
        KindData::Spot(d) => spot_view::view(Arc::new(d.clone()), ctx),
        KindData::Sim(_) | KindData::Elsewhere(_) => return None,
    })
}

/// The document of a clue-spotting exercise, the one generic view the
/// advisor's corner shows (on the projector): the other three are not in its
/// program.
pub fn spot_view_only(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    match data {
        KindData::Spot(d) => Some(spot_view::view(Arc::new(d.clone()), ctx)),
        _ => None,
    }
}

/// Renders the answering part of an exercise. A simulation is rendered by
/// the program that carries it, the generic kinds by `exercice.html`:
/// elsewhere, this loads that program at the same address.
pub fn view(data: &KindData, ctx: KindCtx) -> AnyView {
    let program = expect_context::<crate::Program>();
    let elsewhere = match data {
        KindData::Sim(d) => match program.views.iter().find(|v| v.kind() == d.kind()) {
            Some(v) => return v.view(d, ctx),
            None => program.registry.entry(d.kind()).map(|e| e.program),
        },
        KindData::Elsewhere(p) => Some(*p),
        generic => match program.generic_view.and_then(|show| show(generic, ctx)) {
            Some(v) => return v,
            None => Some(crate::program::EXERCISE_APP),
        },
    };
    let hash = window().location().hash().unwrap_or_default();
    let _ = window().location().replace(&format!("{}{hash}", elsewhere.unwrap_or(crate::program::LEARNER_APP)));
    view! { <crate::ui::Loading/> }.into_any()
}

/// Declares a simulation crate's view: `crate::Sim` (see
/// `pas_a_pas_core::simulation!`) shows its data type with `view`.
// `crate` here is the simulation's crate that calls it, on purpose.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! sim_view {
    ($data:ty, $view:path) => {
        impl $crate::kinds::SimView for crate::Sim {
            fn kind(&self) -> &'static str {
                crate::KIND
            }
            fn view(&self, data: &$crate::sim::SimData, ctx: $crate::kinds::KindCtx) -> leptos::prelude::AnyView {
                use leptos::prelude::IntoAny;
                match data.get::<$data>() {
                    Some(d) => $view(d, ctx),
                    None => ().into_any(),
                }
            }
        }
    };
}
