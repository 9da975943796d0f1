//! Simulations as plug-ins. A simulation (a crate in `sims/<name>/`) gives
//! its kind name, the keys its exercise files add, a [`Simulation`] reader
//! and a [`Model`]: its data as read, which knows its slides and, when its
//! world is shared by several missions, the data file it reads besides.
//! The catalog (the root package) lists which program carries which
//! simulation; nothing in core or web names one.
//!
//! A program that does not carry a simulation still knows its [`Entry`]
//! (kind, keys, program), which is plain data: a file of that kind is then
//! read up to its kind and opens the program that shows it.

use crate::content::reader::Map;
use crate::content::{Problem, Reader};
use crate::kinds::Slide;
use std::any::Any;
use std::sync::Arc;

/// What every program knows of a simulation kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// `kind = "…"` in the exercise file.
    pub kind: &'static str,
    /// The top-level keys its files may have besides the common ones.
    pub keys: &'static [&'static str],
    /// The program (an HTML file of `dist/`) that shows it.
    pub program: &'static str,
}

/// Reads a simulation's own part of an exercise file.
pub trait Simulation: Sync {
    /// Its `kind`, as in its [`Entry`].
    fn kind(&self) -> &'static str;
    fn parse(&self, r: &mut Reader, root: &Map) -> Option<SimData>;
}

/// A simulation's data, as read from its exercise file.
pub trait Model: Any + Send + Sync + std::fmt::Debug {
    /// The items shown on the projector (its goals).
    fn slides(&self) -> Vec<Slide>;
    /// The data file (in the module folder, without `.toml`) the exercise
    /// reads besides its own file, with the key that names it.
    fn data_file(&self) -> Option<(&'static str, &str)> {
        None
    }
    /// Reads the data file named by [`Model::data_file`]; problems point
    /// into whichever file they are in.
    fn attach(&mut self, _ex_file: &str, _ex_src: &str, _data_file: &str, _data_src: &str) -> Result<(), Vec<Problem>> {
        Ok(())
    }
}

/// A simulation's data behind a shared pointer: cloning, comparing and
/// dropping exercises costs the same whatever the simulation, and only the
/// programs that read a simulation carry the code for its data.
#[derive(Clone)]
pub struct SimData {
    kind: &'static str,
    data: Arc<dyn Model>,
    eq: fn(&dyn Any, &dyn Any) -> bool,
}

impl SimData {
    pub fn new<T: Model + PartialEq>(kind: &'static str, data: T) -> Self {
        fn eq<T: Any + PartialEq>(a: &dyn Any, b: &dyn Any) -> bool {
            a.downcast_ref::<T>().is_some_and(|a| b.downcast_ref::<T>() == Some(a))
        }
        SimData { kind, data: Arc::new(data), eq: eq::<T> }
    }
    pub fn kind(&self) -> &'static str {
        self.kind
    }
    /// The data, when it is a `T`.
    pub fn get<T: Model>(&self) -> Option<Arc<T>> {
        let any: Arc<dyn Any + Send + Sync> = self.data.clone();
        any.downcast::<T>().ok()
    }
    pub fn slides(&self) -> Vec<Slide> {
        self.data.slides()
    }
    pub fn data_file(&self) -> Option<(&'static str, &str)> {
        self.data.data_file()
    }
    /// See [`Model::attach`]; the data is completed before it is shared.
    pub fn attach(&mut self, ex_file: &str, ex_src: &str, data_file: &str, data_src: &str) -> Result<(), Vec<Problem>> {
        match Arc::get_mut(&mut self.data) {
            Some(d) => d.attach(ex_file, ex_src, data_file, data_src),
            None => Ok(()),
        }
    }
}

impl PartialEq for SimData {
    fn eq(&self, other: &Self) -> bool {
        let (a, b): (&dyn Any, &dyn Any) = (&*self.data, &*other.data);
        self.kind == other.kind && (self.eq)(a, b)
    }
}

impl std::fmt::Debug for SimData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SimData({})", self.kind)
    }
}

/// The simulations a program knows: every entry of the catalog, and the
/// readers of those it carries; and whether it reads the generic kinds.
#[derive(Clone, Copy)]
pub struct Registry {
    pub entries: &'static [Entry],
    pub readers: &'static [&'static dyn Simulation],
    pub generic: Generic,
}

