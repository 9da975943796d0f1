//! The rules of a shared computer, over two [`Store`]s and a [`Clock`]:
//! `local` (every tab of this browser) and `tab` (this tab only).
//!
//! - Who is signed in lives in `tab`: it survives a reload and the move
//!   between the app's programs, and ends when the window closes.
//! - Every change reads what is stored, changes it and writes it back, so a
//!   second tab's work is never written over by a copy in memory.
//! - A change for a learner who is no longer listed (erased in another tab)
//!   writes nothing.
//! - Ids are never reused, and a new learner's keys start empty.
//!
//! The view's state (`crate::AppState`) only calls these and shows the result.

use super::store::{self, Loaded, Session};
use super::{Completion, Directory, Export, Profile, Progress};
use crate::store::{Store, Trouble};

/// This tab's downloads (names), in the tab's store.
pub const DOWNLOADS_KEY: &str = "downloads";
/// Why the last learner of this tab left (tab store), for the next one.
pub const FAREWELL_KEY: &str = "farewell";
/// A guest's results ("Essayer sans enregistrer"), in the tab's store only:
/// they follow the guest from one program of the tab to another, and go
/// with the tab, the idle timeout or "Terminer".
pub const GUEST_PROGRESS_KEY: &str = "guest.progress";
/// When the advisor, having typed the workshop's code in this tab, was last
/// active (tab store): the advisor's programs of the tab open without asking
/// again, until the window closes, a learner signs in in this tab or nobody
/// touched it for the idle time.
pub const ADVISOR_KEY: &str = "advisor";

/// Why the last learner left, said to the next one by whichever program of
/// the tab shows "Qui êtes-vous ?" next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Farewell {
    Kept,
    Erased,
    Idle,
}

impl Farewell {
    fn code(self) -> &'static str {
        match self {
            Farewell::Kept => "kept",
            Farewell::Erased => "erased",
            Farewell::Idle => "idle",
        }
    }
    fn from_code(s: &str) -> Option<Farewell> {
        [Farewell::Kept, Farewell::Erased, Farewell::Idle].into_iter().find(|f| f.code() == s)
    }
}

/// The time, given by the browser in the app and fixed in tests.
pub trait Clock {
    /// Milliseconds since 1970.
    fn now_ms(&self) -> f64;
    /// Today in the computer's time zone, `YYYY-MM-DD`.
    fn today(&self) -> String;
}

/// A clock that says what it is told: for tests, and for replaying a journey.
pub struct FixedClock {
    pub now_ms: std::cell::Cell<f64>,
    pub today: String,
}

impl FixedClock {
    pub fn new(now_ms: f64, today: &str) -> Self {
        FixedClock { now_ms: std::cell::Cell::new(now_ms), today: today.into() }
    }
    /// Moves the clock on by `ms` milliseconds.
    pub fn advance(&self, ms: f64) {
        self.now_ms.set(self.now_ms.get() + ms);
    }
}

impl Clock for FixedClock {
    fn now_ms(&self) -> f64 {
        self.now_ms.get()
    }
    fn today(&self) -> String {
        self.today.clone()
    }
}

/// Who uses the app in this tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Learner {
    Profile(Profile),
    /// "Essayer sans enregistrer": results are kept in memory only.
    Guest,
}

/// Why a change for a learner was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The learner is no longer on this computer (erased, maybe in another tab).
    Gone,
    /// The computer already has [`super::MAX_PROFILES`] learners.
    TooMany,
    /// Storage could not be read or written.
    Storage(Trouble),
}

impl From<Trouble> for Refusal {
    fn from(t: Trouble) -> Self {
        Refusal::Storage(t)
    }
}

/// A learner signed in, with their results as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedIn {
    pub profile: Profile,
    pub progress: Loaded<Progress>,
}

pub struct Rules<'a> {
    pub local: &'a dyn Store,
    pub tab: &'a dyn Store,
    pub clock: &'a dyn Clock,
}

