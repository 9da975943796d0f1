//! Every interface message exists in every language, and every message id
//! the code uses is defined.

use pas_a_pas_web::i18n::Files;
use std::collections::BTreeSet;
use std::path::Path;

mod common;

const LANGS: &[&str] = &["fr", "en"];

fn ids(lang: &str) -> BTreeSet<String> {
    let bundle = common::bundle(lang); // also fails on a Fluent syntax error
    drop(bundle);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut out = BTreeSet::new();
    for f in std::fs::read_dir(dir).unwrap().flatten() {
        let text = std::fs::read_to_string(f.path()).unwrap();
        let res = fluent_syntax::parser::parse(text.as_str()).expect("valid Fluent");
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.insert(m.id.name.to_string());
            }
        }
    }
    out
}

const MARKERS: &[&str] = &["tr!(\"", "move_tr!(\"", "Msg::new(\"", ".tr(\"", "t(\"", "tr_now(\"", "tr_args(\""];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Rust files under `dir`.
fn sources(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out
}

/// The message ids these files ask for.
fn used_in(files: &[std::path::PathBuf]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for p in files {
        let text = std::fs::read_to_string(p).unwrap();
        for marker in MARKERS {
            for (i, _) in text.match_indices(marker) {
                // `include_str!("…")` is not `tr!("…")`.
                let before = text[..i].chars().last().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let rest = &text[i + marker.len()..];
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                out.insert(id);
            }
        }
    }
    out
}

/// Every Rust file of the workspace.
fn all_sources() -> Vec<std::path::PathBuf> {
    ["src", "crates", "sims"].iter().flat_map(|d| sources(&root().join(d))).collect()
}

fn used_ids() -> BTreeSet<String> {
    used_in(&all_sources())
}

/// The web shell's files every program compiles, and the pages of one.
fn web_files(pages: &[&str]) -> Vec<std::path::PathBuf> {
    let web = root().join("crates/web/src");
    let all_pages = [
        "home",
        "module",
        "exercise",
        "profiles",
        "certificate",
        "settings",
        "not_found",
        "advisor",
        "check",
        "handouts",
        "presenter",
        "join",
    ];
    sources(&web)
        .into_iter()
        .filter(|p| {
            let name = p.file_stem().unwrap().to_str().unwrap();
            let is_page = p.parent().is_some_and(|d| d.ends_with("pages")) && all_pages.contains(&name);
            !is_page || pages.contains(&name)
        })
        .collect()
}

/// The ids a program's code asks for: the shell, its pages, the simulations
/// it shows, the problems its reading of content files can find (summaries
/// only in the first program, the profile's and the advisor's corner,
/// exercises whole elsewhere), and for the content check, what every
/// simulation's checks say.
fn used_by(file: &str, program: &pas_a_pas::Program) -> BTreeSet<String> {
    let core = root().join("crates/core/src");
    let reads_whole = !matches!(file, "index.html" | "profil.html" | "animateur.html");
    let mut files = match file {
        // The chooser ("Qui êtes-vous ?") is in profiles.rs, shown by the learners' app.
        "index.html" => web_files(&["home", "module", "profiles", "settings", "not_found"]),
        // The exercise page: the generic exercises', and each simulation program's.
        "exercice.html" => web_files(&["exercise", "not_found"]),
        "profil.html" => web_files(&["profiles", "certificate"]),
        // The code gate (advisor.rs) opens each of the advisor's programs.
        "animateur.html" => web_files(&["advisor", "handouts", "join"]),
        "animateur-projeter.html" => web_files(&["advisor", "presenter", "not_found"]),
        "animateur-verifier.html" => web_files(&["advisor", "check"]),
        _ => web_files(&["exercise", "not_found"]),
    };
    for kind in pas_a_pas::catalog::views_of(program) {
        files.extend(sources(&root().join("sims").join(kind)));
    }
    files.extend(sources(&core.join("content")));
    if reads_whole {
        files.extend(sources(&core.join("kinds")));
        files.push(core.join("mission.rs"));
    }
    let mut used = used_in(&files);
    if matches!(file, "profil.html" | "animateur.html") {
        // The competences' titles, chosen by a `match` (certificate, handouts).
        let content = std::fs::read_to_string(core.join("content/mod.rs")).unwrap();
        used.extend(content.split('"').filter(|s| s.starts_with("crcn-")).map(String::from));
    }
    if file == "animateur-verifier.html" {
        used.extend(used_in(&sources(&root().join("sims"))).into_iter().filter(|id| id.starts_with("check-")));
    }
    used
}

