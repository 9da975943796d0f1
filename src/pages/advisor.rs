//! `#/animateur`: the advisors' corner.

use super::PageTitle;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Advisor() -> impl IntoView {
    view! {
        <PageTitle text=crate::ui::t("advisor-title")/>
        <p class="lead">{crate::ui::t("advisor-intro")}</p>
        <h2>{crate::ui::t("advisor-content-title")}</h2>
        <p>{crate::ui::t("advisor-content-text")}</p>
        <p><a class="button primary" href=Route::CheckContent.href()>{crate::ui::t("check-content-link")}</a></p>
    }
}
