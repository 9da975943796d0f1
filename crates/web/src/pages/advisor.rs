//! `#/animateur`: the advisor's corner: workshop settings, projecting an
//! exercise, the address for phones, handouts, the content check, and
//! resetting the computer.

use super::{Loading, PageTitle};
use crate::loader::Loader;
use crate::route::Route;
use crate::ui::{dynamic, flag, local, t, tr_now};
use crate::workshop::{is_valid_code, Workshop, IDLE_CHOICES};
use crate::AppState;
use leptos::prelude::*;

/// Asks for the advisor's code when one is set, then shows `children`.
#[component]
pub fn CodeGate(children: ChildrenFn) -> impl IntoView {
    let state = expect_context::<AppState>();
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    // A memo: saving other settings must not rebuild the page behind the gate.
    let locked = Memo::new(move |_| state.workshop.with(|w| w.code.is_some()) && !state.advisor_unlocked.get());
    dynamic(move || {
        if !locked.get() {
            return children().into_any();
        }
        view! {
            <PageTitle text=t("advisor-title")/>
            <form class="code-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let ok = state.workshop.with_untracked(|w| w.code.as_deref() == Some(typed.get_untracked().trim()));
                wrong.set(!ok);
                if ok {
                    state.unlock_advisor();
                    state.focus_title.set_value(true);
                }
            }>
                <p>
                    <label for="advisor-code">{t("code-label")}</label>
                    <input id="advisor-code" type="text" inputmode="numeric" maxlength="4" autocomplete="off"
                        prop:value=typed on:input=move |ev| typed.set(event_target_value(&ev))/>
                </p>
                <p class="form-error" role="alert">{dynamic(move || wrong.get().then(|| tr_now("code-wrong")))}</p>
                <p><button type="submit" class="button primary">{t("code-open")}</button></p>
            </form>
            <p class="hint">{t("code-not-security")}</p>
        }
        .into_any()
    })
}

#[component]
pub fn Advisor() -> impl IntoView {
    view! {
        <PageTitle text=t("advisor-title")/>
        <p class="lead">{t("advisor-intro")}</p>
        <nav class="advisor-menu" aria-label=t("advisor-menu")>
            <ul>
                <li><a href="#reglages-atelier" on:click=|ev| { ev.prevent_default(); crate::ui::focus_by_id("workshop-title", "workshop-title"); }>{t("workshop-title")}</a></li>
                <li><a href="#projeter" on:click=|ev| { ev.prevent_default(); crate::ui::focus_by_id("present-title", "present-title"); }>{t("present-title")}</a></li>
                <li><a href=Route::Join.href()>{t("join-link")}</a></li>
                <li><a href=Route::Handouts.href()>{t("handouts-title")}</a></li>
                <li><a href=crate::program::advisor_href(&Route::CheckContent)>{t("check-content-link")}</a></li>
                <li><a href="#reinitialiser" on:click=|ev| { ev.prevent_default(); crate::ui::focus_by_id("reset-title", "reset-title"); }>{t("reset-title")}</a></li>
            </ul>
        </nav>
        <WorkshopSettings/>
        <PresentList/>
        <h2>{t("advisor-content-title")}</h2>
        <p>{t("advisor-content-text")}</p>
        <p><a class="button" href=crate::program::advisor_href(&Route::CheckContent)>{t("check-content-link")}</a></p>
        <ResetComputer/>
    }
}

