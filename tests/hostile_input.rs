//! Nothing from outside may crash the app: every exercise file, progress
//! file and CV file gets an answer (read, or refused with its reason).
//!
//! The readers run on a thread with the stack a wasm program has (1 MiB), so
//! a file that would overflow the page's stack overflows here too.

use cv_builder::model::Cv;
use pas_a_pas::content::Problem;
use pas_a_pas::progress::session::{FixedClock, Rules};
use pas_a_pas::progress::{Directory, Export, Progress, PICTURES};
use pas_a_pas::store::MemoryStore;
use serde_json::{json, Value};
use std::path::Path;

/// The stack of a wasm32 program built by rustc (1 MiB).
const WASM_STACK: usize = 1 << 20;

fn on_wasm_stack<F: FnOnce() + Send + 'static>(f: F) {
    std::thread::Builder::new().stack_size(WASM_STACK).spawn(f).unwrap().join().expect("no panic");
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn shipped(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises").join(path)).unwrap()
}

/// An answer: the file reads, or a list of located problems.
fn answers(src: &str) -> Result<(), Vec<Problem>> {
    match pas_a_pas::content::parse_exercise("cv", "essai", src, &pas_a_pas::catalog::EVERYTHING) {
        Ok(_) => Ok(()),
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal says why");
            let lines = src.lines().count().max(1);
            for p in &problems {
                assert!(p.line >= 1 && p.line <= lines + 1 && p.col >= 1, "{p:?} is inside the file");
            }
            Err(problems)
        }
    }
}

fn too_deep(src: &str) -> bool {
    answers(src).is_err_and(|p| p.iter().any(|p| p.msg.id == "check-too-deep"))
}

#[test]
fn deep_nesting_is_refused_at_its_place_before_parsing() {
    on_wasm_stack(|| {
        let n = 20_000;
        let lists = format!("id = \"essai\"\nkind = \"choice\"\nx = {}{}\n", "[".repeat(n), "]".repeat(n));
        let problems = answers(&lists).unwrap_err();
        assert_eq!(problems[0].msg.id, "check-too-deep");
        // `x` is the first level, so the 32nd bracket opens the 33rd.
        assert_eq!((problems[0].line, problems[0].col), (3, 36), "where the 33rd level opens");
        let tables = format!("x = {}1{}\n", "{ a = ".repeat(n), " }".repeat(n));
        assert!(too_deep(&tables));
        assert!(too_deep(&format!("{} = 1\n", vec!["a"; n].join("."))));
        assert!(too_deep(&format!("[{}]\nb = 1\n", vec!["a"; n].join("."))));
        assert!(too_deep(&format!("[[{}]]\nb = 1\n", vec!["a"; 40].join("."))));
        // Over several lines, and mixed.
        let mixed = format!("x = [\n{}\n]\n", "{ a.b = [\n".repeat(n / 10));
        assert!(too_deep(&mixed));
        assert!(too_deep(&format!("a.b.c.d.e.f.g.h = {}{}\n", "[".repeat(30), "]".repeat(30))));
    });
}

#[test]
fn nesting_within_the_limit_and_brackets_in_text_are_read() {
    on_wasm_stack(|| {
        for src in [
            format!("x = {}{}\n", "[".repeat(31), "]".repeat(31)),
            format!("x = \"{}\"\n", "[{".repeat(5000)),
            format!("x = '{}'\n# {}\n", "[[[[".repeat(100), "{{{{".repeat(100)),
            format!("x = \"\"\"\n{}\n\"\"\"\n", "[[[[\n".repeat(100)),
            "x = [\"a\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"]\n".to_string(),
        ] {
            assert!(!too_deep(&src), "not too deep: {}", &src[..src.len().min(60)]);
        }
        // Every shipped file is well within the limits.
        for dir in ["cv", "scolarite", "vie-privee", "information"] {
            for f in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises").join(dir)).unwrap() {
                let src = std::fs::read_to_string(f.unwrap().path()).unwrap();
                assert_eq!(pas_a_pas::content::tree::check_limits(&src), Ok(()));
            }
        }
    });
}

