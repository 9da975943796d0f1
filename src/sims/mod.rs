//! Simulated applications: one folder each (CV builder, school portal,
//! social-network settings, phone permissions, news feed…). Each holds its
//! data as read from the exercise file, its state type with methods, the
//! missions' goals as pure predicates over that state (tested natively), and
//! its components.
//!
//! A simulation is an exercise kind like the others (a variant of
//! [`KindData`]), parsed and validated by every program, but its views are
//! heavy, so each module's simulations are compiled into a program of their
//! own (a Trunk bin: `atelier-cv.html`, …). The learners' app sends a learner
//! who opens a simulation to that program at the same route; that program
//! sends every other route back (see `pages::sim_pages`).
//!
//! Adding a simulation: a folder here with `parse`, `KEYS`, `slides` and a
//! `view`; one variant in `KindData` and one line in each `match` of
//! `kinds/mod.rs`; one line in [`program_of`]; and its view in the `views`
//! function of its program below.

pub mod mission;
pub mod school_portal;

use crate::kinds::{KindCtx, KindData};
use leptos::prelude::*;

/// Renders the simulations a program carries; `None` for the others.
pub type Views = fn(&KindData, KindCtx) -> Option<AnyView>;

/// Given as context by a program that carries simulations.
#[derive(Clone, Copy)]
pub struct SimViews(pub Views);

/// The programs (HTML files in `dist/`) that carry simulations.
pub const CV_PROGRAM: &str = "atelier-cv.html";
pub const SCHOOL_PROGRAM: &str = "atelier-scolarite.html";
pub const PRIVACY_PROGRAM: &str = "atelier-vie-privee.html";
pub const NEWS_PROGRAM: &str = "atelier-information.html";

/// The program whose views render this exercise, when it is a simulation.
pub fn program_of(data: &KindData) -> Option<&'static str> {
    match data {
        KindData::SchoolPortal(_) => Some(SCHOOL_PROGRAM),
        _ => None,
    }
}

/// The views of `atelier-cv.html`.
pub fn cv_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    let _ = (data, ctx);
    None
}

/// The views of `atelier-scolarite.html`.
pub fn school_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    #[cfg(target_arch = "wasm32")]
    if let KindData::SchoolPortal(d) = data {
        return Some(school_portal::view::view(std::sync::Arc::new(d.clone()), ctx));
    }
    let _ = (data, ctx);
    None
}

/// The views of `atelier-vie-privee.html`.
pub fn privacy_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    let _ = (data, ctx);
    None
}

/// The views of `atelier-information.html`.
pub fn news_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    let _ = (data, ctx);
    None
}
