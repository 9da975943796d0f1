//! `choice`: pick the right answer (or every right answer) among options.
//!
//! ```toml
//! kind = "choice"
//! multiple = false          # true: several answers are right
//! [[options]]
//! id = "a"
//! text.fr = "…"
//! correct = true
//! explanation.fr = "…"
//! ```

use super::{Outcome, Verdict};
use crate::content::reader::Map;
use crate::content::tree::Seg;
use crate::content::{Msg, Reader, Text};

pub const KEYS: &[&str] = &["multiple", "options"];

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub multiple: bool,
    pub options: Vec<ChoiceOption>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceOption {
    pub id: String,
    pub text: Text,
    pub correct: bool,
    pub explanation: Text,
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Choice> {
    let multiple = r.boolean(root, &[], "multiple", false);
    let tables = r.tables(root, &[], "options", 2);
    let ids = r.item_ids(&tables);
    let mut options = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "text", "correct", "explanation"]);
        let text = r.text(m, path, "text", true);
        let correct = r.boolean(m, path, "correct", false);
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let (Some(id), Some(text), Some(explanation)) = (id, text, explanation) {
            options.push(ChoiceOption { id, text, correct, explanation });
        }
    }
    let right = tables.iter().filter(|(_, m)| m.get("correct").and_then(|v| v.as_bool()) == Some(true)).count();
    let options_path = [Seg::Key("options".into())];
    if !tables.is_empty() && right == 0 {
        r.problem_at(&options_path, Msg::new("check-no-correct"));
    }
    if !multiple && right > 1 {
        r.problem_at(&options_path, Msg::new("check-several-correct"));
    }
    (options.len() == tables.len() && !options.is_empty()).then_some(Choice { multiple, options })
}

impl Choice {
    /// For the projector: each option, right or wrong.
    pub fn slides(&self) -> Vec<super::Slide> {
        self.options
            .iter()
            .map(|o| super::Slide {
                prompt: o.text.clone(),
                answer: if o.correct { super::Answer::Right } else { super::Answer::Wrong },
                explanation: o.explanation.clone(),
            })
            .collect()
    }

    /// Judges the chosen option ids. One right answer: 1 point for it.
    /// Several: one point per right option chosen, minus one per wrong one.
    pub fn check(&self, selected: &[String]) -> Outcome {
        let picks = Outcome::of_picks(self.options.iter().map(|o| (o.id.clone(), selected.contains(&o.id), o.correct)));
        if self.multiple {
            return picks;
        }
        let right = picks.items.iter().all(|i| i.verdict != Verdict::Wrong && i.verdict != Verdict::Missed);
        Outcome { score: u32::from(right), max: 1, ..picks }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opt(id: &str, correct: bool) -> ChoiceOption {
        ChoiceOption { id: id.into(), text: Text::fr(id), correct, explanation: Text::fr("parce que") }
    }
    fn sel(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn single_answer() {
        let c = Choice { multiple: false, options: vec![opt("a", false), opt("b", true), opt("c", false)] };
        let right = c.check(&sel(&["b"]));
        assert_eq!((right.score, right.max), (1, 1));
        assert_eq!(right.verdict("b"), Some(Verdict::Right));
        assert_eq!(right.verdict("a"), Some(Verdict::Neutral));
        let wrong = c.check(&sel(&["a"]));
        assert_eq!((wrong.score, wrong.max), (0, 1));
        assert_eq!(wrong.verdict("a"), Some(Verdict::Wrong));
        assert_eq!(wrong.verdict("b"), Some(Verdict::Missed));
        let nothing = c.check(&[]);
        assert_eq!((nothing.score, nothing.max), (0, 1));
    }

    #[test]
    fn several_answers() {
        let c =
            Choice { multiple: true, options: vec![opt("a", true), opt("b", true), opt("c", false), opt("d", true)] };
        let all_right = c.check(&sel(&["a", "b", "d"]));
        assert_eq!((all_right.score, all_right.max), (3, 3));
        assert!(all_right.is_perfect());
        let partly = c.check(&sel(&["a", "c"]));
        assert_eq!((partly.score, partly.max), (0, 3));
        let partly = c.check(&sel(&["a", "b"]));
        assert_eq!(partly.score, 2);
        assert_eq!(partly.verdict("d"), Some(Verdict::Missed));
        let everything = c.check(&sel(&["a", "b", "c", "d"]));
        assert_eq!(everything.score, 2);
        let all_wrong = c.check(&sel(&["c"]));
        assert_eq!(all_wrong.score, 0);
        assert_eq!(c.check(&[]).score, 0);
    }
}
