//! An error card naming each broken content file and what is wrong in it.

use crate::content::Problem;
use leptos::prelude::*;

#[component]
pub fn ProblemList(
    problems: Vec<Problem>,
    /// Show the details at once (the advisors' check page); elsewhere a
    /// learner sees a short message and the details stay folded for the advisor.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    if problems.is_empty() {
        return ().into_any();
    }
    let mut files: Vec<String> = problems.iter().map(|p| p.file.clone()).collect();
    files.dedup();
    let files = files.join(", ");
    let rows = problems
        .into_iter()
        .map(|p| {
            let place = super::text(move || {
                crate::ui::tr_args(
                    "problem-place",
                    &[("file", (p.file.clone()).into()), ("line", (p.line).into()), ("column", (p.col).into())],
                )
            });
            let msg = p.msg.clone();
            view! {
                <li>
                    <span class="problem-place">{place}</span>" "
                    <span class="problem-message">{crate::ui::dynamic(move || super::msg_text(&msg))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="problem-card">
            <p class="problem-title">{crate::ui::t("problem-card-title")}</p>
            <p class="problem-help">{crate::ui::t("problem-card-help")}</p>
            <details open=open>
                <summary>{crate::ui::dynamic(move || crate::ui::tr_args("problem-details", &[("files", files.clone().into())]))}</summary>
                <ul>{rows}</ul>
            </details>
        </div>
    }
    .into_any()
}
