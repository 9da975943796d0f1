//! `school-portal`: a parents' portal of a fictional school (Pronote-like,
//! reached through ÉduConnect). The portal's world (children, teachers,
//! homework, grades, absences, messages, timetable, news, the school's letter)
//! lives in one data file of the module folder, named by every mission:
//!
//! ```toml
//! kind = "school-portal"
//! world = "portail"          # exercises/scolarite/portail.toml
//! start = "login"            # login (first time) | prompt (just logged in) | home
//! child = "inaya"            # the child the mission is about (optional)
//! message = "hoarau-redaction"   # the message to read and answer (optional)
//! off_path = ["notes"]       # opening one of these screens is a wrong move
//! [question]                 # optional: answered inside the portal
//! text.fr = "…"
//! [[question.options]]
//! id = "a"
//! text.fr = "…"
//! correct = true
//! explanation.fr = "…"
//! # + hint, debrief and [[goals]] (see pas_a_pas_core::mission)
//! ```

pub mod goals;
pub mod state;
pub mod world;

#[cfg(feature = "view")]
mod screens;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::{Locator, Seg};
use pas_a_pas_core::content::{Msg, Problem, Reader, Text};
use pas_a_pas_core::kinds::{Answer, Slide};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;
pub use world::World;

pub const KEYS: &[&str] = &["world", "start", "child", "message", "off_path", "question", "goals", "hint", "debrief"];

/// Where an attempt starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Logged out, first connection: the letter's temporary password.
    Login,
    /// Just logged in: the browser asks to save the password.
    Prompt,
    /// Logged in, on the home page.
    Home,
}

pub const STARTS: &[&str] = &["login", "prompt", "home"];

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionOption {
    pub id: String,
    pub text: Text,
    pub correct: bool,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub text: Text,
    pub options: Vec<QuestionOption>,
}

