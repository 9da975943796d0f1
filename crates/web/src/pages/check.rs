//! `#/animateur/verifier`: every problem in every content file.

use super::{Loading, PageTitle};
use crate::loader::Loader;
use crate::route::Route;
use crate::ui::problems::ProblemList;
use leptos::prelude::*;

#[component]
pub fn CheckContent() -> impl IntoView {
    let run = RwSignal::new(0u32);
    let loader = Loader::here();
    let report = LocalResource::new(move || {
        run.track();
        loader.check_everything()
    });
    view! {
        <nav class="breadcrumb" aria-label=crate::ui::t("breadcrumb")>
            <a href=crate::program::advisor_href(&Route::Advisor)>{crate::ui::t("nav-advisor")}</a>
        </nav>
        <PageTitle text=crate::ui::t("check-title")/>
        <p class="lead">{crate::ui::t("check-intro")}</p>
        {crate::ui::dynamic(move || match report.get() {
            None => view! { <Loading/> }.into_any(),
            Some(r) => {
                let summary = crate::ui::tr_args("check-summary", &[("modules", (r.modules).into()), ("exercises", (r.exercises).into()), ("problems", (r.problems.len()).into())]);
                let ok = r.problems.is_empty();
                view! {
                    <p class="check-summary" class:ok=ok role="status">{summary}</p>
                    <ProblemList problems=r.problems.clone() open=true/>
                }
                .into_any()
            }
        })}
        <p><button type="button" class="button" on:click=move |_| run.update(|n| *n += 1)>{crate::ui::t("check-again")}</button></p>
    }
}
