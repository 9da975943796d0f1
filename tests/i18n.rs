//! Every interface message exists in every language, and every message id
//! the code uses is defined.

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

fn used_ids() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for marker in ["tr!(\"", "move_tr!(\"", "Msg::new(\"", ".tr(\"", "t(\"", "tr_now(\"", "tr_args(\""] {
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
        }
    }
    out
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
        assert!(missing.is_empty(), "ids used in src/ but missing in locales/{lang}: {missing:?}");
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