/// How a program reads the generic kinds (choice, classify, order, spot).
/// Like a simulation, their code is only in the programs that name their
/// reader, [`crate::kinds::read_generic`]: a function pointer, so that a
/// program that does not carry them does not link them.
#[derive(Clone, Copy)]
pub enum Generic {
    Read(fn(&str, &mut Reader, &Map) -> Option<crate::kinds::KindData>),
    /// Another program (an HTML file of `dist/`) shows them.
    Elsewhere(&'static str),
}

impl Registry {
    /// No simulation at all (tests of the generic kinds).
    pub const NONE: Registry =
        Registry { entries: &[], readers: &[], generic: Generic::Read(crate::kinds::read_generic) };

    pub fn entry(&self, kind: &str) -> Option<&'static Entry> {
        self.entries.iter().find(|e| e.kind == kind)
    }
    /// The reader of `kind`, when this program carries it.
    pub fn reader(&self, kind: &str) -> Option<&'static dyn Simulation> {
        self.entry(kind)?;
        self.readers.iter().copied().find(|s| s.kind() == kind)
    }
}

/// Declares a simulation crate's plug-in: its `KIND`, and `Sim`, which reads
/// its files with `parse` into its data type (a [`Model`]).
#[macro_export]
macro_rules! simulation {
    ($kind:literal, $parse:path) => {
        /// `kind = "…"` in this simulation's exercise files.
        pub const KIND: &str = $kind;
        /// This simulation as a plug-in, listed in the catalog.
        pub struct Sim;
        impl $crate::sim::Simulation for Sim {
            fn kind(&self) -> &'static str {
                KIND
            }
            fn parse(
                &self,
                r: &mut $crate::content::Reader,
                root: &$crate::content::reader::Map,
            ) -> Option<$crate::sim::SimData> {
                $parse(r, root).map(|d| $crate::sim::SimData::new(KIND, d))
            }
        }
        /// Reads one exercise file with this simulation's reader (for tests).
        #[cfg(test)]
        pub(crate) fn read_exercise(
            module: &str,
            id: &str,
            src: &str,
        ) -> Result<$crate::content::Exercise, Vec<$crate::content::Problem>> {
            $crate::content::parse_exercise(module, id, src, &$crate::sim::Registry::of_one(&Sim, KEYS))
        }
    };
}

impl Registry {
    /// A registry of one simulation, carried (for tests: it is leaked).
    pub fn of_one(sim: &'static dyn Simulation, keys: &'static [&'static str]) -> Registry {
        let entry = Entry { kind: sim.kind(), keys, program: "atelier-test.html" };
        Registry { readers: Box::leak(Box::new([sim])), entries: Box::leak(Box::new([entry])), ..Registry::NONE }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Toy(u32);
    impl Model for Toy {
        fn slides(&self) -> Vec<Slide> {
            Vec::new()
        }
    }
    struct ToySim;
    impl Simulation for ToySim {
        fn kind(&self) -> &'static str {
            "toy"
        }
        fn parse(&self, r: &mut Reader, root: &Map) -> Option<SimData> {
            let n = r.number(root, &[], "n", true)?;
            Some(SimData::new("toy", Toy(n)))
        }
    }
    const ENTRIES: &[Entry] = &[Entry { kind: "toy", keys: &["n"], program: "atelier-toy.html" }];

    fn read(registry: &Registry) -> crate::kinds::KindData {
        let src = "id = \"t\"\nkind = \"toy\"\nminutes = 2\ntitle.fr = \"T\"\ninstruction.fr = \"I\"\nn = 7\n";
        crate::content::parse_exercise("m", "t", src, registry).expect("reads").data
    }

    #[test]
    fn a_program_reads_the_simulations_it_carries_and_points_to_the_others() {
        let carried = Registry { entries: ENTRIES, readers: &[&ToySim], ..Registry::NONE };
        let data = read(&carried);
        let crate::kinds::KindData::Sim(sim) = &data else { panic!("{data:?}") };
        assert_eq!(*sim.get::<Toy>().expect("a Toy"), Toy(7));
        assert_eq!(data, read(&carried));
        let elsewhere = Registry { entries: ENTRIES, ..Registry::NONE };
        assert_eq!(read(&elsewhere), crate::kinds::KindData::Elsewhere("atelier-toy.html"));
        let unknown = crate::content::parse_exercise("m", "t", "kind = \"toy\"", &Registry::NONE).unwrap_err();
        assert_eq!(unknown[0].msg.id, "check-unknown-kind");
    }
}
