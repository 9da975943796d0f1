//! The learner's CV: what they type, its moves (add, remove, move entries),
//! its file form (JSON, `"schema": 1`), and the goals of the exercise as
//! pure predicates.

use super::rules::{self, check_email, check_phone, MonthYear};
use serde::{Deserialize, Serialize};

/// The version of the stored and downloaded CV.
pub const SCHEMA: u32 = 1;
/// Written in the file, so another JSON file is not taken for a CV.
pub const FORMAT: &str = "pas-a-pas-cv";
/// A CV file is a few kilobytes: anything much bigger is not one.
pub const MAX_FILE_BYTES: usize = 200_000;

/// Longest single-line field and longest multi-line one (characters).
pub const MAX_LINE: usize = 120;
pub const MAX_TEXT: usize = 800;
/// At most this many experiences, and as many trainings.
pub const MAX_ENTRIES: usize = 12;

/// The look of the CV.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Template {
    #[default]
    Sobre,
    Couleur,
}

/// One experience or one training.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    /// Stable while the entry lives, so the form follows it when it moves.
    pub key: u32,
    /// The job, or the diploma/training.
    pub title: String,
    /// The employer, or the school, and the town.
    pub place: String,
    pub start: String,
    pub end: String,
    /// Still there today ("depuis").
    pub current: bool,
    pub details: String,
}

impl Entry {
    pub fn is_blank(&self) -> bool {
        [&self.title, &self.place, &self.start, &self.end, &self.details].iter().all(|s| s.trim().is_empty())
            && !self.current
    }
}

/// Which list of entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Experiences,
    Trainings,
}

/// A text field of the CV, named by its id in the exercise file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Phone,
    Email,
    City,
    Job,
    Summary,
    Skills,
    Qualities,
    Languages,
    Licence,
    Interests,
}

/// A field of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    Title,
    Place,
    Start,
    End,
    Details,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cv {
    pub template: Template,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub city: String,
    pub job: String,
    pub summary: String,
    pub experiences: Vec<Entry>,
    pub trainings: Vec<Entry>,
    pub skills: String,
    pub qualities: String,
    pub languages: String,
    pub licence: String,
    pub interests: String,
}

/// The JSON form, stored and downloaded.
#[derive(Serialize, Deserialize)]
struct CvFile {
    format: String,
    schema: u32,
    cv: Cv,
}

/// Why a chosen file is refused (the CV in progress stays as it was).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    TooBig,
    /// Not a JSON file at all (a photo, a letter…).
    NotJson,
    /// A JSON file, but not a CV of Pas à pas.
    Foreign,
    /// Made by a newer version of Pas à pas.
    Newer,
    /// A CV file with damaged content.
    Damaged,
}

impl OpenError {
    pub fn message_id(self) -> &'static str {
        match self {
            OpenError::TooBig => "cv-open-too-big",
            OpenError::NotJson => "cv-open-not-json",
            OpenError::Foreign => "cv-open-foreign",
            OpenError::Newer => "cv-open-newer",
            OpenError::Damaged => "cv-open-damaged",
        }
    }
}

fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// The fields of the CV outside experiences and trainings.
const TOP_FIELDS: [Field; 11] = [
    Field::Name,
    Field::Phone,
    Field::Email,
    Field::City,
    Field::Job,
    Field::Summary,
    Field::Skills,
    Field::Qualities,
    Field::Languages,
    Field::Licence,
    Field::Interests,
];

impl Cv {
    pub fn field(&self, f: Field) -> &str {
        match f {
            Field::Name => &self.name,
            Field::Phone => &self.phone,
            Field::Email => &self.email,
            Field::City => &self.city,
            Field::Job => &self.job,
            Field::Summary => &self.summary,
            Field::Skills => &self.skills,
            Field::Qualities => &self.qualities,
            Field::Languages => &self.languages,
            Field::Licence => &self.licence,
            Field::Interests => &self.interests,
        }
    }

    fn field_mut(&mut self, f: Field) -> &mut String {
        match f {
            Field::Name => &mut self.name,
            Field::Phone => &mut self.phone,
            Field::Email => &mut self.email,
            Field::City => &mut self.city,
            Field::Job => &mut self.job,
            Field::Summary => &mut self.summary,
            Field::Skills => &mut self.skills,
            Field::Qualities => &mut self.qualities,
            Field::Languages => &mut self.languages,
            Field::Licence => &mut self.licence,
            Field::Interests => &mut self.interests,
        }
    }

    /// Several lines (a list in the CV) or one.
    pub fn is_multiline(f: Field) -> bool {
        matches!(f, Field::Summary | Field::Skills | Field::Qualities | Field::Languages | Field::Interests)
    }

