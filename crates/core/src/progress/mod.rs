//! Learners' progress on a shared computer: profiles, results per exercise,
//! the stored format with its version and migrations, export and import.
//!
//! Everything here is pure and tested natively: `store.rs` reads and writes
//! it through a [`crate::store::Store`], `session.rs` holds the rules of a
//! shared computer.

pub mod session;
pub mod store;

pub use crate::store::ReadError;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of everything this module stores or exports.
pub const SCHEMA: u32 = 2;
/// What an export file says it is.
pub const FORMAT: &str = "pas-a-pas-progression";
/// An import larger than this is refused (a real one is a few kilobytes).
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;
/// More results than this in one file is not a real export.
pub const MAX_RECORDS: usize = 2000;
/// The pictures a learner can choose (files `assets/icons/avatars/<id>.svg`).
pub const PICTURES: &[&str] = &[
    "soleil",
    "fleur",
    "arbre",
    "tortue",
    "poisson",
    "oiseau",
    "chat",
    "chien",
    "papillon",
    "coquillage",
    "volcan",
    "bateau",
    "velo",
    "maison",
    "guitare",
    "ananas",
];

/// A finished attempt at an exercise, reported by every kind.
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

/// A learner of this computer: a picture and a first name or nickname.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub picture: String,
    /// Creation date, `YYYY-MM-DD`.
    pub created: String,
}

/// The results of one exercise.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub attempts: u32,
    pub best: u32,
    pub last: u32,
    pub max: u32,
    /// The day of the first full score, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_success: Option<String>,
}

impl Record {
    pub fn is_done(&self) -> bool {
        self.first_success.is_some()
    }
}

/// One learner's results, keyed `module/exercise`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    pub records: BTreeMap<String, Record>,
}

pub fn key(module: &str, exercise: &str) -> String {
    format!("{module}/{exercise}")
}

impl Progress {
    /// Records an attempt made on `today` (`YYYY-MM-DD`).
    pub fn complete(&mut self, c: &Completion, today: &str) {
        let r = self.records.entry(key(&c.module, &c.exercise)).or_default();
        r.attempts = r.attempts.saturating_add(1);
        r.last = c.score;
        // Compare as fractions: the exercise may have changed since.
        if r.max == 0 || u64::from(c.score) * u64::from(r.max) >= u64::from(r.best) * u64::from(c.max) {
            r.best = c.score;
            r.max = c.max;
        }
        if c.is_success() && r.first_success.is_none() {
            r.first_success = Some(today.to_string());
        }
    }

    pub fn get(&self, module: &str, exercise: &str) -> Option<&Record> {
        self.records.get(&key(module, exercise))
    }

    pub fn is_done(&self, module: &str, exercise: &str) -> bool {
        self.get(module, exercise).is_some_and(Record::is_done)
    }

    pub fn done_count(&self, module: &str, exercises: &[String]) -> usize {
        exercises.iter().filter(|e| self.is_done(module, e)).count()
    }

    /// A module is done when every one of its exercises is.
    pub fn module_done(&self, module: &str, exercises: &[String]) -> bool {
        !exercises.is_empty() && self.done_count(module, exercises) == exercises.len()
    }

    /// The day a done module was finished: its last exercise's first success.
    pub fn module_done_on(&self, module: &str, exercises: &[String]) -> Option<String> {
        if !self.module_done(module, exercises) {
            return None;
        }
        exercises.iter().filter_map(|e| self.get(module, e)?.first_success.clone()).max()
    }

    /// Sum of best scores and of maxima over `exercises`.
    pub fn module_score(&self, module: &str, exercises: &[String]) -> (u32, u32) {
        exercises.iter().filter_map(|e| self.get(module, e)).fold((0, 0), |(s, m), r| (s + r.best, m + r.max))
    }

