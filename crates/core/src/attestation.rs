//! What an "Attestation de suivi" says: which modules, when, with which
//! results, and the competences worked. Honest wording: it is not a diploma.

use crate::content::{Module, Text};
use crate::progress::Progress;

/// Which attestation: one finished module, or everything done so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Which {
    Module(String),
    All,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub module: String,
    pub title: Text,
    /// The day the module was finished, if it was.
    pub done_on: Option<String>,
    pub done: usize,
    pub total: usize,
    pub score: u32,
    pub max: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attestation {
    pub lines: Vec<Line>,
    /// CRCN codes, in order, each once.
    pub competences: Vec<String>,
}

/// The attestations this learner can print: one per finished module, and
/// one for everything when anything is done.
pub fn available(progress: &Progress, modules: &[Module]) -> Vec<Which> {
    let mut out: Vec<Which> = modules
        .iter()
        .filter(|m| progress.module_done(&m.id, &m.exercises))
        .map(|m| Which::Module(m.id.clone()))
        .collect();
    if modules.iter().any(|m| progress.done_count(&m.id, &m.exercises) > 0) {
        out.push(Which::All);
    }
    out
}

pub fn build(progress: &Progress, modules: &[Module], which: &Which) -> Option<Attestation> {
    let lines: Vec<Line> = modules
        .iter()
        .filter(|m| match which {
            Which::Module(id) => *id == m.id && progress.module_done(&m.id, &m.exercises),
            Which::All => progress.done_count(&m.id, &m.exercises) > 0,
        })
        .map(|m| {
            let (score, max) = progress.module_score(&m.id, &m.exercises);
            Line {
                module: m.id.clone(),
                title: m.title.clone(),
                done_on: progress.module_done_on(&m.id, &m.exercises),
                done: progress.done_count(&m.id, &m.exercises),
                total: m.exercises.len(),
                score,
                max,
            }
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let mut competences: Vec<String> = Vec::new();
    for m in modules.iter().filter(|m| lines.iter().any(|l| l.module == m.id)) {
        for c in &m.competences {
            if !competences.contains(c) {
                competences.push(c.clone());
            }
        }
    }
    competences.sort();
    Some(Attestation { lines, competences })
}

impl Attestation {
    /// A reference number that changes with any part of the content.
    pub fn reference(&self, name: &str, date: &str) -> String {
        let mut content = format!("{name}|{date}");
        for l in &self.lines {
            content.push_str(&format!("|{}:{}:{}/{}:{:?}", l.module, l.done, l.score, l.max, l.done_on));
        }
        crate::progress::reference(&content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Completion;

    fn module(id: &str, exercises: &[&str], competences: &[&str]) -> Module {
        Module {
            id: id.into(),
            icon: "cv".into(),
            minutes: 10,
            competences: competences.iter().map(|s| s.to_string()).collect(),
            exercises: exercises.iter().map(|s| s.to_string()).collect(),
            title: Text::fr(id),
            description: Text::fr("d"),
            tips: Vec::new(),
        }
    }

    #[test]
    fn one_per_finished_module_and_one_for_everything() {
        let modules =
            vec![module("cv", &["a", "b"], &["3.1", "3.3"]), module("vie-privee", &["c", "d"], &["4.2", "3.1"])];
        let mut p = Progress::default();
        assert!(available(&p, &modules).is_empty());
        assert_eq!(build(&p, &modules, &Which::All), None);
        let done = |p: &mut Progress, m: &str, e: &str, day: &str| {
            p.complete(&Completion { module: m.into(), exercise: e.into(), score: 2, max: 2 }, day)
        };
        done(&mut p, "cv", "a", "2026-11-20");
        done(&mut p, "cv", "b", "2026-11-24");
        done(&mut p, "vie-privee", "c", "2026-11-25");
        assert_eq!(available(&p, &modules), vec![Which::Module("cv".into()), Which::All]);
        let cv = build(&p, &modules, &Which::Module("cv".into())).unwrap();
        assert_eq!(cv.lines.len(), 1);
        assert_eq!(cv.lines[0].done_on.as_deref(), Some("2026-11-24"));
        assert_eq!((cv.lines[0].score, cv.lines[0].max), (4, 4));
        assert_eq!(cv.competences, vec!["3.1", "3.3"]);
        assert_eq!(build(&p, &modules, &Which::Module("vie-privee".into())), None, "not finished");
        let all = build(&p, &modules, &Which::All).unwrap();
        assert_eq!(all.lines.len(), 2);
        assert_eq!((all.lines[1].done, all.lines[1].total, all.lines[1].done_on.clone()), (1, 2, None));
        assert_eq!(all.competences, vec!["3.1", "3.3", "4.2"]);
        assert_eq!(all.reference("Fatima", "2026-11-26"), all.reference("Fatima", "2026-11-26"));
        assert_ne!(all.reference("Fatima", "2026-11-26"), all.reference("Fatima M.", "2026-11-26"));
    }
}
