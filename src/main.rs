//! `index.html`: the learners' app.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::LEARNERS);
}