    pub fn max_len(f: Field) -> usize {
        if Self::is_multiline(f) {
            MAX_TEXT
        } else {
            MAX_LINE
        }
    }

    /// Writes a field; text beyond its length is cut.
    pub fn set(&mut self, f: Field, value: &str) {
        *self.field_mut(f) = cut(value, Self::max_len(f));
    }

    pub fn list(&self, l: List) -> &Vec<Entry> {
        match l {
            List::Experiences => &self.experiences,
            List::Trainings => &self.trainings,
        }
    }

    fn list_mut(&mut self, l: List) -> &mut Vec<Entry> {
        match l {
            List::Experiences => &mut self.experiences,
            List::Trainings => &mut self.trainings,
        }
    }

    /// Adds an empty entry at the top (most recent first); returns its key,
    /// or `None` when the list is full.
    pub fn add(&mut self, l: List) -> Option<u32> {
        if self.list(l).len() >= MAX_ENTRIES {
            return None;
        }
        let key = self.experiences.iter().chain(&self.trainings).map(|e| e.key).max().map_or(1, |k| k + 1);
        self.list_mut(l).insert(0, Entry { key, ..Entry::default() });
        Some(key)
    }

    pub fn remove(&mut self, l: List, key: u32) {
        self.list_mut(l).retain(|e| e.key != key);
    }

    /// Moves an entry one place up (`up`) or down; false when it cannot move.
    pub fn move_entry(&mut self, l: List, key: u32, up: bool) -> bool {
        let list = self.list_mut(l);
        let Some(i) = list.iter().position(|e| e.key == key) else { return false };
        let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < list.len()) };
        match j {
            Some(j) => {
                list.swap(i, j);
                true
            }
            None => false,
        }
    }

    pub fn set_entry(&mut self, l: List, key: u32, f: EntryField, value: &str) {
        if let Some(e) = self.list_mut(l).iter_mut().find(|e| e.key == key) {
            let (slot, max) = match f {
                EntryField::Title => (&mut e.title, MAX_LINE),
                EntryField::Place => (&mut e.place, MAX_LINE),
                EntryField::Start => (&mut e.start, 20),
                EntryField::End => (&mut e.end, 20),
                EntryField::Details => (&mut e.details, MAX_TEXT),
            };
            *slot = cut(value, max);
        }
    }

    pub fn set_current(&mut self, l: List, key: u32, current: bool) {
        if let Some(e) = self.list_mut(l).iter_mut().find(|e| e.key == key) {
            e.current = current;
            if current {
                e.end.clear();
            }
        }
    }

    pub fn entry(&self, l: List, key: u32) -> Option<&Entry> {
        self.list(l).iter().find(|e| e.key == key)
    }

    /// Nothing typed yet.
    pub fn is_empty(&self) -> bool {
        TOP_FIELDS.iter().all(|f| self.field(*f).trim().is_empty())
            && self.experiences.iter().chain(&self.trainings).all(Entry::is_blank)
    }

    pub fn to_json(&self) -> String {
        let file = CvFile { format: FORMAT.into(), schema: SCHEMA, cv: self.clone() };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads a stored or downloaded CV. Any problem refuses the whole file.
    pub fn from_json(text: &str) -> Result<Cv, OpenError> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|_| OpenError::NotJson)?;
        if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(OpenError::Foreign);
        }
        match v.get("schema").and_then(|s| s.as_u64()) {
            Some(s) if s == u64::from(SCHEMA) => {}
            Some(s) if s > u64::from(SCHEMA) => return Err(OpenError::Newer),
            _ => return Err(OpenError::Damaged),
        }
        let file: CvFile = serde_json::from_value(v).map_err(|_| OpenError::Damaged)?;
        let mut cv = file.cv;
        // Same limits as typing, and keys that are unique.
        for f in TOP_FIELDS {
            let value = cv.field(f).to_string();
            cv.set(f, &value);
        }
        if cv.experiences.len() > MAX_ENTRIES || cv.trainings.len() > MAX_ENTRIES {
            return Err(OpenError::Damaged);
        }
        for (key, e) in (1..).zip(cv.experiences.iter_mut().chain(cv.trainings.iter_mut())) {
            e.key = key;
            for (s, max) in [
                (&mut e.title, MAX_LINE),
                (&mut e.place, MAX_LINE),
                (&mut e.start, 20),
                (&mut e.end, 20),
                (&mut e.details, MAX_TEXT),
            ] {
                *s = cut(s, max);
            }
        }
        Ok(cv)
    }

    /// Reads a chosen file's bytes.
    pub fn from_file(bytes: &[u8]) -> Result<Cv, OpenError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(OpenError::TooBig);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| OpenError::NotJson)?;
        Cv::from_json(text)
    }

    pub fn phone_ok(&self) -> bool {
        check_phone(&self.phone).is_ok()
    }

    pub fn email_ok(&self) -> bool {
        check_email(&self.email).is_ok()
    }

    /// The entries that say what was done and where dates are right.
    fn has_entry(&self, today: MonthYear) -> bool {
        self.experiences
            .iter()
            .chain(&self.trainings)
            .any(|e| !e.title.trim().is_empty() && rules::check_period(&e.start, &e.end, today) == (None, None))
    }
}

