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
//! `view`; one variant in `KindData`; one entry in [`KINDS`] and one line in
//! [`parse_all`], [`slides`] and [`program_of`]; and its view in the `views`
//! function of its program below.

pub mod cookie_banners;
pub mod cv_builder;
pub mod make_the_fake;
pub mod mission;
pub mod news_feed;
pub mod passphrase;
pub mod phone_permissions;
pub mod school_portal;
pub mod social_settings;
pub mod two_step;

use crate::content::reader::Map;
use crate::content::Reader;
use crate::kinds::{KindCtx, KindData, Slide};
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use std::marker::PhantomData;
use std::sync::Arc;

/// A simulation's data, held behind a type-erased pointer. The learners' app
/// clones, compares and drops exercises, and with plain variants the code to
/// clone, compare and drop every simulation's (large) data would be part of its
/// download even though it never reads one; here that code is reached only
/// through [`Erased::new`], which only the simulations' readers call.
pub struct Erased<T> {
    data: Arc<dyn Any + Send + Sync>,
    eq: fn(&(dyn Any + Send + Sync), &(dyn Any + Send + Sync)) -> bool,
    _type: PhantomData<fn() -> T>,
}

impl<T: Any + Send + Sync + PartialEq> Erased<T> {
    pub fn new(data: T) -> Self {
        fn eq<T: Any + PartialEq>(a: &(dyn Any + Send + Sync), b: &(dyn Any + Send + Sync)) -> bool {
            a.downcast_ref::<T>() == b.downcast_ref::<T>()
        }
        Erased { data: Arc::new(data), eq: eq::<T>, _type: PhantomData }
    }
}

impl<T: Any + Send + Sync> Erased<T> {
    /// The data, shared.
    pub fn arc(&self) -> Arc<T> {
        self.data.clone().downcast::<T>().unwrap_or_else(|_| unreachable!("Erased holds its type"))
    }
    /// The data itself (a copy when it is shared).
    pub fn take(self) -> T
    where
        T: Clone,
    {
        Arc::try_unwrap(self.arc()).unwrap_or_else(|shared| (*shared).clone())
    }
    /// The data, to complete it while it is read (not yet shared).
    pub fn get_mut(&mut self) -> Option<&mut T> {
        Arc::get_mut(&mut self.data).and_then(|d| d.downcast_mut::<T>())
    }
}

impl<T: Any> std::ops::Deref for Erased<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.data.downcast_ref::<T>().unwrap_or_else(|| unreachable!("Erased holds its type"))
    }
}

impl<T> Clone for Erased<T> {
    fn clone(&self) -> Self {
        Erased { data: self.data.clone(), eq: self.eq, _type: PhantomData }
    }
}

impl<T> PartialEq for Erased<T> {
    fn eq(&self, other: &Self) -> bool {
        (self.eq)(&*self.data, &*other.data)
    }
}

impl<T> std::fmt::Debug for Erased<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(std::any::type_name::<T>())
    }
}

/// A simulation kind as exercise files name it.
pub struct SimKind {
    /// `kind = "…"` in the exercise file.
    pub name: &'static str,
    /// The top-level keys its files may have besides the common ones.
    pub keys: &'static [&'static str],
    /// The program that shows it.
    pub program: &'static str,
}

/// Every simulation kind.
pub const KINDS: &[SimKind] = &[
    SimKind { name: "school-portal", keys: school_portal::KEYS, program: SCHOOL_PROGRAM },
    SimKind { name: "cookie-banners", keys: cookie_banners::KEYS, program: PRIVACY_PROGRAM },
    SimKind { name: "phone-permissions", keys: phone_permissions::KEYS, program: PRIVACY_PROGRAM },
    SimKind { name: "social-settings", keys: social_settings::KEYS, program: PRIVACY_PROGRAM },
    SimKind { name: "make-the-fake", keys: make_the_fake::KEYS, program: NEWS_PROGRAM },
    SimKind { name: "news-feed", keys: news_feed::KEYS, program: NEWS_PROGRAM },
    SimKind { name: "cv-builder", keys: cv_builder::KEYS, program: CV_PROGRAM },
    SimKind { name: "passphrase", keys: passphrase::KEYS, program: PASSWORD_PROGRAM },
    SimKind { name: "two-step", keys: two_step::KEYS, program: PRIVACY_PROGRAM },
];