#[component]
fn WorkshopSettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let w = state.workshop.get_untracked();
    let structure = RwSignal::new(w.structure.clone());
    let advisor = RwSignal::new(w.advisor.clone());
    let town = RwSignal::new(w.town.clone());
    let idle = RwSignal::new(w.idle_minutes);
    let lang = RwSignal::new(w.default_lang.clone());
    let hidden = RwSignal::new(w.hidden_modules.clone());
    let code = RwSignal::new(w.code.clone().unwrap_or_default());
    let status = RwSignal::new(None::<&'static str>);
    let catalog = {
        let loader = Loader::here();
        LocalResource::new(move || loader.catalog())
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked().trim().to_string();
        if !c.is_empty() && !is_valid_code(&c) {
            status.set(Some("code-invalid"));
            return;
        }
        // Whoever sets the code is the advisor: the pages stay open.
        state.advisor_unlocked.set(true);
        let trim = |s: RwSignal<String>| s.get_untracked().trim().chars().take(120).collect::<String>();
        state.save_workshop(Workshop {
            structure: trim(structure),
            advisor: trim(advisor),
            town: trim(town),
            hidden_modules: hidden.get_untracked(),
            idle_minutes: idle.get_untracked(),
            default_lang: lang.get_untracked(),
            code: (!c.is_empty()).then_some(c),
        });
        status.set(Some("workshop-saved"));
    };
    let text_field = |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <p>
                <label for=id>{t(label)}</label>
                <input id=id type="text" maxlength="120" autocomplete="off" prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))/>
            </p>
        }
    };
    let idle_options = IDLE_CHOICES
        .iter()
        .map(|&m| {
            view! {
                <option value=m.to_string() selected=move || idle.get() == m>
                    {move || crate::ui::tr_args("minutes", &[("minutes", m.into())])}
                </option>
            }
        })
        .collect_view();
    let lang_choices = crate::settings::LANGS
        .iter()
        .map(|&l| {
            let id = format!("default-lang-{l}");
            view! {
                <span class="radio-line">
                    <input type="radio" name="default-lang" id=id.clone() prop:checked=flag(move || lang.get() == l)
                        on:change=move |_| lang.set(l.to_string())/>
                    <label for=id lang=l>{language_name(l)}</label>
                </span>
            }
        })
        .collect_view();
    let modules = dynamic(move || {
        let Some(c) = catalog.get() else { return view! { <Loading/> }.into_any() };
        c.modules
            .iter()
            .filter_map(|m| m.as_ref().ok())
            .map(|m| crate::ui::id_checkbox(format!("show-{}", m.id), m.id.clone(), local(&m.title), hidden, false))
            .collect_view()
            .into_any()
    });
    view! {
        <form class="workshop-settings" on:submit=save>
            <h2 id="workshop-title" tabindex="-1">{t("workshop-title")}</h2>
            <p>{t("workshop-intro")}</p>
            {text_field("workshop-structure", "certificate-structure", structure)}
            {text_field("workshop-advisor", "certificate-advisor", advisor)}
            {text_field("workshop-town", "certificate-place", town)}
            <fieldset>
                <legend>{t("workshop-modules")}</legend>
                {modules}
            </fieldset>
            <p>
                <label for="workshop-idle">{t("workshop-idle")}</label>
                <select id="workshop-idle" on:change=move |ev| {
                    if let Ok(m) = event_target_value(&ev).parse() { idle.set(m) }
                }>{idle_options}</select>
            </p>
            <fieldset>
                <legend>{t("workshop-lang")}</legend>
                {lang_choices}
            </fieldset>
            <p>
                <label for="workshop-code">{t("workshop-code")}</label>
                <input id="workshop-code" type="text" inputmode="numeric" maxlength="4" autocomplete="off"
                    aria-describedby="workshop-code-help" prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
            </p>
            <p id="workshop-code-help" class="hint">{t("code-not-security")}</p>
            <p><button type="submit" class="button primary">{t("workshop-save")}</button></p>
            <p role="status" class="save-status">{dynamic(move || status.get().map(tr_now))}</p>
        </form>
    }
}