#[test]
fn huge_files_and_strings_get_an_answer() {
    on_wasm_stack(|| {
        let big = format!("id = \"essai\"\nx = \"{}\"\n", "é".repeat(200 * 1024));
        let problems = answers(&big).unwrap_err();
        assert_eq!(problems[0].msg.id, "check-too-big");
        assert_eq!(problems[0].msg.args[1].1, "256");
        // Under the limit, a long string is simply read.
        let long = format!("id = \"essai\"\nkind = \"choice\"\nx = \"{}\"\n", "a".repeat(200 * 1024));
        assert!(!answers(&long).is_err_and(|p| p.iter().any(|p| p.msg.id.starts_with("check-too"))));
    });
}

#[test]
fn random_bytes_and_random_toml_get_an_answer() {
    on_wasm_stack(|| {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let alphabet: Vec<char> = "[]{}=,.\"'#\n\\ azé1-_+:tT".chars().collect();
        for round in 0..4000 {
            let len = rng.below(1500) as usize;
            let src: String = if round % 2 == 0 {
                let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                (0..len).map(|_| alphabet[rng.below(alphabet.len() as u64) as usize]).collect()
            };
            let _ = answers(&src);
        }
    });
}

#[test]
fn every_truncation_of_real_files_gets_an_answer() {
    on_wasm_stack(|| {
        // Every character boundary of a real exercise…
        let src = shipped("cv/contenu-cv.toml");
        for (i, _) in src.char_indices() {
            let _ = answers(&src[..i]);
        }
        // …and every line boundary of the largest files.
        for path in ["information/fil-actualite.toml", "scolarite/portail.toml", "cv/mon-cv.toml"] {
            let src = shipped(path);
            let mut cut = 0;
            for line in src.split_inclusive('\n') {
                cut += line.len();
                let _ = answers(&src[..cut]);
                // Cut in the middle of the line too.
                let mut mid = cut - line.len() / 2;
                while !src.is_char_boundary(mid) {
                    mid -= 1;
                }
                let _ = answers(&src[..mid]);
            }
        }
    });
}

// ---------------------------------------------------------------- JSON files

/// An arbitrary JSON tree: objects, arrays, numbers, strings, nulls and
/// booleans, nested up to `depth` levels.
fn tree(rng: &mut Rng, depth: u32) -> Value {
    let leaf = depth == 0 || rng.below(3) == 0;
    let kind = if leaf { rng.below(6) } else { 6 + rng.below(2) };
    // Deep trees stay narrow, so that a test stays quick.
    let width = if depth > 4 { 1 + rng.below(2) } else { rng.below(5) };
    match kind {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => json!(rng.next() as i64),
        3 => json!([0.5, -1.0, 1e300, 4_294_967_296.0][rng.below(4) as usize]),
        4 => json!(
            ["", "volcan", "2026-11-26", "cv/a", "<img src=x onerror=alert(1)>", "Fatima", "é\u{0}"]
                [rng.below(7) as usize]
        ),
        5 => json!(rng.below(12)),
        6 => Value::Array((0..width).map(|_| tree(rng, depth - 1)).collect()),
        _ => Value::Object(
            (0..width)
                .map(|i| {
                    let keys = ["schema", "records", "best", "max", "cv/a", "name", "x"];
                    (format!("{}{i}", keys[rng.below(7) as usize]), tree(rng, depth - 1))
                })
                .collect(),
        ),
    }
}

/// Every place in a JSON value: the paths to each field and element.
fn places(v: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let mut p = at.clone();
                p.push(k.clone());
                places(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = at.clone();
                p.push(i.to_string());
                places(x, p, out);
            }
        }
        _ => {}
    }
}

fn replace(v: &mut Value, path: &[String], with: Value) {
    match path.split_first() {
        None => *v = with,
        Some((k, rest)) => match v {
            Value::Object(m) => replace(m.get_mut(k).unwrap(), rest, with),
            Value::Array(a) => replace(&mut a[k.parse::<usize>().unwrap()], rest, with),
            _ => unreachable!(),
        },
    }
}

