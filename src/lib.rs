//! Pas à pas: the app, its router and the context every page reads.
//! `main.rs` only mounts [`App`], so tests can mount any part of it.

pub mod content;
pub mod i18n;
pub mod kinds;
pub mod pages;
pub mod progress;
pub mod route;
pub mod settings;
pub mod sims;
pub mod storage;
pub mod ui;
pub mod workshop;

use leptos::prelude::*;
use leptos_fluent::I18n;
use progress::{store, Completion, Directory, Export, Profile, Progress};
use route::Route;
use settings::Settings;
use storage::PutAside;
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
    /// This learner's results could not be read; they were put aside.
    ProgressReset,
}

/// Who is using the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Learner {
    Profile(Profile),
    /// "Essayer sans enregistrer": results are kept in memory only.
    Guest,
}

/// Why the last learner left, said to the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Farewell {
    Kept,
    Erased,
    Idle,
}

/// State shared by every page.
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
    /// The advisor typed the code during this visit.
    pub advisor_unlocked: RwSignal<bool>,
    /// Set on navigation: the next page title to appear takes the focus.
    pub focus_title: StoredValue<bool>,
}

impl AppState {
    /// Reads saved settings (or defaults) and notes any storage trouble.
    pub fn new() -> Self {
        let mut notice = (!storage::is_persistent()).then_some(StorageNotice::NotPersistent);
        let workshop = storage::get_or_quarantine(workshop::KEY, Workshop::from_json).unwrap_or_else(|PutAside| {
            notice = notice.or(Some(StorageNotice::SettingsReset));
            None
        });
        let first_visit = storage::get(settings::KEY).is_none();
        let mut settings = match storage::get_or_quarantine(settings::KEY, Settings::from_json) {
            Ok(s) => s.unwrap_or_default(),
            Err(PutAside) => {
                notice = notice.or(Some(StorageNotice::SettingsReset));
                Settings::default()
            }
        };
        let workshop = workshop.unwrap_or_default();
        if first_visit {
            // A new browser starts in the workshop's language.
            settings.lang = workshop.default_lang.clone();
        }
        let directory = store::load_directory().unwrap_or_else(|PutAside| {
            notice = notice.or(Some(StorageNotice::ProfilesReset));
            Directory::default()
        });
        let state = AppState {
            route: RwSignal::new(Route::parse(&current_hash())),
            settings: RwSignal::new(settings),
            notice: RwSignal::new(notice),
            directory: RwSignal::new(directory),
            learner: RwSignal::new(None),
            progress: RwSignal::new(Progress::default()),
            farewell: RwSignal::new(None),
            workshop: RwSignal::new(workshop),
            advisor_unlocked: RwSignal::new(false),
            focus_title: StoredValue::new(false),
        };
        // The same learner after a reload, unless they left the computer.
        if let Some(session) = store::session() {
            let known = state.directory.with_untracked(|d| d.get(&session.profile).is_some());
            if known && !store::is_idle(session.last_active, now_ms(), state.idle_minutes()) {
                state.sign_in(&session.profile);
            } else {
                store::save_session(None);
            }
        } else if guest_mark() {
            // A guest who opened a simulation's program (`atelier-*.html`) is still a guest.
            state.learner.set(Some(Learner::Guest));
        }
        state
    }

    pub fn idle_minutes(&self) -> u32 {
        self.workshop.with_untracked(|w| w.idle_minutes)
    }

    pub fn save_workshop(&self, w: Workshop) {
        self.write(storage::set(workshop::KEY, &w.to_json()));
        self.workshop.set(w);
    }

    /// "Réinitialiser cet ordinateur": every key of the app goes, the
    /// workshop settings too unless `keep_workshop`.
    pub fn reset_computer(&self, keep_workshop: bool) {
        let kept = keep_workshop.then(|| storage::get(workshop::KEY)).flatten();
        storage::remove_all_starting_with("");
        if let Some(w) = kept {
            self.write(storage::set(workshop::KEY, &w));
        } else {
            self.workshop.set(Workshop::default());
        }
        self.directory.set(Directory::default());
        self.sign_out(Farewell::Erased);
    }

    fn write(&self, result: Result<(), storage::WriteError>) {
        if let Err(storage::WriteError::QuotaFull) = result {
            self.notice.set(Some(StorageNotice::QuotaFull));
        }
    }

