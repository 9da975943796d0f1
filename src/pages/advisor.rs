//! `#/animateur`: the advisors' corner.

use super::PageTitle;
use crate::route::Route;
use leptos::prelude::*;
use leptos_fluent::move_tr;

#[component]
pub fn Advisor() -> impl IntoView {
    view! {
        <PageTitle text=move_tr!("advisor-title")/>
        <p class="lead">{move_tr!("advisor-intro")}</p>
        <h2>{move_tr!("advisor-content-title")}</h2>
        <p>{move_tr!("advisor-content-text")}</p>
        <p><a class="button primary" href=Route::CheckContent.href()>{move_tr!("check-content-link")}</a></p>
    }
}
