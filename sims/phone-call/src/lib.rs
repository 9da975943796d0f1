//! `phone-call`: a phone with contacts, a video call and the time in other
//! places. The learner adds a contact (the number is checked by the CV
//! builder's phone rules, `cv_builder::rules::check_phone`, reused here),
//! answers a video call and gives the camera and the microphone only while in
//! use (Android's choices: "Pendant l'utilisation de l'appli", "Uniquement
//! cette fois-ci", "Ne pas autoriser"), hangs up and calls back, or waits for
//! a good time to call a relative elsewhere. The time in each place is
//! computed from the number's territory and the date (see `time.rs`).
//!
//! ```toml
//! kind = "phone-call"
//! task = "good-time"             # add-contact, video-call or good-time
//! my_number = "0639 40 11 22"    # the learner's phone: its territory gives "here"
//! here.fr = "Mamoudzou"          # the learner's town
//! date = "2026-04-10"            # the phone's clock at the start (local time)
//! time = "07:30"
//! [[contacts]]                   # the phone's contacts
//! id = "nadia"
//! name = "Nadia Ahmed Saïd"
//! number = "06 12 34 56 78"      # checked like the CV's phone; it gives the time zone
//! place.fr = "Montpellier"
//! # add-contact: the contact to add, as written on a piece of paper
//! [new_contact]
//! name = "Tonton Anli"
//! number = "0639 21 43 65"
//! note.fr = "Le numéro de Tonton Anli, écrit sur un papier."
//! # video-call: who calls, in which app, and what they say once they see you
//! caller = "mamie"               # a contact id
//! app = "Kozé"
//! says.fr = "…"
//! # good-time: whom to call, and the good hours in their own time
//! callee = "nadia"
//! good_from = 9                  # from 9:00 …
//! good_until = 21                # … to 21:00, in the callee's time
//! bad_time.fr = "… {time} …"     # said when called at a bad time ({time}: theirs)
//! good_time.fr = "… {time} …"
//! # then hint, debrief and [[goals]] (see core's mission): goal ids by task,
//! # add-contact: contact-saved, contact-called;
//! # video-call: answered, in-use-only, called-back;
//! # good-time: clock-checked, good-time
//! ```

pub mod state;
pub mod time;
#[cfg(feature = "view")]
pub mod view;

use cv_builder::rules::{check_phone, Territory};
use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;

pub const KEYS: &[&str] = &[
    "task",
    "my_number",
    "here",
    "date",
    "time",
    "contacts",
    "new_contact",
    "caller",
    "app",
    "says",
    "callee",
    "good_from",
    "good_until",
    "bad_time",
    "good_time",
    "goals",
    "hint",
    "debrief",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    AddContact,
    VideoCall,
    GoodTime,
}

const TASKS: &[(&str, Task)] =
    &[("add-contact", Task::AddContact), ("video-call", Task::VideoCall), ("good-time", Task::GoodTime)];

