//! Pas à pas's web shell: the state every page reads (signals over the
//! core's rules), browser storage, messages, the router, pages, the generic
//! kinds' views and the mission panel. A program (one Trunk bin, see the
//! catalog in the root package) is a [`Program`]: its pages, the simulations
//! it reads and shows, and its messages; [`start`] mounts it.

pub mod i18n;
pub mod kinds;
pub mod loader;
pub mod mission;
pub mod pages;
pub mod program;
pub mod shell;
pub mod state;
pub mod storage;
pub mod ui;
/// The pure core, a crate of its own (`crates/core`): no browser, no UI.
pub use pas_a_pas_core::{attestation, content, ids, progress, route, settings, sim, store, workshop};

pub use program::{Pages, Program};
pub use progress::session::Learner;
pub use shell::{start, Shell};
pub use state::{now_ms, rules, today, AppState, BrowserClock, Farewell, StorageNotice};