/// Links to the presenter view of every exercise. Their titles come from
/// the summaries: the presenter reads the one projected whole.
#[component]
fn PresentList() -> impl IntoView {
    let loader = Loader::here();
    let all = LocalResource::new(move || async move {
        let catalog = loader.catalog().await;
        let mut out = Vec::new();
        for m in catalog.modules.iter().filter_map(|m| m.as_ref().ok()) {
            out.push(loader.summaries(m.id.clone()).await);
        }
        out
    });
    view! {
        <h2 id="present-title" tabindex="-1">{t("present-title")}</h2>
        <p>{t("present-intro")}</p>
        {dynamic(move || {
            let Some(modules) = all.get() else { return view! { <Loading/> }.into_any() };
            modules
                .iter()
                .filter_map(|c| Some((c.id.clone(), c.module.as_ref().ok()?.title.clone(), c.exercises.clone())))
                .map(|(id, title, exercises)| {
                    let links = exercises
                        .iter()
                        .filter_map(|(e, r)| Some((e.clone(), r.as_ref().ok()?.title.clone())))
                        .map(|(e, title)| view! { <li><a href=crate::program::advisor_href(&Route::Present(id.clone(), e))>{local(&title)}</a></li> })
                        .collect_view();
                    view! {
                        <h3>{local(&title)}</h3>
                        <ul class="present-links">{links}</ul>
                    }
                })
                .collect_view()
                .into_any()
        })}
    }
}

/// "Réinitialiser cet ordinateur", after typing EFFACER.
#[component]
fn ResetComputer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let typed = RwSignal::new(String::new());
    let keep = RwSignal::new(true);
    let done = RwSignal::new(false);
    // With an advisor code set, the reset asks for it again: a learner who
    // found these pages open must not wipe the computer.
    let code = RwSignal::new(String::new());
    let wrong_code = RwSignal::new(false);
    let needs_code = flag(move || state.workshop.with(|w| w.code.is_some()));
    let ready = flag(move || typed.get().trim() == tr_now("reset-word"));
    view! {
        <section class="reset" aria-labelledby="reset-title">
            <h2 id="reset-title" tabindex="-1">{t("reset-title")}</h2>
            <p>{t("reset-intro")}</p>
            <p>
                <label for="reset-confirm">{t("reset-label")}</label>
                <input id="reset-confirm" type="text" autocomplete="off" prop:value=typed on:input=move |ev| typed.set(event_target_value(&ev))/>
            </p>
            {dynamic(move || needs_code.get().then(|| view! {
                <p>
                    <label for="reset-code">{t("reset-code-label")}</label>
                    <input id="reset-code" type="text" inputmode="numeric" maxlength="4" autocomplete="off"
                        class="masked" prop:value=code on:input=move |ev| { wrong_code.set(false); code.set(event_target_value(&ev)) }/>
                </p>
                <p class="form-error" role="alert">{dynamic(move || wrong_code.get().then(|| tr_now("code-wrong")))}</p>
            }))}
            <p class="check-line">
                <input type="checkbox" id="reset-keep" prop:checked=keep on:change=move |ev| keep.set(event_target_checked(&ev))/>
                <label for="reset-keep">{t("reset-keep")}</label>
            </p>
            <p>
                <button type="button" class="button danger" disabled=flag(move || !ready.get()) on:click=move |_| {
                    let code_ok = state.workshop.with_untracked(|w| {
                        w.code.as_deref().is_none_or(|c| c == code.get_untracked().trim())
                    });
                    if !code_ok {
                        wrong_code.set(true);
                        return;
                    }
                    code.set(String::new());
                    state.reset_computer(keep.get_untracked());
                    typed.set(String::new());
                    done.set(true);
                }>{t("reset-button")}</button>
            </p>
            <p role="status">{dynamic(move || done.get().then(|| tr_now("reset-done")))}</p>
        </section>
    }
}

/// A language's name in that language ("Français", "English").
fn language_name(id: &str) -> &'static str {
    let i18n = expect_context::<crate::i18n::I18n>();
    i18n.languages().iter().find(|l| l.id == id).map(|l| l.name).unwrap_or("")
}
