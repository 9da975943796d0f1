//! An error card naming each broken content file and what is wrong in it.

use crate::content::Problem;
use leptos::prelude::*;

#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    if problems.is_empty() {
        return ().into_any();
    }
    let rows = problems
        .into_iter()
        .map(|p| {
            let place = super::text(move || crate::ui::tr_args("problem-place", &[("file", (p.file.clone()).into()), ("line", (p.line).into()), ("column", (p.col).into())]));
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
            <ul>{rows}</ul>
            <p class="problem-help">{crate::ui::t("problem-card-help")}</p>
        </div>
    }
    .into_any()
}
