//! A module: its exercises in order, each done or to do. Each one opens in
//! the program that shows its kind (`exercice.html` or a simulation's).

use super::{Loading, PageTitle};
use crate::loader::Loader;
use crate::program::{app_of_kind, Program, EXERCISE_APP};
use crate::route::Route;
use crate::ui::{lang, problems::ProblemList};
use crate::AppState;
use leptos::prelude::*;

#[component]
pub fn ModulePage(module: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = module.clone();
    let content = {
        let loader = Loader::here();
        LocalResource::new(move || loader.summaries(id.clone()))
    };
    let registry = expect_context::<Program>().registry;
    let href = move |module: &str, ex: &str, kind: &str| {
        format!("{}{}", app_of_kind(&registry, kind), Route::Exercise(module.into(), ex.into()).href())
    };
    crate::ui::dynamic(move || {
        let Some(c) = content.get() else { return view! { <Loading/> }.into_any() };
        let m = match &c.module {
            Ok(m) => m.clone(),
            Err(p) => {
                return view! {
                    <PageTitle text=crate::ui::t("module-broken-title")/>
                    <ProblemList problems=p.clone()/>
                    <p><a class="button" href=Route::Home.href()>{crate::ui::t("back-home")}</a></p>
                }
                .into_any()
            }
        };
        let total = m.exercises.len();
        let module_id = m.id.clone();
        let done = {
            let (module_id, list) = (module_id.clone(), m.exercises.clone());
            Signal::derive(move || state.progress.with(|p| p.done_count(&module_id, &list)))
        };
        let rows = c
            .exercises
            .iter()
            .enumerate()
            .map(|(i, (ex_id, parsed))| match parsed {
                Ok(ex) => {
                    let title = ex.title.clone();
                    let minutes = ex.minutes;
                    let is_done = {
                        let (m, e) = (module_id.clone(), ex_id.clone());
                        Signal::derive(move || state.progress.with(|p| p.is_done(&m, &e)))
                    };
                    view! {
                        <li class="exercise-row" class:done=is_done>
                            <a href=href(&module_id, ex_id, &ex.kind)>
                                <span class="step-label">{crate::ui::dynamic(move || crate::ui::tr_args("step-of", &[("step", (i + 1).into()), ("total", (total).into())]))}</span>
                                <span class="exercise-title">{crate::ui::local(&title)}</span>
                                <span class="exercise-minutes">{crate::ui::dynamic(move || crate::ui::tr_args("duration-minutes", &[("minutes", (minutes).into())]))}</span>
                                <span class="status">
                                    {crate::ui::dynamic(move || if is_done.get() { crate::ui::tr_now("status-done") } else { crate::ui::tr_now("status-todo") })}
                                </span>
                            </a>
                        </li>
                    }
                    .into_any()
                }
                Err(p) => view! { <li class="exercise-row broken"><ProblemList problems=p.clone()/></li> }.into_any(),
            })
            .collect_view();
        let first = c.exercises.iter().find_map(|(e, r)| Some(href(&module_id, e, &r.as_ref().ok()?.kind)));
        let (title, description) = (m.title.clone(), m.description.clone());
        let minutes = m.minutes;
        view! {
            <nav class="breadcrumb" aria-label=crate::ui::t("breadcrumb")>
                <a href=Route::Home.href()>{crate::ui::t("nav-home")}</a>
            </nav>
            <PageTitle text=Signal::derive(move || title.get(lang()).to_string())/>
            <p class="lead">{crate::ui::local(&description)}</p>
            <p class="duration">{crate::ui::dynamic(move || crate::ui::tr_args("duration-minutes", &[("minutes", (minutes).into())]))}</p>
            <div class="module-progress">
                <p id="module-progress-label">{crate::ui::dynamic(move || crate::ui::tr_args("exercises-done", &[("done", (done.get()).into()), ("total", (total).into())]))}</p>
                <div class="bar" role="progressbar" aria-labelledby="module-progress-label"
                    aria-valuemin="0" aria-valuemax=total aria-valuenow=done>
                    <span style:width=crate::ui::text(move || format!("{}%", (done.get() * 100).checked_div(total).unwrap_or(0)))></span>
                </div>
            </div>
            {first.map(|href| view! { <p><a class="button primary big" href=href>{crate::ui::t("start-module")}</a></p> })}
            <h2>{crate::ui::t("module-exercises")}</h2>
            <ol class="exercise-list">{rows}</ol>
        }
        .into_any()
    })
}

/// An exercise's address opened in this program (a bookmark, a reload): the
/// program that shows its kind is loaded at the same address. One that cannot
/// be read goes to `exercice.html`, which says what is wrong with it.
#[component]
pub fn OpenExercise(module: String, exercise: String) -> impl IntoView {
    let route = Route::Exercise(module.clone(), exercise.clone());
    let loader = Loader::here();
    let registry = expect_context::<Program>().registry;
    leptos::task::spawn_local(async move {
        let content = loader.summaries(module).await;
        let app = match content.exercise(&exercise) {
            Some(Ok(summary)) => app_of_kind(&registry, &summary.kind),
            _ => EXERCISE_APP,
        };
        super::open_in(app, &route);
    });
    view! { <Loading/> }
}