/// Puts random trees in every field of `real`, hands each file to `read`.
fn every_field_gets_any_tree(real: &Value, rounds_per_place: u32, seed: u64, read: impl Fn(&[u8])) {
    let mut paths = Vec::new();
    places(real, Vec::new(), &mut paths);
    let mut rng = Rng(seed);
    for path in &paths {
        for round in 0..rounds_per_place {
            let depth = if round == 0 { 64 } else { rng.below(65) as u32 };
            let mut file = real.clone();
            replace(&mut file, path, tree(&mut rng, depth));
            read(file.to_string().as_bytes());
        }
    }
}

fn real_export() -> Value {
    let mut p = Progress::default();
    for (ex, score) in [("contenu-cv", 5), ("mon-cv", 3)] {
        p.complete(
            &pas_a_pas::progress::Completion { module: "cv".into(), exercise: ex.into(), score, max: 5 },
            "2026-11-20",
        );
    }
    let profile = pas_a_pas::progress::Profile {
        id: "p1".into(),
        name: "Fatima".into(),
        picture: "volcan".into(),
        created: "2026-11-01".into(),
    };
    serde_json::from_str(&Export::new(&profile, &p, "2026-11-26").to_json()).unwrap()
}

#[test]
fn any_json_in_any_field_of_a_progress_file_gets_an_answer() {
    on_wasm_stack(|| {
        let real = real_export();
        let (local, tab, day) = (MemoryStore::new(), MemoryStore::new(), FixedClock::new(0.0, "2026-12-01"));
        let rules = Rules { local: &local, tab: &tab, clock: &day };
        every_field_gets_any_tree(&real, 40, 0x1234_5678_9abc_def1, |bytes| match Export::parse(bytes) {
            Ok(e) => {
                assert!(PICTURES.contains(&e.picture.as_str()));
                // What is accepted goes on through the app's rules without trouble.
                let s = rules.import(None, &e).expect("an accepted file is taken in");
                assert!(s.progress.value.records.values().all(|r| r.best <= r.max));
                rules.sign_out();
            }
            Err(e) => assert!(!e.message_id().is_empty()),
        });
        // The stored forms of the same shapes, read back as the app does.
        let progress = real["progress"].clone();
        every_field_gets_any_tree(&progress, 20, 7, |bytes| {
            let text = std::str::from_utf8(bytes).unwrap();
            let _ = Progress::salvage(&text.replacen('{', "{\"schema\":2,", 1));
        });
        let dir = json!({"schema": 2, "last_id": 3, "profiles": [
            {"id": "p1", "name": "Fatima", "picture": "volcan", "created": "2026-11-01"}]});
        every_field_gets_any_tree(&dir, 20, 11, |bytes| {
            if let Ok(d) = Directory::salvage(std::str::from_utf8(bytes).unwrap()) {
                assert!(d.value.profiles.len() <= 1);
            }
        });
    });
}

#[test]
fn any_json_in_any_field_of_a_cv_file_gets_an_answer() {
    on_wasm_stack(|| {
        let mut cv = Cv { name: "Fatima Madi".into(), phone: "0639 12 34 56".into(), ..Cv::default() };
        let key = cv.add(cv_builder::model::List::Experiences).unwrap();
        cv.set_entry(
            cv_builder::model::List::Experiences,
            key,
            cv_builder::model::EntryField::Title,
            "Aide à domicile",
        );
        let real: Value = serde_json::from_str(&cv.to_json()).unwrap();
        every_field_gets_any_tree(&real, 25, 0xdead_beef_cafe_f00d, |bytes| match Cv::from_file(bytes) {
            Ok(cv) => assert!(cv.name.chars().count() <= cv_builder::model::MAX_LINE),
            Err(e) => assert!(!e.message_id().is_empty()),
        });
    });
}
