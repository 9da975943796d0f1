//! `two-step`: two-step login, then a scam call. A fictional bank asks for
//! the password, then sends a code by SMS to a simulated phone beside it;
//! the learner types the code (a wrong, replaced or expired code is
//! explained). Then "the bank" calls and asks for the code just received:
//! the only right answer is never to give it — hang up, then call the bank
//! on the number written on the card.
//!
//! ```toml
//! kind = "two-step"
//! site.fr = "Banque des Îles"
//! user = "Tony Payet"
//! password = "Vanille-Cyclone-Tortue"     # fictional, shown in the learner's notebook
//! notebook.fr = "Mon carnet, gardé à la maison"
//! codes = ["482913", "735120"]             # sent one after the other
//! code_minutes = 5                         # a code works this long
//! sms.fr = "… votre code est {code} …"
//! wrong_password.fr = "…"                  # explanations of the site's refusals
//! wrong_code.fr = "…"
//! old_code.fr = "…"
//! expired_code.fr = "…"
//! welcome.fr = "…"                         # the account, once logged in
//! caller.fr = "Banque des Îles"            # who the phone says is calling
//! caller_number = "0262 40 50 60"
//! [[call]]                                 # the call, turn by turn
//! says.fr = "…"                            # what the caller says
//! sms.fr = "…"                             # optional: an SMS arriving on this turn
//! [[call.answers]]
//! id = "raccrocher"
//! text.fr = "…"
//! effect = "hang-up"                       # next | wrong | give-code | hang-up
//! explanation.fr = "…"
//! [[callback]]                             # after hanging up: whom to call
//! id = "carte"
//! text.fr = "…"
//! correct = true
//! explanation.fr = "…"
//! ```
//! Plus `hint`, `debrief` and `[[goals]]` (`logged-in`, `kept-code`, `called-bank`).

pub mod model;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;

pub const KEYS: &[&str] = &[
    "site",
    "user",
    "password",
    "notebook",
    "codes",
    "code_minutes",
    "sms",
    "wrong_password",
    "wrong_code",
    "old_code",
    "expired_code",
    "welcome",
    "caller",
    "caller_number",
    "call",
    "callback",
    "goals",
    "hint",
    "debrief",
];

