//! `#/animateur/fiches`: choose the modules of a session and print one
//! large-print page per module for learners to take home.

use super::{Loading, PageTitle};
use crate::content::Module;
use crate::loader::Loader;
use crate::route::Route;
use crate::ui::{dynamic, flag, local, t, tr_args};
use leptos::prelude::*;

#[component]
pub fn Handouts() -> impl IntoView {
    let catalog = {
        let loader = Loader::here();
        LocalResource::new(move || loader.catalog())
    };
    let chosen = RwSignal::new(Vec::<String>::new());
    view! {
        <div class="no-print">
            <nav class="breadcrumb" aria-label=t("breadcrumb")>
                <a href=crate::program::advisor_href(&Route::Advisor)>{t("nav-advisor")}</a>
            </nav>
            <PageTitle text=t("handouts-title")/>
            <p class="lead">{t("handouts-intro")}</p>
        </div>
        {dynamic(move || {
            let Some(c) = catalog.get() else { return view! { <Loading/> }.into_any() };
            let modules: Vec<Module> = c.modules.iter().filter_map(|m| m.as_ref().ok().cloned()).collect();
            let boxes = modules
                .iter()
                .map(|m| crate::ui::id_checkbox(format!("handout-{}", m.id), m.id.clone(), local(&m.title), chosen, true))
                .collect_view();
            let sheets = move || {
                modules
                    .iter()
                    .filter(|m| chosen.with(|c| c.contains(&m.id)))
                    .map(|m| view! { <Sheet module=m.clone()/> })
                    .collect_view()
            };
            view! {
                <fieldset class="no-print">
                    <legend>{t("handouts-choose")}</legend>
                    {boxes}
                </fieldset>
                <p class="no-print">
                    <button type="button" class="button primary big" disabled=flag(move || chosen.with(Vec::is_empty))
                        on:click=move |_| { let _ = window().print(); }>{t("handouts-print")}</button>
                </p>
                <div class="handouts">{dynamic(sheets)}</div>
            }
            .into_any()
        })}
    }
}

/// One page for one module.
#[component]
fn Sheet(module: Module) -> impl IntoView {
    let tips = module.tips.iter().map(|tip| view! { <li>{local(tip)}</li> }).collect_view();
    let minutes = module.minutes;
    // The steps of the session: the module's exercises, in order (their
    // summaries: the advisor's corner reads no exercise whole).
    let id = module.id.clone();
    let content = {
        let loader = Loader::here();
        LocalResource::new(move || loader.summaries(id.clone()))
    };
    let steps = dynamic(move || {
        content.get().map(|c| {
            c.exercises
                .iter()
                .filter_map(|(_, r)| r.as_ref().ok())
                .map(|e| view! { <li>{local(&e.title)}</li> })
                .collect_view()
        })
    });
    view! {
        <article class="handout">
            <header class="handout-head">
                <img src=format!("icons/{}.svg", module.icon) alt="" width="72" height="72"/>
                <h2>{local(&module.title)}</h2>
            </header>
            <p class="handout-description">{local(&module.description)}</p>
            <p class="handout-duration">{dynamic(move || tr_args("duration-minutes", &[("minutes", minutes.into())]))}</p>
            <h3>{t("handouts-steps")}</h3>
            <ol class="handout-steps">{steps}</ol>
            <h3>{t("handouts-tips")}</h3>
            <ul class="handout-tips">{tips}</ul>
            <p class="handout-foot">{t("handouts-foot")}</p>
        </article>
    }
}
