//! Which program carries which simulation. Each line under a program names
//! a simulation crate (`sims/<kind>/`); the program reads and shows it, every
//! other program knows only its kind, keys and program (plain data), so a
//! learner who opens it there is sent to the program that shows it.

use pas_a_pas_core::kinds::read_generic;
use pas_a_pas_core::sim::{Entry, Generic, Registry, Simulation};
use pas_a_pas_web::i18n::{Files, Language};
use pas_a_pas_web::kinds::{generic_view, spot_view_only, SimView};
use pas_a_pas_web::program::EXERCISE_APP;
use pas_a_pas_web::{pages, Program};

/// The Fluent files (in `locales/<lang>/`) of a program, in every language:
/// French compiled in (without its comments: `build.rs`), English fetched
/// from `dist/locales/en/` when chosen.
macro_rules! messages {
    ($($file:literal),*) => {
        &[
            Language { id: "fr", name: "Français", files: Files::Built(&[$(include_str!(concat!(env!("OUT_DIR"), "/fr/", $file, ".ftl"))),*]) },
            Language { id: "en", name: "English", files: Files::Served(&[$($file),*]) },
        ]
    };
}

/// The messages every program shows: header, footer, "Qui êtes-vous ?", the
/// generic kinds, problems in content files.
macro_rules! shell_and {
    ($($file:literal),*) => { messages!("main", "profiles", "check" $(, $file)*) };
}

/// The messages of every program that shows exercises: the exercise page, and
/// the problems only a whole reading of an exercise finds.
macro_rules! exercises_and {
    ($($file:literal),*) => { shell_and!("exercise", "check-kinds" $(, $file)*) };
}

macro_rules! catalog {
    ($($program:ident $file:literal [$($ftl:literal),*] { $($sim:ident,)* })*) => {
        /// Every simulation: its kind, its keys and the program that shows it.
        pub const ENTRIES: &[Entry] = &[$($(Entry { kind: $sim::KIND, keys: $sim::KEYS, program: $file },)*)*];
        /// Every simulation's reader: the advisor's corner checks every file.
        pub const READERS: &[&dyn Simulation] = &[$($(&$sim::Sim,)*)*];
        $(
            #[doc = concat!("`", $file, "`: the simulations of one module.")]
            pub static $program: Program = Program {
                pages: pages::sim_pages,
                registry: Registry { entries: ENTRIES, readers: &[$(&$sim::Sim,)*], generic: ELSEWHERE },
                views: &[$(&$sim::Sim,)*],
                generic_view: None,
                messages: exercises_and!($($ftl),*),
            };
        )*
        /// Each program that shows simulations, by its file.
        pub const SIM_PROGRAMS: &[(&str, &Program)] = &[$(($file, &$program),)*];
    };
}

catalog! {
    // « Échanger avec mes proches » has three simulations, a program each:
    // together they were 30 KB over the 350 KB budget.
    ATELIER_MESSAGERIE "atelier-messagerie.html" ["messaging"] {
        messaging,
    }
    ATELIER_COURRIEL "atelier-courriel.html" ["email"] {
        email,
    }
    ATELIER_TELEPHONE "atelier-telephone.html" ["phone-call"] {
        phone_call,
    }
    ATELIER_CV "atelier-cv.html" ["cv"] {
        cv_builder,
    }
    ATELIER_SCOLARITE "atelier-scolarite.html" ["scolarite"] {
        school_portal,
    }
    ATELIER_VIE_PRIVEE "atelier-vie-privee.html" ["vie-privee"] {
        social_settings,
        phone_permissions,
        cookie_banners,
        two_step,
    }
    ATELIER_INFORMATION "atelier-information.html" ["information"] {
        news_feed,
        make_the_fake,
    }
    // The passphrase meter carries a heavy estimator: a program of its own.
    ATELIER_MOT_DE_PASSE "atelier-mot-de-passe.html" ["mots-de-passe"] {
        passphrase,
    }
}

/// `index.html`: the learners' app (who is there, the home page, a module's
/// page, the settings). It reads exercise files' summaries only, so no kind
/// and no simulation is part of the first download.
pub static LEARNERS: Program = Program {
    pages: pages::learner_pages,
    registry: Registry { entries: ENTRIES, readers: &[], generic: ELSEWHERE },
    views: &[],
    generic_view: None,
    messages: shell_and!(),
};

/// `exercice.html`: the generic kinds' exercises (choice, classify, order,
/// spot) of every module, so that the first program carries no exercise page.
/// A simulation's exercise opened here is sent to the program that shows it.
pub static EXERCISES: Program = Program {
    pages: pages::sim_pages,
    registry: Registry { entries: ENTRIES, readers: &[], generic: Generic::Read(read_generic) },
    views: &[],
    generic_view: Some(generic_view),
    messages: exercises_and!(),
};

/// `profil.html`: the learner's own pages ("Mon profil", "J'ai fini", the
/// attestation), loaded when a learner opens one of them.
pub static PROFILE: Program = Program {
    pages: pages::profile_pages,
    registry: Registry { entries: ENTRIES, readers: &[], generic: ELSEWHERE },
    views: &[],
    generic_view: None,
    messages: shell_and!("certificate"),
};

/// `animateur.html`: the advisor's corner (workshop settings, the list of
/// exercises to project, handouts, the address for phones, the reset). It
/// reads exercise files' summaries only.
pub static ADVISOR: Program = Program {
    pages: pages::advisor_pages,
    registry: Registry { entries: ENTRIES, readers: &[], generic: ELSEWHERE },
    views: &[],
    generic_view: None,
    messages: shell_and!("advisor", "certificate"),
};

/// `animateur-projeter.html`: an exercise on the projector. It reads every
/// simulation (to show its items and answers) and shows a document to spot
/// clues in as the learners see it, and no other view.
pub static PRESENTER: Program = Program {
    pages: pages::present_pages,
    registry: EVERYTHING,
    views: &[],
    generic_view: Some(spot_view_only),
    messages: exercises_and!("advisor"),
};

/// `animateur-verifier.html`: every problem of every content file, so it
/// reads every simulation whole, and shows none.
pub static CHECKER: Program = Program {
    pages: pages::check_pages,
    registry: EVERYTHING,
    views: &[],
    generic_view: None,
    messages: exercises_and!("advisor"),
};

/// Every simulation and the generic kinds read: the registry of the
/// projector's program and the content check's, and native tests'.
pub const EVERYTHING: Registry = Registry { entries: ENTRIES, readers: READERS, generic: Generic::Read(read_generic) };

/// The generic kinds (choice, classify, order, spot) are read and shown by
/// `exercice.html` (and read by the advisor's corner): the other programs do
/// not carry their code, and send their exercises there.
const ELSEWHERE: Generic = Generic::Elsewhere(EXERCISE_APP);

/// Every program, by its file, and the messages of each language it shows.
pub fn programs() -> Vec<(&'static str, &'static Program)> {
    let mut all = vec![
        ("index.html", &LEARNERS),
        ("exercice.html", &EXERCISES),
        ("profil.html", &PROFILE),
        ("animateur.html", &ADVISOR),
        ("animateur-projeter.html", &PRESENTER),
        ("animateur-verifier.html", &CHECKER),
    ];
    all.extend_from_slice(SIM_PROGRAMS);
    all
}

/// The views a program carries, for tests.
pub fn views_of(program: &Program) -> Vec<&'static str> {
    program.views.iter().map(|v: &&dyn SimView| v.kind()).collect()
}
