//! The catalog: every program of Pas à pas (one HTML file of `dist/`, one
//! Trunk bin in `src/bin/`), the simulations each one carries and the
//! messages it shows. This is the only place that names simulations.
//!
//! Adding a simulation: its crate in `sims/<kind>/`, one line in the root
//! `Cargo.toml` and its line in [`catalog!`] below, under the program that
//! shows it (plus its exercise files, messages and styles): see the README.

pub mod catalog;

/// The crates below, for tests and bins.
pub use pas_a_pas_core as core;
pub use pas_a_pas_web as web;
/// The web shell and the core it re-exports, as `pas_a_pas::…` (tests).
pub use pas_a_pas_web::*;