/// Reads a simulation's own part of an exercise file (`kind` is one of [`KINDS`]).
fn parse_all(kind: &str, r: &mut Reader, root: &Map) -> Option<KindData> {
    match kind {
        "school-portal" => school_portal::parse(r, root).map(|d| KindData::SchoolPortal(Erased::new(d))),
        "cookie-banners" => cookie_banners::parse(r, root).map(|d| KindData::CookieBanners(Erased::new(d))),
        "phone-permissions" => phone_permissions::parse(r, root).map(|d| KindData::PhonePermissions(Erased::new(d))),
        "social-settings" => social_settings::parse(r, root).map(|d| KindData::SocialSettings(Erased::new(d))),
        "make-the-fake" => make_the_fake::parse(r, root).map(|d| KindData::MakeTheFake(Erased::new(d))),
        "news-feed" => news_feed::parse(r, root).map(|d| KindData::NewsFeed(Erased::new(d))),
        "cv-builder" => cv_builder::parse(r, root).map(|d| KindData::CvBuilder(Erased::new(d))),
        "passphrase" => passphrase::parse(r, root).map(|d| KindData::Passphrase(Erased::new(d))),
        "two-step" => two_step::parse(r, root).map(|d| KindData::TwoStep(Erased::new(d))),
        _ => None,
    }
}

/// The items of a simulation shown on the projector (its goals).
pub fn slides(data: &KindData) -> Vec<Slide> {
    match data {
        KindData::SchoolPortal(d) => d.slides(),
        KindData::CookieBanners(d) => d.slides(),
        KindData::PhonePermissions(d) => d.slides(),
        KindData::SocialSettings(d) => d.slides(),
        KindData::MakeTheFake(d) => d.slides(),
        KindData::NewsFeed(d) => d.slides(),
        KindData::CvBuilder(d) => d.slides(),
        KindData::Passphrase(d) => d.slides(),
        KindData::TwoStep(d) => d.slides(),
        _ => Vec::new(),
    }
}

/// The data file (in the module folder, without `.toml`) an exercise reads
/// besides its own file, for simulations whose world is shared by several
/// missions, with the key that names it. The loader reads it and hands it to [`attach`].
pub fn data_file(data: &KindData) -> Option<(&'static str, &str)> {
    match data {
        KindData::SchoolPortal(d) => Some(("world", &d.world_file)),
        _ => None,
    }
}

/// Reads the data file named by [`data_file`] into the exercise; problems
/// point into whichever file they are in.
pub fn attach(
    data: &mut KindData,
    ex_file: &str,
    ex_src: &str,
    data_file: &str,
    data_src: &str,
) -> Result<(), Vec<crate::content::Problem>> {
    if cfg!(not(target_arch = "wasm32")) {
        return attach_all(data, ex_file, ex_src, data_file, data_src);
    }
    match READERS.with(Cell::get) {
        Some(readers) => (readers.attach)(data, ex_file, ex_src, data_file, data_src),
        None => Ok(()),
    }
}

fn attach_all(
    data: &mut KindData,
    ex_file: &str,
    ex_src: &str,
    data_file: &str,
    data_src: &str,
) -> Result<(), Vec<crate::content::Problem>> {
    match data {
        KindData::SchoolPortal(d) => match d.get_mut() {
            Some(d) => d.attach(ex_file, ex_src, data_file, data_src),
            None => unreachable!("a simulation is completed before it is shared"),
        },
        _ => Ok(()),
    }
}

thread_local! {
    static READERS: Cell<Option<Readers>> = const { Cell::new(None) };
}

