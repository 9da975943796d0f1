//! The workshop server: serves the Pas à pas app, embedded in the program
//! at build time, to the devices of the room (see README.md beside this crate).
//!
//! `assets` holds the embedded files; `path` turns a URL into a file name;
//! `respond` answers one request; `serve` accepts connections within
//! limits; `folder` is the advisor's exercises folder; `net` opens the port
//! and finds the room's addresses; `banner` is what the window says; `cli`
//! reads the command line. `main.rs` puts them together.

pub mod assets;
pub mod banner;
pub mod cli;
pub mod folder;
pub mod net;
pub mod path;
pub mod respond;
pub mod serve;

pub use respond::Site;
pub use serve::{run, Limits};
