//! The passphrase simulation of « Protéger mes données » (`atelier-mot-de-passe.html`):
//! its strength estimator (zxcvbn and its dictionaries) is heavy, so it has a
//! program of its own, loaded only when a learner opens that exercise.
fn main() {
    leptos::mount::mount_to_body(|| leptos::view! { <pas_a_pas::SimApp sims=pas_a_pas::sims::password_views/> });
}
