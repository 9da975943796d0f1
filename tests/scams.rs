//! « Arnaque ou pas ? » (module vie-privee): the score rewards telling scams
//! from genuine messages, not refusing everything, and the module says
//! what to do next.

use pas_a_pas::content::parse_exercise;
use pas_a_pas::kinds::KindData;
use std::collections::HashMap;
use std::path::Path;

fn exercise(id: &str) -> KindData {
    exercise_of("vie-privee", id)
}

fn exercise_of(module: &str, id: &str) -> KindData {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("exercises/{module}/{id}.toml"));
    parse_exercise(module, id, &std::fs::read_to_string(path).unwrap(), &pas_a_pas::catalog::EVERYTHING).unwrap().data
}

/// « Proche ou arnaque ? » (module echanger): scams and genuine messages in
/// balance, and genuine ones carry links too, so "a link means a scam" is not
/// what scores.
#[test]
fn a_link_is_not_what_makes_a_scam() {
    let KindData::Classify(c) = exercise_of("echanger", "proche-ou-arnaque") else { panic!("classify") };
    let scams = c.items.iter().filter(|i| i.group == "arnaque").count();
    let genuine = c.items.iter().filter(|i| i.group == "vrai").count();
    assert!(scams >= 3 && genuine >= 3 && scams.abs_diff(genuine) <= 1, "{scams} scams, {genuine} genuine");
    let has_link = |t: &str| t.contains("http") || t.contains(".fr") || t.contains(".com") || t.contains("lien");
    let genuine_links = c.items.iter().filter(|i| i.group == "vrai" && has_link(i.text.get("fr"))).count();
    assert!(genuine_links >= 2, "genuine messages with a link: {genuine_links}");
    for group in ["arnaque", "vrai"] {
        let all: HashMap<String, String> = c.items.iter().map(|i| (i.id.clone(), group.to_string())).collect();
        let o = c.check(&all);
        assert!(o.score * 2 <= o.max + 1, "everything in « {group} »: {} of {}", o.score, o.max);
    }
}

#[test]
fn calling_everything_a_scam_scores_half_at_most() {
    let KindData::Classify(c) = exercise("arnaque-ou-pas") else { panic!("classify") };
    let scams = c.items.iter().filter(|i| i.group == "arnaque").count();
    let genuine = c.items.iter().filter(|i| i.group == "normal").count();
    assert!(scams >= 6 && genuine >= 3, "{scams} scams, {genuine} genuine");
    for group in ["arnaque", "normal"] {
        let all: HashMap<String, String> = c.items.iter().map(|i| (i.id.clone(), group.to_string())).collect();
        let o = c.check(&all);
        assert!(o.score * 2 <= o.max, "everything in « {group} »: {} of {}", o.score, o.max);
    }
    let right: HashMap<String, String> = c.items.iter().map(|i| (i.id.clone(), i.group.clone())).collect();
    assert!(c.check(&right).is_perfect());
    // The scams named in the issue are all there.
    for id in ["carte-vitale", "caf", "cpf", "ants", "amende", "maman"] {
        assert!(c.items.iter().any(|i| i.id == id && i.group == "arnaque"), "{id}");
    }
}

#[test]
fn what_to_do_next_names_33700_and_signal_spam() {
    let KindData::Choice(c) = exercise("que-faire-arnaque") else { panic!("choice") };
    assert!(c.multiple);
    let right: Vec<&str> = c.options.iter().filter(|o| o.correct).map(|o| o.text.get("fr")).collect();
    assert!(right.iter().any(|t| t.contains("33700")), "{right:?}");
    assert!(right.iter().any(|t| t.contains("signal-spam.fr")), "{right:?}");
    // Choosing everything is not a way round it.
    let all: Vec<String> = c.options.iter().map(|o| o.id.clone()).collect();
    assert!(!c.check(&all).is_perfect());
    let KindData::Spot(s) = exercise("courriel-carte-vitale") else { panic!("spot") };
    assert_eq!(s.document, "email");
    assert!(s.markables().filter(|m| m.clue).count() >= 4);
    assert!(s.markables().filter(|m| !m.clue).count() >= 2, "harmless parts too");
}
