//! The learner's answers in the feed, and the discernment score.
//!
//! Each post is decided « Fiable » or « Pas fiable ». « Je vérifie d'abord »
//! is a step, not an answer: it opens the tools under the post, and the
//! post stays undecided until the learner says « Fiable » or « Pas fiable ».
//! So a post left at « Je vérifie d'abord » earns nothing, and pressing it
//! everywhere scores 0.
//!
//! The score is discernment: one point for each true post judged
//! « Fiable » and one for each false post judged « Pas fiable ». Judging
//! everything « Pas fiable » only finds the false half (and shows
//! « Vraies informations reconnues : 0 sur 6 »), like judging everything
//! « Fiable » only finds the true half.

use super::NewsFeed;
use pas_a_pas_core::kinds::{ItemResult, Outcome, Verdict};

/// The tools a learner can open under a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Who,
    Search,
    Photo,
    Address,
    When,
}

pub const TOOLS: [Tool; 5] = [Tool::Who, Tool::Search, Tool::Photo, Tool::Address, Tool::When];

impl Tool {
    pub fn key(self) -> &'static str {
        match self {
            Tool::Who => "who",
            Tool::Search => "search",
            Tool::Photo => "photo",
            Tool::Address => "address",
            Tool::When => "when",
        }
    }
}

impl super::Post {
    /// What the tool finds for this post; `None` when the post has nothing for
    /// it (no photo, no link).
    pub fn tool(&self, tool: Tool) -> Option<&pas_a_pas_core::content::Text> {
        match tool {
            Tool::Who => Some(&self.who),
            Tool::Search => Some(&self.search),
            Tool::Photo => self.photo.as_ref(),
            Tool::Address => self.address.as_ref(),
            Tool::When => Some(&self.when),
        }
    }
}

/// What the learner has done in the feed so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeedState {
    /// Decided posts: `true` for « Fiable », `false` for « Pas fiable ».
    decisions: Vec<(String, bool)>,
    /// Posts whose tools are shown (« Je vérifie d'abord » was pressed).
    checking: Vec<String>,
    /// Tools opened, per post.
    opened: Vec<(String, Tool)>,
}

impl FeedState {
    /// « Fiable » (`true`) or « Pas fiable » (`false`); pressing the same again takes it back.
    pub fn decide(&mut self, post: &str, reliable: bool) {
        let before = self.decision(post);
        self.decisions.retain(|(p, _)| p != post);
        if before != Some(reliable) {
            self.decisions.push((post.to_string(), reliable));
        }
    }

    pub fn decision(&self, post: &str) -> Option<bool> {
        self.decisions.iter().find(|(p, _)| p == post).map(|(_, r)| *r)
    }

    /// « Je vérifie d'abord »: shows or hides the tools of a post. It never
    /// decides the post.
    pub fn toggle_checking(&mut self, post: &str) {
        if self.is_checking(post) {
            self.checking.retain(|p| p != post);
        } else {
            self.checking.push(post.to_string());
        }
    }

    pub fn is_checking(&self, post: &str) -> bool {
        self.checking.iter().any(|p| p == post)
    }

    /// Opens or closes the result of one tool.
    pub fn toggle_tool(&mut self, post: &str, tool: Tool) {
        if self.is_open(post, tool) {
            self.opened.retain(|(p, t)| !(p == post && *t == tool));
        } else {
            self.opened.push((post.to_string(), tool));
        }
    }

    pub fn is_open(&self, post: &str, tool: Tool) -> bool {
        self.opened.iter().any(|(p, t)| p == post && *t == tool)
    }

    /// Has the learner done anything yet (decided or started checking)?
    pub fn started(&self) -> bool {
        !self.decisions.is_empty() || !self.checking.is_empty()
    }

    /// Posts still without « Fiable » or « Pas fiable ».
    pub fn undecided(&self, feed: &NewsFeed) -> usize {
        feed.posts.iter().filter(|p| self.decision(&p.id).is_none()).count()
    }
}