    pub fn sign_in(&self, id: &str) {
        let Some(profile) = self.directory.with_untracked(|d| d.get(id).cloned()) else { return };
        let progress = store::load_progress(id).unwrap_or_else(|PutAside| {
            self.notice.set(Some(StorageNotice::ProgressReset));
            Progress::default()
        });
        self.progress.set(progress);
        self.learner.set(Some(Learner::Profile(profile)));
        self.farewell.set(None);
        set_guest_mark(false);
        store::save_session(Some(&store::Session { profile: id.into(), last_active: now_ms() }));
    }

    pub fn sign_in_guest(&self) {
        self.progress.set(Progress::default());
        self.learner.set(Some(Learner::Guest));
        self.farewell.set(None);
        set_guest_mark(true);
        store::save_session(None);
    }

    /// Leaves: the next person sees "Qui êtes-vous ?".
    pub fn sign_out(&self, why: Farewell) {
        self.learner.set(None);
        self.progress.set(Progress::default());
        self.farewell.set(Some(why));
        set_guest_mark(false);
        store::save_session(None);
    }

    /// Changes the list of learners and saves it.
    fn change_directory<R>(&self, f: impl FnOnce(&mut Directory) -> R) -> R {
        let mut d = self.directory.get_untracked();
        let out = f(&mut d);
        self.write(store::save_directory(&d));
        self.directory.set(d);
        out
    }

    pub fn create_profile(&self, name: &str, picture: &str) -> String {
        let id = self.change_directory(|d| d.add(name, picture, &today()));
        self.sign_in(&id);
        id
    }

    pub fn current_profile(&self) -> Option<Profile> {
        self.learner.with(|l| match l {
            Some(Learner::Profile(p)) => Some(p.clone()),
            _ => None,
        })
    }

    pub fn rename(&self, name: &str) {
        let Some(p) = self.current_profile() else { return };
        self.change_directory(|d| d.rename(&p.id, name));
        if let Some(p) = self.directory.with_untracked(|d| d.get(&p.id).cloned()) {
            self.learner.set(Some(Learner::Profile(p)));
        }
    }

    /// "Tout effacer": every key of the current learner, then leave.
    pub fn erase_current(&self) {
        if let Some(p) = self.current_profile() {
            let mut d = self.directory.get_untracked();
            self.write(store::erase_profile(&p.id, &mut d));
            self.directory.set(d);
        }
        self.sign_out(Farewell::Erased);
    }

    /// Records a finished attempt for the current learner.
    pub fn record(&self, c: Completion) {
        self.progress.update(|p| p.complete(&c, &today()));
        self.save_progress();
    }

    fn save_progress(&self) {
        if let Some(p) = self.current_profile() {
            self.write(self.progress.with_untracked(|pr| store::save_progress(&p.id, pr)));
        }
    }

