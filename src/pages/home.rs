//! Home: the modules as large cards.

use super::{Loading, PageTitle};
use crate::content::{loader, Module};
use crate::route::Route;
use crate::ui::{lang, problems::ProblemList};
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

#[component]
pub fn Home() -> impl IntoView {
    let catalog = LocalResource::new(loader::catalog);
    view! {
        <PageTitle text=move_tr!("home-title")/>
        <p class="lead">{move_tr!("home-intro")}</p>
        {move || match catalog.get() {
            None => view! { <Loading/> }.into_any(),
            Some(c) => {
                let cards = c
                    .modules
                    .iter()
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
        }}
    }
}

#[component]
fn ModuleCard(module: Module) -> impl IntoView {
    let (title, description) = (module.title.clone(), module.description.clone());
    let minutes = module.minutes;
    view! {
        <a class="module-card" href=Route::Module(module.id.clone()).href()>
            <img src=format!("icons/{}.svg", module.icon) alt="" width="96" height="96"/>
            <span class="module-card-text">
                <h2>{move || title.get(lang()).to_string()}</h2>
                <span class="description">{move || description.get(lang()).to_string()}</span>
                <span class="duration">{move || tr!("duration-minutes", {"minutes" => minutes})}</span>
            </span>
        </a>
    }
}
