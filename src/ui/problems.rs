//! An error card naming each broken content file and what is wrong in it.

use crate::content::Problem;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    if problems.is_empty() {
        return ().into_any();
    }
    let rows = problems
        .into_iter()
        .map(|p| {
            let place = move || tr!("problem-place", {"file" => p.file.clone(), "line" => p.line, "column" => p.col});
            let msg = p.msg.clone();
            view! {
                <li>
                    <span class="problem-place">{place}</span>" "
                    <span class="problem-message">{move || super::msg_text(&msg)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="problem-card">
            <p class="problem-title">{move_tr!("problem-card-title")}</p>
            <ul>{rows}</ul>
            <p class="problem-help">{move_tr!("problem-card-help")}</p>
        </div>
    }
    .into_any()
}