pub const EFFECTS: &[&str] = &["next", "wrong", "give-code", "hang-up"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The story goes on to the next turn.
    Next,
    /// A wrong move, explained; the learner answers again.
    Wrong,
    /// The learner gives the code: explained, and the goal is lost.
    GiveCode,
    /// The learner hangs up: then chooses whom to call.
    HangUp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CallAnswer {
    pub id: String,
    pub text: Text,
    pub effect: Effect,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Turn {
    pub says: Text,
    pub sms: Option<Text>,
    pub answers: Vec<CallAnswer>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Callback {
    pub id: String,
    pub text: Text,
    pub correct: bool,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TwoStep {
    pub site: Text,
    pub user: String,
    pub password: String,
    pub notebook: Text,
    pub codes: Vec<String>,
    pub code_minutes: u32,
    pub sms: Text,
    pub wrong_password: Text,
    pub wrong_code: Text,
    pub old_code: Text,
    pub expired_code: Text,
    pub welcome: Text,
    pub caller: Text,
    pub caller_number: String,
    pub call: Vec<Turn>,
    pub callback: Vec<Callback>,
    pub mission: Arc<Mission>,
}

fn effect_of(s: &str) -> Option<Effect> {
    Some(match s {
        "next" => Effect::Next,
        "wrong" => Effect::Wrong,
        "give-code" => Effect::GiveCode,
        "hang-up" => Effect::HangUp,
        _ => return None,
    })
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<TwoStep> {
    let site = r.text(root, &[], "site", true);
    let user = r.string(root, &[], "user", true);
    let password = r.string(root, &[], "password", true);
    let notebook = r.text(root, &[], "notebook", true);
    let codes = r.string_list(root, &[], "codes", true);
    if let Some(codes) = &codes {
        if codes.is_empty() || codes.iter().any(|c| c.is_empty() || !c.chars().all(|ch| ch.is_ascii_digit())) {
            r.problem_at(
                &[Seg::Key("codes".into())],
                Msg::new("check-unknown-value")
                    .arg("field", "codes")
                    .arg("value", codes.join(", "))
                    .arg("known", "0-9"),
            );
        }
    }
    let code_minutes = r.number(root, &[], "code_minutes", true);
    let sms = r.text(root, &[], "sms", true);
    let wrong_password = r.text(root, &[], "wrong_password", true);
    let wrong_code = r.text(root, &[], "wrong_code", true);
    let old_code = r.text(root, &[], "old_code", true);
    let expired_code = r.text(root, &[], "expired_code", true);
    let welcome = r.text(root, &[], "welcome", true);
    let caller = r.text(root, &[], "caller", true);
    let caller_number = r.string(root, &[], "caller_number", true);

    let turn_tables = r.tables(root, &[], "call", 1);
    let mut call = Vec::new();
    let mut answer_ids: Vec<String> = Vec::new();
    let mut hang_up = false;
    for (path, m) in &turn_tables {
        r.known_keys(m, path, &["says", "sms", "answers"]);
        let says = r.text(m, path, "says", true);
        let sms = if m.contains_key("sms") { r.text(m, path, "sms", true).map(Some) } else { Some(None) };
        let tables = r.tables(m, path, "answers", 2);
        let mut answers = Vec::new();
        for (apath, a) in &tables {
            r.known_keys(a, apath, &["id", "text", "effect", "explanation"]);
            let id = r.id_field(a, apath, "id", None);
            if let Some(id) = &id {
                if answer_ids.contains(id) {
                    let mut p = apath.clone();
                    p.push(Seg::Key("id".into()));
                    r.problem_at(&p, Msg::new("check-duplicate-id").arg("id", id.clone()));
                }
                answer_ids.push(id.clone());
            }
            let text = r.text(a, apath, "text", true);
            let effect = r.string(a, apath, "effect", true).and_then(|e| {
                let found = effect_of(&e);
                if found.is_none() {
                    let mut p = apath.clone();
                    p.push(Seg::Key("effect".into()));
                    r.problem_at(
                        &p,
                        Msg::new("check-unknown-value")
                            .arg("field", "effect")
                            .arg("value", e)
                            .arg("known", EFFECTS.join(", ")),
                    );
                }
                found
            });
            hang_up |= effect == Some(Effect::HangUp);
            let explanation = r.explanation(a, apath, id.as_deref().unwrap_or("?"));
            if let (Some(id), Some(text), Some(effect), Some(explanation)) = (id, text, effect, explanation) {
                answers.push(CallAnswer { id, text, effect, explanation });
            }
        }
        if let (Some(says), Some(sms)) = (says, sms) {
            if answers.len() == tables.len() && !answers.is_empty() {
                call.push(Turn { says, sms, answers });
            }
        }
    }
    if !turn_tables.is_empty() && !hang_up {
        r.problem_at(&[Seg::Key("call".into())], Msg::new("check-no-correct"));
    }

    let cb_tables = r.tables(root, &[], "callback", 2);
    let cb_ids = r.item_ids(&cb_tables);
    let mut callback = Vec::new();
    for ((path, m), id) in cb_tables.iter().zip(cb_ids) {
        r.known_keys(m, path, &["id", "text", "correct", "explanation"]);
        let text = r.text(m, path, "text", true);
        let correct = r.boolean(m, path, "correct", false);
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let (Some(id), Some(text), Some(explanation)) = (id, text, explanation) {
            callback.push(Callback { id, text, correct, explanation });
        }
    }
    if !cb_tables.is_empty() && !callback.iter().any(|c| c.correct) {
        r.problem_at(&[Seg::Key("callback".into())], Msg::new("check-no-correct"));
    }
    let mission = mission::parse(r, root, model::GOALS);
    let ok = call.len() == turn_tables.len()
        && !call.is_empty()
        && hang_up
        && callback.len() == cb_tables.len()
        && callback.iter().any(|c| c.correct);
    let codes =
        codes.filter(|c| !c.is_empty() && c.iter().all(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit())));
    Some(TwoStep {
        site: site?,
        user: user?,
        password: password?,
        notebook: notebook?,
        codes: codes?,
        code_minutes: code_minutes?,
        sms: sms?,
        wrong_password: wrong_password?,
        wrong_code: wrong_code?,
        old_code: old_code?,
        expired_code: expired_code?,
        welcome: welcome?,
        caller: caller?,
        caller_number: caller_number?,
        call: ok.then_some(call)?,
        callback,
        mission: Arc::new(mission?),
    })
}

impl TwoStep {
    /// The SMS that carries code number `i`.
    pub fn code_sms(&self, i: usize, lang: &str) -> String {
        self.sms.get(lang).replace("{code}", &self.codes[i % self.codes.len()])
    }
}

pas_a_pas_core::simulation!("two-step", parse);

impl Model for TwoStep {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
mod tests {
    use crate::read_exercise as parse_exercise;

    fn shipped() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../exercises/vie-privee/double-authentification.toml"
        ))
        .unwrap()
    }

    fn problems(src: &str) -> Vec<(usize, &'static str)> {
        match parse_exercise("vie-privee", "double-authentification", src) {
            Ok(_) => Vec::new(),
            Err(p) => p.iter().map(|p| (p.line, p.msg.id)).collect(),
        }
    }

    fn line_of(src: &str, needle: &str) -> usize {
        src.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    #[test]
    fn a_broken_file_is_reported_where_it_is_broken() {
        let src = shipped();
        assert!(problems(&src).is_empty());
        let bad = src.replacen("effect = \"give-code\"", "effect = \"donner\"", 1);
        assert_eq!(problems(&bad), vec![(line_of(&bad, "effect = \"donner\""), "check-unknown-value")]);
        let bad = src.replace("effect = \"hang-up\"", "effect = \"wrong\"");
        assert_eq!(problems(&bad), vec![(line_of(&bad, "[[call]]"), "check-no-correct")]);
        let bad = src.replace("codes = [\"482913\"", "codes = [\"48291A\"");
        assert_eq!(problems(&bad), vec![(line_of(&bad, "codes = "), "check-unknown-value")]);
        let bad = src.replace("correct = true\n", "");
        assert_eq!(problems(&bad), vec![(line_of(&bad, "[[callback]]"), "check-no-correct")]);
        let bad = src.replace("id = \"kept-code\"", "id = \"gave-nothing\"");
        assert_eq!(problems(&bad), vec![(line_of(&bad, "gave-nothing"), "check-unknown-goal")]);
        let bad = src.replace("code_minutes = 5\n", "");
        assert_eq!(problems(&bad).len(), 1);
    }
}
