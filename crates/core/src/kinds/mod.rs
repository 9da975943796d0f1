//! Exercise kinds: the four generic ones (one file each: data as read from
//! TOML, and the pure model, answer → [`Outcome`]) and the simulations, which
//! are plug-ins (see [`crate::sim`]): nothing here names one.

pub mod choice;
pub mod classify;
pub mod order;
pub mod spot;

use crate::content::reader::Map;
use crate::content::{Reader, Text};
use crate::sim::{Generic, Registry, SimData};

/// The kind-specific part of an exercise.
#[derive(Clone, Debug, PartialEq)]
pub enum KindData {
    Choice(choice::Choice),
    Classify(classify::Classify),
    Order(order::Order),
    Spot(spot::Spot),
    /// A simulation, read by its plug-in.
    Sim(SimData),
    /// A simulation read by a program that does not carry it: the program
    /// (an HTML file of `dist/`) that shows it.
    Elsewhere(&'static str),
}

impl KindData {
    /// A simulation's data, when it is a `T`.
    pub fn sim<T: crate::sim::Model>(&self) -> Option<std::sync::Arc<T>> {
        match self {
            KindData::Sim(d) => d.get::<T>(),
            _ => None,
        }
    }
}

/// The generic kinds; the simulations are in the [`Registry`].
pub const KIND_NAMES: &[&str] = &["choice", "classify", "order", "spot"];

/// Every kind name, generic kinds then simulations, for messages.
pub fn all_kind_names(registry: &Registry) -> Vec<&'static str> {
    KIND_NAMES.iter().copied().chain(registry.entries.iter().map(|k| k.kind)).collect()
}

/// The top-level keys a kind adds to an exercise file, or `None` for an unknown kind.
pub fn keys_of(kind: &str, registry: &Registry) -> Option<&'static [&'static str]> {
    Some(match kind {
        "choice" => choice::KEYS,
        "classify" => classify::KEYS,
        "order" => order::KEYS,
        "spot" => spot::KEYS,
        other => registry.entry(other)?.keys,
    })
}

/// Reads a kind's own part of an exercise file; a kind this program does
/// not carry (a simulation, or the generic kinds: [`Generic`]) is read up to
/// its kind only.
pub fn parse(kind: &str, r: &mut Reader, root: &Map, registry: &Registry) -> Option<KindData> {
    if KIND_NAMES.contains(&kind) {
        return match registry.generic {
            Generic::Read(read) => read(kind, r, root),
            Generic::Elsewhere(program) => Some(KindData::Elsewhere(program)),
        };
    }
    match registry.reader(kind) {
        Some(sim) => sim.parse(r, root).map(KindData::Sim),
        None => Some(KindData::Elsewhere(registry.entry(kind)?.program)),
    }
}

/// Reads the generic kinds: [`Generic::Read`] of the programs that show them.
pub fn read_generic(kind: &str, r: &mut Reader, root: &Map) -> Option<KindData> {
    match kind {
        "choice" => choice::parse(r, root).map(KindData::Choice),
        "classify" => classify::parse(r, root).map(KindData::Classify),
        "order" => order::parse(r, root).map(KindData::Order),
        "spot" => spot::parse(r, root).map(KindData::Spot),
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

impl Verdict {
    /// The verdict of one thing to pick or leave: `picked` by the learner,
    /// `right` to pick. Choices, clues to spot, settings to turn on.
    pub fn of_pick(picked: bool, right: bool) -> Verdict {
        match (picked, right) {
            (true, true) => Verdict::Right,
            (true, false) => Verdict::Wrong,
            (false, true) => Verdict::Missed,
            (false, false) => Verdict::Neutral,
        }
    }
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

    /// Right/wrong/missed scoring of things to pick among others (several-
    /// answer choices, clues, settings): `items` gives each id, whether it was
    /// picked and whether it is right to pick. Each find counts, each wrong
    /// pick takes one back, never below zero, so picking everything scores 0.
    pub fn of_picks(items: impl IntoIterator<Item = (String, bool, bool)>) -> Outcome {
        let (mut found, mut wrong, mut max) = (0, 0, 0);
        let items = items
            .into_iter()
            .map(|(id, picked, right)| {
                let verdict = Verdict::of_pick(picked, right);
                found += usize::from(verdict == Verdict::Right);
                wrong += usize::from(verdict == Verdict::Wrong);
                max += u32::from(right);
                ItemResult { id, verdict }
            })
            .collect();
        Outcome { score: finds_score(found, wrong), max, items }
    }
}

/// Score for kinds where some answers are to be found among others
/// (several-answer choice, clue spotting): each find counts, each wrong
/// pick takes one back, never below zero, so marking everything scores 0.
pub fn finds_score(found: usize, wrong: usize) -> u32 {
    found.saturating_sub(wrong) as u32
}

/// What the presenter view reveals for one item.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Right,
    Wrong,
    Group(Text),
    Position(usize),
    Clue,
    NotClue,
}

/// One item of an exercise, shown alone on the projector.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    pub prompt: Text,
    pub answer: Answer,
    pub explanation: Text,
}

/// The items of an exercise, one per slide, with their answers.
pub fn slides(data: &KindData) -> Vec<Slide> {
    match data {
        KindData::Choice(d) => d.slides(),
        KindData::Classify(d) => d.slides(),
        KindData::Order(d) => d.slides(),
        KindData::Spot(d) => d.slides(),
        KindData::Sim(d) => d.slides(),
        KindData::Elsewhere(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn picks_score_finds_minus_wrong_picks_never_below_zero() {
        let o = Outcome::of_picks([("a".into(), true, true), ("b".into(), false, true), ("c".into(), true, false)]);
        assert_eq!((o.score, o.max), (0, 2));
        assert_eq!(o.verdict("b"), Some(Verdict::Missed));
        let o = Outcome::of_picks([("a".into(), true, true), ("b".into(), true, true), ("c".into(), false, false)]);
        assert_eq!((o.score, o.max), (2, 2));
        assert_eq!(o.verdict("c"), Some(Verdict::Neutral));
    }
}
