//! Where profiles and progress are kept, in a [`Store`], under these keys:
//!
//! - `profiles` (local): the [`Directory`] of this computer's learners;
//! - `profile.<id>.progress` (local): one learner's [`Progress`];
//! - `profile.<id>.*` (local): anything else of that learner (the CV…), erased with it;
//! - `session` (this tab only): who is using the app in this tab, and when
//!   they last did something ([`Session`]).
//!
//! A value that cannot be read is copied to `<key>.corrupt`, then that part
//! starts clean and the app says so (`crate::store::read`).

use super::{Directory, Progress, Salvaged};
use crate::store::{self, put_aside, ReadError, Store, Trouble};
use serde::{Deserialize, Serialize};

pub const DIRECTORY_KEY: &str = "profiles";
pub const SESSION_KEY: &str = "session";

pub fn profile_prefix(id: &str) -> String {
    format!("profile.{id}.")
}
pub fn progress_key(id: &str) -> String {
    format!("profile.{id}.progress")
}

/// A value read with what went wrong, if anything: the value is usable
/// (the default when nothing could be read).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub trouble: Option<Trouble>,
}

/// Reads a list kept element by element: a few damaged elements are dropped
/// (the whole raw text is kept aside first), a damaged whole is put aside.
fn load_salvaged<T: Default>(
    s: &dyn Store,
    key: &str,
    salvage: impl Fn(&str) -> Result<Salvaged<T>, ReadError>,
    to_stored: impl Fn(&T) -> String,
) -> Result<Loaded<T>, Trouble> {
    match store::read(s, key, &salvage)? {
        None => Ok(Loaded { value: T::default(), trouble: None }),
        Some(Salvaged { value, dropped: 0 }) => Ok(Loaded { value, trouble: None }),
        Some(Salvaged { value, .. }) => {
            // Keep the original (still stored: it read) for a person to look
            // at, then the part that reads.
            let raw = s.get(key).unwrap_or_default();
            let trouble = match put_aside(s, key, &raw).and_then(|()| s.set(key, &to_stored(&value))) {
                Ok(()) => Trouble::PutAside,
                Err(e) => e.into(),
            };
            Ok(Loaded { value, trouble: Some(trouble) })
        }
    }
}

/// The list of learners. `Err(TooNew)` (or `Full` when a damaged list could
/// not be put aside): the stored list must not be written over.
pub fn load_directory(s: &dyn Store) -> Result<Loaded<Directory>, Trouble> {
    load_salvaged(s, DIRECTORY_KEY, Directory::salvage, Directory::to_stored)
}

/// The list as it can be shown: empty, with the trouble, when it cannot be read.
pub fn directory_or_default(s: &dyn Store) -> Loaded<Directory> {
    load_directory(s).unwrap_or_else(|t| Loaded { value: Directory::default(), trouble: Some(t) })
}

pub fn save_directory(s: &dyn Store, d: &Directory) -> Result<(), Trouble> {
    Ok(s.set(DIRECTORY_KEY, &d.to_stored())?)
}

pub fn load_progress(s: &dyn Store, id: &str) -> Result<Loaded<Progress>, Trouble> {
    load_salvaged(s, &progress_key(id), Progress::salvage, Progress::to_stored)
}

pub fn save_progress(s: &dyn Store, id: &str, p: &Progress) -> Result<(), Trouble> {
    Ok(s.set(&progress_key(id), &p.to_stored())?)
}

/// The highest id number found in the learners' stored keys
/// (`profile.p7.cv` → 7), so a new learner never gets the id of keys left behind.
pub fn highest_id_in_keys(s: &dyn Store) -> u64 {
    s.keys_starting_with("profile.")
        .iter()
        .filter_map(|k| k.strip_prefix("profile.")?.split('.').next().and_then(super::id_number))
        .max()
        .unwrap_or(0)
}

/// Who uses the app in this tab. `profile: None` is a guest
/// ("Essayer sans enregistrer").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub profile: Option<String>,
    /// Milliseconds since 1970 of the last click or key press.
    pub last_active: f64,
}

pub fn session(tab: &dyn Store) -> Option<Session> {
    tab.get(SESSION_KEY).and_then(|s| serde_json::from_str(&s).ok())
}

pub fn save_session(tab: &dyn Store, s: Option<&Session>) {
    match s {
        Some(s) => {
            let _ = tab.set(SESSION_KEY, &serde_json::to_string(s).unwrap_or_default());
        }
        None => tab.remove(SESSION_KEY),
    }
}

/// Has the learner been away longer than the idle timeout?
pub fn is_idle(last_active_ms: f64, now_ms: f64, idle_minutes: u32) -> bool {
    now_ms - last_active_ms > f64::from(idle_minutes) * 60_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn damaged_progress_is_put_aside() {
        let s = MemoryStore::new();
        s.set(&progress_key("p9"), "{\"schema\":2,\"records\":").unwrap();
        assert_eq!(load_progress(&s, "p9"), Err(Trouble::PutAside));
        assert!(s.get(&format!("{}.corrupt", progress_key("p9"))).is_some());
        assert_eq!(load_progress(&s, "p9").unwrap().value, Progress::default(), "then it starts clean");
    }

    #[test]
    fn a_damaged_record_is_dropped_alone() {
        let s = MemoryStore::new();
        let raw = r#"{"schema":2,"records":{
            "cv/a":{"attempts":1,"best":2,"last":2,"max":2,"first_success":"2026-11-20"},
            "cv/b":{"attempts":1,"best":9,"last":2,"max":2},
            "cv/c":[1,2]}}"#;
        s.set(&progress_key("p1"), raw).unwrap();
        let l = load_progress(&s, "p1").unwrap();
        assert_eq!(l.trouble, Some(Trouble::PutAside));
        assert_eq!(l.value.records.len(), 1);
        assert!(l.value.is_done("cv", "a"));
        assert_eq!(s.get(&format!("{}.corrupt", progress_key("p1"))).as_deref(), Some(raw), "the original is kept");
        assert_eq!(load_progress(&s, "p1").unwrap(), Loaded { value: l.value, trouble: None }, "the rest is saved");
    }

    #[test]
    fn a_newer_directory_is_left_untouched() {
        let s = MemoryStore::new();
        s.set(DIRECTORY_KEY, r#"{"schema":3,"people":[]}"#).unwrap();
        assert_eq!(load_directory(&s), Err(Trouble::TooNew));
        assert_eq!(s.keys(), vec![DIRECTORY_KEY.to_string()]);
    }

    #[test]
    fn ids_in_keys_are_found() {
        let s = MemoryStore::new();
        s.set("profile.p3.cv", "{}").unwrap();
        s.set("profile.p12.progress.corrupt", "x").unwrap();
        s.set("profiles.corrupt", "x").unwrap();
        assert_eq!(highest_id_in_keys(&s), 12);
    }

    #[test]
    fn idle_after_the_timeout() {
        assert!(!is_idle(0.0, 14.0 * 60_000.0, 15));
        assert!(is_idle(0.0, 15.5 * 60_000.0, 15));
    }
}
