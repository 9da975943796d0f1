//! `email`: an e-mail client. An inbox, a message to read and answer, a new
//! message to an address picked among look-alikes, a subject, a file joined
//! from a simulated "Documents" folder, "Envoyer", then "Envoyés" to check.
//! A document of kind `cv` is the CV the learner saved in the CV module when
//! there is one (its file name and lines come from it), otherwise the sample.
//!
//! ```toml
//! kind = "email"
//! me = "fatima.madi@exemple.yt"          # the learner's simulated account
//! reply_to = "anli"                      # optional: the message to answer
//! note_title.fr = "Le courrier du CCAS"  # optional: a paper note beside the client
//! note.fr = "…"
//! [[inbox]]
//! id = "anli"
//! from_name = "Anli Combo"
//! from = "anli.combo@exemple.fr"
//! date.fr = "Hier, 18 h 40"
//! subject.fr = "…"
//! body.fr = "…"
//! [[addresses]]                          # optional: offered when typing in « À »
//! address = "accueil@ccas-saint-paul.fr"
//! correct = true
//! explanation.fr = "…"                   # said when it is picked
//! [[documents]]                          # optional: the "Documents" folder
//! id = "avis"
//! name = "avis-imposition-2026.pdf"
//! kind = "pdf"                           # pdf | photo | cv
//! correct = true                         # one of the files to join
//! explanation.fr = "…"                   # said when it is joined
//! ```
//! Plus `hint`, `debrief` and `[[goals]]` (ids in [`GOALS`]).

pub mod state;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;

pub const KEYS: &[&str] =
    &["me", "reply_to", "note_title", "note", "inbox", "addresses", "documents", "goals", "hint", "debrief"];

/// The goals this simulation can judge (see [`state::Mail::goal_met`]).
pub const GOALS: &[&str] =
    &["message-read", "replied", "right-address", "subject-written", "right-attachment", "sent-checked"];

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    pub from_name: String,
    pub from: String,
    pub date: Text,
    pub subject: Text,
    pub body: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    pub address: String,
    pub correct: bool,
    pub explanation: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Pdf,
    Photo,
    /// The learner's own CV when saved, otherwise this sample.
    Cv,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub name: String,
    pub kind: DocKind,
    pub correct: bool,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Email {
    pub me: String,
    pub reply_to: Option<usize>,
    pub note: Option<(Text, Text)>,
    pub inbox: Vec<Message>,
    pub addresses: Vec<Address>,
    pub documents: Vec<Document>,
    pub mission: Arc<Mission>,
}

const DOC_KINDS: &[(&str, DocKind)] = &[("pdf", DocKind::Pdf), ("photo", DocKind::Photo), ("cv", DocKind::Cv)];

