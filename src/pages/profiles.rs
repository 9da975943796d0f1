//! `#/profils` and `#/attestation`. Learner profiles and attestations are
//! not built yet: these pages say so plainly rather than pretend.

use super::PageTitle;
use crate::route::Route;
use leptos::prelude::*;
use leptos_fluent::move_tr;

#[component]
pub fn Profiles() -> impl IntoView {
    view! {
        <PageTitle text=move_tr!("profiles-title")/>
        <p class="lead">{move_tr!("profiles-not-yet")}</p>
        <p><a class="button primary" href=Route::Home.href()>{move_tr!("back-home")}</a></p>
    }
}

#[component]
pub fn Certificate() -> impl IntoView {
    view! {
        <PageTitle text=move_tr!("certificate-title")/>
        <p class="lead">{move_tr!("certificate-not-yet")}</p>
        <p><a class="button primary" href=Route::Home.href()>{move_tr!("back-home")}</a></p>
    }
}
