//! `#/animateur/verifier`: every problem in every content file.

use super::{Loading, PageTitle};
use crate::content::loader;
use crate::route::Route;
use crate::ui::problems::ProblemList;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

#[component]
pub fn CheckContent() -> impl IntoView {
    let run = RwSignal::new(0u32);
    let report = LocalResource::new(move || {
        run.track();
        loader::check_everything()
    });
    view! {
        <nav class="breadcrumb" aria-label=move_tr!("breadcrumb")>
            <a href=Route::Advisor.href()>{move_tr!("nav-advisor")}</a>
        </nav>
        <PageTitle text=move_tr!("check-title")/>
        <p class="lead">{move_tr!("check-intro")}</p>
        {move || match report.get() {
            None => view! { <Loading/> }.into_any(),
            Some(r) => {
                let summary = tr!("check-summary", {
                    "modules" => r.modules, "exercises" => r.exercises, "problems" => r.problems.len()
                });
                let ok = r.problems.is_empty();
                view! {
                    <p class="check-summary" class:ok=ok role="status">{summary}</p>
                    <ProblemList problems=r.problems.clone()/>
                }
                .into_any()
            }
        }}
        <p><button type="button" class="button" on:click=move |_| run.update(|n| *n += 1)>{move_tr!("check-again")}</button></p>
    }
}
