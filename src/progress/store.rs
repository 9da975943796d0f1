//! Where profiles and progress are kept: `crate::storage` under these keys.
//!
//! - `profiles`: the [`Directory`] of this computer's learners;
//! - `profile.<id>.progress`: one learner's [`Progress`];
//! - `profile.<id>.*`: anything else of that learner (the CV…), erased with it;
//! - `session`: who is using the app now, and when they last did something.
//!
//! A value that cannot be read is kept aside under `<key>.corrupt`, the app
//! starts that part clean and says so.

use super::{Directory, Progress};
use crate::storage::{self, PutAside, WriteError};
use serde::{Deserialize, Serialize};

pub const DIRECTORY_KEY: &str = "profiles";
pub const SESSION_KEY: &str = "session";

pub fn profile_prefix(id: &str) -> String {
    format!("profile.{id}.")
}
pub fn progress_key(id: &str) -> String {
    format!("profile.{id}.progress")
}

/// `Err(PutAside)` when the stored value was damaged and has been kept aside.
pub fn load_directory() -> Result<Directory, PutAside> {
    storage::get_or_quarantine(DIRECTORY_KEY, |s| Directory::from_stored(s).ok()).map(Option::unwrap_or_default)
}

pub fn save_directory(d: &Directory) -> Result<(), WriteError> {
    storage::set(DIRECTORY_KEY, &d.to_stored())
}

pub fn load_progress(id: &str) -> Result<Progress, PutAside> {
    storage::get_or_quarantine(&progress_key(id), |s| Progress::from_stored(s).ok()).map(Option::unwrap_or_default)
}

pub fn save_progress(id: &str, p: &Progress) -> Result<(), WriteError> {
    storage::set(&progress_key(id), &p.to_stored())
}

/// Removes every key of a learner and the learner from the directory.
pub fn erase_profile(id: &str, directory: &mut Directory) -> Result<(), WriteError> {
    storage::remove_all_starting_with(&profile_prefix(id));
    directory.remove(id);
    if session().is_some_and(|s| s.profile == id) {
        storage::remove(SESSION_KEY);
    }
    save_directory(directory)
}

/// Who is using the app, so that a reload does not ask again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub profile: String,
    /// Milliseconds since 1970 of the last click or key press.
    pub last_active: f64,
}

pub fn session() -> Option<Session> {
    storage::get(SESSION_KEY).and_then(|s| serde_json::from_str(&s).ok())
}

pub fn save_session(s: Option<&Session>) {
    match s {
        Some(s) => {
            let _ = storage::set(SESSION_KEY, &serde_json::to_string(s).unwrap_or_default());
        }
        None => storage::remove(SESSION_KEY),
    }
}

/// Has the learner been away longer than the idle timeout?
pub fn is_idle(last_active_ms: f64, now_ms: f64, idle_minutes: u32) -> bool {
    now_ms - last_active_ms > f64::from(idle_minutes) * 60_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Completion;

    #[test]
    fn erase_leaves_no_key_of_that_learner() {
        let mut d = Directory::default();
        let a = d.add("Fatima", "volcan", "2026-11-26");
        let b = d.add("Kévin", "tortue", "2026-11-26");
        let mut p = Progress::default();
        p.complete(&Completion { module: "cv".into(), exercise: "x".into(), score: 1, max: 1 }, "2026-11-26");
        save_progress(&a, &p).unwrap();
        save_progress(&b, &p).unwrap();
        storage::set(&format!("profile.{a}.cv"), "{}").unwrap();
        save_session(Some(&Session { profile: a.clone(), last_active: 0.0 }));
        save_directory(&d).unwrap();
        erase_profile(&a, &mut d).unwrap();
        assert!(storage::keys_starting_with(&profile_prefix(&a)).is_empty());
        assert_eq!(session(), None);
        assert_eq!(load_progress(&b).unwrap(), p, "the other learner keeps everything");
        assert_eq!(load_directory().unwrap().profiles.len(), 1);
    }

    #[test]
    fn damaged_progress_is_put_aside() {
        storage::set(&progress_key("p9"), "{\"schema\":2,\"records\":").unwrap();
        assert_eq!(load_progress("p9"), Err(PutAside));
        assert!(storage::get(&format!("{}.corrupt", progress_key("p9"))).is_some());
        assert_eq!(load_progress("p9"), Ok(Progress::default()), "then it starts clean");
    }

    #[test]
    fn idle_after_the_timeout() {
        assert!(!is_idle(0.0, 14.0 * 60_000.0, 15));
        assert!(is_idle(0.0, 15.5 * 60_000.0, 15));
    }
}
