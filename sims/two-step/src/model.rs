//! The state of the two-step login and of the scam call, pure. Time is
//! given by the caller (milliseconds), so expiry is tested without waiting.

use super::{Effect, TwoStep};

/// Where the learner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The site asks for the password.
    Password,
    /// The site asks for the code sent by SMS.
    Code,
    /// Logged in; the phone rings.
    Ringing,
    /// On the phone, at this turn of the call.
    Call(usize),
    /// Hung up: whom to call now?
    Callback,
    /// Called the bank on the right number.
    Done,
}

/// An SMS on the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sms {
    /// The login code number `i` (index in `codes`).
    Code(usize),
    /// The SMS arriving at this turn of the call.
    Turn(usize),
}

/// What the last move gave, to explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    WrongPassword,
    WrongCode,
    OldCode,
    ExpiredCode,
    /// An answer during the call (its id).
    Answer(String),
    /// A choice of whom to call (its id).
    Callback(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TwoStepState {
    pub stage: Stage,
    /// SMS received, oldest first.
    pub phone: Vec<Sms>,
    /// The code that works now, and when it was sent.
    pub code: Option<(usize, f64)>,
    pub said: Option<Said>,
    pub logged_in: bool,
    pub gave_code: bool,
    pub hung_up: bool,
    pub called_bank: bool,
    pub wrong_moves: u32,
    /// Something was tried.
    pub started: bool,
    /// The answers chosen during the call, with their turn, in order.
    pub chosen: Vec<(usize, String)>,
}

impl Default for TwoStepState {
    fn default() -> Self {
        TwoStepState {
            stage: Stage::Password,
            phone: Vec::new(),
            code: None,
            said: None,
            logged_in: false,
            gave_code: false,
            hung_up: false,
            called_bank: false,
            wrong_moves: 0,
            started: false,
            chosen: Vec::new(),
        }
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

impl TwoStepState {
    fn wrong(&mut self, said: Said) {
        self.said = Some(said);
        self.wrong_moves += 1;
    }

    /// Sends the next code by SMS.
    pub fn send_code(&mut self, d: &TwoStep, now_ms: f64) {
        let next = self.code.map_or(0, |(i, _)| (i + 1) % d.codes.len());
        self.code = Some((next, now_ms));
        self.phone.push(Sms::Code(next));
    }

    pub fn submit_password(&mut self, d: &TwoStep, typed: &str, now_ms: f64) {
        self.started = true;
        if self.stage != Stage::Password {
            return;
        }
        if typed.trim() == d.password {
            self.said = None;
            self.stage = Stage::Code;
            self.send_code(d, now_ms);
        } else {
            self.wrong(Said::WrongPassword);
        }
    }

    /// Whether the code sent at `sent_ms` still works at `now_ms`.
    pub fn fresh(d: &TwoStep, sent_ms: f64, now_ms: f64) -> bool {
        now_ms - sent_ms <= f64::from(d.code_minutes) * 60_000.0
    }

    pub fn submit_code(&mut self, d: &TwoStep, typed: &str, now_ms: f64) {
        let Some((current, sent)) = self.code else { return };
        if self.stage != Stage::Code {
            return;
        }
        let typed = digits(typed);
        if typed == d.codes[current] {
            if Self::fresh(d, sent, now_ms) {
                self.said = None;
                self.logged_in = true;
                self.stage = Stage::Ringing;
            } else {
                self.wrong(Said::ExpiredCode);
            }
        } else if self.phone.iter().any(|s| matches!(s, Sms::Code(i) if d.codes[*i] == typed)) {
            self.wrong(Said::OldCode);
        } else {
            self.wrong(Said::WrongCode);
        }
    }

    /// The learner picks up the ringing phone.
    pub fn pick_up(&mut self, d: &TwoStep) {
        if self.stage == Stage::Ringing {
            self.enter_turn(d, 0);
        }
    }

    fn enter_turn(&mut self, d: &TwoStep, turn: usize) {
        self.stage = Stage::Call(turn);
        if d.call[turn].sms.is_some() && !self.phone.contains(&Sms::Turn(turn)) {
            self.phone.push(Sms::Turn(turn));
        }
    }

    /// An answer during the call.
    pub fn answer(&mut self, d: &TwoStep, id: &str) {
        let Stage::Call(turn) = self.stage else { return };
        let Some(a) = d.call[turn].answers.iter().find(|a| a.id == id) else { return };
        self.chosen.push((turn, a.id.clone()));
        match a.effect {
            Effect::Next => {
                self.said = Some(Said::Answer(a.id.clone()));
                if turn + 1 < d.call.len() {
                    self.enter_turn(d, turn + 1);
                }
            }
            Effect::Wrong => self.wrong(Said::Answer(a.id.clone())),
            Effect::GiveCode => {
                self.gave_code = true;
                self.wrong(Said::Answer(a.id.clone()));
            }
            Effect::HangUp => {
                self.hung_up = true;
                self.said = Some(Said::Answer(a.id.clone()));
                self.stage = Stage::Callback;
            }
        }
    }

    /// After hanging up: whom the learner calls.
    pub fn call_back(&mut self, d: &TwoStep, id: &str) {
        if self.stage != Stage::Callback {
            return;
        }
        let Some(c) = d.callback.iter().find(|c| c.id == id) else { return };
        if c.correct {
            self.called_bank = true;
            self.said = Some(Said::Callback(c.id.clone()));
            self.stage = Stage::Done;
        } else {
            self.wrong(Said::Callback(c.id.clone()));
        }
    }

    /// The turns of the call heard so far (none before picking up).
    pub fn turns_heard(&self) -> usize {
        match self.stage {
            Stage::Call(t) => t + 1,
            Stage::Callback | Stage::Done => self.chosen.last().map_or(0, |(t, _)| t + 1),
            _ => 0,
        }
    }

    /// The mission's goals.
    pub fn goal_met(&self, goal: &str) -> bool {
        match goal {
            "logged-in" => self.logged_in,
            "kept-code" => self.hung_up && !self.gave_code,
            "called-bank" => self.called_bank,
            _ => false,
        }
    }
}

pub const GOALS: &[&str] = &["logged-in", "kept-code", "called-bank"];

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: f64 = 60_000.0;

    fn data() -> TwoStep {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../exercises/vie-privee/double-authentification.toml"
        ))
        .unwrap();
        crate::read_exercise("vie-privee", "double-authentification", &src)
            .map(|e| (*e.data.sim::<crate::TwoStep>().expect("two-step")).clone())
            .unwrap()
    }

    fn first(d: &TwoStep, e: Effect, turn: usize) -> String {
        d.call[turn].answers.iter().find(|a| a.effect == e).unwrap().id.clone()
    }

    fn logged_in(d: &TwoStep) -> TwoStepState {
        let mut s = TwoStepState::default();
        s.submit_password(d, &d.password, 0.0);
        s.submit_code(d, &d.codes[0], MIN);
        assert!(s.logged_in);
        s
    }

    #[test]
    fn the_shipped_file_reads() {
        let d = data();
        assert!(d.codes.len() >= 2);
        assert!(d.call.iter().any(|t| t.sms.is_some()), "a code arrives during the call");
        assert!(d.call.iter().any(|t| t.answers.iter().any(|a| a.effect == Effect::GiveCode)));
    }

    #[test]
    fn password_then_code() {
        let d = data();
        let mut s = TwoStepState::default();
        assert!(!s.started);
        s.submit_password(&d, "Soleil974", 0.0);
        assert_eq!((s.stage, s.said.clone(), s.wrong_moves), (Stage::Password, Some(Said::WrongPassword), 1));
        assert!(s.phone.is_empty(), "no code before the right password");
        s.submit_password(&d, &format!(" {} ", d.password), 0.0);
        assert_eq!(s.stage, Stage::Code);
        assert_eq!(s.phone, vec![Sms::Code(0)]);
        s.submit_code(&d, "000000", MIN);
        assert_eq!(s.said, Some(Said::WrongCode));
        assert!(!s.goal_met("logged-in"));
        let spaced: String = d.codes[0].chars().flat_map(|c| [c, ' ']).collect();
        s.submit_code(&d, &spaced, 2.0 * MIN);
        assert!(s.goal_met("logged-in"));
        assert_eq!(s.stage, Stage::Ringing);
        assert_eq!(s.wrong_moves, 2);
        assert!(d.code_sms(0, "fr").contains(&d.codes[0]));
    }

    #[test]
    fn a_code_expires_and_a_new_one_replaces_it() {
        let d = data();
        let mut s = TwoStepState::default();
        s.submit_password(&d, &d.password, 0.0);
        let late = f64::from(d.code_minutes) * MIN + 1.0;
        s.submit_code(&d, &d.codes[0], late);
        assert_eq!(s.said, Some(Said::ExpiredCode));
        assert!(!s.logged_in);
        s.send_code(&d, late);
        assert_eq!(s.phone, vec![Sms::Code(0), Sms::Code(1)]);
        s.submit_code(&d, &d.codes[0], late + 1.0);
        assert_eq!(s.said, Some(Said::OldCode), "the first code was replaced");
        s.submit_code(&d, &d.codes[1], late + MIN);
        assert!(s.logged_in);
    }

    #[test]
    fn the_scam_call_keep_the_code_hang_up_call_the_card_number() {
        let d = data();
        let mut s = logged_in(&d);
        s.pick_up(&d);
        assert_eq!(s.stage, Stage::Call(0));
        // Go along with the caller until the code arrives, then hang up.
        let mut turn = 0;
        while d.call[turn].sms.is_none() {
            s.answer(&d, &first(&d, Effect::Next, turn));
            turn += 1;
            assert_eq!(s.stage, Stage::Call(turn));
        }
        assert!(s.phone.contains(&Sms::Turn(turn)), "the code SMS arrives during the call");
        let wrong = first(&d, Effect::Wrong, turn);
        s.answer(&d, &wrong);
        assert_eq!(s.stage, Stage::Call(turn), "a wrong answer is explained, the call goes on");
        assert_eq!(s.said, Some(Said::Answer(wrong)));
        assert!(!s.goal_met("kept-code"));
        s.answer(&d, &first(&d, Effect::HangUp, turn));
        assert_eq!(s.stage, Stage::Callback);
        assert!(s.goal_met("kept-code"));
        assert_eq!(s.turns_heard(), turn + 1);
        assert_eq!(s.chosen.len(), turn + 2, "every answer is kept for the dialogue");
        let bad = d.callback.iter().find(|c| !c.correct).unwrap().id.clone();
        s.call_back(&d, &bad);
        assert!(!s.goal_met("called-bank"));
        assert_eq!(s.said, Some(Said::Callback(bad)));
        let good = d.callback.iter().find(|c| c.correct).unwrap().id.clone();
        s.call_back(&d, &good);
        assert_eq!(s.stage, Stage::Done);
        assert!(GOALS.iter().all(|g| s.goal_met(g)));
        assert!(!s.goal_met("other"));
    }

    #[test]
    fn giving_the_code_loses_that_goal_for_this_attempt() {
        let d = data();
        let mut s = logged_in(&d);
        s.pick_up(&d);
        let turn = d.call.iter().position(|t| t.answers.iter().any(|a| a.effect == Effect::GiveCode)).unwrap();
        while s.stage != Stage::Call(turn) {
            let Stage::Call(t) = s.stage else { panic!() };
            s.answer(&d, &first(&d, Effect::Next, t));
        }
        s.answer(&d, &first(&d, Effect::GiveCode, turn));
        assert!(s.gave_code);
        s.answer(&d, &first(&d, Effect::HangUp, turn));
        assert!(s.hung_up);
        assert!(!s.goal_met("kept-code"), "given once is given");
    }

    #[test]
    fn moves_out_of_order_do_nothing() {
        let d = data();
        let mut s = TwoStepState::default();
        s.submit_code(&d, &d.codes[0], 0.0);
        s.pick_up(&d);
        s.answer(&d, "x");
        s.call_back(&d, "x");
        assert_eq!(s.stage, Stage::Password);
        assert!(GOALS.iter().all(|g| !s.goal_met(g)));
    }
}
