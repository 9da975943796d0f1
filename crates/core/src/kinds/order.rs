//! `order`: put steps or items in the right sequence, with "Monter" and
//! "Descendre" buttons on each (no dragging needed).
//!
//! ```toml
//! kind = "order"
//! [[items]]            # written in the RIGHT order; shown mixed up
//! id = "formation"
//! text.fr = "…"
//! explanation.fr = "…"
//! ```

use super::{ItemResult, Outcome, Verdict};
use crate::content::reader::Map;
use crate::content::{Reader, Text};

pub const KEYS: &[&str] = &["items"];

#[derive(Clone, Debug, PartialEq)]
pub struct Order {
    pub items: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub text: Text,
    pub explanation: Text,
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Order> {
    let tables = r.tables(root, &[], "items", 3);
    let ids = r.item_ids(&tables);
    let mut items = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "text", "explanation"]);
        let text = r.text(m, path, "text", true);
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let (Some(id), Some(text), Some(explanation)) = (id, text, explanation) {
            items.push(Step { id, text, explanation });
        }
    }
    (items.len() == tables.len() && items.len() >= 3).then_some(Order { items })
}

impl Order {
    /// The mixed-up order shown first: the same on every visit (seeded by
    /// the ids), never already solved, and with no step left in its place
    /// when that is possible.
    pub fn initial_order(&self) -> Vec<usize> {
        let n = self.items.len();
        let mut seed: u64 = self
            .items
            .iter()
            .flat_map(|s| s.id.bytes())
            .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        let mut best: Vec<usize> = (0..n).rev().collect();
        for _ in 0..50 {
            let mut order: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let j = (seed >> 33) as usize % (i + 1);
                order.swap(i, j);
            }
            if order.iter().enumerate().all(|(pos, &i)| pos != i) {
                return order;
            }
            if order.iter().enumerate().any(|(pos, &i)| pos != i) {
                best = order;
            }
        }
        best
    }

    /// For the projector: each step with its place.
    pub fn slides(&self) -> Vec<super::Slide> {
        self.items
            .iter()
            .enumerate()
            .map(|(i, s)| super::Slide {
                prompt: s.text.clone(),
                answer: super::Answer::Position(i + 1),
                explanation: s.explanation.clone(),
            })
            .collect()
    }

    /// `order[pos]` is the index of the step shown at `pos`. One point per
    /// step in its right place.
    pub fn check(&self, order: &[usize]) -> Outcome {
        let items: Vec<ItemResult> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let right = order.iter().position(|&x| x == i) == Some(i);
                ItemResult { id: s.id.clone(), verdict: if right { Verdict::Right } else { Verdict::Wrong } }
            })
            .collect();
        let score = items.iter().filter(|i| i.verdict == Verdict::Right).count() as u32;
        Outcome { score, max: self.items.len() as u32, items }
    }
}

/// Moves the entry at `pos` by `delta` places (−1 up, +1 down), if it can.
pub fn move_entry(order: &mut [usize], pos: usize, delta: isize) -> Option<usize> {
    let to = pos.checked_add_signed(delta).filter(|&t| t < order.len())?;
    order.swap(pos, to);
    Some(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(n: usize) -> Order {
        Order {
            items: (0..n)
                .map(|i| Step { id: format!("s{i}"), text: Text::fr("x"), explanation: Text::fr("y") })
                .collect(),
        }
    }

    #[test]
    fn initial_order_is_mixed_and_stable() {
        for n in 3..9 {
            let d = data(n);
            let o = d.initial_order();
            assert_eq!(o, d.initial_order());
            let mut sorted = o.clone();
            sorted.sort();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            assert!(d.check(&o).score < n as u32, "never shown solved");
        }
    }

    #[test]
    fn scoring() {
        let d = data(4);
        let all = d.check(&[0, 1, 2, 3]);
        assert_eq!((all.score, all.max), (4, 4));
        let part = d.check(&[0, 2, 1, 3]);
        assert_eq!(part.score, 2);
        assert_eq!(part.verdict("s1"), Some(Verdict::Wrong));
        let none = d.check(&[3, 2, 1, 0]);
        assert_eq!(none.score, 0);
        assert_eq!(d.check(&[]).score, 0, "nothing answered");
    }

    #[test]
    fn moving() {
        let mut o = vec![0, 1, 2];
        assert_eq!(move_entry(&mut o, 0, -1), None);
        assert_eq!(move_entry(&mut o, 2, 1), None);
        assert_eq!(move_entry(&mut o, 1, -1), Some(0));
        assert_eq!(o, vec![1, 0, 2]);
        assert_eq!(move_entry(&mut o, 1, 1), Some(2));
        assert_eq!(o, vec![1, 2, 0]);
    }
}