    /// Merges results carried from elsewhere: the best score wins, attempts
    /// add up to the larger count, the earliest success date is kept.
    pub fn merge(&mut self, other: &Progress) {
        for (k, theirs) in &other.records {
            match self.records.get_mut(k) {
                None => {
                    self.records.insert(k.clone(), theirs.clone());
                }
                Some(ours) => {
                    let theirs_better = ours.max == 0
                        || u64::from(theirs.best) * u64::from(ours.max) > u64::from(ours.best) * u64::from(theirs.max);
                    if theirs_better {
                        ours.best = theirs.best;
                        ours.max = theirs.max;
                    }
                    ours.attempts = ours.attempts.max(theirs.attempts);
                    ours.first_success = match (ours.first_success.take(), theirs.first_success.clone()) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
            }
        }
    }
}

/// At most this many learners on one computer.
pub const MAX_PROFILES: usize = 200;

/// The profiles of this computer, as stored under `profiles`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    pub profiles: Vec<Profile>,
    /// The number of the last id given on this computer: ids are never reused.
    #[serde(default)]
    pub last_id: u64,
}

impl Directory {
    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// Adds a profile and returns its new id: `p<n>` with `n` above every
    /// number given before (`last_id`), above every profile listed, and above
    /// `taken` (numbers found in stored keys), so an id is never reused.
    pub fn add(&mut self, name: &str, picture: &str, today: &str, taken: u64) -> String {
        let listed = self.profiles.iter().filter_map(|p| id_number(&p.id)).max().unwrap_or(0);
        let n = self.last_id.max(listed).max(taken).saturating_add(1);
        self.last_id = n;
        let id = format!("p{n}");
        self.profiles.push(Profile {
            id: id.clone(),
            name: clean_name(name),
            picture: picture.into(),
            created: today.into(),
        });
        id
    }

    pub fn rename(&mut self, id: &str, name: &str) {
        if let Some(p) = self.profiles.iter_mut().find(|p| p.id == id) {
            p.name = clean_name(name);
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.profiles.retain(|p| p.id != id);
    }
}

/// The number of an id `p<n>`.
pub fn id_number(id: &str) -> Option<u64> {
    id.strip_prefix('p')?.parse().ok()
}

/// A name as the learner typed it, trimmed, on one line, at most 40 characters.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(40).collect()
}

pub fn is_valid_name(name: &str) -> bool {
    !clean_name(name).is_empty()
}

fn schema_of(v: &serde_json::Value) -> Option<u64> {
    v.get("schema").and_then(serde_json::Value::as_u64)
}

/// Reads a stored value of any known schema, migrating it to the current
/// one; the result is always a JSON object.
fn read_versioned(
    text: &str,
    migrate: impl Fn(u64, serde_json::Value) -> Option<serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, ReadError> {
    let mut v: serde_json::Value = serde_json::from_str(text).map_err(|_| ReadError::Damaged)?;
    let mut schema = schema_of(&v).ok_or(ReadError::Damaged)?;
    if schema > u64::from(SCHEMA) {
        return Err(ReadError::TooNew);
    }
    while schema < u64::from(SCHEMA) {
        v = migrate(schema, v).ok_or(ReadError::Damaged)?;
        schema += 1;
    }
    match v {
        serde_json::Value::Object(map) => Ok(map),
        _ => Err(ReadError::Damaged),
    }
}

/// A list read from storage, each element alone: those that do not hold
/// together are dropped and counted, the others kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Salvaged<T> {
    pub value: T,
    /// How many elements could not be read.
    pub dropped: usize,
}

impl<T> Salvaged<T> {
    /// The value only when nothing was dropped (an imported file is taken whole or not at all).
    pub fn whole(self) -> Result<T, ReadError> {
        if self.dropped > 0 {
            return Err(ReadError::Damaged);
        }
        Ok(self.value)
    }
}

/// Stored values carry the schema version they were written with.
fn write_versioned<T: Serialize>(value: &T) -> String {
    let mut v = serde_json::to_value(value).unwrap_or_default();
    if let Some(map) = v.as_object_mut() {
        map.insert("schema".into(), SCHEMA.into());
    }
    v.to_string()
}

