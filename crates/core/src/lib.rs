//! Pas à pas's core: no browser, no UI. What a learner's work becomes
//! (progress, profiles, export and import), the rules of a shared computer
//! over a [`store::Store`] and a [`progress::session::Clock`], routes,
//! display and workshop settings. Everything here is tested natively.
//!
//! Its dependencies are serde and serde_json only: Cargo refuses any import
//! of the browser or of the views from here.

pub mod ids;
pub mod progress;
pub mod route;
pub mod settings;
pub mod store;
pub mod workshop;
