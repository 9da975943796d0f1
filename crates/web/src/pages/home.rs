//! Home: the modules as large cards.

use super::{Loading, PageTitle};
use crate::content::Module;
use crate::loader::Loader;
use crate::route::Route;
use crate::ui::problems::ProblemList;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let catalog = {
        let loader = Loader::here();
        LocalResource::new(move || loader.catalog())
    };
    view! {
        <PageTitle text=crate::ui::t("home-title")/>
        <p class="lead">{crate::ui::t("home-intro")}</p>
        {crate::ui::dynamic(move || match catalog.get() {
            None => view! { <Loading/> }.into_any(),
            Some(c) => {
                let state = expect_context::<crate::AppState>();
                let cards = c
                    .modules
                    .iter()
                    .filter(|m| m.as_ref().map_or(true, |m| state.workshop.with(|w| w.shows(&m.id))))
                    .map(|m| match m {
                        Ok(m) => view! { <li><ModuleCard module=m.clone()/></li> }.into_any(),
                        Err(p) => view! { <li><ProblemList problems=p.clone()/></li> }.into_any(),
                    })
                    .collect_view();
                view! {
                    <ProblemList problems=c.problems.clone()/>
                    <ul class="module-cards">{cards}</ul>
                }
                .into_any()
            }
        })}
    }
}

#[component]
fn ModuleCard(module: Module) -> impl IntoView {
    let state = expect_context::<crate::AppState>();
    let (title, description) = (module.title.clone(), module.description.clone());
    let minutes = module.minutes;
    let total = module.exercises.len();
    let done = {
        let (id, list) = (module.id.clone(), module.exercises.clone());
        Signal::derive(move || state.progress.with(|p| p.done_count(&id, &list)))
    };
    view! {
        <a class="module-card" href=Route::Module(module.id.clone()).href()>
            <img src=format!("icons/{}.svg", module.icon) alt="" width="96" height="96"/>
            <span class="module-card-text">
                <h2>{crate::ui::local(&title)}</h2>
                <span class="description">{crate::ui::local(&description)}</span>
                <span class="duration">{crate::ui::dynamic(move || crate::ui::tr_args("duration-minutes", &[("minutes", (minutes).into())]))}</span>
                <span class="card-progress">
                    <span class="bar" aria-hidden="true"><span style:width=crate::ui::text(move || format!("{}%", done.get() * 100 / total.max(1)))></span></span>
                    <span>{crate::ui::dynamic(move || crate::ui::tr_args("exercises-done", &[("done", (done.get()).into()), ("total", (total).into())]))}</span>
                </span>
            </span>
        </a>
    }
}
