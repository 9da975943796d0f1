//! The state every page reads: signals over the core's rules of a shared
//! computer (`progress::session`), over this browser's stores.

use crate::{progress, route, settings, storage, store, ui, workshop};
use leptos::prelude::*;
pub use progress::session::Learner;
use progress::session::{Clock, Refusal, Rules};
use progress::{store as keys, Completion, Directory, Export, Profile, Progress};
use route::Route;
use settings::Settings;
use store::{ReadError, Store, Trouble};
use workshop::Workshop;

/// Something the learner must know about where their things are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage is blocked: nothing will be kept after closing the page.
    NotPersistent,
    /// Saved settings could not be read; they were put aside and reset.
    SettingsReset,
    /// The browser's storage is full: the last change was not saved.
    QuotaFull,
    /// The list of learners could not be read; it was put aside.
    ProfilesReset,
    /// Some of this learner's results could not be read; they were put aside.
    ProgressReset,
    /// Something was saved by a newer version of Pas à pas: left untouched.
    TooNew,
}

pub use progress::session::Farewell;

/// The browser's clock.
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn now_ms(&self) -> f64 {
        now_ms()
    }
    fn today(&self) -> String {
        today()
    }
}

/// The rules of a shared computer, over this browser's stores.
pub fn rules() -> Rules<'static> {
    Rules { local: &storage::Local, tab: &storage::Tab, clock: &BrowserClock }
}

/// State shared by every page: signals over the rules of `progress::session`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    pub settings: RwSignal<Settings>,
    pub notice: RwSignal<Option<StorageNotice>>,
    pub directory: RwSignal<Directory>,
    pub learner: RwSignal<Option<Learner>>,
    /// The current learner's results.
    pub progress: RwSignal<Progress>,
    pub farewell: RwSignal<Option<Farewell>>,
    /// The advisor's settings for this computer.
    pub workshop: RwSignal<Workshop>,
    /// The advisor typed the code in this tab (`Rules::advisor_unlocked`).
    pub advisor_unlocked: RwSignal<bool>,
    /// Set on navigation: the next page title to appear takes the focus.
    pub focus_title: StoredValue<bool>,
    /// Files downloaded in this tab (CV, progress): "J'ai fini" reminds them.
    pub downloads: RwSignal<Vec<String>>,
}

/// What a storage trouble means for the person, by what was being read.
fn notice_for(t: Trouble, put_aside: StorageNotice) -> StorageNotice {
    match t {
        Trouble::PutAside => put_aside,
        Trouble::TooNew => StorageNotice::TooNew,
        Trouble::Full | Trouble::Refused => StorageNotice::QuotaFull,
    }
}

fn workshop_read(s: &str) -> Result<Workshop, ReadError> {
    Workshop::from_json(s).ok_or(ReadError::Damaged)
}
fn settings_read(s: &str) -> Result<Settings, ReadError> {
    Settings::from_json(s).ok_or(ReadError::Damaged)
}

impl AppState {
    /// Reads saved settings (or defaults) and notes any storage trouble.
    pub fn new() -> Self {
        let local = storage::Local;
        // Who is signed in lived in local storage before: it must sign nobody in.
        local.remove(keys::SESSION_KEY);
        let mut notice = (!storage::is_persistent()).then_some(StorageNotice::NotPersistent);
        let mut note = |n: StorageNotice| notice = notice.or(Some(n));
        let workshop = store::read(&local, workshop::KEY, workshop_read).unwrap_or_else(|t| {
            note(notice_for(t, StorageNotice::SettingsReset));
            None
        });
        let first_visit = local.get(settings::KEY).is_none();
        let mut settings = store::read(&local, settings::KEY, settings_read)
            .unwrap_or_else(|t| {
                note(notice_for(t, StorageNotice::SettingsReset));
                None
            })
            .unwrap_or_default();
        let workshop = workshop.unwrap_or_default();
        if first_visit {
            // A new browser starts in the workshop's language.
            settings.lang = workshop.default_lang.clone();
        }
        let directory = rules().directory();
        if let Some(t) = directory.trouble {
            note(notice_for(t, StorageNotice::ProfilesReset));
        }
        let advisor_unlocked = rules().advisor_unlocked(workshop.idle_minutes);
        let state = AppState {
            route: RwSignal::new(Route::parse(&current_hash())),
            settings: RwSignal::new(settings),
            notice: RwSignal::new(notice),
            directory: RwSignal::new(directory.value),
            learner: RwSignal::new(None),
            progress: RwSignal::new(Progress::default()),
            farewell: RwSignal::new(rules().take_farewell()),
            workshop: RwSignal::new(workshop),
            advisor_unlocked: RwSignal::new(advisor_unlocked),
            focus_title: StoredValue::new(false),
            downloads: RwSignal::new(rules().downloads()),
        };
        // The same learner after a reload or in another program of this tab,
        // unless they left the computer.
        match rules().restore(state.idle_minutes()) {
            Some(Learner::Profile(p)) => match rules().resume(&p.id) {
                Ok(s) => state.signed_in(s),
                Err(r) => state.refused(r),
            },
            Some(Learner::Guest) => {
                state.progress.set(rules().guest_progress());
                state.learner.set(Some(Learner::Guest));
            }
            None => {}
        }
        state
    }

