//! The frame around every page: skip link, header with the display
//! settings, storage notices, footer navigation.

use crate::i18n::I18n;
use crate::route::Route;
use crate::{AppState, StorageNotice};
use leptos::prelude::*;

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
            {crate::ui::t("skip-to-content")}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    // On a phone the display settings fold behind one button.
    let open = RwSignal::new(false);
    view! {
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>
                <img src="icons/logo.svg" alt="" width="40" height="40"/>
                <span>{crate::ui::t("app-name")}</span>
            </a>
            <LearnerChip/>
            <button type="button" class="toggle settings-toggle" aria-expanded=super::pressed(move || open.get())
                aria-controls="quick-settings" on:click=move |_| open.update(|o| *o = !*o)>
                {crate::ui::t("display-settings")}
            </button>
            <div id="quick-settings" class="quick-settings-wrap" class:open=super::flag(move || open.get())>
                <SettingsControls/>
            </div>
        </header>
    }
}

/// Who is using the app, and "J'ai fini".
#[component]
fn LearnerChip() -> impl IntoView {
    let state = expect_context::<AppState>();
    crate::ui::dynamic(move || {
        state.learner.get().map(|l| {
            let (name, picture) = match l {
                crate::Learner::Profile(p) => (p.name, Some(p.picture)),
                crate::Learner::Guest => (crate::ui::tr_now("guest-name"), None),
            };
            view! {
                <div class="learner">
                    <a class="learner-link" href=Route::Profiles.href()>
                        {picture.map(|p| view! { <img src=super::picture_src(&p) alt="" width="36" height="36"/> })}
                        <span class="learner-name">{name}</span>
                    </a>
                    <a class="button finish" href=Route::Finish.href()>{crate::ui::t("finish-button")}</a>
                </div>
            }
        })
    })
}

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    crate::ui::dynamic(move || {
        state.notice.get().map(|n| {
            let text = match n {
                StorageNotice::NotPersistent => crate::ui::t("storage-not-persistent"),
                StorageNotice::SettingsReset => crate::ui::t("storage-settings-reset"),
                StorageNotice::QuotaFull => crate::ui::t("storage-quota-full"),
                StorageNotice::ProfilesReset => crate::ui::t("storage-profiles-reset"),
                StorageNotice::ProgressReset => crate::ui::t("storage-progress-reset"),
                StorageNotice::TooNew => crate::ui::t("storage-too-new"),
            };
            let dismissable = n != StorageNotice::NotPersistent;
            view! {
                <div class="notice" role="status">
                    <p>{text}</p>
                    {dismissable.then(|| view! {
                        <button type="button" on:click=move |_| state.notice.set(None)>{crate::ui::t("notice-close")}</button>
                    })}
                </div>
            }
        })
    })
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <nav aria-label=crate::ui::t("footer-nav")>
                <ul>
                    <li><a href=Route::Home.href()>{crate::ui::t("nav-home")}</a></li>
                    <li><a href=Route::Profiles.href()>{crate::ui::t("nav-profiles")}</a></li>
                    <li><a href=Route::Certificate.href()>{crate::ui::t("nav-certificate")}</a></li>
                    <li><a href=Route::Settings.href()>{crate::ui::t("nav-settings")}</a></li>
                    <li><a href=crate::program::advisor_href(&Route::Advisor)>{crate::ui::t("nav-advisor")}</a></li>
                </ul>
            </nav>
        </footer>
    }
}

/// Language, text size and contrast: in the header and on the settings page.
#[component]
pub fn SettingsControls(
    /// Show the name of each setting (on the settings page; the header is too small).
    #[prop(optional)]
    labelled: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    // French first, in the order of `settings::LANGS`.
    let languages = crate::settings::LANGS
        .iter()
        .filter_map(|id| i18n.languages().iter().find(|l| l.id == *id))
        .map(|l| {
            let pressed = super::pressed(move || i18n.lang.get() == l.id);
            view! {
                <button type="button" class="toggle" lang=l.id aria-pressed=pressed on:click=move |_| i18n.set(l.id)>
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
                aria-pressed=super::pressed(move || state.settings.with(|s| s.text_size) == size)
                aria-label=label
                on:click=move |_| state.settings.update(|s| s.text_size = size)
            >
                {text}
            </button>
        }
    };
    view! {
        <div class="quick-settings">
            {labelled.then(|| view! { <p class="setting-label">{crate::ui::t("settings-language")}</p> })}
            <div class="setting" role="group" aria-label=crate::ui::t("settings-language")>
                {languages}
            </div>
            {labelled.then(|| view! { <p class="setting-label">{crate::ui::t("settings-text-size")}</p> })}
            <div class="setting" role="group" aria-label=crate::ui::t("settings-text-size")>
                {size_button(1, "A", crate::ui::t("text-size-normal"))}
                {size_button(2, "A+", crate::ui::t("text-size-large"))}
                {size_button(3, "A++", crate::ui::t("text-size-largest"))}
            </div>
            {labelled.then(|| view! { <p class="setting-label">{crate::ui::t("settings-colours")}</p> })}
            <button
                type="button"
                class="toggle contrast"
                aria-pressed=super::pressed(move || state.settings.with(|s| s.high_contrast))
                on:click=move |_| state.settings.update(|s| s.high_contrast = !s.high_contrast)
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z"/>
                </svg>
                <span>{crate::ui::t("high-contrast")}</span>
            </button>
        </div>
    }
}
