//! The voice of the exercises, as the content guide asks (`exercises/README.md`,
//! part 5): short sentences, and no explanation that opens with a bare « Oui. »
//! or « Non. » (after « Vérifier », the app already says « Juste. » or « Pas
//! tout à fait. », and the explanation must fit either case).
//!
//! Every learner-facing French text of every shipped file is read: every
//! `….fr` value of every `.toml` under `exercises/` (titles, instructions,
//! items, explanations, hints, debriefs, the portal's world…), except the
//! advisors' `notes`. Each is cut into sentences; a sentence of more than
//! [`MAX_WORDS`] words fails. The guide aims at 15: this is the hard stop.

use pas_a_pas::content::tree::{self, path_to_string, Locator, Seg};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The most words a learner sentence may have here (the guide aims at 15).
const MAX_WORDS: usize = 20;

/// Keys whose texts are for the advisor only, never shown to a learner.
const ADVISOR_ONLY: &[&str] = &["notes"];

/// Every French text under `v`, with its path, skipping advisor-only keys.
fn french_texts(v: &Value, path: &mut Vec<Seg>, out: &mut Vec<(Vec<Seg>, String)>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                if ADVISOR_ONLY.contains(&k.as_str()) {
                    continue;
                }
                path.push(Seg::Key(k.clone()));
                match x {
                    Value::String(s) if k == "fr" => out.push((path.clone(), s.clone())),
                    _ => french_texts(x, path, out),
                }
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                french_texts(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The sentences of a text: cut after « . », « ! », « ? » or « … » followed
/// by a space (so `ameli.fr` and `12,17` stay whole), and at each new line.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            out.push(std::mem::take(&mut current));
            continue;
        }
        current.push(c);
        if matches!(c, '.' | '!' | '?' | '…') && chars.peek().is_none_or(|n| n.is_whitespace()) {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// Words are what is read aloud: « 3 », « l'adresse » and « e-mail » are one
/// each; « : », « – » and « « » are none.
fn words(sentence: &str) -> usize {
    sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// « Oui. », « Non, … », « Oui ! »: a yes or a no standing alone at the start.
fn opens_with_bare_yes_or_no(text: &str) -> bool {
    let t = text.trim_start();
    ["Oui", "Non"].iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
            rest.starts_with(['.', ',', '!', ':', ';']) || rest.is_empty()
        })
    })
}

/// What breaks the voice in one file, as « file:line: path: problem ».
fn problems_in(file: &str, src: &str) -> Vec<String> {
    let root = tree::parse(src).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    let locator = Locator::new(src);
    let mut texts = Vec::new();
    french_texts(&root, &mut Vec::new(), &mut texts);
    let mut out = Vec::new();
    for (path, text) in texts {
        let (line, _) = locator.locate(&path);
        let at = format!("{file}:{line}: {}", path_to_string(&path));
        let is_explanation = path.iter().rev().nth(1) == Some(&Seg::Key("explanation".into()));
        if is_explanation && opens_with_bare_yes_or_no(&text) {
            out.push(format!("{at}: the explanation opens with a bare yes or no: « {text} »"));
        }
        for s in sentences(&text) {
            let n = words(&s);
            if n > MAX_WORDS {
                out.push(format!("{at}: {n} words (at most {MAX_WORDS}): « {s} »"));
            }
        }
    }
    out
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            toml_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

#[test]
fn every_learner_sentence_is_short_and_no_explanation_opens_with_yes_or_no() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let mut files = Vec::new();
    toml_files(&root, &mut files);
    assert!(files.len() >= 40, "the shipped files are found: {}", files.len());
    let mut problems = Vec::new();
    let mut texts = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let name = f.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        let mut found = Vec::new();
        french_texts(&tree::parse(&src).unwrap(), &mut Vec::new(), &mut found);
        texts += found.len();
        problems.extend(problems_in(&name, &src));
    }
    assert!(texts > 500, "the French texts are found: {texts}");
    assert!(problems.is_empty(), "{} problems of voice:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_checker_catches_long_sentences_and_bare_yes_or_no() {
    let bad = r#"title.fr = "Un titre court"
notes.fr = "Une note pour l'animateur peut être longue, très longue, bien plus longue que vingt mots, car l'apprenant ne la voit jamais à l'écran."
instruction.fr = "Lisez. Cette consigne est beaucoup trop longue pour être lue à voix haute par une personne qui lit avec difficulté chaque jour."
[[options]]
id = "a"
text.fr = "Voir ameli.fr, puis 12,17 sur 20."
explanation.fr = "Oui. C'est la bonne réponse."
[[options]]
id = "b"
text.fr = "Non, merci."
explanation.fr = "Non, ce n'est pas le bon site."
[[options]]
id = "c"
text.fr = "C"
explanation.fr = "Nonante ? Ouistiti ! Ces mots ne sont pas « oui » ni « non »."
"#;
    let p = problems_in("t.toml", bad);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("t.toml:3: instruction.fr: 21 words"), "{p:#?}");
    assert!(p[1].starts_with("t.toml:7: options[1].explanation.fr: the explanation opens"), "{p:#?}");
    assert!(p[2].starts_with("t.toml:11: options[2].explanation.fr: the explanation opens"), "{p:#?}");
    // A sentence of exactly 20 words passes; 21 fails.
    let twenty = vec!["mot"; 20].join(" ");
    assert!(problems_in("t.toml", &format!("title.fr = \"{twenty}.\"")).is_empty());
    assert_eq!(problems_in("t.toml", &format!("title.fr = \"{twenty} de plus.\"")).len(), 1);
    // Addresses and decimals do not end a sentence; new lines do.
    assert_eq!(
        sentences("Allez sur ameli.fr. Tapez 12,5.\nPuis « OK » !"),
        ["Allez sur ameli.fr.", "Tapez 12,5.", "Puis « OK » !"]
    );
    assert_eq!(words("Regardez l'adresse : « ameli.fr » – 3 fois."), 5);
}