/// One mission on the portal, as read from its exercise file.
#[derive(Clone, Debug, PartialEq)]
pub struct SchoolPortal {
    /// The data file's name (without `.toml`), in the module folder.
    pub world_file: String,
    /// The world, once the loader has read the data file.
    pub world: Option<Arc<World>>,
    pub start: Start,
    pub child: Option<String>,
    pub message: Option<String>,
    pub off_path: Vec<state::Screen>,
    pub question: Option<Question>,
    pub mission: Arc<Mission>,
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<SchoolPortal> {
    let world_file = r.id_field(root, &[], "world", None);
    let start = match r.string(root, &[], "start", true).as_deref() {
        Some("login") => Some(Start::Login),
        Some("prompt") => Some(Start::Prompt),
        Some("home") => Some(Start::Home),
        Some(other) => {
            r.problem_at(
                &[Seg::Key("start".into())],
                Msg::new("check-unknown-value")
                    .arg("field", "start")
                    .arg("value", other)
                    .arg("known", STARTS.join(", ")),
            );
            None
        }
        None => None,
    };
    let child = root.contains_key("child").then(|| r.id_field(root, &[], "child", None)).flatten();
    let message = root.contains_key("message").then(|| r.id_field(root, &[], "message", None)).flatten();
    let mut off_path = Vec::new();
    let mut ok = true;
    if root.contains_key("off_path") {
        for (i, s) in r.string_list(root, &[], "off_path", true).unwrap_or_default().iter().enumerate() {
            match state::Screen::from_id(s) {
                Some(screen) => off_path.push(screen),
                None => {
                    ok = false;
                    r.problem_at(
                        &[Seg::Key("off_path".into()), Seg::Index(i)],
                        Msg::new("check-unknown-value")
                            .arg("field", "off_path")
                            .arg("value", s.clone())
                            .arg("known", state::Screen::MENU.iter().map(|s| s.id()).collect::<Vec<_>>().join(", ")),
                    );
                }
            }
        }
    }
    let question = match root.get("question") {
        None => None,
        Some(q) => match q.as_object() {
            None => {
                ok = false;
                r.problem_at(
                    &[Seg::Key("question".into())],
                    Msg::new("check-wrong-type").arg("field", "question").arg("expected", "tables"),
                );
                None
            }
            Some(q) => {
                let q_path = [Seg::Key("question".into())];
                r.known_keys(q, &q_path, &["text", "options"]);
                let text = r.text(q, &q_path, "text", true);
                let tables = r.tables(q, &q_path, "options", 2);
                let ids = r.item_ids(&tables);
                let mut options = Vec::new();
                for ((path, m), id) in tables.iter().zip(ids) {
                    r.known_keys(m, path, &["id", "text", "correct", "explanation"]);
                    let text = r.text(m, path, "text", true);
                    let correct = r.boolean(m, path, "correct", false);
                    let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
                    if let (Some(id), Some(text), Some(explanation)) = (id, text, explanation) {
                        options.push(QuestionOption { id, text, correct, explanation });
                    }
                }
                let right = options.iter().filter(|o| o.correct).count();
                if !tables.is_empty() && right != 1 {
                    let mut p = q_path.to_vec();
                    p.push(Seg::Key("options".into()));
                    r.problem_at(&p, Msg::new(if right == 0 { "check-no-correct" } else { "check-several-correct" }));
                    ok = false;
                }
                if options.len() != tables.len() || options.is_empty() {
                    ok = false;
                }
                text.map(|text| Question { text, options })
            }
        },
    };
    let mission = mission::parse(r, root, goals::GOALS);
    if let Some(m) = &mission {
        let needs = |g: &str| m.goals.iter().any(|x| x.id == g);
        if needs("answered") && question.is_none() {
            r.problem_at(&[Seg::Key("goals".into())], Msg::new("check-missing-field").arg("field", "question"));
            ok = false;
        }
        if (needs("message-read") || needs("reply-sent")) && message.is_none() {
            r.problem_at(&[Seg::Key("goals".into())], Msg::new("check-missing-field").arg("field", "message"));
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    Some(SchoolPortal {
        world_file: world_file?,
        world: None,
        start: start?,
        child,
        message,
        off_path,
        question,
        mission: Arc::new(mission?),
    })
}

impl SchoolPortal {
    /// Reads the world from its data file and checks that the mission's
    /// names (child, message) exist in it. Problems in the data file point
    /// into it; a name the world lacks points into the exercise file.
    pub fn attach(&mut self, ex_file: &str, ex_src: &str, data_file: &str, data_src: &str) -> Result<(), Vec<Problem>> {
        let world = Reader::run(data_file, data_src, world::parse)?;
        let loc = Locator::new(ex_src);
        let mut problems = Vec::new();
        let mut unknown = |key: &str, value: &str, known: Vec<String>| {
            let (line, col) = loc.locate(&[Seg::Key(key.into())]);
            problems.push(Problem {
                file: ex_file.into(),
                line,
                col,
                msg: Msg::new("check-unknown-value")
                    .arg("field", key.to_string())
                    .arg("value", value)
                    .arg("known", known.join(", ")),
            });
        };
        if let Some(c) = &self.child {
            if world.child(c).is_none() {
                unknown("child", c, world.children.iter().map(|c| c.id.clone()).collect());
            }
        }
        if let Some(m) = &self.message {
            if world.message(m).is_none() {
                unknown("message", m, world.messages.iter().map(|m| m.id.clone()).collect());
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        self.world = Some(Arc::new(world));
        Ok(())
    }
}

pas_a_pas_core::simulation!("school-portal", parse);

impl Model for SchoolPortal {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        let mut s = self.mission.slides();
        if let Some(q) = &self.question {
            s.extend(q.options.iter().map(|o| Slide {
                prompt: o.text.clone(),
                answer: if o.correct { Answer::Right } else { Answer::Wrong },
                explanation: o.explanation.clone(),
            }));
        }
        s
    }
    fn data_file(&self) -> Option<(&'static str, &str)> {
        Some(("world", &self.world_file))
    }
    fn attach(&mut self, ex_file: &str, ex_src: &str, data_file: &str, data_src: &str) -> Result<(), Vec<Problem>> {
        SchoolPortal::attach(self, ex_file, ex_src, data_file, data_src)
    }
}

#[cfg(test)]
mod tests;