impl Rules<'_> {
    pub fn directory(&self) -> Loaded<Directory> {
        store::directory_or_default(self.local)
    }

    /// Who was signed in in this tab, unless they left the computer (idle
    /// longer than `idle_minutes`) or are no longer listed. Anything else
    /// ends the tab's session.
    pub fn restore(&self, idle_minutes: u32) -> Option<Learner> {
        let s = store::session(self.tab)?;
        let learner = if store::is_idle(s.last_active, self.clock.now_ms(), idle_minutes) {
            None
        } else {
            match &s.profile {
                None => Some(Learner::Guest),
                Some(id) => self.directory().value.get(id).cloned().map(Learner::Profile),
            }
        };
        if learner.is_none() {
            self.sign_out();
        }
        learner
    }

    pub fn sign_in(&self, id: &str) -> Result<SignedIn, Refusal> {
        let s = self.open(id)?;
        self.start(Some(id.to_string()));
        Ok(s)
    }

    /// The learner [`Rules::restore`] found, going on in another program of
    /// the tab (or after a reload): not a new sign-in, so an advisor's code
    /// typed since holds.
    pub fn resume(&self, id: &str) -> Result<SignedIn, Refusal> {
        let s = self.open(id)?;
        self.touch();
        Ok(s)
    }

    fn open(&self, id: &str) -> Result<SignedIn, Refusal> {
        let profile = self.directory().value.get(id).cloned().ok_or(Refusal::Gone)?;
        let progress = store::load_progress(self.local, id)
            .unwrap_or_else(|t| Loaded { value: Progress::default(), trouble: Some(t) });
        Ok(SignedIn { profile, progress })
    }

    pub fn sign_in_guest(&self) {
        self.tab.remove(GUEST_PROGRESS_KEY);
        self.start(None);
    }

    /// This tab's guest's results (nothing, when damaged).
    pub fn guest_progress(&self) -> Progress {
        crate::store::read(self.tab, GUEST_PROGRESS_KEY, |s| Progress::salvage(s).map(|v| v.value))
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Records a guest's finished attempt, or merges a file the guest opened,
    /// in the tab's store. A full store keeps it in memory only: the result
    /// returned is shown all the same.
    pub fn change_guest_progress(&self, f: impl FnOnce(&mut Progress)) -> Progress {
        let mut p = self.guest_progress();
        f(&mut p);
        let _ = self.tab.set(GUEST_PROGRESS_KEY, &p.to_stored());
        p
    }

    /// Records a guest's finished attempt (see [`Rules::change_guest_progress`]).
    pub fn record_guest(&self, c: &Completion) -> Progress {
        let today = self.clock.today();
        self.change_guest_progress(|p| p.complete(c, &today))
    }

    fn start(&self, profile: Option<String>) {
        // A learner at the keyboard: the advisor's pages ask for the code again.
        self.lock_advisor();
        store::save_session(self.tab, Some(&Session { profile, last_active: self.clock.now_ms() }));
    }

    pub fn sign_out(&self) {
        store::save_session(self.tab, None);
        self.tab.remove(DOWNLOADS_KEY);
        self.tab.remove(GUEST_PROGRESS_KEY);
    }

    /// Says why the learner left, for the next page of this tab (another
    /// program may show it).
    pub fn say_farewell(&self, why: Farewell) {
        let _ = self.tab.set(FAREWELL_KEY, why.code());
    }

    /// The farewell said in this tab, once: it is forgotten when read.
    pub fn take_farewell(&self) -> Option<Farewell> {
        let said = self.tab.get(FAREWELL_KEY).and_then(|s| Farewell::from_code(&s));
        self.tab.remove(FAREWELL_KEY);
        said
    }

    /// Files downloaded in this tab (a CV, a progress file), across the
    /// app's programs, so that "J'ai fini" can remind them.
    pub fn downloads(&self) -> Vec<String> {
        self.tab.get(DOWNLOADS_KEY).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
    }

    pub fn note_download(&self, name: &str) -> Vec<String> {
        let mut all = self.downloads();
        if !all.iter().any(|n| n == name) {
            all.push(name.to_string());
            let _ = self.tab.set(DOWNLOADS_KEY, &serde_json::to_string(&all).unwrap_or_default());
        }
        all
    }

    /// The advisor typed the right code in this tab.
    pub fn unlock_advisor(&self) {
        let _ = self.tab.set(ADVISOR_KEY, &self.clock.now_ms().to_string());
    }

    /// Whether the advisor's code was typed in this tab and someone was
    /// active since, within `idle_minutes`; a stale or damaged mark is removed.
    pub fn advisor_unlocked(&self, idle_minutes: u32) -> bool {
        let Some(mark) = self.tab.get(ADVISOR_KEY) else { return false };
        let fresh = mark.parse::<f64>().is_ok_and(|at| !store::is_idle(at, self.clock.now_ms(), idle_minutes));
        if !fresh {
            self.lock_advisor();
        }
        fresh
    }

    pub fn lock_advisor(&self) {
        self.tab.remove(ADVISOR_KEY);
    }

    /// The learner (or the advisor) is still here.
    pub fn touch(&self) {
        if self.tab.get(ADVISOR_KEY).is_some() {
            self.unlock_advisor();
        }
        if let Some(mut s) = store::session(self.tab) {
            s.last_active = self.clock.now_ms();
            store::save_session(self.tab, Some(&s));
        }
    }

    /// Changes the stored list of learners (read, change, write back).
    fn change_directory<R>(&self, f: impl FnOnce(&mut Directory) -> Result<R, Refusal>) -> Result<R, Refusal> {
        let mut d = store::load_directory(self.local).map(|l| l.value)?;
        let out = f(&mut d)?;
        store::save_directory(self.local, &d)?;
        Ok(out)
    }

    /// A new learner, signed in. Its id was never used on this browser, and
    /// any key left under it is cleared first.
    pub fn create_profile(&self, name: &str, picture: &str) -> Result<SignedIn, Refusal> {
        let taken = store::highest_id_in_keys(self.local);
        let today = self.clock.today();
        let id = self.change_directory(|d| {
            if d.is_full() {
                return Err(Refusal::TooMany);
            }
            Ok(d.add(name, picture, &today, taken))
        })?;
        self.local.remove_all_starting_with(&store::profile_prefix(&id));
        self.sign_in(&id)
    }

    pub fn rename(&self, id: &str, name: &str) -> Result<Profile, Refusal> {
        self.change_directory(|d| {
            d.get(id).ok_or(Refusal::Gone)?;
            d.rename(id, name);
            d.get(id).cloned().ok_or(Refusal::Gone)
        })
    }

    /// Is this learner still listed? Checked before every write of theirs, so
    /// a tab left open never brings back an erased learner's keys.
    pub fn is_listed(&self, id: &str) -> bool {
        store::load_directory(self.local).is_ok_and(|l| l.value.get(id).is_some())
    }

    /// Changes a learner's stored progress (read, change, write back) and
    /// returns it as now stored.
    fn change_progress(&self, id: &str, f: impl FnOnce(&mut Progress)) -> Result<Progress, Refusal> {
        if !self.is_listed(id) {
            return Err(Refusal::Gone);
        }
        let mut p = store::load_progress(self.local, id)?.value;
        f(&mut p);
        store::save_progress(self.local, id, &p)?;
        Ok(p)
    }

    /// Records a finished attempt.
    pub fn record(&self, id: &str, c: &Completion) -> Result<Progress, Refusal> {
        let today = self.clock.today();
        self.change_progress(id, |p| p.complete(c, &today))
    }

    /// Takes in an imported file. Signed in: merged into this learner. Nobody
    /// signed in: into the learner of the same name *and* picture, or a new
    /// profile — never into someone else's.
    pub fn import(&self, signed_in: Option<&str>, e: &Export) -> Result<SignedIn, Refusal> {
        let id = match signed_in {
            Some(id) => id.to_string(),
            None => match self.directory().value.find(&e.name, &e.picture) {
                Some(p) => p.id.clone(),
                None => self.create_profile(&e.name, &e.picture)?.profile.id,
            },
        };
        self.change_progress(&id, |p| p.merge(&e.progress))?;
        self.sign_in(&id)
    }

    /// "Tout effacer": every key of the learner, and the learner from the list.
    pub fn erase(&self, id: &str) -> Result<(), Refusal> {
        self.local.remove_all_starting_with(&store::profile_prefix(id));
        let out = self.change_directory(|d| {
            d.remove(id);
            Ok(())
        });
        if store::session(self.tab).is_some_and(|s| s.profile.as_deref() == Some(id)) {
            self.sign_out();
        }
        out
    }

    /// "Réinitialiser cet ordinateur": every key of the app goes, the value
    /// under `keep` (the workshop settings) stays when given.
    pub fn reset(&self, keep: Option<&str>) -> Result<(), Refusal> {
        let kept = keep.and_then(|k| self.local.get(k).map(|v| (k, v)));
        self.local.remove_all_starting_with("");
        self.sign_out();
        if let Some((k, v)) = kept {
            self.local.set(k, &v).map_err(Trouble::from)?;
        }
        Ok(())
    }

    /// Reads a learner's own value (`profile.<id>.<name>`, e.g. the CV).
    pub fn own_value<T>(
        &self,
        id: &str,
        name: &str,
        parse: impl Fn(&str) -> Result<T, crate::store::ReadError>,
    ) -> Result<Option<T>, Trouble> {
        crate::store::read(self.local, &format!("{}{name}", store::profile_prefix(id)), parse)
    }

    /// Writes a learner's own value, only while the learner is listed.
    pub fn save_own_value(&self, id: &str, name: &str, value: &str) -> Result<(), Refusal> {
        if !self.is_listed(id) {
            return Err(Refusal::Gone);
        }
        Ok(self.local.set(&format!("{}{name}", store::profile_prefix(id)), value).map_err(Trouble::from)?)
    }

    pub fn remove_own_value(&self, id: &str, name: &str) {
        self.local.remove(&format!("{}{name}", store::profile_prefix(id)));
    }
}

#[cfg(test)]
mod tests;