    pub fn idle_minutes(&self) -> u32 {
        self.workshop.with_untracked(|w| w.idle_minutes)
    }

    /// The advisor typed the right code: every program of this tab knows it.
    pub fn unlock_advisor(&self) {
        rules().unlock_advisor();
        self.advisor_unlocked.set(true);
    }

    pub fn save_workshop(&self, w: Workshop) {
        self.write(storage::Local.set(workshop::KEY, &w.to_json()).map_err(Trouble::from));
        self.workshop.set(w);
    }

    /// "Réinitialiser cet ordinateur": every key of the app goes, the
    /// workshop settings too unless `keep_workshop`.
    pub fn reset_computer(&self, keep_workshop: bool) {
        if let Err(r) = rules().reset(keep_workshop.then_some(workshop::KEY)) {
            self.refused(r);
        }
        if !keep_workshop {
            self.workshop.set(Workshop::default());
        }
        self.directory.set(Directory::default());
        self.left(Farewell::Erased);
    }

    fn write(&self, result: Result<(), Trouble>) {
        if let Err(t) = result {
            self.notice.set(Some(notice_for(t, StorageNotice::QuotaFull)));
        }
    }

    /// A change was refused: say why; a learner erased elsewhere is signed out.
    fn refused(&self, r: Refusal) {
        match r {
            Refusal::Gone => {
                // After the handler that asked has finished: signing out
                // removes the page it is running in.
                let state = *self;
                set_timeout(move || state.erased_elsewhere(), std::time::Duration::ZERO);
            }
            Refusal::TooMany => {}
            Refusal::Storage(t) => self.notice.set(Some(notice_for(t, StorageNotice::QuotaFull))),
        }
    }

    fn refresh_directory(&self) {
        let d = rules().directory();
        if let Some(t) = d.trouble {
            self.notice.set(Some(notice_for(t, StorageNotice::ProfilesReset)));
        }
        self.directory.set(d.value);
    }

    fn signed_in(&self, s: progress::session::SignedIn) {
        if let Some(t) = s.progress.trouble {
            self.notice.set(Some(notice_for(t, StorageNotice::ProgressReset)));
        }
        self.progress.set(s.progress.value);
        self.learner.set(Some(Learner::Profile(s.profile)));
        self.forget_farewell();
    }

    pub fn sign_in(&self, id: &str) {
        match rules().sign_in(id) {
            Ok(s) => self.signed_in(s),
            Err(r) => self.refused(r),
        }
    }

    pub fn sign_in_guest(&self) {
        rules().sign_in_guest();
        self.progress.set(Progress::default());
        self.learner.set(Some(Learner::Guest));
        self.forget_farewell();
    }

    /// Leaves: the next person sees "Qui êtes-vous ?".
    pub fn sign_out(&self, why: Farewell) {
        rules().sign_out();
        self.left(why);
    }

    fn left(&self, why: Farewell) {
        self.learner.set(None);
        self.progress.set(Progress::default());
        self.downloads.set(Vec::new());
        self.farewell.set(Some(why));
        rules().say_farewell(why);
    }

    fn forget_farewell(&self) {
        self.farewell.set(None);
        rules().take_farewell();
    }

    /// The outcome of a change that signs a learner in (a new profile, an
    /// import): shown, with the list of learners as now stored.
    fn take_sign_in(&self, out: Result<progress::session::SignedIn, Refusal>) -> Result<String, Refusal> {
        self.refresh_directory();
        match out {
            Ok(s) => {
                let id = s.profile.id.clone();
                self.signed_in(s);
                Ok(id)
            }
            Err(r) => {
                self.refused(r);
                Err(r)
            }
        }
    }

    /// A new learner, signed in; `Err(TooMany)` at 200 learners.
    pub fn create_profile(&self, name: &str, picture: &str) -> Result<String, Refusal> {
        self.take_sign_in(rules().create_profile(name, picture))
    }

    pub fn current_profile(&self) -> Option<Profile> {
        self.learner.with(|l| match l {
            Some(Learner::Profile(p)) => Some(p.clone()),
            _ => None,
        })
    }

    fn current_id(&self) -> Option<String> {
        self.learner.with_untracked(|l| match l {
            Some(Learner::Profile(p)) => Some(p.id.clone()),
            _ => None,
        })
    }

    pub fn rename(&self, name: &str) {
        let Some(id) = self.current_id() else { return };
        match rules().rename(&id, name) {
            Ok(p) => self.learner.set(Some(Learner::Profile(p))),
            Err(r) => self.refused(r),
        }
        self.refresh_directory();
    }

