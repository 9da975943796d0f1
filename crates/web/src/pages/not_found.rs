use super::PageTitle;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=crate::ui::t("not-found-title")/>
        <p class="lead">{crate::ui::t("not-found-text")}</p>
        <p><a class="button primary" href=Route::Home.href()>{crate::ui::t("back-home")}</a></p>
    }
}