    /// Takes in an imported file: merged into the current learner, or, when
    /// nobody is signed in, into the profile of that name (created if new).
    pub fn import(&self, e: &Export) {
        if self.learner.with_untracked(Option::is_none) {
            let existing =
                self.directory.with_untracked(|d| d.profiles.iter().find(|p| p.name == e.name).map(|p| p.id.clone()));
            match existing {
                Some(id) => self.sign_in(&id),
                None => {
                    self.create_profile(&e.name, &e.picture);
                }
            }
        }
        self.progress.update(|p| p.merge(&e.progress));
        self.save_progress();
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

    /// The learner is still here: keep the stored session fresh, so that a
    /// reload does not count as leaving.
    pub fn touch(&self, now: f64) {
        if let Some(mut s) = store::session() {
            s.last_active = now;
            store::save_session(Some(&s));
        }
    }

    pub fn save_settings(&self) {
        let json = self.settings.with_untracked(Settings::to_json);
        if let Err(storage::WriteError::QuotaFull) = storage::set(settings::KEY, &json) {
            self.notice.set(Some(StorageNotice::QuotaFull));
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// "Essayer sans enregistrer" lasts while the tab is open, across the
/// programs (the learners' app and `atelier-*.html`): a mark in the tab's
/// session storage, never in local storage, so nothing outlives the tab.
const GUEST_MARK: &str = "pas-a-pas.guest";

fn guest_mark() -> bool {
    window().session_storage().ok().flatten().and_then(|s| s.get_item(GUEST_MARK).ok().flatten()).is_some()
}

fn set_guest_mark(on: bool) {
    if let Some(s) = window().session_storage().ok().flatten() {
        let _ = if on { s.set_item(GUEST_MARK, "1") } else { s.remove_item(GUEST_MARK) };
    }
}

fn current_hash() -> String {
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

#[component]
pub fn App() -> impl IntoView {
    view! {
        <i18n::I18nProvider>
            <Shell pages=pages::learner_pages/>
        </i18n::I18nProvider>
    }
}

/// The advisor's corner, a program of its own (`animateur.html`).
#[component]
pub fn AdvisorApp() -> impl IntoView {
    sims::read_simulations();
    view! {
        <i18n::I18nProvider>
            <Shell pages=pages::advisor_pages/>
        </i18n::I18nProvider>
    }
}

/// A program that carries the simulations of a module (`atelier-*.html`):
/// it shows their exercises and sends every other page to the learners' app.
#[component]
pub fn SimApp(sims: sims::Views) -> impl IntoView {
    sims::read_simulations();
    view! {
        <i18n::I18nProvider>
            <Shell pages=pages::sim_pages sims=sims/>
        </i18n::I18nProvider>
    }
}

/// Header, page and footer, with the settings applied to `<html>`.
#[component]
pub fn Shell(pages: pages::Pages, #[prop(optional)] sims: Option<sims::Views>) -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    if let Some(views) = sims {
        provide_context(sims::SimViews(views));
    }
    let i18n = expect_context::<I18n>();

    // The saved language wins over the default.
    let saved = state.settings.with_untracked(|s| s.lang.clone());
    if let Some(l) = i18n.languages.iter().find(|l| l.id == saved) {
        i18n.language.set(l);
    }
    // Keep the settings in step with the language and show them on <html>.
    Effect::new(move |_| {
        let lang = i18n.language.get().id;
        if state.settings.with_untracked(|s| s.lang != lang) {
            state.settings.update(|s| s.lang = lang.to_string());
        }
    });
    Effect::new(move |first: Option<bool>| {
        let s = state.settings.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-text-size", &s.text_size.to_string());
            let _ = root.set_attribute("data-contrast", if s.high_contrast { "high" } else { "normal" });
        }
        if first.is_some() {
            state.save_settings();
        }
        false
    });

    // Hash routing: follow the address, and on a new page move focus to its
    // title so screen readers announce it.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = Route::parse(&current_hash());
        if state.route.get_untracked() != route {
            state.route.set(route);
            window().scroll_to_with_x_and_y(0.0, 0.0);
            state.focus_title.set_value(true);
        }
    });

    // Leaving the computer without "J'ai fini": after the idle timeout without a
    // click or a key, the next person sees "Qui êtes-vous ?".
    let last_activity = StoredValue::new(now_ms());
    let session_saved = StoredValue::new(0.0);
    let active = move || {
        let now = now_ms();
        last_activity.set_value(now);
        // Storage is written at most every 20 seconds, not on every key.
        if now - session_saved.get_value() > 20_000.0 {
            session_saved.set_value(now);
            state.touch(now);
        }
    };
    let _ = window_event_listener(leptos::ev::pointerdown, move |_| active());
    let _ = window_event_listener(leptos::ev::keydown, move |_| active());
    let _ = set_interval_with_handle(
        move || {
            let away = store::is_idle(last_activity.get_value(), now_ms(), state.idle_minutes());
            if away && state.learner.with_untracked(Option::is_some) {
                state.sign_out(Farewell::Idle);
                ui::navigate(&Route::Home);
            }
        },
        std::time::Duration::from_secs(20),
    );

    // What to show: the route, and whether "Qui êtes-vous ?" must come first.
    // A memo, so that signing in or out re-renders only the pages it concerns.
    let page = Memo::new(move |_| {
        let route = state.route.get();
        let has_learner = !route.needs_learner() || state.learner.with(Option::is_some);
        (route, has_learner)
    });
    // The presenter view fills the screen: no header or footer.
    let framed = Memo::new(move |_| !matches!(state.route.get(), Route::Present(..)));
    view! {
        <ui::layout::SkipLink/>
        {ui::dynamic(move || framed.get().then(|| view! { <ui::layout::Header/><ui::layout::NoticeBanner/> }))}
        <main id="main" tabindex="-1">
            {ui::dynamic(move || {
                let (route, has_learner) = page.get();
                pages(route, has_learner)
            })}
        </main>
        {ui::dynamic(move || framed.get().then(|| view! { <ui::layout::Footer/> }))}
    }
}