impl Task {
    /// The goals a mission of this task can have.
    pub fn goals(self) -> &'static [&'static str] {
        match self {
            Task::AddContact => &["contact-saved", "contact-called"],
            Task::VideoCall => &["answered", "in-use-only", "called-back"],
            Task::GoodTime => &["clock-checked", "good-time"],
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub number: String,
    pub place: Option<Text>,
    /// Where the number belongs (and so its time), by the CV's phone rules.
    pub territory: Territory,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NewContact {
    pub name: String,
    pub number: String,
    pub note: Text,
    pub territory: Territory,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Caller {
    pub contact: usize,
    pub app: String,
    pub says: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Callee {
    pub contact: usize,
    pub good_from: u32,
    pub good_until: u32,
    pub bad_time: Text,
    pub good_time: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PhoneCall {
    pub task: Task,
    pub home: Territory,
    pub my_number: String,
    pub here: Text,
    /// The phone's clock at the start, in UTC minutes since 1970.
    pub start: i64,
    pub contacts: Vec<Contact>,
    pub new_contact: Option<NewContact>,
    pub caller: Option<Caller>,
    pub callee: Option<Callee>,
    pub mission: Arc<Mission>,
}

/// Example numbers said when a number in a file is not right.
const NUMBER_FORMS: &[&str] = &["06 12 34 56 78", "0639 21 43 65", "+262 639 21 43 65", "0594 30 20 10"];

/// A phone number checked by the CV's rules, reported where it is written.
fn number(r: &mut Reader, m: &Map, at: &[Seg]) -> Option<(String, Territory)> {
    let n = r.string(m, at, "number", true)?;
    match check_phone(&n) {
        Ok(t) => Some((n, t)),
        Err(_) => {
            r.unknown_value(at, "number", &n, NUMBER_FORMS);
            None
        }
    }
}

fn contact_index(r: &mut Reader, root: &Map, k: &str, ids: &[String]) -> Option<usize> {
    let id = r.string(root, &[], k, true)?;
    let i = ids.iter().position(|x| *x == id);
    if i.is_none() {
        let known: Vec<&str> = ids.iter().map(String::as_str).collect();
        r.unknown_value(&[], k, &id, &known);
    }
    i
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<PhoneCall> {
    let task = r.one_of(root, &[], "task", TASKS);
    let mine = r.string(root, &[], "my_number", true).and_then(|n| match check_phone(&n) {
        Ok(t) => Some((n, t)),
        Err(_) => {
            r.unknown_value(&[], "my_number", &n, NUMBER_FORMS);
            None
        }
    });
    let here = r.text(root, &[], "here", true);
    let date = r.string(root, &[], "date", true).and_then(|s| {
        let d = time::parse_date(&s);
        if d.is_none() {
            r.unknown_value(&[], "date", &s, &["2026-04-10"]);
        }
        d
    });
    let clock = r.string(root, &[], "time", true).and_then(|s| {
        let t = time::parse_time(&s);
        if t.is_none() {
            r.unknown_value(&[], "time", &s, &["07:30"]);
        }
        t
    });
    let tables = r.tables(root, &[], "contacts", 1);
    let ids = r.item_ids(&tables);
    let id_names: Vec<String> = ids.iter().map(|i| i.clone().unwrap_or_default()).collect();
    let mut contacts = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "name", "number", "place"]);
        let name = r.string(m, path, "name", true);
        let num = number(r, m, path);
        let place = if m.contains_key("place") { r.text(m, path, "place", true).map(Some) } else { Some(None) };
        if let (Some(id), Some(name), Some((number, territory)), Some(place)) = (id, name, num, place) {
            contacts.push(Contact { id, name, number, place, territory });
        }
    }
    let task = task?;
    let new_contact = match task {
        Task::AddContact => r.table(root, "new_contact").and_then(|(p, m)| {
            r.known_keys(m, &p, &["name", "number", "note"]);
            let name = r.string(m, &p, "name", true);
            let num = number(r, m, &p);
            let note = r.text(m, &p, "note", true);
            let (name, (number, territory), note) = (name?, num?, note?);
            Some(Some(NewContact { name, number, note, territory }))
        }),
        _ => Some(None),
    };
    let caller = match task {
        Task::VideoCall => {
            let c = contact_index(r, root, "caller", &id_names);
            let app = r.string(root, &[], "app", true);
            let says = r.text(root, &[], "says", true);
            Some(Some(Caller { contact: c?, app: app?, says: says? }))
        }
        _ => Some(None),
    };
    let callee = match task {
        Task::GoodTime => {
            let c = contact_index(r, root, "callee", &id_names);
            let from = r.number(root, &[], "good_from", true);
            let until = r.number(root, &[], "good_until", true);
            if let (Some(f), Some(u)) = (from, until) {
                if f >= u || u > 24 {
                    r.unknown_value(&[], "good_until", &u.to_string(), &[&format!("{}–24", f + 1)]);
                }
            }
            let bad = r.text(root, &[], "bad_time", true);
            let good = r.text(root, &[], "good_time", true);
            let (f, u) = (from?, until?);
            (f < u && u <= 24).then_some(())?;
            Some(Some(Callee { contact: c?, good_from: f, good_until: u, bad_time: bad?, good_time: good? }))
        }
        _ => Some(None),
    };
    let mission = mission::parse(r, root, task.goals());
    (contacts.len() == tables.len()).then_some(())?;
    let ((my_number, home), here, date, clock) = (mine?, here?, date?, clock?);
    Some(PhoneCall {
        task,
        home,
        my_number,
        here,
        start: time::to_utc(home, time::days(date) * 1440 + clock as i64),
        contacts,
        new_contact: new_contact?,
        caller: caller?,
        callee: callee?,
        mission: Arc::new(mission?),
    })
}

pas_a_pas_core::simulation!("phone-call", parse);

impl Model for PhoneCall {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
mod tests;
