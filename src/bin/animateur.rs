//! The advisor's corner (`animateur.html`): a program of its own, so that its
//! pages are not part of the learners' first download.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::ADVISOR);
}
