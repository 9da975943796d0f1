//! `exercice.html`: the generic kinds' exercises, a program of their own so
//! that the first download (the home page's) carries no exercise page.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::EXERCISES);
}