/// The two halves of discernment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Discernment {
    /// True posts judged « Fiable », out of `true_total`.
    pub true_found: u32,
    pub true_total: u32,
    /// False or misleading posts judged « Pas fiable », out of `false_total`.
    pub false_found: u32,
    pub false_total: u32,
}

impl Discernment {
    pub fn score(&self) -> u32 {
        self.true_found + self.false_found
    }
    pub fn max(&self) -> u32 {
        self.true_total + self.false_total
    }
}

/// Is this post judged right? `None` while it is undecided.
fn judged_right(reliable: bool, decision: Option<bool>) -> Option<bool> {
    decision.map(|d| d == reliable)
}

pub fn discernment(feed: &NewsFeed, state: &FeedState) -> Discernment {
    let mut d = Discernment { true_found: 0, true_total: 0, false_found: 0, false_total: 0 };
    for p in &feed.posts {
        let right = judged_right(p.reliable, state.decision(&p.id)) == Some(true);
        if p.reliable {
            d.true_total += 1;
            d.true_found += u32::from(right);
        } else {
            d.false_total += 1;
            d.false_found += u32::from(right);
        }
    }
    d
}

/// « Vérifier »: one point per post judged right; a post judged wrong is
/// `Wrong`, a post left undecided (even while checking) is `Missed`.
pub fn outcome(feed: &NewsFeed, state: &FeedState) -> Outcome {
    let items = feed
        .posts
        .iter()
        .map(|p| ItemResult {
            id: p.id.clone(),
            verdict: match judged_right(p.reliable, state.decision(&p.id)) {
                Some(true) => Verdict::Right,
                Some(false) => Verdict::Wrong,
                None => Verdict::Missed,
            },
        })
        .collect();
    let d = discernment(feed, state);
    Outcome { score: d.score(), max: d.max(), items }
}

