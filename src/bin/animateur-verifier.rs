//! `animateur-verifier.html`: the check of every content file. It reads
//! every simulation whole, so it is a program of its own, loaded when the
//! advisor checks.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::CHECKER);
}