/// The goal ids an exercise file may use.
pub const GOALS: &[&str] = &["contact", "job", "entry", "one-page"];

/// Is goal `id` reached? `fits_one_page` is measured on the rendered CV.
pub fn goal_met(id: &str, cv: &Cv, fits_one_page: bool, today: MonthYear) -> bool {
    match id {
        // A name, and a way to be reached: a right phone number or e-mail address.
        "contact" => !cv.name.trim().is_empty() && (cv.phone_ok() || cv.email_ok()),
        "job" => !cv.job.trim().is_empty(),
        // At least one experience or training with its title, and dates that hold together.
        "entry" => cv.has_entry(today),
        "one-page" => fits_one_page && !cv.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: MonthYear = MonthYear { year: 2026, month: 11 };

    fn complete() -> Cv {
        let mut cv = Cv::default();
        cv.set(Field::Name, "Sandrine Hoarau");
        cv.set(Field::Phone, "0692 12 34 56");
        cv.set(Field::Job, "Employée libre-service");
        let k = cv.add(List::Experiences).unwrap();
        cv.set_entry(List::Experiences, k, EntryField::Title, "Employée de rayon");
        cv.set_entry(List::Experiences, k, EntryField::Start, "01/2022");
        cv.set_entry(List::Experiences, k, EntryField::End, "03/2023");
        cv
    }

    fn met(cv: &Cv, fits: bool) -> Vec<&'static str> {
        GOALS.iter().copied().filter(|g| goal_met(g, cv, fits, TODAY)).collect()
    }

    #[test]
    fn a_complete_cv_reaches_every_goal() {
        assert_eq!(met(&complete(), true), GOALS.to_vec());
        assert_eq!(met(&complete(), false), vec!["contact", "job", "entry"], "too long for one page");
        assert!(met(&Cv::default(), true).is_empty(), "an empty CV reaches nothing");
        assert!(!goal_met("unknown", &complete(), true, TODAY));
    }

    #[test]
    fn contact_needs_a_name_and_a_right_phone_or_email() {
        let mut cv = complete();
        cv.set(Field::Phone, "0692 45 17");
        assert!(!goal_met("contact", &cv, true, TODAY), "incomplete phone number");
        cv.set(Field::Email, "sandrine.hoarau@exemple.fr");
        assert!(goal_met("contact", &cv, true, TODAY), "the e-mail is enough");
        cv.set(Field::Email, "sandrine.hoarau");
        assert!(!goal_met("contact", &cv, true, TODAY));
        cv.set(Field::Phone, "+262 692 12 34 56");
        assert!(goal_met("contact", &cv, true, TODAY));
        cv.set(Field::Name, "  ");
        assert!(!goal_met("contact", &cv, true, TODAY), "no name");
    }

    #[test]
    fn job_and_entry() {
        let mut cv = complete();
        cv.set(Field::Job, " ");
        assert!(!goal_met("job", &cv, true, TODAY));
        let k = cv.experiences[0].key;
        cv.set_entry(List::Experiences, k, EntryField::End, "01/2021");
        assert!(!goal_met("entry", &cv, true, TODAY), "end before start");
        cv.set_entry(List::Experiences, k, EntryField::End, "");
        assert!(goal_met("entry", &cv, true, TODAY), "no end date is fine");
        cv.set_entry(List::Experiences, k, EntryField::Title, "");
        assert!(!goal_met("entry", &cv, true, TODAY), "an entry needs its title");
        cv.remove(List::Experiences, k);
        let t = cv.add(List::Trainings).unwrap();
        assert!(!goal_met("entry", &cv, true, TODAY), "an empty training");
        cv.set_entry(List::Trainings, t, EntryField::Title, "CAP Employé de vente");
        assert!(goal_met("entry", &cv, true, TODAY), "a training counts too");
    }

    #[test]
    fn entries_are_added_on_top_moved_and_removed() {
        let mut cv = Cv::default();
        let a = cv.add(List::Experiences).unwrap();
        let b = cv.add(List::Experiences).unwrap();
        let t = cv.add(List::Trainings).unwrap();
        assert_ne!(a, b);
        assert_ne!(b, t);
        let keys = |cv: &Cv| cv.experiences.iter().map(|e| e.key).collect::<Vec<_>>();
        assert_eq!(keys(&cv), vec![b, a], "the newest on top");
        assert!(!cv.move_entry(List::Experiences, b, true), "the first cannot go up");
        assert!(cv.move_entry(List::Experiences, b, false));
        assert_eq!(keys(&cv), vec![a, b]);
        assert!(!cv.move_entry(List::Experiences, b, false), "the last cannot go down");
        cv.remove(List::Experiences, a);
        assert_eq!(keys(&cv), vec![b]);
        assert_eq!(cv.trainings.len(), 1);
        for _ in 0..MAX_ENTRIES {
            cv.add(List::Experiences);
        }
        assert_eq!(cv.experiences.len(), MAX_ENTRIES);
        assert_eq!(cv.add(List::Experiences), None);
        cv.set_current(List::Trainings, t, true);
        assert!(cv.entry(List::Trainings, t).unwrap().current);
    }

    #[test]
    fn the_cv_is_kept_among_the_learner_s_keys_and_erased_with_them() {
        use pas_a_pas_core::progress::session::{FixedClock, Rules};
        use pas_a_pas_core::store::{MemoryStore, Store};
        let (local, tab, day) = (MemoryStore::new(), MemoryStore::new(), FixedClock::new(0.0, "2026-12-01"));
        let r = Rules { local: &local, tab: &tab, clock: &day };
        let a = r.create_profile("Fatima", "volcan").unwrap().profile.id;
        let b = r.create_profile("Kévin", "tortue").unwrap().profile.id;
        r.save_own_value(&a, "cv", &complete().to_json()).unwrap();
        r.save_own_value(&b, "cv", &complete().to_json()).unwrap();
        assert_eq!(local.get(&format!("profile.{a}.cv")), Some(complete().to_json()));
        r.erase(&a).unwrap();
        assert!(local.keys_starting_with(&format!("profile.{a}.")).is_empty(), "« Tout effacer » erases the CV");
        assert_eq!(
            r.own_value(&b, "cv", |s| Cv::from_json(s).map_err(|_| pas_a_pas_core::store::ReadError::Damaged)),
            Ok(Some(complete())),
            "another learner keeps theirs"
        );
    }

    #[test]
    fn long_text_is_cut() {
        let mut cv = Cv::default();
        cv.set(Field::Name, &"a".repeat(500));
        assert_eq!(cv.name.chars().count(), MAX_LINE);
        cv.set(Field::Skills, &"é".repeat(5000));
        assert_eq!(cv.skills.chars().count(), MAX_TEXT);
    }

    #[test]
    fn the_file_round_trips_and_wrong_files_are_refused() {
        let mut cv = complete();
        cv.template = Template::Couleur;
        cv.set(Field::Interests, "<img src=x onerror=alert(1)>");
        let json = cv.to_json();
        assert!(json.contains("\"schema\": 1"));
        assert_eq!(Cv::from_json(&json), Ok(cv.clone()));
        assert_eq!(Cv::from_file(json.as_bytes()), Ok(cv));
        assert_eq!(Cv::from_file(b"\x89PNG\x00\xff"), Err(OpenError::NotJson));
        assert_eq!(Cv::from_json("{not json"), Err(OpenError::NotJson));
        assert_eq!(Cv::from_json(r#"{"format":"pas-a-pas-progress","schema":1}"#), Err(OpenError::Foreign));
        assert_eq!(Cv::from_json(r#"{"format":"pas-a-pas-cv","schema":2,"cv":{}}"#), Err(OpenError::Newer));
        assert_eq!(Cv::from_json(r#"{"format":"pas-a-pas-cv","cv":{}}"#), Err(OpenError::Damaged));
        assert_eq!(Cv::from_json(r#"{"format":"pas-a-pas-cv","schema":1,"cv":{"name":3}}"#), Err(OpenError::Damaged));
        assert_eq!(Cv::from_file(&vec![b' '; MAX_FILE_BYTES + 1]), Err(OpenError::TooBig));
        let partial = Cv::from_json(r#"{"format":"pas-a-pas-cv","schema":1,"cv":{"name":"Kévin"}}"#).unwrap();
        assert_eq!(partial.name, "Kévin");
        assert_eq!(partial.template, Template::Sobre);
    }

    #[test]
    fn opened_files_get_fresh_keys_and_limits() {
        let e = r#"{"key":7,"title":"A"}"#;
        let json = format!(
            r#"{{"format":"pas-a-pas-cv","schema":1,"cv":{{"experiences":[{e},{e}],"trainings":[{e}],"name":"{}"}}}}"#,
            "x".repeat(300)
        );
        let cv = Cv::from_json(&json).unwrap();
        let keys: Vec<u32> = cv.experiences.iter().chain(&cv.trainings).map(|e| e.key).collect();
        assert_eq!(keys, vec![1, 2, 3]);
        assert_eq!(cv.name.len(), MAX_LINE);
    }
}
