//! Pas à pas's core: no browser, no UI. The content model (exercise files
//! read from TOML, located problems, the generic kinds' models and scoring,
//! the mission engine, simulations as plug-ins behind [`sim::Registry`]),
//! what a learner's work becomes (progress, profiles, export and import,
//! attestations), the rules of a shared computer over a [`store::Store`] and
//! a [`progress::session::Clock`], routes, display and workshop settings.
//! Everything here is tested natively.
//!
//! Its dependencies are serde, serde_json and basic-toml only: Cargo refuses
//! any import of the browser or of the views from here.

pub mod attestation;
pub mod content;
pub mod ids;
pub mod kinds;
pub mod mission;
pub mod progress;
pub mod route;
pub mod settings;
pub mod sim;
pub mod store;
pub mod workshop;