    /// "Tout effacer": every key of the current learner, then leave.
    pub fn erase_current(&self) {
        if let Some(id) = self.current_id() {
            if let Err(r) = rules().erase(&id) {
                self.refused(r);
            }
            self.refresh_directory();
        }
        self.sign_out(Farewell::Erased);
    }

    /// Records a finished attempt for the current learner (a guest's in the
    /// tab's store, so that the tab's other programs show it).
    pub fn record(&self, c: Completion) {
        match self.current_id() {
            None => self.progress.set(rules().record_guest(&c)),
            Some(id) => match rules().record(&id, &c) {
                Ok(p) => self.progress.set(p),
                Err(r) => self.refused(r),
            },
        }
    }

    /// Takes in an imported file: merged into the current learner (a guest's
    /// in the tab's store), or, when nobody is signed in, into the learner of
    /// the same name and picture, or a new one.
    pub fn import(&self, e: &Export) -> Result<(), Refusal> {
        if self.learner.with_untracked(|l| matches!(l, Some(Learner::Guest))) {
            self.progress.set(rules().change_guest_progress(|p| p.merge(&e.progress)));
            return Ok(());
        }
        self.take_sign_in(rules().import(self.current_id().as_deref(), e)).map(|_| ())
    }

    /// The export of the current learner's progress.
    pub fn export(&self) -> Option<Export> {
        let profile = match self.learner.get_untracked()? {
            Learner::Profile(p) => p,
            Learner::Guest => Profile {
                id: String::new(),
                name: "invite".into(),
                picture: progress::PICTURES[0].into(),
                created: today(),
            },
        };
        Some(self.progress.with_untracked(|p| Export::new(&profile, p, &today())))
    }

    /// Offers a file to download, and remembers its name for "J'ai fini".
    pub fn download(&self, name: &str, text: &str) -> bool {
        let ok = ui::files::download(name, text).is_some();
        if ok {
            self.downloads.set(rules().note_download(name));
        }
        ok
    }

    /// A value of the current learner's own (`profile.<id>.<name>`): `None`
    /// for a guest, `Some(Err)` when it could not be read.
    pub fn own_value<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, ReadError>,
    ) -> Option<Result<Option<T>, Trouble>> {
        let id = self.current_id()?;
        Some(rules().own_value(&id, name, parse))
    }

    /// Saves a value of the current learner's own; a guest's is never written.
    /// Storage trouble is for the caller to say (the CV says it in its own
    /// words); a learner no longer listed is signed out.
    pub fn save_own_value(&self, name: &str, value: &str) -> Result<(), Trouble> {
        let Some(id) = self.current_id() else { return Ok(()) };
        rules().save_own_value(&id, name, value).map_err(|r| match r {
            Refusal::Storage(t) => t,
            Refusal::Gone | Refusal::TooMany => {
                self.refused(r);
                Trouble::Refused
            }
        })
    }

    pub fn remove_own_value(&self, name: &str) {
        if let Some(id) = self.current_id() {
            rules().remove_own_value(&id, name);
        }
    }

    /// The learner is still here: keep the tab's session fresh, so that a
    /// reload does not count as leaving.
    pub fn touch(&self) {
        rules().touch();
    }

    pub fn save_settings(&self) {
        let json = self.settings.with_untracked(Settings::to_json);
        self.write(storage::Local.set(settings::KEY, &json).map_err(Trouble::from));
    }

    /// This tab's learner was erased in another tab (or the computer reset):
    /// sign out here too. The field being typed in is left first, so that its
    /// "change" is handled while its page still exists.
    fn erased_elsewhere(&self) {
        use wasm_bindgen::JsCast;
        if let Some(el) = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.blur();
        }
        self.refresh_directory();
        self.sign_out(Farewell::Erased);
        ui::navigate(&Route::Home);
    }

    /// Another tab changed local storage (`key` without the prefix; `None`
    /// when it was cleared): follow it, and sign out when this tab's learner
    /// is no longer listed.
    pub fn on_storage_change(&self, key: Option<&str>) {
        let me = self.current_id();
        let mine = me.as_ref().map(|id| keys::progress_key(id));
        match key {
            Some(k) if k == workshop::KEY => {
                if let Ok(Some(w)) = store::read(&storage::Local, workshop::KEY, workshop_read) {
                    self.workshop.set(w);
                }
            }
            Some(k) if Some(k) == mine.as_deref() => {
                if let Some(Ok(p)) = me.as_deref().map(|id| keys::load_progress(&storage::Local, id)) {
                    self.progress.set(p.value);
                }
            }
            Some(k) if k != keys::DIRECTORY_KEY => {}
            _ => {
                self.refresh_directory();
                let gone = me.is_some_and(|id| self.directory.with_untracked(|d| d.get(&id).is_none()));
                if gone {
                    self.erased_elsewhere();
                } else if let Some(id) = self.current_id() {
                    if let Some(p) = self.directory.with_untracked(|d| d.get(&id).cloned()) {
                        self.learner.set(Some(Learner::Profile(p)));
                    }
                }
            }
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

pub(crate) fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today in the computer's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}
