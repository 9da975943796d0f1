//! `spot` (find the clues): a realistic mock document (SMS, e-mail, web page,
//! social-media post, CV, letter) made of segments. Segments with an `id`
//! can be marked by the learner; those with `clue = true` are what to find.
//!
//! ```toml
//! kind = "spot"
//! document = "sms"          # sms | email | web | post | cv | letter
//! [[segments]]
//! zone = "from"             # from | subject | address | date | body (default)
//! text.fr = "+33 7 56 12 34 56"
//! id = "numero"
//! clue = true
//! explanation.fr = "…"
//! [[segments]]
//! text.fr = "Bonjour, votre colis…"   # no id: plain text, not markable
//! ```

use super::Outcome;
#[cfg(test)]
use super::Verdict;
use crate::content::reader::Map;
use crate::content::tree::Seg;
use crate::content::{Msg, Reader, Text};

pub const KEYS: &[&str] = &["document", "segments"];
pub const DOCUMENTS: &[&str] = &["sms", "email", "web", "post", "cv", "letter"];
pub const ZONES: &[&str] = &["from", "subject", "address", "date", "body"];

#[derive(Clone, Debug, PartialEq)]
pub struct Spot {
    pub document: String,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub zone: String,
    pub text: Text,
    /// `Some` for a part the learner can mark.
    pub mark: Option<Markable>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Markable {
    pub id: String,
    pub clue: bool,
    pub explanation: Text,
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Spot> {
    let document = r.string(root, &[], "document", true);
    if let Some(doc) = &document {
        if !DOCUMENTS.contains(&doc.as_str()) {
            r.problem_at(
                &[Seg::Key("document".into())],
                Msg::new("check-unknown-value")
                    .arg("field", "document")
                    .arg("value", doc.clone())
                    .arg("known", DOCUMENTS.join(", ")),
            );
        }
    }
    let tables = r.tables(root, &[], "segments", 2);
    let mut segments = Vec::new();
    let mut seen_ids: Vec<String> = Vec::new();
    let mut ok = true;
    for (path, m) in &tables {
        r.known_keys(m, path, &["id", "zone", "text", "clue", "explanation"]);
        let zone = if m.contains_key("zone") { r.string(m, path, "zone", true) } else { Some("body".into()) };
        if let Some(z) = &zone {
            if !ZONES.contains(&z.as_str()) {
                let mut p = path.clone();
                p.push(Seg::Key("zone".into()));
                r.problem_at(
                    &p,
                    Msg::new("check-unknown-value")
                        .arg("field", "zone")
                        .arg("value", z.clone())
                        .arg("known", ZONES.join(", ")),
                );
                ok = false;
            }
        }
        let text = r.text(m, path, "text", true);
        let mark = if m.contains_key("id") {
            let id = r.id_field(m, path, "id", None);
            if let Some(id) = &id {
                if seen_ids.contains(id) {
                    let mut p = path.clone();
                    p.push(Seg::Key("id".into()));
                    r.problem_at(&p, Msg::new("check-duplicate-id").arg("id", id.clone()));
                    ok = false;
                }
                seen_ids.push(id.clone());
            }
            let clue = r.boolean(m, path, "clue", false);
            let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
            match (id, explanation) {
                (Some(id), Some(explanation)) => Some(Markable { id, clue, explanation }),
                _ => {
                    ok = false;
                    None
                }
            }
        } else {
            if m.contains_key("clue") || m.contains_key("explanation") {
                r.problem_at(path, Msg::new("check-clue-without-id"));
                ok = false;
            }
            None
        };
        match (zone, text) {
            (Some(zone), Some(text)) => segments.push(Segment { zone, text, mark }),
            _ => ok = false,
        }
    }
    if !tables.is_empty() && !segments.iter().any(|s| s.mark.as_ref().is_some_and(|m| m.clue)) {
        r.problem_at(&[Seg::Key("segments".into())], Msg::new("check-no-clue"));
        ok = false;
    }
    (ok && !segments.is_empty()).then_some(Spot { document: document?, segments })
}

impl Spot {
    pub fn markables(&self) -> impl Iterator<Item = &Markable> {
        self.segments.iter().filter_map(|s| s.mark.as_ref())
    }

    /// For the projector: each markable passage, clue or not.
    pub fn slides(&self) -> Vec<super::Slide> {
        self.segments
            .iter()
            .filter_map(|s| {
                let m = s.mark.as_ref()?;
                Some(super::Slide {
                    prompt: s.text.clone(),
                    answer: if m.clue { super::Answer::Clue } else { super::Answer::NotClue },
                    explanation: m.explanation.clone(),
                })
            })
            .collect()
    }

    /// One point per clue found, minus one per harmless part marked.
    pub fn check(&self, marked: &[String]) -> Outcome {
        Outcome::of_picks(self.markables().map(|m| (m.id.clone(), marked.contains(&m.id), m.clue)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(id: Option<&str>, clue: bool) -> Segment {
        Segment {
            zone: "body".into(),
            text: Text::fr("x"),
            mark: id.map(|id| Markable { id: id.into(), clue, explanation: Text::fr("y") }),
        }
    }
    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn scoring() {
        let d = Spot {
            document: "sms".into(),
            segments: vec![seg(None, false), seg(Some("a"), true), seg(Some("b"), true), seg(Some("c"), false)],
        };
        let all = d.check(&ids(&["a", "b"]));
        assert_eq!((all.score, all.max), (2, 2));
        let part = d.check(&ids(&["a"]));
        assert_eq!(part.score, 1);
        assert_eq!(part.verdict("b"), Some(Verdict::Missed));
        let with_wrong = d.check(&ids(&["a", "c"]));
        assert_eq!(with_wrong.score, 0);
        assert_eq!(with_wrong.verdict("c"), Some(Verdict::Wrong));
        assert_eq!(d.check(&ids(&["a", "b", "c"])).score, 1, "marking everything does not pay");
        assert_eq!(d.check(&ids(&["c"])).score, 0);
        assert_eq!(d.check(&[]).score, 0);
    }
}
