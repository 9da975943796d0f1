//! `animateur-projeter.html`: an exercise on the projector. It reads every
//! simulation whole, so it is a program of its own, loaded when the advisor
//! projects.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::PRESENTER);
}
