//! What every mission of a simulation shares: the goals the learner must
//! reach (each one a pure predicate of the simulation, named by its id), a
//! hint shown after two wrong moves, and a debrief "Dans la vraie vie…"
//! shown once the learner presses "Vérifier".
//!
//! ```toml
//! hint.fr = "Le mot de passe est écrit sur la lettre du collège."
//! debrief.fr = "Dans la vraie vie, …"
//! [[goals]]
//! id = "logged-in"          # one of the goal ids the simulation knows
//! text.fr = "Connectez-vous."
//! explanation.fr = "…"      # shown after "Vérifier", reached or not
//! ```

use crate::content::reader::Map;
use crate::content::tree::Seg;
use crate::content::{Msg, Reader, Text};
use crate::kinds::{Answer, ItemResult, Outcome, Slide, Verdict};

/// The keys a mission adds to an exercise file (add them to the kind's `KEYS`).
pub const KEYS: &[&str] = &["goals", "hint", "debrief"];

/// Wrong moves before the hint shows.
pub const HINT_AFTER: u32 = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub id: String,
    pub text: Text,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mission {
    pub goals: Vec<Goal>,
    pub hint: Text,
    pub debrief: Text,
}

/// Reads `hint`, `debrief` and `[[goals]]`; `known` lists the goal ids the
/// simulation can judge, and any other id is reported where it is written.
pub fn parse(r: &mut Reader, root: &Map, known: &[&str]) -> Option<Mission> {
    let hint = r.text(root, &[], "hint", true);
    let debrief = r.text(root, &[], "debrief", true);
    let tables = r.tables(root, &[], "goals", 1);
    let ids = r.item_ids(&tables);
    let mut goals = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "text", "explanation"]);
        let text = r.text(m, path, "text", true);
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let Some(id) = &id {
            if !known.contains(&id.as_str()) {
                let mut at = path.clone();
                at.push(Seg::Key("id".into()));
                r.problem_at(&at, Msg::new("check-unknown-goal").arg("id", id.clone()).arg("known", known.join(", ")));
                continue;
            }
        }
        if let (Some(id), Some(text), Some(explanation)) = (id, text, explanation) {
            goals.push(Goal { id, text, explanation });
        }
    }
    let (hint, debrief) = (hint?, debrief?);
    (goals.len() == tables.len() && !goals.is_empty()).then_some(Mission { goals, hint, debrief })
}

impl Mission {
    /// One point per goal reached.
    pub fn outcome(&self, met: impl Fn(&str) -> bool) -> Outcome {
        let items: Vec<ItemResult> = self
            .goals
            .iter()
            .map(|g| ItemResult {
                id: g.id.clone(),
                verdict: if met(&g.id) { Verdict::Right } else { Verdict::Missed },
            })
            .collect();
        let score = items.iter().filter(|i| i.verdict == Verdict::Right).count() as u32;
        Outcome { score, max: self.goals.len() as u32, items }
    }

    /// For the projector: each goal, then what it teaches.
    pub fn slides(&self) -> Vec<Slide> {
        self.goals
            .iter()
            .map(|g| Slide { prompt: g.text.clone(), answer: Answer::Right, explanation: g.explanation.clone() })
            .collect()
    }
}

pub fn show_hint(wrong_moves: u32) -> bool {
    wrong_moves >= HINT_AFTER
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
hint.fr = "Regardez la lettre."
debrief.fr = "Dans la vraie vie…"
[[goals]]
id = "a"
text.fr = "Faire A"
explanation.fr = "Parce que."
[[goals]]
id = "b"
text.fr = "Faire B"
explanation.fr = "Parce que."
"#;

    #[test]
    fn reads_goals_and_scores_each_one_reached() {
        let m = Reader::run("t.toml", FILE, |r, root| parse(r, root, &["a", "b"])).unwrap();
        assert_eq!(m.goals.len(), 2);
        let o = m.outcome(|g| g == "a");
        assert_eq!((o.score, o.max), (1, 2));
        assert_eq!(o.verdict("b"), Some(Verdict::Missed));
        assert!(m.outcome(|_| true).is_perfect());
        assert_eq!(m.slides().len(), 2);
    }

    #[test]
    fn an_unknown_goal_is_reported_on_its_line() {
        let e = Reader::run("t.toml", FILE, |r, root| parse(r, root, &["a"])).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].msg.id, "check-unknown-goal");
        assert_eq!(e[0].line, 9);
    }

    #[test]
    fn the_hint_waits_for_two_wrong_moves() {
        assert!(!show_hint(0));
        assert!(!show_hint(1));
        assert!(show_hint(2));
    }
}
