//! `make-the-fake`: a prebunking game. The learner plays the author of a
//! fake story, picks the tricks that make it spread, watches it spread (a
//! pure, deterministic model), learns how to spot each trick, then
//! recognises the trick used in new example posts.
//!
//! ```toml
//! kind = "make-the-fake"
//! story.fr = "…"              # the fake story the learner pretends to write
//! spread_note.fr = "…"        # said beside the numbers: this is how the trick works, not a feat
//! base_shares = 12            # shares of the story with no trick
//! base_reactions = 20
//! hint.fr = "…"               # mission: hint, debrief and goals (see pas_a_pas_core::mission)
//! debrief.fr = "…"
//! [[goals]]
//! id = "published"            # or "every-technique"
//! text.fr = "…"
//! explanation.fr = "…"
//! [[techniques]]
//! id = "fear"
//! name.fr = "Faire peur"
//! adds.fr = "…"               # what the trick adds to the story
//! shares = 150
//! reactions = 300
//! how.fr = "…"                # how the trick works on readers
//! spot.fr = "…"               # how to spot it
//! [[examples]]
//! id = "ex-1"
//! author.fr = "…"
//! text.fr = "…"
//! technique = "fear"          # a technique id, or "none" for a true post
//! explanation.fr = "…"
//! ```

pub mod model;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::kinds::{Answer, Slide};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;

pub const KEYS: &[&str] =
    &["story", "spread_note", "base_shares", "base_reactions", "techniques", "examples", "goals", "hint", "debrief"];

/// The goals this simulation can judge (see [`model::goal_met`]).
pub const GOALS: &[&str] = &["published", "every-technique"];

/// The answer for an example that uses no trick: a true post.
pub const NONE: &str = "none";

#[derive(Clone, Debug, PartialEq)]
pub struct Technique {
    pub id: String,
    pub name: Text,
    pub adds: Text,
    pub shares: u32,
    pub reactions: u32,
    pub how: Text,
    pub spot: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    pub id: String,
    pub author: Text,
    pub text: Text,
    /// A technique id, or [`NONE`].
    pub technique: String,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MakeTheFake {
    pub story: Text,
    pub spread_note: Text,
    pub base_shares: u32,
    pub base_reactions: u32,
    pub techniques: Vec<Technique>,
    pub examples: Vec<Example>,
    pub mission: Mission,
}

fn at(path: &[Seg], key: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(key.into()));
    p
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<MakeTheFake> {
    let story = r.text(root, &[], "story", true);
    let spread_note = r.text(root, &[], "spread_note", true);
    let base_shares = r.number(root, &[], "base_shares", true);
    let base_reactions = r.number(root, &[], "base_reactions", true);
    let mission = mission::parse(r, root, GOALS);

    let tables = r.tables(root, &[], "techniques", 2);
    let ids = r.item_ids(&tables);
    let mut techniques = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "name", "adds", "shares", "reactions", "how", "spot"]);
        if id.as_deref() == Some(NONE) {
            r.problem_at(&at(path, "id"), Msg::new("check-fake-reserved-id").arg("id", NONE));
            continue;
        }
        let name = r.text(m, path, "name", true);
        let adds = r.text(m, path, "adds", true);
        let shares = r.number(m, path, "shares", true);
        let reactions = r.number(m, path, "reactions", true);
        let how = r.text(m, path, "how", true);
        let spot = r.text(m, path, "spot", true);
        if let (Some(id), Some(name), Some(adds), Some(shares), Some(reactions), Some(how), Some(spot)) =
            (id, name, adds, shares, reactions, how, spot)
        {
            techniques.push(Technique { id, name, adds, shares, reactions, how, spot });
        }
    }
    let known: Vec<String> = tables
        .iter()
        .filter_map(|(_, m)| m.get("id").and_then(|v| v.as_str()).map(str::to_string))
        .chain(std::iter::once(NONE.to_string()))
        .collect();

    let ex_tables = r.tables(root, &[], "examples", 2);
    let ex_ids = r.item_ids(&ex_tables);
    let mut examples = Vec::new();
    for ((path, m), id) in ex_tables.iter().zip(ex_ids) {
        r.known_keys(m, path, &["id", "author", "text", "technique", "explanation"]);
        let author = r.text(m, path, "author", true);
        let text = r.text(m, path, "text", true);
        let technique = r.string(m, path, "technique", true);
        if let Some(t) = &technique {
            if !known.contains(t) {
                r.problem_at(
                    &at(path, "technique"),
                    Msg::new("check-unknown-value")
                        .arg("field", "technique")
                        .arg("value", t.clone())
                        .arg("known", known.join(", ")),
                );
                continue;
            }
        }
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let (Some(id), Some(author), Some(text), Some(technique), Some(explanation)) =
            (id, author, text, technique, explanation)
        {
            examples.push(Example { id, author, text, technique, explanation });
        }
    }
    let complete = techniques.len() == tables.len() && examples.len() == ex_tables.len();
    let out = MakeTheFake {
        story: story?,
        spread_note: spread_note?,
        base_shares: base_shares?,
        base_reactions: base_reactions?,
        techniques,
        examples,
        mission: mission?,
    };
    (complete && !out.techniques.is_empty() && !out.examples.is_empty()).then_some(out)
}

impl MakeTheFake {
    pub fn technique(&self, id: &str) -> Option<&Technique> {
        self.techniques.iter().find(|t| t.id == id)
    }
}

pas_a_pas_core::simulation!("make-the-fake", parse);

impl Model for MakeTheFake {
    /// For the projector: each goal, each trick with how to spot it, then each example.
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        let mut s = self.mission.slides();
        s.extend(self.techniques.iter().map(|t| Slide {
            prompt: t.name.clone(),
            answer: Answer::Clue,
            explanation: t.spot.clone(),
        }));
        s.extend(self.examples.iter().map(|e| Slide {
            prompt: e.text.clone(),
            answer: match self.technique(&e.technique) {
                Some(t) => Answer::Group(t.name.clone()),
                None => Answer::Right,
            },
            explanation: e.explanation.clone(),
        }));
        s
    }
}
