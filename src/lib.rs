//! Pas à pas: the app, its router and the context every page reads.
//! `main.rs` only mounts [`App`], so tests can mount any part of it.

pub mod content;
pub mod i18n;
pub mod kinds;
pub mod pages;
pub mod progress;
pub mod route;
pub mod settings;
pub mod storage;
pub mod ui;

use leptos::prelude::*;
use leptos_fluent::I18n;
use progress::Progress;
use route::Route;
use settings::Settings;

/// Something the learner must know about where their things are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage is blocked: nothing will be kept after closing the page.
    NotPersistent,
    /// Saved settings could not be read; they were put aside and reset.
    SettingsReset,
    /// The browser's storage is full: the last change was not saved.
    QuotaFull,
}

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    pub settings: RwSignal<Settings>,
    pub progress: RwSignal<Progress>,
    pub notice: RwSignal<Option<StorageNotice>>,
    /// Set on navigation: the next page title to appear takes the focus.
    pub focus_title: StoredValue<bool>,
}

impl AppState {
    /// Reads saved settings (or defaults) and notes any storage trouble.
    pub fn new() -> Self {
        let mut notice = (!storage::is_persistent()).then_some(StorageNotice::NotPersistent);
        let settings = match storage::get_or_quarantine(settings::KEY, Settings::from_json) {
            Ok(s) => s.unwrap_or_default(),
            Err(()) => {
                notice = notice.or(Some(StorageNotice::SettingsReset));
                Settings::default()
            }
        };
        AppState {
            route: RwSignal::new(Route::parse(&current_hash())),
            settings: RwSignal::new(settings),
            progress: RwSignal::new(Progress::default()),
            notice: RwSignal::new(notice),
            focus_title: StoredValue::new(false),
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

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <i18n::I18nProvider>
            <Shell/>
        </i18n::I18nProvider>
    }
}

/// Header, page and footer, with the settings applied to `<html>`.
#[component]
pub fn Shell() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
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

    view! {
        <ui::layout::SkipLink/>
        <ui::layout::Header/>
        <ui::layout::NoticeBanner/>
        <main id="main" tabindex="-1">
            {move || pages::render(state.route.get())}
        </main>
        <ui::layout::Footer/>
    }
}
