//! `classify`: sort cards into 2 to 4 named groups. Each card is placed by
//! tapping its group (no dragging), which works the same by touch, mouse,
//! keyboard and screen reader.
//!
//! ```toml
//! kind = "classify"
//! [[groups]]
//! id = "oui"
//! label.fr = "À mettre dans un CV"
//! [[items]]
//! id = "permis"
//! text.fr = "Le permis B"
//! group = "oui"
//! explanation.fr = "…"
//! ```

use super::{ItemResult, Outcome, Verdict};
use crate::content::reader::Map;
use crate::content::tree::{path_to_string, Seg};
use crate::content::{Msg, Reader, Text};
use std::collections::HashMap;

pub const KEYS: &[&str] = &["groups", "items"];

#[derive(Clone, Debug, PartialEq)]
pub struct Classify {
    pub groups: Vec<Group>,
    pub items: Vec<Card>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: String,
    pub text: Text,
    pub group: String,
    pub explanation: Text,
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Classify> {
    let group_tables = r.tables(root, &[], "groups", 2);
    if group_tables.len() > 4 {
        r.problem_at(&[Seg::Key("groups".into())], Msg::new("check-too-many").arg("field", "groups").arg("max", "4"));
    }
    let group_ids = r.item_ids(&group_tables);
    let mut groups = Vec::new();
    for ((path, m), id) in group_tables.iter().zip(group_ids) {
        r.known_keys(m, path, &["id", "label"]);
        if let (Some(id), Some(label)) = (id, r.text(m, path, "label", true)) {
            groups.push(Group { id, label });
        }
    }
    let item_tables = r.tables(root, &[], "items", 2);
    let item_ids = r.item_ids(&item_tables);
    let mut items = Vec::new();
    for ((path, m), id) in item_tables.iter().zip(item_ids) {
        r.known_keys(m, path, &["id", "text", "group", "explanation"]);
        let text = r.text(m, path, "text", true);
        let group = r.string(m, path, "group", true);
        if let Some(g) = &group {
            if !group_tables.is_empty()
                && !group_tables.iter().any(|(_, t)| t.get("id").and_then(|v| v.as_str()) == Some(g))
            {
                let mut p = path.clone();
                p.push(Seg::Key("group".into()));
                r.problem_at(
                    &p,
                    Msg::new("check-unknown-group")
                        .arg("group", g.clone())
                        .arg("field", path_to_string(&p))
                        .arg("known", groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>().join(", ")),
                );
            }
        }
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let (Some(id), Some(text), Some(group), Some(explanation)) = (id, text, group, explanation) {
            items.push(Card { id, text, group, explanation });
        }
    }
    (groups.len() == group_tables.len() && items.len() == item_tables.len() && !items.is_empty())
        .then_some(Classify { groups, items })
}

impl Classify {
    /// `placed` maps card ids to the group chosen for them. A card left
    /// out counts as wrong. One point per card in its right group.
    pub fn check(&self, placed: &HashMap<String, String>) -> Outcome {
        let items: Vec<ItemResult> = self
            .items
            .iter()
            .map(|c| {
                let right = placed.get(&c.id) == Some(&c.group);
                ItemResult { id: c.id.clone(), verdict: if right { Verdict::Right } else { Verdict::Wrong } }
            })
            .collect();
        let score = items.iter().filter(|i| i.verdict == Verdict::Right).count() as u32;
        Outcome { score, max: self.items.len() as u32, items }
    }

    pub fn group_label(&self, id: &str) -> Option<&Text> {
        self.groups.iter().find(|g| g.id == id).map(|g| &g.label)
    }

    /// For the projector: each card with its group.
    pub fn slides(&self) -> Vec<super::Slide> {
        self.items
            .iter()
            .map(|c| super::Slide {
                prompt: c.text.clone(),
                answer: super::Answer::Group(self.group_label(&c.group).cloned().unwrap_or_default()),
                explanation: c.explanation.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Classify {
        let g = |id: &str| Group { id: id.into(), label: Text::fr(id) };
        let c = |id: &str, group: &str| Card {
            id: id.into(),
            text: Text::fr(id),
            group: group.into(),
            explanation: Text::fr("x"),
        };
        Classify { groups: vec![g("oui"), g("non")], items: vec![c("a", "oui"), c("b", "non"), c("c", "oui")] }
    }
    fn placed(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn scoring() {
        let d = data();
        let all = d.check(&placed(&[("a", "oui"), ("b", "non"), ("c", "oui")]));
        assert_eq!((all.score, all.max), (3, 3));
        let part = d.check(&placed(&[("a", "oui"), ("b", "oui")]));
        assert_eq!((part.score, part.max), (1, 3));
        assert_eq!(part.verdict("b"), Some(Verdict::Wrong));
        assert_eq!(part.verdict("c"), Some(Verdict::Wrong), "a card left out is wrong");
        let wrong = d.check(&placed(&[("a", "non"), ("b", "oui"), ("c", "non")]));
        assert_eq!(wrong.score, 0);
        assert_eq!(d.check(&HashMap::new()).score, 0);
    }
}
