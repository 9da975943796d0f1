use super::PageTitle;
use crate::route::Route;
use leptos::prelude::*;
use leptos_fluent::move_tr;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=move_tr!("not-found-title")/>
        <p class="lead">{move_tr!("not-found-text")}</p>
        <p><a class="button primary" href=Route::Home.href()>{move_tr!("back-home")}</a></p>
    }
}
