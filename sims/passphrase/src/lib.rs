//! `passphrase`: build a strong passphrase with a live strength meter.
//!
//! ```toml
//! kind = "passphrase"
//! common_words = ["motdepasse", "soleil", "azerty", "974"]  # counted as well known, most common first
//! hint.fr = "…"
//! debrief.fr = "…"
//! [[goals]]
//! id = "very-strong-phrase"   # saw-weak | very-strong-phrase | hidden
//! text.fr = "…"
//! explanation.fr = "…"
//! ```
//!
//! The estimator (zxcvbn-ts with French dictionaries, `estimator.rs`) is
//! loaded by the program of its own, `atelier-mot-de-passe.html`, only; the
//! words of `common_words` are given to it as its user dictionary. Why this
//! estimator, and what it weighs: `README.md` in the folder of this crate.

#[cfg(feature = "view")]
pub mod estimator;
pub mod model;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::Reader;
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;

pub const KEYS: &[&str] = &["common_words", "goals", "hint", "debrief"];

#[derive(Clone, Debug, PartialEq)]
pub struct Passphrase {
    /// Lower-case words and numbers a guesser tries first, most common first.
    pub common_words: Vec<String>,
    pub mission: Arc<Mission>,
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Passphrase> {
    let common_words = if root.contains_key("common_words") {
        r.string_list(root, &[], "common_words", true)
    } else {
        Some(Vec::new())
    };
    let mission = mission::parse(r, root, model::GOALS);
    Some(Passphrase {
        common_words: common_words?.into_iter().map(|w| w.to_lowercase()).collect(),
        mission: Arc::new(mission?),
    })
}

pas_a_pas_core::simulation!("passphrase", parse);

impl Model for Passphrase {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_file_and_rejects_unknown_goals() {
        let src = r#"
common_words = ["Soleil", "974"]
hint.fr = "h"
debrief.fr = "d"
[[goals]]
id = "very-strong-phrase"
text.fr = "t"
explanation.fr = "e"
"#;
        let p = Reader::run("p.toml", src, parse).unwrap();
        assert_eq!(p.common_words, vec!["soleil", "974"]);
        assert_eq!(p.mission.goals.len(), 1);
        let bad = src.replace("very-strong-phrase", "fly");
        let e = Reader::run("p.toml", &bad, parse).unwrap_err();
        assert_eq!(e[0].msg.id, "check-unknown-goal");
        assert_eq!(e[0].line, 6);
    }
}
