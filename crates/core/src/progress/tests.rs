use super::*;

fn c(ex: &str, score: u32, max: u32) -> Completion {
    Completion { module: "cv".into(), exercise: ex.into(), score, max }
}

#[test]
fn records_attempts_best_last_and_first_success() {
    let mut p = Progress::default();
    p.complete(&c("a", 2, 5), "2026-11-20");
    p.complete(&c("a", 1, 5), "2026-11-21");
    let r = p.get("cv", "a").unwrap();
    assert_eq!((r.attempts, r.best, r.last, r.max), (2, 2, 1, 5));
    assert!(!p.is_done("cv", "a"));
    p.complete(&c("a", 5, 5), "2026-11-22");
    p.complete(&c("a", 5, 5), "2026-11-26");
    assert_eq!(p.get("cv", "a").unwrap().first_success.as_deref(), Some("2026-11-22"));
    p.complete(&c("b", 0, 3), "2026-11-26");
    let list = ["a".to_string(), "b".into(), "c".into()];
    assert_eq!(p.done_count("cv", &list), 1);
    assert!(!p.module_done("cv", &list));
    assert_eq!(p.module_score("cv", &list), (5, 8));
    p.complete(&c("b", 3, 3), "2026-11-27");
    p.complete(&c("c", 1, 1), "2026-11-23");
    assert_eq!(p.module_done_on("cv", &list).as_deref(), Some("2026-11-27"));
}

#[test]
fn merge_keeps_the_best_score_and_the_earliest_success() {
    let mut ours = Progress::default();
    ours.complete(&c("a", 2, 5), "2026-11-20");
    ours.complete(&c("b", 3, 3), "2026-11-25");
    let mut theirs = Progress::default();
    theirs.complete(&c("a", 4, 5), "2026-11-10");
    theirs.complete(&c("a", 4, 5), "2026-11-10");
    theirs.complete(&c("a", 4, 5), "2026-11-10");
    theirs.complete(&c("b", 3, 3), "2026-11-01");
    theirs.complete(&c("d", 1, 2), "2026-11-01");
    ours.merge(&theirs);
    let a = ours.get("cv", "a").unwrap();
    assert_eq!((a.best, a.attempts), (4, 3));
    assert_eq!(ours.get("cv", "b").unwrap().first_success.as_deref(), Some("2026-11-01"));
    assert_eq!(ours.get("cv", "d").unwrap().best, 1);
    // Merging the worse into the better changes nothing of the best.
    let before = ours.clone();
    let mut worse = Progress::default();
    worse.complete(&c("a", 0, 5), "2026-11-30");
    ours.merge(&worse);
    assert_eq!(ours.get("cv", "a").unwrap().best, before.get("cv", "a").unwrap().best);
    // Merging twice is the same as once.
    let mut twice = before.clone();
    twice.merge(&theirs);
    assert_eq!(twice, before);
}

#[test]
fn stored_progress_round_trips_and_migrates_from_schema_1() {
    let mut p = Progress::default();
    p.complete(&c("a", 2, 5), "2026-11-20");
    assert_eq!(Progress::from_stored(&p.to_stored()), Ok(p));

    let old = include_str!("../../tests/fixtures/progress-schema1.json");
    let migrated = Progress::from_stored(old).unwrap();
    let r = migrated.get("cv", "erreurs-cv").unwrap();
    assert_eq!((r.attempts, r.best, r.last, r.max, r.is_done()), (1, 3, 3, 5, false));
    assert!(migrated.is_done("cv", "contenu-cv"));
    assert!(migrated.is_done("vie-privee", "mot-de-passe"));
    // Written back, it is schema 2.
    assert!(migrated.to_stored().contains("\"schema\":2"));

    let dir = Directory::from_stored(include_str!("../../tests/fixtures/profiles-schema1.json")).unwrap();
    assert_eq!(dir.profiles.len(), 2);
    assert_eq!(dir.get("p1").unwrap().name, "Fatima");
}

