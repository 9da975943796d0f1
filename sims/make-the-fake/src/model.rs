//! The game's state, the spread model and the goals, all pure.
//!
//! The spread model is deliberately simple and deterministic: the story
//! alone gets `base_shares` shares and `base_reactions` reactions; each
//! trick chosen adds its own `shares` and `reactions`. Over a day, the
//! shares arrive 5 %, 25 %, 60 % then 100 % after 1, 3, 6 and 24 hours.
//! The numbers show how the tricks work on readers, not a score to beat:
//! the learner's score is the goals reached and the examples recognised.

use super::{MakeTheFake, NONE};
use pas_a_pas_core::kinds::{ItemResult, Outcome, Verdict};

/// Tricks to choose before publishing.
pub const MIN_TECHNIQUES: usize = 2;

/// Hours after publishing, and the share of the day's spread reached by then (in %).
pub const TIMELINE: [(u32, u32); 4] = [(1, 5), (3, 25), (6, 60), (24, 100)];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FakeState {
    chosen: Vec<String>,
    published: bool,
    /// Tricks whose « how to spot it » the learner opened.
    opened: Vec<String>,
    /// Example id → the technique id answered (or [`NONE`]).
    answers: Vec<(String, String)>,
    /// Attempts to publish with too few tricks (the hint shows after two).
    pub wrong_moves: u32,
}

impl FakeState {
    /// Adds or removes a trick; nothing changes once the story is published.
    pub fn toggle_technique(&mut self, id: &str) {
        if self.published {
            return;
        }
        if self.is_chosen(id) {
            self.chosen.retain(|c| c != id);
        } else {
            self.chosen.push(id.to_string());
        }
    }

    pub fn is_chosen(&self, id: &str) -> bool {
        self.chosen.iter().any(|c| c == id)
    }

    pub fn chosen(&self) -> &[String] {
        &self.chosen
    }

    /// « Publier »: only with at least [`MIN_TECHNIQUES`] tricks; otherwise
    /// it is a wrong move and nothing is published.
    pub fn publish(&mut self) -> bool {
        if self.chosen.len() >= MIN_TECHNIQUES {
            self.published = true;
        } else {
            self.wrong_moves += 1;
        }
        self.published
    }

    pub fn is_published(&self) -> bool {
        self.published
    }

    /// « Changer les ruses »: back to choosing.
    pub fn unpublish(&mut self) {
        self.published = false;
    }

    /// Opens or closes « Comment la repérer ? » for one trick.
    pub fn toggle_open(&mut self, id: &str) {
        if self.opened.iter().any(|o| o == id) {
            self.opened.retain(|o| o != id);
        } else {
            self.opened.push(id.to_string());
        }
    }

    /// Is the explanation of this trick shown? Always for the tricks used in
    /// the published story.
    pub fn is_open(&self, id: &str) -> bool {
        (self.published && self.is_chosen(id)) || self.opened.iter().any(|o| o == id)
    }

    pub fn answer(&mut self, example: &str, technique: &str) {
        self.answers.retain(|(e, _)| e != example);
        self.answers.push((example.to_string(), technique.to_string()));
    }

    pub fn answer_of(&self, example: &str) -> Option<&str> {
        self.answers.iter().find(|(e, _)| e == example).map(|(_, t)| t.as_str())
    }

