//! The advisor's corner (`animateur.html`): a program of its own, so that its
//! pages are not part of the learners' first download.
fn main() {
    leptos::mount::mount_to_body(pas_a_pas::AdvisorApp);
}