#[test]
fn stored_values_that_do_not_hold_together_are_refused() {
    for bad in [
        "",
        "{",
        "null",
        "[]",
        "{\"schema\":2}x",
        "{\"records\":{}}",
        "{\"schema\":\"2\",\"records\":{}}",
        r#"{"schema":2,"records":{"cv/a":{"attempts":1,"best":9,"last":1,"max":5}}}"#,
        r#"{"schema":2,"records":{"../x":{"attempts":1,"best":1,"last":1,"max":5}}}"#,
        r#"{"schema":2,"records":{"cv/a":{"attempts":1,"best":1,"last":1,"max":5,"first_success":"hier"}}}"#,
        r#"{"schema":1,"scores":{"cv/a":"beaucoup"}}"#,
    ] {
        assert_eq!(Progress::from_stored(bad), Err(ReadError::Damaged), "{bad}");
    }
    assert_eq!(Progress::from_stored(r#"{"schema":3,"records":{}}"#), Err(ReadError::TooNew));
    assert_eq!(
        Directory::from_stored(r#"{"schema":2,"profiles":[{"id":"p1","name":"  ","picture":"soleil","created":"x"}]}"#),
        Err(ReadError::Damaged)
    );
    assert_eq!(
        Directory::from_stored(r#"{"schema":2,"profiles":[{"id":"p1","name":"A","picture":"licorne","created":"x"}]}"#),
        Err(ReadError::Damaged)
    );
}

#[test]
fn directory_adds_renames_removes() {
    let mut d = Directory::default();
    let a = d.add("  Fatima   Madi ", "soleil", "2026-11-26", 0);
    let b = d.add("Kévin", "volcan", "2026-11-26", 0);
    assert_eq!((a.as_str(), b.as_str()), ("p1", "p2"));
    assert_eq!(d.get("p1").unwrap().name, "Fatima Madi");
    d.remove("p1");
    assert_eq!(d.add("Anli", "chat", "2026-11-26", 0), "p3", "an id is never given twice");
    assert_eq!(d.add("Josiane", "fleur", "2026-11-26", 9), "p10", "nor one of keys left behind");
    let back = Directory::from_stored(&d.to_stored()).unwrap();
    assert_eq!(back.last_id, 10, "the count is kept with the list");
    d.rename("p2", "Kévin Payet");
    assert_eq!(d.get("p2").unwrap().name, "Kévin Payet");
    assert_eq!(clean_name(&"x".repeat(100)).chars().count(), 40);
    assert!(!is_valid_name(" \n "));
}

fn sample_export() -> Export {
    let mut p = Progress::default();
    p.complete(&c("contenu-cv", 10, 10), "2026-11-26");
    p.complete(&c("erreurs-cv", 3, 5), "2026-11-26");
    let prof =
        Profile { id: "p1".into(), name: "Fatima Madi".into(), picture: "volcan".into(), created: "2026-11-01".into() };
    Export::new(&prof, &p, "2026-11-26")
}

#[test]
fn export_round_trips_with_a_readable_name() {
    let e = sample_export();
    let json = e.to_json();
    assert!(json.contains("\"format\": \"pas-a-pas-progression\""), "readable JSON");
    assert_eq!(Export::parse(json.as_bytes()), Ok(e.clone()));
    assert_eq!(e.file_name(), "pas-a-pas-fatima-madi-2026-11-26.json");
    assert_eq!(slug("Élodie  Técher!"), "elodie-techer");
    assert_eq!(slug("***"), "profil");
}

#[test]
fn import_refuses_bad_files_with_a_reason() {
    let good = sample_export().to_json();
    assert_eq!(Export::parse(b"\x00\x01\xff binary"), Err(ImportError::NotJson));
    assert_eq!(Export::parse(&good.as_bytes()[..good.len() / 2]), Err(ImportError::NotJson), "truncated");
    assert_eq!(Export::parse(br#"{"name":"x","age":3}"#), Err(ImportError::Foreign));
    assert_eq!(Export::parse(b"[1,2,3]"), Err(ImportError::Foreign));
    assert_eq!(Export::parse(br#"{"format":"pas-a-pas-progression","schema":9}"#), Err(ImportError::TooNew));
    let huge = format!("{{\"format\":\"pas-a-pas-progression\",\"pad\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
    assert_eq!(Export::parse(huge.as_bytes()), Err(ImportError::TooBig));
    let bad_score = good.replace("\"best\": 3", "\"best\": 30");
    assert_eq!(Export::parse(bad_score.as_bytes()), Err(ImportError::Damaged));
    let bad_picture = good.replace("\"volcan\"", "\"<img src=x onerror=alert(1)>\"");
    assert_eq!(Export::parse(bad_picture.as_bytes()), Err(ImportError::Damaged));
    let no_progress = good.replace("\"progress\"", "\"progres\"");
    assert_eq!(Export::parse(no_progress.as_bytes()), Err(ImportError::Damaged));
    // A schema 1 export is migrated like stored progress.
    let old = r#"{"format":"pas-a-pas-progression","schema":1,"exported":"2026-10-01","name":"Anli","picture":"chat","progress":{"scores":{"cv/a":[2,2]}}}"#;
    assert!(Export::parse(old.as_bytes()).unwrap().progress.is_done("cv", "a"));
}

/// A small deterministic generator for the fuzz-style tests below.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_bytes_and_mangled_exports_never_panic() {
    let good = sample_export().to_json().into_bytes();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..5000 {
        let bytes: Vec<u8> = if round % 2 == 0 {
            (0..rng.next() % 600).map(|_| rng.next() as u8).collect()
        } else {
            // A real export with a few bytes changed, removed or cut.
            let mut b = good.clone();
            for _ in 0..1 + rng.next() % 4 {
                let i = (rng.next() as usize) % b.len();
                match rng.next() % 3 {
                    0 => b[i] = rng.next() as u8,
                    1 => {
                        b.remove(i);
                    }
                    _ => b.truncate(i.max(1)),
                }
            }
            b
        };
        match Export::parse(&bytes) {
            Ok(e) => assert!(is_valid_name(&e.name) && PICTURES.contains(&e.picture.as_str())),
            Err(e) => assert!(!e.message_id().is_empty()),
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = Progress::from_stored(text);
            let _ = Directory::from_stored(text);
        }
    }
}

#[test]
fn a_learners_data_stays_small() {
    let mut p = Progress::default();
    for m in ["cv", "scolarite", "vie-privee", "information"] {
        for e in 0..12 {
            let c = Completion { module: m.into(), exercise: format!("exercice-{e}"), score: 7, max: 10 };
            p.complete(&c, "2026-11-26");
            p.complete(&Completion { score: 10, ..c }, "2026-11-27");
        }
    }
    let stored = p.to_stored();
    assert!(stored.len() < 8 * 1024, "48 exercises take {} bytes", stored.len());
}

#[test]
fn reference_is_stable_and_depends_on_content() {
    assert_eq!(reference("Fatima|cv|2026-11-26"), reference("Fatima|cv|2026-11-26"));
    assert_ne!(reference("Fatima|cv|2026-11-26"), reference("Fatima|cv|2026-11-27"));
    assert!(reference("x").starts_with("PAP-"));
    assert_eq!(reference("x").len(), 13);
}
