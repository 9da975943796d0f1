//! A program: its pages, registry, simulation views and messages; the shell
//! around every page (header, page, footer, hash routing, idle timeout).

use crate::i18n::I18n;
use crate::program::Program;
use crate::route::Route;
use crate::state::{current_hash, now_ms, AppState, Farewell};
use crate::{progress::store as keys, storage, ui};
use leptos::prelude::*;

/// Mounts a program on the page.
pub fn start(program: &'static Program) {
    leptos::mount::mount_to_body(move || view! { <Shell program=program/> });
}

/// Header, page and footer, with the settings applied to `<html>`.
#[component]
pub fn Shell(program: &'static Program) -> impl IntoView {
    ui::panic::install();
    let i18n = I18n::new(program.messages);
    provide_context(i18n);
    provide_context(*program);
    let state = AppState::new();
    provide_context(state);
    let pages = program.pages;

    // The saved language wins over the default.
    i18n.start(&state.settings.with_untracked(|s| s.lang.clone()));
    // Keep the settings in step with the language and show them on <html>
    // (once the saved language is shown: it may be fetched first).
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        if i18n.ready.get() && state.settings.with_untracked(|s| s.lang != lang) {
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

    // Another tab changed what is stored: follow it (profiles, results, a
    // sign-out when this tab's learner was erased or the computer reset).
    let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let local = window().local_storage().ok().flatten();
        let from_local = match (ev.storage_area(), local) {
            (Some(area), Some(local)) => area == local,
            _ => false,
        };
        if !from_local {
            return;
        }
        match ev.key() {
            None => state.on_storage_change(None),
            Some(k) => {
                if let Some(k) = k.strip_prefix(storage::PREFIX) {
                    state.on_storage_change(Some(k));
                }
            }
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
            state.touch();
        }
    };
    let _ = window_event_listener(leptos::ev::pointerdown, move |_| active());
    let _ = window_event_listener(leptos::ev::keydown, move |_| active());
    let _ = set_interval_with_handle(
        move || {
            let away = keys::is_idle(last_activity.get_value(), now_ms(), state.idle_minutes());
            // The page open stays as it is, but the tab's other programs ask
            // for the advisor's code again; not on the projector, which may
            // show one slide for a long discussion.
            if away && !matches!(state.route.get_untracked(), Route::Present(..)) {
                crate::state::rules().lock_advisor();
            }
            if away && state.learner.with_untracked(Option::is_some) {
                // Home first, so that the next person never lands on this page.
                state.route.set(Route::Home);
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
    // The projector's pages fill the screen: no header or footer.
    let framed = Memo::new(move |_| !matches!(state.route.get(), Route::Present(..) | Route::Join));
    let shell = move || {
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
    };
    // Shown once the saved language can be: `ready` goes from false to true once.
    ui::dynamic(move || i18n.ready.get().then(shell))
}