    pub fn started(&self) -> bool {
        !self.chosen.is_empty() || !self.answers.is_empty() || !self.opened.is_empty() || self.wrong_moves > 0
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub shares: u32,
    pub reactions: u32,
    /// (hours after publishing, shares by then)
    pub timeline: Vec<(u32, u32)>,
}

/// How far the story goes with these tricks.
pub fn spread(game: &MakeTheFake, chosen: &[String]) -> Spread {
    let tricks = game.techniques.iter().filter(|t| chosen.contains(&t.id));
    let (shares, reactions) =
        tricks.fold((game.base_shares, game.base_reactions), |(s, r), t| (s + t.shares, r + t.reactions));
    let timeline = TIMELINE.iter().map(|(h, pct)| (*h, shares * pct / 100)).collect();
    Spread { shares, reactions, timeline }
}

/// The most the story could spread, with every trick (to draw the bars).
pub fn most(game: &MakeTheFake) -> u32 {
    let all: Vec<String> = game.techniques.iter().map(|t| t.id.clone()).collect();
    spread(game, &all).shares.max(1)
}

/// The goals, by id (see [`super::GOALS`]).
pub fn goal_met(game: &MakeTheFake, s: &FakeState, goal: &str) -> bool {
    match goal {
        // The story went out with at least two tricks.
        "published" => s.published && s.chosen.len() >= MIN_TECHNIQUES,
        // The learner knows how to spot every trick: used in the published
        // story, or « Comment la repérer ? » opened.
        "every-technique" => game.techniques.iter().all(|t| s.is_open(&t.id)),
        _ => false,
    }
}

/// The id of an example's result (apart from the goals' ids).
pub fn example_item(id: &str) -> String {
    format!("example-{id}")
}

/// One point per goal reached and one per example whose trick was recognised.
pub fn outcome(game: &MakeTheFake, s: &FakeState) -> Outcome {
    let goals = game.mission.outcome(|g| goal_met(game, s, g));
    let mut items = goals.items;
    let mut score = goals.score;
    for e in &game.examples {
        let verdict = match s.answer_of(&e.id) {
            None => Verdict::Missed,
            Some(a) if a == e.technique => {
                score += 1;
                Verdict::Right
            }
            Some(_) => Verdict::Wrong,
        };
        items.push(ItemResult { id: example_item(&e.id), verdict });
    }
    Outcome { score, max: goals.max + game.examples.len() as u32, items }
}

pub fn check(game: &MakeTheFake, s: &FakeState) -> Option<Outcome> {
    s.started().then(|| outcome(game, s))
}

/// Is this example a true post (no trick)?
pub fn is_true_post(technique: &str) -> bool {
    technique == NONE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_exercise as parse_exercise;

    fn game() -> MakeTheFake {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../exercises/information/make-the-fake.toml"
        ))
        .unwrap();
        let data = parse_exercise("information", "make-the-fake", &src).unwrap().data;
        (*data.sim::<MakeTheFake>().expect("make-the-fake")).clone()
    }

    fn ids(g: &MakeTheFake) -> Vec<String> {
        g.techniques.iter().map(|t| t.id.clone()).collect()
    }

    #[test]
    fn the_shipped_game_has_six_tricks_examples_and_both_goals() {
        let g = game();
        assert_eq!(g.techniques.len(), 6);
        assert!(g.examples.len() >= 5);
        // About half the examples are true news (40 % to 60 %): the round scores
        // discernment, not doubting everything (see exercises/README.md).
        let trues = g.examples.iter().filter(|e| is_true_post(&e.technique)).count();
        let n = g.examples.len();
        assert!(trues * 10 >= n * 4 && trues * 10 <= n * 6, "{trues} true posts of {n}");
        let mut goals: Vec<_> = g.mission.goals.iter().map(|g| g.id.as_str()).collect();
        goals.sort();
        assert_eq!(goals, ["every-technique", "published"]);
    }

    #[test]
    fn spread_adds_each_trick_and_is_deterministic() {
        let g = game();
        let alone = spread(&g, &[]);
        assert_eq!((alone.shares, alone.reactions), (g.base_shares, g.base_reactions));
        let t0 = &g.techniques[0];
        let t1 = &g.techniques[1];
        let one = spread(&g, std::slice::from_ref(&t0.id));
        assert_eq!(one.shares, g.base_shares + t0.shares);
        assert_eq!(one.reactions, g.base_reactions + t0.reactions);
        let two = spread(&g, &[t0.id.clone(), t1.id.clone()]);
        assert_eq!(two.shares, g.base_shares + t0.shares + t1.shares);
        assert_eq!(two, spread(&g, &[t1.id.clone(), t0.id.clone()]), "order does not matter");
        assert!(two.shares > one.shares && one.shares > alone.shares, "each trick spreads it further");
        assert_eq!(spread(&g, &["unknown".into()]), alone);
        // The timeline grows to the day's total.
        let hours: Vec<u32> = two.timeline.iter().map(|(h, _)| *h).collect();
        assert_eq!(hours, [1, 3, 6, 24]);
        assert!(two.timeline.windows(2).all(|w| w[0].1 <= w[1].1));
        assert_eq!(two.timeline.last().unwrap().1, two.shares);
        assert_eq!(most(&g), spread(&g, &ids(&g)).shares);
    }

    #[test]
    fn publishing_needs_two_tricks_and_counts_wrong_moves() {
        let g = game();
        let mut s = FakeState::default();
        assert!(!s.publish());
        s.toggle_technique(&g.techniques[0].id);
        assert!(!s.publish());
        assert_eq!(s.wrong_moves, 2);
        assert!(pas_a_pas_core::mission::show_hint(s.wrong_moves));
        assert!(!goal_met(&g, &s, "published"));
        s.toggle_technique(&g.techniques[1].id);
        assert!(s.publish());
        assert!(goal_met(&g, &s, "published"));
        // Once published, the tricks are fixed until « Changer les ruses ».
        s.toggle_technique(&g.techniques[1].id);
        assert!(s.is_chosen(&g.techniques[1].id));
        s.unpublish();
        assert!(!goal_met(&g, &s, "published"));
        s.toggle_technique(&g.techniques[1].id);
        assert!(!s.is_chosen(&g.techniques[1].id));
    }

    #[test]
    fn every_technique_needs_each_trick_used_or_explained() {
        let g = game();
        let all = ids(&g);
        let mut s = FakeState::default();
        s.toggle_technique(&all[0]);
        s.toggle_technique(&all[1]);
        assert!(!s.is_open(&all[0]), "explained once published");
        s.publish();
        assert!(s.is_open(&all[0]) && s.is_open(&all[1]));
        for id in &all[2..all.len() - 1] {
            s.toggle_open(id);
        }
        assert!(!goal_met(&g, &s, "every-technique"), "one trick still unknown");
        s.toggle_open(all.last().unwrap());
        assert!(goal_met(&g, &s, "every-technique"));
        s.toggle_open(all.last().unwrap());
        assert!(!goal_met(&g, &s, "every-technique"), "closed again");
        assert!(!goal_met(&g, &s, "no-such-goal"));
    }

    #[test]
    fn examples_score_one_point_each_and_goals_add_up() {
        let g = game();
        let n = g.examples.len() as u32;
        let s = FakeState::default();
        assert_eq!(check(&g, &s), None, "nothing done yet");
        // Every example answered right, every goal reached: perfect.
        let mut s = FakeState::default();
        for id in ids(&g) {
            s.toggle_technique(&id);
        }
        s.publish();
        for e in &g.examples {
            s.answer(&e.id, &e.technique);
        }
        let o = check(&g, &s).unwrap();
        assert_eq!((o.score, o.max), (2 + n, 2 + n));
        // « Aucune ruse » everywhere only finds the true posts.
        let mut s = FakeState::default();
        for e in &g.examples {
            s.answer(&e.id, NONE);
        }
        let o = check(&g, &s).unwrap();
        let trues = g.examples.iter().filter(|e| is_true_post(&e.technique)).count() as u32;
        assert_eq!(o.score, trues);
        assert!(trues < n);
        let first = &g.examples[0];
        let wrong = if first.technique == NONE { g.techniques[0].id.clone() } else { NONE.to_string() };
        let mut s = FakeState::default();
        s.answer(&first.id, &wrong);
        let o = check(&g, &s).unwrap();
        assert_eq!(o.verdict(&example_item(&first.id)), Some(Verdict::Wrong));
        assert_eq!(o.verdict(&example_item(&g.examples[1].id)), Some(Verdict::Missed));
        assert_eq!(o.verdict("published"), Some(Verdict::Missed));
        assert_eq!(o.score, 0);
    }

    #[test]
    fn an_example_naming_an_unknown_trick_is_refused_on_its_line() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../exercises/information/make-the-fake.toml"
        ))
        .unwrap();
        let line = src.lines().position(|l| l.starts_with("technique = ")).unwrap() + 1;
        let broken = src.replacen("technique = ", "technique = \"magie\" #", 1);
        let e = parse_exercise("information", "make-the-fake", &broken).unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].line, e[0].msg.id), (line, "check-unknown-value"));
    }
}