/// Reading a simulation's file whole: its own part, then its data file if it
/// names one (only a whole reading can name one).
#[derive(Clone, Copy)]
struct Readers {
    parse: fn(&str, &mut Reader, &Map) -> Option<KindData>,
    attach: fn(&mut KindData, &str, &str, &str, &str) -> Result<(), Vec<crate::content::Problem>>,
}

/// Programs that show or check simulations (each `atelier-*` program and the
/// advisor's corner) call this at start. The learners' app does not, so the
/// simulations' readers are not part of its first download: there, a
/// simulation's file is read up to its kind and becomes
/// [`KindData::Elsewhere`], which opens the program that shows it, where the
/// whole file is read and checked. Native code (tests) always reads everything.
pub fn read_simulations() {
    READERS.with(|c| c.set(Some(Readers { parse: parse_all, attach: attach_all })));
}

pub fn parse(kind: &str, r: &mut Reader, root: &Map) -> Option<KindData> {
    let sim = KINDS.iter().find(|k| k.name == kind)?;
    if cfg!(not(target_arch = "wasm32")) {
        return parse_all(kind, r, root);
    }
    match READERS.with(Cell::get) {
        Some(readers) => (readers.parse)(kind, r, root),
        None => Some(KindData::Elsewhere(sim.program)),
    }
}

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
/// The password meter carries the heavy estimator (zxcvbn): a program of its own.
pub const PASSWORD_PROGRAM: &str = "atelier-mot-de-passe.html";

/// The program whose views render this exercise, when it is a simulation.
pub fn program_of(data: &KindData) -> Option<&'static str> {
    match data {
        KindData::Elsewhere(program) => Some(program),
        KindData::CvBuilder(_) => Some(CV_PROGRAM),
        KindData::NewsFeed(_) | KindData::MakeTheFake(_) => Some(NEWS_PROGRAM),
        KindData::SocialSettings(_) | KindData::PhonePermissions(_) | KindData::CookieBanners(_) => {
            Some(PRIVACY_PROGRAM)
        }
        KindData::Passphrase(_) => Some(PASSWORD_PROGRAM),
        KindData::TwoStep(_) => Some(PRIVACY_PROGRAM),
        KindData::SchoolPortal(_) => Some(SCHOOL_PROGRAM),
        _ => None,
    }
}
/// The views of `atelier-cv.html`.
pub fn cv_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    match data {
        KindData::CvBuilder(d) => Some(cv_builder::view::view(d.arc(), ctx)),
        _ => None,
    }
}

/// The views of `atelier-scolarite.html`.
pub fn school_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    #[cfg(target_arch = "wasm32")]
    if let KindData::SchoolPortal(d) = data {
        return Some(school_portal::view::view(d.arc(), ctx));
    }
    let _ = (data, ctx);
    None
}

/// The views of `atelier-vie-privee.html`.
pub fn privacy_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    match data {
        KindData::SocialSettings(d) => Some(social_settings::view::view(d.arc(), ctx)),
        KindData::PhonePermissions(d) => Some(phone_permissions::view::view(d.arc(), ctx)),
        KindData::CookieBanners(d) => Some(cookie_banners::view::view(d.arc(), ctx)),
        KindData::TwoStep(d) => Some(two_step::view::view(d.arc(), ctx)),
        _ => None,
    }
}

/// The views of `atelier-information.html`.
pub fn news_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    match data {
        KindData::NewsFeed(d) => Some(news_feed::view::view(d.arc(), ctx)),
        KindData::MakeTheFake(d) => Some(make_the_fake::view::view(d.arc(), ctx)),
        _ => None,
    }
}

/// The views of `atelier-mot-de-passe.html`: the passphrase meter only, so
/// that the other privacy simulations do not carry its estimator.
pub fn password_views(data: &KindData, ctx: KindCtx) -> Option<AnyView> {
    match data {
        KindData::Passphrase(d) => Some(passphrase::view::view(d.arc(), ctx)),
        _ => None,
    }
}