fn optional_tables<'m>(r: &mut Reader, root: &'m Map, key: &str) -> Vec<(Vec<Seg>, &'m Map)> {
    if root.contains_key(key) {
        r.tables(root, &[], key, 1)
    } else {
        Vec::new()
    }
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Email> {
    let me = r.string(root, &[], "me", true);
    let note = match (root.contains_key("note_title"), root.contains_key("note")) {
        (false, false) => Some(None),
        _ => match (r.text(root, &[], "note_title", true), r.text(root, &[], "note", true)) {
            (Some(t), Some(n)) => Some(Some((t, n))),
            _ => None,
        },
    };

    let tables = r.tables(root, &[], "inbox", 1);
    let ids = r.item_ids(&tables);
    let inbox_ids: Vec<String> = ids.iter().flatten().cloned().collect();
    let mut inbox = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "from_name", "from", "date", "subject", "body"]);
        let from_name = r.string(m, path, "from_name", true);
        let from = r.string(m, path, "from", true);
        let date = r.text(m, path, "date", true);
        let subject = r.text(m, path, "subject", true);
        let body = r.text(m, path, "body", true);
        if let (Some(id), Some(from_name), Some(from), Some(date), Some(subject), Some(body)) =
            (id, from_name, from, date, subject, body)
        {
            inbox.push(Message { id, from_name, from, date, subject, body });
        }
    }
    let inbox_ok = inbox.len() == tables.len();

    let reply_to = match r.string(root, &[], "reply_to", false) {
        None => Some(None),
        Some(id) => match inbox_ids.iter().position(|m| *m == id) {
            Some(i) => Some(Some(i)),
            None => {
                let known: Vec<&str> = inbox_ids.iter().map(String::as_str).collect();
                r.unknown_value(&[], "reply_to", &id, &known);
                None
            }
        },
    };

    let tables = optional_tables(r, root, "addresses");
    let mut addresses = Vec::new();
    for (path, m) in &tables {
        r.known_keys(m, path, &["address", "correct", "explanation"]);
        let address = r.string(m, path, "address", true);
        let correct = r.boolean(m, path, "correct", false);
        let explanation = r.explanation(m, path, address.as_deref().unwrap_or("?"));
        if let (Some(address), Some(explanation)) = (address, explanation) {
            addresses.push(Address { address, correct, explanation });
        }
    }
    if !tables.is_empty() && addresses.len() == tables.len() && !addresses.iter().any(|a| a.correct) {
        r.problem_at(&[Seg::Key("addresses".into())], Msg::new("check-no-correct"));
    }
    let addresses_ok = addresses.len() == tables.len();

    let tables = optional_tables(r, root, "documents");
    let ids = r.item_ids(&tables);
    let mut documents = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "name", "kind", "correct", "explanation"]);
        let name = r.string(m, path, "name", true);
        let kind = r.one_of(m, path, "kind", DOC_KINDS);
        let correct = r.boolean(m, path, "correct", false);
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        if let (Some(id), Some(name), Some(kind), Some(explanation)) = (id, name, kind, explanation) {
            documents.push(Document { id, name, kind, correct, explanation });
        }
    }
    if !tables.is_empty() && documents.len() == tables.len() && !documents.iter().any(|d| d.correct) {
        r.problem_at(&[Seg::Key("documents".into())], Msg::new("check-no-correct"));
    }
    let documents_ok = documents.len() == tables.len();

    let mission = mission::parse(r, root, GOALS);
    (inbox_ok && addresses_ok && documents_ok).then_some(())?;
    Some(Email { me: me?, reply_to: reply_to?, note: note?, inbox, addresses, documents, mission: Arc::new(mission?) })
}

impl Email {
    /// Is `typed` one of the right addresses (spaces and capitals aside)?
    pub fn is_right_address(&self, typed: &str) -> bool {
        let typed = normalise(typed);
        self.addresses.iter().any(|a| a.correct && normalise(&a.address) == typed)
    }

    /// The offered addresses that contain what is typed (all of them once
    /// three letters are typed that match; none before).
    pub fn suggestions(&self, typed: &str) -> Vec<usize> {
        let typed = normalise(typed);
        if typed.chars().count() < 3 {
            return Vec::new();
        }
        let words: Vec<&str> = typed.split(['@', '.', '-']).filter(|w| w.len() >= 3).collect();
        self.addresses
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                let a = normalise(&a.address);
                a.contains(&typed) || words.iter().any(|w| a.contains(w))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

pub fn normalise(address: &str) -> String {
    address.trim().to_lowercase()
}

/// The CV the learner saved in the CV module, as a file to join.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnCv {
    pub file: String,
    pub name: String,
    pub job: String,
}

impl OwnCv {
    /// `None` for a CV without a name: the sample is joined instead.
    pub fn of(cv: &cv_builder::model::Cv) -> Option<OwnCv> {
        let name = cv.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return None;
        }
        let words: Vec<String> = name
            .split([' ', '-', '\''])
            .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
            .filter(|w| !w.is_empty())
            .collect();
        let file = if words.is_empty() { "CV.pdf".to_string() } else { format!("CV-{}.pdf", words.join("-")) };
        Some(OwnCv { file, name, job: cv.job.trim().to_string() })
    }
}

pas_a_pas_core::simulation!("email", parse);

impl Model for Email {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
mod tests;