/// Schema 1 (the first format) kept only the best score of each exercise:
/// `{"schema":1,"scores":{"cv/contenu-cv":[4,5]}}`. Schema 2 keeps attempts,
/// last score and the day of the first success.
fn migrate_progress(from: u64, v: serde_json::Value) -> Option<serde_json::Value> {
    match from {
        1 => {
            let scores = v.get("scores")?.as_object()?;
            let mut records = serde_json::Map::new();
            for (k, pair) in scores {
                let pair = pair.as_array()?;
                let (best, max) = (pair.first()?.as_u64()?, pair.get(1)?.as_u64()?);
                // The day of success was not kept: count it as unknown but done.
                let mut r = serde_json::json!({ "attempts": 1, "best": best, "last": best, "max": max });
                if best == max && max > 0 {
                    r["first_success"] = serde_json::Value::String("0000-00-00".into());
                }
                records.insert(k.clone(), r);
            }
            Some(serde_json::json!({ "schema": 2, "records": records }))
        }
        _ => None,
    }
}

fn migrate_directory(from: u64, v: serde_json::Value) -> Option<serde_json::Value> {
    match from {
        // The directory did not change between 1 and 2.
        1 => {
            let mut v = v;
            v["schema"] = 2.into();
            Some(v)
        }
        _ => None,
    }
}

impl Progress {
    /// Reads progress strictly: any record that does not hold together
    /// refuses the whole (an imported file).
    pub fn from_stored(text: &str) -> Result<Self, ReadError> {
        Self::salvage(text)?.whole()
    }

    /// Reads stored progress record by record: a damaged record is dropped
    /// alone, the learner's other results are kept.
    pub fn salvage(text: &str) -> Result<Salvaged<Self>, ReadError> {
        let map = read_versioned(text, migrate_progress)?;
        let records = match map.get("records") {
            None => return Ok(Salvaged { value: Progress::default(), dropped: 0 }),
            Some(serde_json::Value::Object(r)) => r,
            Some(_) => return Err(ReadError::Damaged),
        };
        if records.len() > MAX_RECORDS {
            return Err(ReadError::Damaged);
        }
        let mut value = Progress::default();
        let mut dropped = 0;
        for (k, v) in records {
            match serde_json::from_value::<Record>(v.clone()) {
                Ok(r) if is_record_key(k) && r.is_sane() => {
                    value.records.insert(k.clone(), r);
                }
                _ => dropped += 1,
            }
        }
        Ok(Salvaged { value, dropped })
    }

    pub fn to_stored(&self) -> String {
        write_versioned(self)
    }
}

/// `module/exercise`, both plain ids.
fn is_record_key(k: &str) -> bool {
    let mut parts = k.split('/');
    matches!((parts.next(), parts.next(), parts.next()), (Some(m), Some(e), None)
        if crate::ids::is_valid_id(m) && crate::ids::is_valid_id(e))
}

impl Record {
    fn is_sane(&self) -> bool {
        self.best <= self.max
            && self.last <= self.max
            && self.max <= 10_000
            && self.attempts >= 1
            && self.first_success.as_deref().is_none_or(is_date)
    }
}

impl Profile {
    fn is_sane(&self) -> bool {
        id_number(&self.id).is_some()
            && crate::ids::is_valid_id(&self.id)
            && is_valid_name(&self.name)
            && self.name == clean_name(&self.name)
            && PICTURES.contains(&self.picture.as_str())
            && is_date(&self.created)
    }
}

impl Directory {
    /// Reads the stored list strictly (nothing dropped).
    pub fn from_stored(text: &str) -> Result<Self, ReadError> {
        Self::salvage(text)?.whole()
    }

    /// Reads the stored list profile by profile: a damaged or repeated
    /// profile is dropped alone.
    pub fn salvage(text: &str) -> Result<Salvaged<Self>, ReadError> {
        let map = read_versioned(text, migrate_directory)?;
        let Some(serde_json::Value::Array(list)) = map.get("profiles") else { return Err(ReadError::Damaged) };
        let last_id = match map.get("last_id") {
            None => 0,
            Some(v) => v.as_u64().ok_or(ReadError::Damaged)?,
        };
        let mut value = Directory { profiles: Vec::new(), last_id };
        let mut dropped = 0;
        for v in list {
            match serde_json::from_value::<Profile>(v.clone()) {
                Ok(p) if p.is_sane() && value.get(&p.id).is_none() && value.profiles.len() < MAX_PROFILES => {
                    value.profiles.push(p)
                }
                _ => dropped += 1,
            }
        }
        Ok(Salvaged { value, dropped })
    }