/// What the frame's checker returns: nothing before the learner has done anything.
pub fn check(feed: &NewsFeed, state: &FeedState) -> Option<Outcome> {
    state.started().then(|| outcome(feed, state))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Post;
    use pas_a_pas_core::content::Text;

    fn post(id: &str, reliable: bool) -> Post {
        let t = Text::fr("t");
        Post {
            id: id.into(),
            reliable,
            author: t.clone(),
            time: t.clone(),
            text: t.clone(),
            picture: None,
            link: None,
            likes: 0,
            shares: 0,
            who: t.clone(),
            search: t.clone(),
            photo: None,
            address: Some(t.clone()),
            when: t.clone(),
            clue: t.clone(),
            explanation: t,
        }
    }

    /// Six true posts (t1…t6) and six false ones (f1…f6), like the shipped feed.
    fn feed() -> NewsFeed {
        let mut posts = Vec::new();
        for i in 1..=6 {
            posts.push(post(&format!("t{i}"), true));
            posts.push(post(&format!("f{i}"), false));
        }
        NewsFeed { posts }
    }

    fn all(feed: &NewsFeed, f: impl Fn(&mut FeedState, &str)) -> FeedState {
        let mut s = FeedState::default();
        for p in &feed.posts {
            f(&mut s, &p.id);
        }
        s
    }

    #[test]
    fn everything_fiable_only_finds_the_true_half() {
        let f = feed();
        let s = all(&f, |s, p| s.decide(p, true));
        let d = discernment(&f, &s);
        assert_eq!((d.true_found, d.true_total, d.false_found, d.false_total), (6, 6, 0, 6));
        let o = check(&f, &s).unwrap();
        assert_eq!((o.score, o.max), (6, 12));
        assert_eq!(o.verdict("f1"), Some(Verdict::Wrong));
        assert_eq!(o.verdict("t1"), Some(Verdict::Right));
    }

    #[test]
    fn everything_pas_fiable_only_finds_the_false_half() {
        let f = feed();
        let s = all(&f, |s, p| s.decide(p, false));
        let d = discernment(&f, &s);
        assert_eq!((d.true_found, d.false_found), (0, 6));
        let o = check(&f, &s).unwrap();
        assert_eq!((o.score, o.max), (6, 12));
        assert!(!o.is_perfect());
        assert_eq!(o.verdict("t3"), Some(Verdict::Wrong));
    }

    #[test]
    fn everything_je_verifie_is_not_an_answer_and_scores_nothing() {
        let f = feed();
        let s = all(&f, |s, p| s.toggle_checking(p));
        assert!(f.posts.iter().all(|p| s.is_checking(&p.id) && s.decision(&p.id).is_none()));
        assert_eq!(s.undecided(&f), 12);
        let o = check(&f, &s).expect("checking counts as having started");
        assert_eq!((o.score, o.max), (0, 12));
        assert!(o.items.iter().all(|i| i.verdict == Verdict::Missed));
    }

    #[test]
    fn nothing_done_asks_for_an_answer_first() {
        let f = feed();
        assert_eq!(check(&f, &FeedState::default()), None);
        // Opening a tool alone is not an answer either.
        let mut s = FeedState::default();
        s.toggle_tool("t1", Tool::Who);
        assert_eq!(check(&f, &s), None);
    }

    #[test]
    fn perfect_discernment_after_checking_first() {
        let f = feed();
        let s = all(&f, |s, p| {
            s.toggle_checking(p);
            s.toggle_tool(p, Tool::Search);
            s.decide(p, p.starts_with('t'));
        });
        let o = check(&f, &s).unwrap();
        assert_eq!((o.score, o.max), (12, 12));
        assert!(o.is_perfect());
        assert_eq!(s.undecided(&f), 0);
    }

    #[test]
    fn mixed_answers_count_each_half_apart() {
        let f = feed();
        let mut s = FeedState::default();
        // 5 of 6 true posts trusted, t6 doubted; 4 of 6 false posts doubted,
        // f5 trusted, f6 left at « Je vérifie d'abord ».
        for i in 1..=5 {
            s.decide(&format!("t{i}"), true);
        }
        s.decide("t6", false);
        for i in 1..=4 {
            s.decide(&format!("f{i}"), false);
        }
        s.decide("f5", true);
        s.toggle_checking("f6");
        let d = discernment(&f, &s);
        assert_eq!((d.true_found, d.true_total, d.false_found, d.false_total), (5, 6, 4, 6));
        let o = check(&f, &s).unwrap();
        assert_eq!((o.score, o.max), (9, 12));
        assert_eq!(o.verdict("t6"), Some(Verdict::Wrong));
        assert_eq!(o.verdict("f5"), Some(Verdict::Wrong));
        assert_eq!(o.verdict("f6"), Some(Verdict::Missed));
        assert_eq!(s.undecided(&f), 1);
    }

    #[test]
    fn a_decision_can_be_changed_or_taken_back() {
        let mut s = FeedState::default();
        s.decide("a", true);
        s.decide("a", false);
        assert_eq!(s.decision("a"), Some(false));
        s.decide("a", false);
        assert_eq!(s.decision("a"), None);
        s.toggle_checking("a");
        s.decide("a", true);
        assert!(s.is_checking("a"), "deciding keeps the tools open");
        s.toggle_checking("a");
        assert_eq!(s.decision("a"), Some(true), "closing the tools keeps the decision");
    }

    #[test]
    fn tools_open_and_close_per_post() {
        let mut s = FeedState::default();
        s.toggle_tool("a", Tool::Photo);
        assert!(s.is_open("a", Tool::Photo));
        assert!(!s.is_open("b", Tool::Photo));
        assert!(!s.is_open("a", Tool::When));
        s.toggle_tool("a", Tool::Photo);
        assert!(!s.is_open("a", Tool::Photo));
        let p = post("x", true);
        assert!(p.tool(Tool::Photo).is_none(), "no photo, no photo tool");
        assert!(p.tool(Tool::Address).is_some());
        assert_eq!(TOOLS.iter().map(|t| t.key()).collect::<Vec<_>>(), ["who", "search", "photo", "address", "when"]);
    }
}
