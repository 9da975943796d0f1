//! The frame around every page: skip link, header with the display
//! settings, storage notices, footer navigation.

use crate::route::Route;
use crate::{AppState, StorageNotice};
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};

/// "Aller au contenu": a link, but not to `#main`, which would change the route.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                super::focus_by_id("main", "main");
            }
        >
            {move_tr!("skip-to-content")}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>
                <img src="icons/logo.svg" alt="" width="40" height="40"/>
                <span>{move_tr!("app-name")}</span>
            </a>
            <SettingsControls/>
        </header>
    }
}

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|n| {
            let text = match n {
                StorageNotice::NotPersistent => move_tr!("storage-not-persistent"),
                StorageNotice::SettingsReset => move_tr!("storage-settings-reset"),
                StorageNotice::QuotaFull => move_tr!("storage-quota-full"),
            };
            let dismissable = n != StorageNotice::NotPersistent;
            view! {
                <div class="notice" role="status">
                    <p>{text}</p>
                    {dismissable.then(|| view! {
                        <button type="button" on:click=move |_| state.notice.set(None)>{move_tr!("notice-close")}</button>
                    })}
                </div>
            }
        })
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <nav aria-label=move_tr!("footer-nav")>
                <ul>
                    <li><a href=Route::Home.href()>{move_tr!("nav-home")}</a></li>
                    <li><a href=Route::Profiles.href()>{move_tr!("nav-profiles")}</a></li>
                    <li><a href=Route::Certificate.href()>{move_tr!("nav-certificate")}</a></li>
                    <li><a href=Route::Settings.href()>{move_tr!("nav-settings")}</a></li>
                    <li><a href=Route::Advisor.href()>{move_tr!("nav-advisor")}</a></li>
                </ul>
            </nav>
        </footer>
    }
}

/// Language, text size and contrast: in the header and on the settings page.
#[component]
pub fn SettingsControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    // French first, in the order of `settings::LANGS`.
    let languages = crate::settings::LANGS
        .iter()
        .filter_map(|id| i18n.languages.iter().find(|l| l.id == *id).copied())
        .map(|l| {
            let pressed = move || (i18n.language.get().id == l.id).to_string();
            view! {
                <button type="button" class="toggle" lang=l.id aria-pressed=pressed on:click=move |_| i18n.language.set(l)>
                    {l.name}
                </button>
            }
        })
        .collect_view();
    let size_button = |size: u8, text: &'static str, label: Signal<String>| {
        view! {
            <button
                type="button"
                class="toggle text-size"
                aria-pressed=move || (state.settings.with(|s| s.text_size) == size).to_string()
                aria-label=label
                on:click=move |_| state.settings.update(|s| s.text_size = size)
            >
                {text}
            </button>
        }
    };
    view! {
        <div class="quick-settings">
            <div class="setting" role="group" aria-label=move_tr!("settings-language")>
                {languages}
            </div>
            <div class="setting" role="group" aria-label=move_tr!("settings-text-size")>
                {size_button(1, "A", move_tr!("text-size-normal"))}
                {size_button(2, "A+", move_tr!("text-size-large"))}
                {size_button(3, "A++", move_tr!("text-size-largest"))}
            </div>
            <button
                type="button"
                class="toggle contrast"
                aria-pressed=move || state.settings.with(|s| s.high_contrast).to_string()
                on:click=move |_| state.settings.update(|s| s.high_contrast = !s.high_contrast)
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z"/>
                </svg>
                <span>{move_tr!("high-contrast")}</span>
            </button>
        </div>
    }
}
