//! `atelier-telephone.html`: the simulations the catalog lists under it, loaded
//! only when a learner opens one of them.
fn main() {
    pas_a_pas::web::start(&pas_a_pas::catalog::ATELIER_TELEPHONE);
}
