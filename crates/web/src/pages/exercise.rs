//! One exercise: instruction, the kind's answer area, "Vérifier", feedback
//! and score, "Réessayer", and the way on.

use super::{Loading, PageTitle};
use crate::content::{check::ModuleContent, Exercise};
use crate::kinds::{self, KindCtx};
use crate::loader::Loader;
use crate::progress::Completion;
use crate::route::Route;
use crate::ui::read_aloud::{ReadAloud, What};
use crate::ui::{focus_by_id, lang, problems::ProblemList, INSTRUCTION_ID};
use crate::AppState;
use leptos::prelude::*;
use std::rc::Rc;

#[component]
pub fn ExercisePage(module: String, exercise: String) -> impl IntoView {
    let id = module.clone();
    let content = {
        let loader = Loader::here();
        LocalResource::new(move || loader.module(id.clone()))
    };
    crate::ui::dynamic(move || {
        let Some(c) = content.get() else { return view! { <Loading/> }.into_any() };
        let Some(index) = c.exercises.iter().position(|(e, _)| *e == exercise) else {
            return view! { <super::not_found::NotFound/> }.into_any();
        };
        match &c.exercises[index].1 {
            Ok(ex) => exercise_view(c.clone(), index, ex.clone()).into_any(),
            Err(p) => view! {
                <PageTitle text=crate::ui::t("exercise-broken-title")/>
                <ProblemList problems=p.clone()/>
                <p><a class="button" href=Route::Module(c.id.clone()).href()>{crate::ui::t("back-module")}</a></p>
            }
            .into_any(),
        }
    })
}

const RESULT_ID: &str = "result-title";

fn exercise_view(c: Rc<ModuleContent>, index: usize, ex: Exercise) -> impl IntoView {
    let state = expect_context::<AppState>();
    let module_title = c.module.as_ref().map(|m| m.title.clone()).unwrap_or_default();
    let total = c.exercises.len();
    let next = c.exercises.get(index + 1).map(|(e, _)| Route::Exercise(c.id.clone(), e.clone()).href());
    let module_href = Route::Module(c.id.clone()).href();
    let ctx = KindCtx::new();
    let attempt = RwSignal::new(0u32);
    let nudge = RwSignal::new(false);
    let data = ex.data.clone();
    let (module_id, exercise_id) = (c.id.clone(), ex.id.clone());

    let check = move |_| match ctx.check() {
        None => nudge.set(true),
        Some(outcome) => {
            nudge.set(false);
            state.record(Completion {
                module: module_id.clone(),
                exercise: exercise_id.clone(),
                score: outcome.score,
                max: outcome.max,
            });
            ctx.outcome.set(Some(outcome));
            focus_by_id(RESULT_ID, RESULT_ID);
        }
    };
    let retry = move |_| {
        ctx.outcome.set(None);
        nudge.set(false);
        attempt.update(|a| *a += 1);
        focus_by_id(super::TITLE_ID, super::TITLE_ID);
    };
    let (title, instruction) = (ex.title.clone(), ex.instruction.clone());
    let spoken_instruction = {
        let i = instruction.clone();
        Signal::derive(move || i.get(lang()).to_string())
    };
    let all_exercises: Vec<String> = c.exercises.iter().map(|(e, _)| e.clone()).collect();
    let module_for_done = c.id.clone();
    let result = move || {
        let module_done = state.progress.with(|p| p.module_done(&module_for_done, &all_exercises));
        ctx.outcome.get().map(|o| {
            let headline = crate::ui::tr_args("result-score", &[("score", (o.score).into()), ("max", (o.max).into())]);
            let message = if o.is_perfect() {
                crate::ui::tr_now("result-perfect")
            } else if o.score == 0 {
                crate::ui::tr_now("result-none")
            } else {
                crate::ui::tr_now("result-partial")
            };
            let spoken = format!("{headline}. {message}");
            view! {
                <section class="result" class:perfect=o.is_perfect() aria-labelledby=RESULT_ID>
                    <h2 id=RESULT_ID tabindex="-1">{headline}</h2>
                    <p>{message}</p>
                    <ReadAloud text=spoken what=What::Result/>
                    {module_done.then(|| view! {
                        <p class="module-done">
                            {crate::ui::t("module-done")}" "
                            <a href=Route::Certificate.href()>{crate::ui::t("module-done-certificate")}</a>
                        </p>
                    })}
                </section>
            }
        })
    };
    view! {
        <nav class="breadcrumb" aria-label=crate::ui::t("breadcrumb")>
            <a href=Route::Home.href()>{crate::ui::t("nav-home")}</a>
            <span aria-hidden="true">" › "</span>
            <a href=module_href.clone()>{crate::ui::local(&module_title)}</a>
        </nav>
        <p class="step-label">{crate::ui::dynamic(move || crate::ui::tr_args("step-of", &[("step", (index + 1).into()), ("total", (total).into())]))}</p>
        <PageTitle text=Signal::derive(move || title.get(lang()).to_string())/>
        <div class="instruction-row">
            <p class="instruction" id=INSTRUCTION_ID>{crate::ui::local(&instruction)}</p>
            <ReadAloud text=spoken_instruction what=What::Instruction/>
        </div>
        <div class="answer-area">
            {crate::ui::dynamic(move || {
                attempt.get();
                kinds::view(&data, ctx)
            })}
        </div>
        <p class="nudge" role="status">{crate::ui::dynamic(move || nudge.get().then(|| crate::ui::tr_now("answer-first")))}</p>
        {crate::ui::dynamic(result)}
        <div class="actions">
            {crate::ui::dynamic(move || if ctx.checked() {
                view! {
                    <button type="button" class="button" on:click=retry>{crate::ui::t("retry")}</button>
                    {match next.clone() {
                        Some(href) => view! { <a class="button primary" href=href>{crate::ui::t("next-exercise")}</a> }.into_any(),
                        None => view! { <a class="button primary" href=module_href.clone()>{crate::ui::t("back-module")}</a> }.into_any(),
                    }}
                }
                .into_any()
            } else {
                view! { <button type="button" class="button primary big" on:click=check.clone()>{crate::ui::t("check")}</button> }.into_any()
            })}
        </div>
    }
}