    pub fn to_stored(&self) -> String {
        write_versioned(self)
    }

    pub fn is_full(&self) -> bool {
        self.profiles.len() >= MAX_PROFILES
    }

    /// The profile of this name and picture, if any (an import's owner).
    pub fn find(&self, name: &str, picture: &str) -> Option<&Profile> {
        let name = clean_name(name).to_lowercase();
        self.profiles.iter().find(|p| p.name.to_lowercase() == name && p.picture == picture)
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The file a learner carries away: readable JSON, versioned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub schema: u32,
    /// Day of the export, `YYYY-MM-DD`.
    pub exported: String,
    pub name: String,
    pub picture: String,
    pub progress: Progress,
}

/// Why an import file was refused; nothing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooBig,
    /// Not JSON, or cut short.
    NotJson,
    /// JSON, but not a Pas à pas progress file.
    Foreign,
    /// From a newer version of Pas à pas.
    TooNew,
    /// Looks like ours, but its content does not hold together.
    Damaged,
}

impl ImportError {
    /// The Fluent message explaining the refusal.
    pub fn message_id(self) -> &'static str {
        match self {
            ImportError::TooBig => "import-too-big",
            ImportError::NotJson => "import-not-json",
            ImportError::Foreign => "import-foreign",
            ImportError::TooNew => "import-too-new",
            ImportError::Damaged => "import-damaged",
        }
    }
}

impl Export {
    pub fn new(profile: &Profile, progress: &Progress, today: &str) -> Self {
        Export {
            format: FORMAT.into(),
            schema: SCHEMA,
            exported: today.into(),
            name: profile.name.clone(),
            picture: profile.picture.clone(),
            progress: progress.clone(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an export file. Any problem refuses the whole file.
    pub fn parse(bytes: &[u8]) -> Result<Export, ImportError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooBig);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
        let mut v: serde_json::Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
        if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(ImportError::Foreign);
        }
        let schema = schema_of(&v).ok_or(ImportError::Damaged)?;
        if schema > u64::from(SCHEMA) {
            return Err(ImportError::TooNew);
        }
        // The progress inside follows the same versions as stored progress.
        let mut inner = match v.get_mut("progress").map(serde_json::Value::take) {
            Some(serde_json::Value::Object(inner)) => inner,
            _ => return Err(ImportError::Damaged),
        };
        inner.insert("schema".into(), schema.into());
        let progress =
            Progress::from_stored(&serde_json::Value::Object(inner).to_string()).map_err(|_| ImportError::Damaged)?;
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let (name, picture, exported) = (field("name"), field("picture"), field("exported"));
        match (name, picture, exported) {
            (Some(name), Some(picture), Some(exported))
                if is_valid_name(&name) && PICTURES.contains(&picture.as_str()) && is_date(&exported) =>
            {
                Ok(Export {
                    format: FORMAT.into(),
                    schema: SCHEMA,
                    exported,
                    name: clean_name(&name),
                    picture,
                    progress,
                })
            }
            _ => Err(ImportError::Damaged),
        }
    }

    /// `pas-a-pas-fatima-2026-11-26.json`.
    pub fn file_name(&self) -> String {
        format!("pas-a-pas-{}-{}.json", slug(&self.name), self.exported)
    }
}

/// A name for a file: lowercase ASCII letters and digits joined by dashes.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'î' | 'ï' | 'í' | 'Î' | 'Ï' => 'i',
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' => 'o',
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "profil".into()
    } else {
        out
    }
}

/// A short reference number derived from an attestation's content, so that
/// the same content always gets the same number: `PAP-1A2B-3C4D`.
pub fn reference(content: &str) -> String {
    let h = content.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let hex = format!("{:016X}", h);
    format!("PAP-{}-{}", &hex[..4], &hex[4..8])
}

#[cfg(test)]
mod tests;