/// Each program carries the messages it shows, in every language, and they parse.
#[test]
fn every_program_carries_the_messages_it_shows() {
    for (file, program) in pas_a_pas::catalog::programs() {
        let used = used_by(file, program);
        assert!(used.len() > 30, "{file}: the scan finds its ids: {}", used.len());
        let langs = program.messages;
        assert_eq!(langs.iter().map(|l| l.id).collect::<Vec<_>>(), LANGS, "{file}");
        for lang in langs {
            let mut defined = BTreeSet::new();
            let texts: Vec<String> = match lang.files {
                Files::Built(texts) => texts.iter().map(|t| t.to_string()).collect(),
                // Fetched from `locales/<lang>/` (copied into dist/): they must be there.
                Files::Served(names) => names
                    .iter()
                    .map(|n| {
                        let path = root().join("locales").join(lang.id).join(format!("{n}.ftl"));
                        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{file}: {}", path.display()))
                    })
                    .collect(),
            };
            for src in &texts {
                let res = fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|_| panic!("{file}: valid Fluent"));
                for entry in res.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        assert!(defined.insert(m.id.name.to_string()), "{file}: {} defined twice", m.id.name);
                    }
                }
            }
            let missing: Vec<_> = used.difference(&defined).collect();
            assert!(missing.is_empty(), "{file} ({}) lacks {missing:?}", lang.id);
        }
    }
}

/// Every message of `locales/` is asked for somewhere: written in the code as
/// a quoted id (some ids are chosen by a `match`, not a marker).
#[test]
fn no_message_is_unused() {
    let code: String = all_sources().iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let unused: Vec<_> = ids("fr").into_iter().filter(|id| !code.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

#[test]
fn every_language_has_every_message() {
    let fr = ids("fr");
    for lang in LANGS {
        let other = ids(lang);
        let missing: Vec<_> = fr.difference(&other).collect();
        let extra: Vec<_> = other.difference(&fr).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has messages French lacks: {extra:?}");
    }
    assert!(fr.len() > 50);
}

#[test]
fn every_id_used_in_code_is_defined() {
    let used = used_ids();
    assert!(used.len() > 50, "the scan finds the ids: {}", used.len());
    for lang in LANGS {
        let defined = ids(lang);
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "ids used in the code but missing in locales/{lang}: {missing:?}");
    }
}

#[test]
fn import_refusals_have_messages() {
    use pas_a_pas::progress::ImportError::*;
    for lang in LANGS {
        let defined = ids(lang);
        for e in [TooBig, NotJson, Foreign, TooNew, Damaged] {
            assert!(defined.contains(e.message_id()), "{lang}: {}", e.message_id());
        }
    }
}

#[test]
fn no_isolation_marks_and_plurals_render() {
    let bundle = common::bundle("fr");
    let msg = bundle.get_message("exercises-done").unwrap();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("done", 1);
    args.set("total", 5);
    let mut errors = vec![];
    let out = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
    assert_eq!(out, "1 exercice fait sur 5");
    assert!(!out.contains('\u{2068}'));
}

/// French is compiled in without its comments (`build.rs`): every message is
/// still there, the same, line for line.
#[test]
fn french_without_comments_keeps_every_message() {
    let messages = |text: &str| -> Vec<String> {
        let res = fluent_syntax::parser::parse(text).expect("valid Fluent");
        res.body
            .into_iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(format!("{:?} {:?} {:?}", m.id, m.value, m.attributes)),
                _ => None,
            })
            .collect()
    };
    let mut files = 0;
    for f in std::fs::read_dir(root().join("locales/fr")).unwrap().flatten() {
        let stripped = Path::new(env!("OUT_DIR")).join("fr").join(f.file_name());
        let (source, compiled) =
            (std::fs::read_to_string(f.path()).unwrap(), std::fs::read_to_string(stripped).unwrap());
        assert!(!compiled.lines().any(|l| l.starts_with('#')), "{:?}", f.file_name());
        assert_eq!(messages(&compiled), messages(&source), "{:?}", f.file_name());
        files += 1;
    }
    assert!(files > 10);
}
