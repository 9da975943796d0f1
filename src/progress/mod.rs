//! Results of exercises. Every kind reports a finished attempt as one
//! [`Completion`] through [`Progress::complete`]; what is kept and where is
//! decided here only.

/// A finished attempt at an exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub module: String,
    pub exercise: String,
    pub score: u32,
    pub max: u32,
}

impl Completion {
    pub fn is_success(&self) -> bool {
        self.max > 0 && self.score == self.max
    }
}

/// What the learner did during this visit: best attempt per exercise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    best: Vec<Completion>,
}

impl Progress {
    /// Records an attempt; the best score for an exercise is kept.
    pub fn complete(&mut self, c: Completion) {
        match self.best.iter_mut().find(|b| b.module == c.module && b.exercise == c.exercise) {
            Some(b) if c.score * b.max.max(1) >= b.score * c.max.max(1) => *b = c,
            Some(_) => {}
            None => self.best.push(c),
        }
    }
    pub fn best(&self, module: &str, exercise: &str) -> Option<&Completion> {
        self.best.iter().find(|b| b.module == module && b.exercise == exercise)
    }
    pub fn is_done(&self, module: &str, exercise: &str) -> bool {
        self.best(module, exercise).is_some_and(Completion::is_success)
    }
    /// How many of `exercises` are done.
    pub fn done_count(&self, module: &str, exercises: &[String]) -> usize {
        exercises.iter().filter(|e| self.is_done(module, e)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(ex: &str, score: u32, max: u32) -> Completion {
        Completion { module: "cv".into(), exercise: ex.into(), score, max }
    }

    #[test]
    fn keeps_the_best_attempt() {
        let mut p = Progress::default();
        p.complete(c("a", 2, 5));
        p.complete(c("a", 1, 5));
        assert_eq!(p.best("cv", "a").unwrap().score, 2);
        assert!(!p.is_done("cv", "a"));
        p.complete(c("a", 5, 5));
        assert!(p.is_done("cv", "a"));
        p.complete(c("b", 0, 3));
        assert_eq!(p.done_count("cv", &["a".into(), "b".into(), "c".into()]), 1);
    }
}
