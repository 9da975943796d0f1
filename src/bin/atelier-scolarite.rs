//! The simulations of the module « Suivre la scolarité » (`atelier-scolarite.html`): a
//! program of their own, loaded only when a learner opens one of them.
fn main() {
    leptos::mount::mount_to_body(|| leptos::view! { <pas_a_pas::SimApp sims=pas_a_pas::sims::school_views/> });
}
