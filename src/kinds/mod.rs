//! Exercise kinds. Each file holds one kind: its data as read from TOML, its
//! pure model (answer → [`Outcome`]) and a thin view. Adding a kind means one
//! new file and one line in each `match` below.

pub mod choice;
pub mod classify;
pub mod order;
pub mod spot;

use crate::content::reader::Map;
use crate::content::Reader;
use leptos::prelude::*;
use std::sync::Arc;

/// The kind-specific part of an exercise.
#[derive(Clone, Debug, PartialEq)]
pub enum KindData {
    Choice(choice::Choice),
    Classify(classify::Classify),
    Order(order::Order),
    Spot(spot::Spot),
    SocialSettings(crate::sims::social_settings::SocialSettings),
    PhonePermissions(crate::sims::phone_permissions::PhonePermissions),
    CookieBanners(crate::sims::cookie_banners::CookieBanners),
}

pub const KIND_NAMES: &[&str] =
    &["choice", "classify", "order", "spot", "social-settings", "phone-permissions", "cookie-banners"];

/// The top-level keys a kind adds to an exercise file, or `None` for an unknown kind.
pub fn keys_of(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "choice" => choice::KEYS,
        "classify" => classify::KEYS,
        "order" => order::KEYS,
        "spot" => spot::KEYS,
        "social-settings" => crate::sims::social_settings::KEYS,
        "phone-permissions" => crate::sims::phone_permissions::KEYS,
        "cookie-banners" => crate::sims::cookie_banners::KEYS,
        _ => return None,
    })
}

pub fn parse(kind: &str, r: &mut Reader, root: &Map) -> Option<KindData> {
    match kind {
        "choice" => choice::parse(r, root).map(KindData::Choice),
        "classify" => classify::parse(r, root).map(KindData::Classify),
        "order" => order::parse(r, root).map(KindData::Order),
        "spot" => spot::parse(r, root).map(KindData::Spot),
        "social-settings" => crate::sims::social_settings::parse(r, root).map(KindData::SocialSettings),
        "phone-permissions" => crate::sims::phone_permissions::parse(r, root).map(KindData::PhonePermissions),
        "cookie-banners" => crate::sims::cookie_banners::parse(r, root).map(KindData::CookieBanners),
        _ => None,
    }
}

/// How one option, card, step or segment was judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Answered right: right option chosen, card in its group, step in place, clue found.
    Right,
    /// Answered wrong: wrong option chosen, card misplaced or left out,
    /// step out of place, harmless part marked as a clue.
    Wrong,
    /// A right answer that was not given: right option not chosen, clue not found.
    Missed,
    /// Not to be chosen and not chosen; its explanation still teaches something.
    Neutral,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult {
    pub id: String,
    pub verdict: Verdict,
}

/// What "Vérifier" produces: a score and a verdict for every item.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub score: u32,
    pub max: u32,
    pub items: Vec<ItemResult>,
}

impl Outcome {
    pub fn verdict(&self, id: &str) -> Option<Verdict> {
        self.items.iter().find(|i| i.id == id).map(|i| i.verdict)
    }
    pub fn is_perfect(&self) -> bool {
        self.score == self.max
    }
}

/// Score for kinds where some answers are to be found among others
/// (several-answer choice, clue spotting): each find counts, each wrong
/// pick takes one back, never below zero, so marking everything scores 0.
pub fn finds_score(found: usize, wrong: usize) -> u32 {
    found.saturating_sub(wrong) as u32
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

/// Renders the answering part of an exercise. A simulation is rendered by
/// the program that carries it (see [`crate::sims`]): elsewhere, this loads
/// that program at the same address.
pub fn view(data: &KindData, ctx: KindCtx) -> AnyView {
    #[allow(unreachable_patterns)]
    match data {
        KindData::Choice(d) => choice::view(Arc::new(d.clone()), ctx),
        KindData::Classify(d) => classify::view(Arc::new(d.clone()), ctx),
        KindData::Order(d) => order::view(Arc::new(d.clone()), ctx),
        KindData::Spot(d) => spot::view(Arc::new(d.clone()), ctx),
        sim => {
            if let Some(v) = use_context::<crate::sims::SimViews>().and_then(|s| (s.0)(sim, ctx)) {
                return v;
            }
            let program = crate::sims::program_of(sim).unwrap_or(crate::pages::LEARNER_APP);
            let hash = window().location().hash().unwrap_or_default();
            let _ = window().location().replace(&format!("{program}{hash}"));
            view! { <super::pages::Loading/> }.into_any()
        }
    }
}

/// What the presenter view reveals for one item.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Right,
    Wrong,
    Group(crate::content::Text),
    Position(usize),
    Clue,
    NotClue,
}

/// One item of an exercise, shown alone on the projector.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    pub prompt: crate::content::Text,
    pub answer: Answer,
    pub explanation: crate::content::Text,
}

/// The items of an exercise, one per slide, with their answers.
pub fn slides(data: &KindData) -> Vec<Slide> {
    match data {
        KindData::Choice(d) => d.slides(),
        KindData::Classify(d) => d.slides(),
        KindData::Order(d) => d.slides(),
        KindData::Spot(d) => d.slides(),
        KindData::SocialSettings(d) => d.slides(),
        KindData::PhonePermissions(d) => d.slides(),
        KindData::CookieBanners(d) => d.slides(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Text;

    #[test]
    fn every_item_becomes_a_slide_with_its_answer() {
        let opt = |id: &str, correct| choice::ChoiceOption {
            id: id.into(),
            text: Text::fr(id),
            correct,
            explanation: Text::fr("e"),
        };
        let s = slides(&KindData::Choice(choice::Choice {
            multiple: false,
            options: vec![opt("a", false), opt("b", true)],
        }));
        assert_eq!(s.iter().map(|s| s.answer.clone()).collect::<Vec<_>>(), vec![Answer::Wrong, Answer::Right]);
        let step = |id: &str| order::Step { id: id.into(), text: Text::fr(id), explanation: Text::fr("e") };
        let s = slides(&KindData::Order(order::Order { items: vec![step("a"), step("b"), step("c")] }));
        assert_eq!(s[2].answer, Answer::Position(3));
        let seg = |id: Option<&str>, clue| spot::Segment {
            zone: "body".into(),
            text: Text::fr("t"),
            mark: id.map(|id| spot::Markable { id: id.into(), clue, explanation: Text::fr("e") }),
        };
        let s = slides(&KindData::Spot(spot::Spot {
            document: "sms".into(),
            segments: vec![seg(None, false), seg(Some("a"), true), seg(Some("b"), false)],
        }));
        assert_eq!(s.iter().map(|s| s.answer.clone()).collect::<Vec<_>>(), vec![Answer::Clue, Answer::NotClue]);
    }
}
