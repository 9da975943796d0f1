//! `profil.html`: the learner's own pages ("Mon profil", "J'ai fini", the
//! attestation), a program of their own so that the first download is smaller.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::PROFILE);
}
