//! The portal's rules and every mission's goals, on the shipped world and missions.

use super::goals::{met, GOALS};
use super::state::*;
use super::*;

const WORLD: &str = include_str!("../../../exercises/scolarite/portail.toml");

fn world() -> World {
    Reader::run("scolarite/portail.toml", WORLD, world::parse).expect("the shipped world reads")
}

fn mission(id: &str) -> SchoolPortal {
    let src =
        std::fs::read_to_string(format!("{}/../../exercises/scolarite/{id}.toml", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ex = crate::read_exercise("scolarite", id, &src).expect("the shipped mission reads");
    let Some(m) = (ex.data).sim::<crate::SchoolPortal>() else { panic!("not a portal mission") };
    let mut m = (*m).clone();
    m.attach(&format!("scolarite/{id}.toml"), &src, "scolarite/portail.toml", WORLD).expect("attaches");
    m
}

fn start(id: &str) -> (World, SchoolPortal, Portal) {
    let (w, m) = (world(), mission(id));
    let p = Portal::new(&w, &m);
    (w, m, p)
}

/// Which of the mission's goals are met.
fn reached(p: &Portal, w: &World, m: &SchoolPortal) -> Vec<&'static str> {
    GOALS.iter().copied().filter(|g| m.mission.goals.iter().any(|x| x.id == *g) && met(g, p, w, m)).collect()
}

const GOOD: &str = "Soleil-974";

#[test]
fn password_rules_one_by_one() {
    let temp = "Flambo-2026";
    assert!(!rule_met(Rule::Length, "Ab1-xyz", temp));
    assert!(rule_met(Rule::Length, "Ab1-wxyz", temp));
    assert!(!rule_met(Rule::Upper, "soleil-974", temp));
    assert!(!rule_met(Rule::Lower, "SOLEIL-974", temp));
    assert!(!rule_met(Rule::Digit, "Soleil-abc", temp));
    assert!(!rule_met(Rule::Special, "Soleil974", temp));
    assert!(rule_met(Rule::Special, "Soleil 974!", temp));
    assert!(!rule_met(Rule::NotTemporary, temp, temp));
    assert_eq!(check_new_password(GOOD, GOOD, temp), Ok(()));
    assert_eq!(check_new_password(GOOD, "Soleil-975", temp), Err(PasswordProblem::Confirmation));
    assert_eq!(check_new_password("soleil", "soleil", temp), Err(PasswordProblem::Rule(Rule::Length)));
    assert_eq!(check_new_password(temp, temp, temp), Err(PasswordProblem::Rule(Rule::NotTemporary)));
    assert!(RULES.iter().all(|r| rule_met(*r, "Été-2026é", temp)), "accents count as letters");
}

#[test]
fn averages_and_trend_are_computed_from_the_grades() {
    let w = world();
    let maths = grades_of(&w, "ibrahim", "maths");
    assert_eq!(maths.len(), 4);
    // (11×1 + 9×2 + 14×1 + 15×2) / 6 = 73 / 6
    assert_eq!(format_average(average(&maths).unwrap(), "fr"), "12,17");
    assert_eq!(format_average(average(&maths).unwrap(), "en"), "12.17");
    assert_eq!(format_average(class_average(&maths).unwrap(), "fr"), "10,50");
    assert_eq!(trend(&maths), Some(Trend::Up), "from 10.75 to 12.17");
    // A grade out of 10 counts over 20; a single grade has no trend.
    let english = grades_of(&w, "inaya", "anglais");
    assert_eq!(average(&english), Some(16.0));
    assert_eq!(trend(&english), None);
    assert_eq!(average(&[]), None);
    // Going down, and staying the same.
    let mut g = maths[0].clone();
    let mut low = g.clone();
    low.value = 5.0;
    assert_eq!(trend(&[&g, &low]), Some(Trend::Down));
    g.value = 12.0;
    let same = g.clone();
    assert_eq!(trend(&[&g, &same]), Some(Trend::Same));
    assert_eq!(format_number(12.5, "fr"), "12,5");
    assert_eq!(format_number(15.0, "fr"), "15");
    let general = general_average(&w, "ibrahim").unwrap();
    assert!((general - (73.0 / 6.0 + 12.0 + 12.0 + 16.0) / 4.0).abs() < 1e-9);
}

#[test]
fn the_right_answer_of_the_averages_mission_matches_the_computed_average() {
    let (w, m, _) = start("moyenne-maths");
    let right = m.question.as_ref().unwrap().options.iter().find(|o| o.correct).unwrap();
    let avg = format_average(average(&grades_of(&w, "ibrahim", "maths")).unwrap(), "fr");
    assert!(right.text.get("fr").starts_with(&avg), "{} vs {avg}", right.text.get("fr"));
}

#[test]
fn first_login_goals() {
    let (w, m, mut p) = start("connexion-portail");
    assert_eq!(p.screen, Screen::Login);
    assert!(reached(&p, &w, &m).is_empty());
    p.login(&w, "f.madi7", "flambo-2026");
    assert_eq!((p.screen, p.wrong), (Screen::Login, 1), "a wrong password is a wrong move");
    p.login(&w, "f.madi7", "Flambo-2026");
    assert_eq!(p.screen, Screen::NewPassword);
    assert!(reached(&p, &w, &m).is_empty(), "not logged in before the new password");
    p.change_password(&w, "soleil", "soleil");
    assert_eq!(p.notice, Some(Notice::Password(PasswordProblem::Rule(Rule::Length))));
    assert_eq!(p.wrong, 2);
    assert!(!met("password-changed", &p, &w, &m));
    p.change_password(&w, GOOD, GOOD);
    assert!(p.prompt);
    assert_eq!(reached(&p, &w, &m), vec!["logged-in", "password-changed"]);
    let mut saved = p.clone();
    saved.answer_prompt(true);
    assert!(!met("password-not-saved", &saved, &w, &m), "Enregistrer is wrong");
    assert_eq!(saved.wrong, 3);
    p.answer_prompt(false);
    assert_eq!(reached(&p, &w, &m), vec!["logged-in", "password-changed", "password-not-saved"]);
}

#[test]
fn homework_goals() {
    let (w, m, mut p) = start("devoirs-jeudi");
    assert!(reached(&p, &w, &m).is_empty());
    p.choose_child("ibrahim");
    p.open(Screen::Homework, &m);
    assert!(!met("homework-seen", &p, &w, &m), "the other child's homework");
    p.open_document("ibrahim-histoire");
    assert!(!met("document-opened", &p, &w, &m));
    p.answer(&m, "histoire");
    assert!(!met("answered", &p, &w, &m));
    assert_eq!(p.wrong, 1);
    p.open(Screen::Grades, &m);
    assert_eq!(p.wrong, 2, "an unrelated screen is a wrong move");
    p.choose_child("inaya");
    p.open(Screen::Homework, &m);
    p.open_document("inaya-poesie");
    p.answer(&m, "poesie-exercices");
    assert_eq!(reached(&p, &w, &m), vec!["homework-seen", "document-opened", "answered"]);
}

#[test]
fn averages_goals() {
    let (w, m, mut p) = start("moyenne-maths");
    assert_eq!(p.child, "ibrahim");
    p.answer(&m, "derniere-note");
    assert!(reached(&p, &w, &m).is_empty());
    p.choose_child("inaya");
    p.open(Screen::Grades, &m);
    assert!(!met("grades-seen", &p, &w, &m));
    p.choose_child("ibrahim");
    assert!(met("grades-seen", &p, &w, &m), "choosing the child on the notes page shows them");
    p.answer(&m, "hausse");
    assert_eq!(reached(&p, &w, &m), vec!["grades-seen", "answered"]);
}

#[test]
fn absence_goals() {
    let (w, m, mut p) = start("justifier-absence");
    assert_eq!(w.yesterday(), Some("lundi"));
    assert_eq!(Portal::targets(&w, &m), vec!["inaya-lundi"]);
    p.open(Screen::Absences, &m);
    let j = |absence: &str, reason: &str| Justification {
        absence: absence.into(),
        reason: reason.into(),
        comment: String::new(),
        document: false,
    };
    assert!(!p.justify(&w, &m, j("inaya-lundi", "")), "a reason is needed");
    assert_eq!(p.notice, Some(Notice::NoReason));
    assert!(!met("absence-justified", &p, &w, &m));
    assert!(p.justify(&w, &m, j("ibrahim-mardi", "transport")));
    assert_eq!(p.wrong, 1, "today's lateness of the other child is not the one");
    assert!(!met("absence-justified", &p, &w, &m));
    assert!(p.justify(&w, &m, j("inaya-lundi", "sante")));
    assert!(met("absence-justified", &p, &w, &m));
    assert!(p.is_justified(&w, "ibrahim-jeudi-19"), "already justified in the data");
    assert!(!Portal::new(&w, &m).is_justified(&w, "inaya-lundi"), "every attempt starts fresh");
}

#[test]
fn message_goals() {
    let (w, m, mut p) = start("repondre-professeur");
    p.open(Screen::Messages, &m);
    p.read_message("payet-sortie");
    assert!(reached(&p, &w, &m).is_empty());
    let sent = |reply_to: Option<&str>, body: &str| Sent {
        reply_to: reply_to.map(str::to_string),
        to: "hoarau".into(),
        subject: "Re".into(),
        body: body.into(),
    };
    assert!(!p.send(&m, sent(Some("hoarau-redaction"), "  ")));
    assert_eq!(p.notice, Some(Notice::EmptyMessage));
    assert!(p.send(&m, sent(None, "Bonjour")));
    assert_eq!(p.wrong, 1, "a new message instead of a reply");
    assert!(!met("reply-sent", &p, &w, &m));
    p.read_message("hoarau-redaction");
    assert_eq!(reached(&p, &w, &m), vec!["message-read"]);
    assert!(p.send(&m, sent(Some("hoarau-redaction"), "Bonjour, oui, jeudi. Merci. F. Madi")));
    assert_eq!(reached(&p, &w, &m), vec!["message-read", "reply-sent"]);
}

#[test]
fn timetable_goals() {
    let (w, m, mut p) = start("cours-annule");
    let cancelled: Vec<_> = w.lessons.iter().filter(|l| l.cancelled).collect();
    assert_eq!(cancelled.len(), 1);
    assert_eq!((cancelled[0].child.as_str(), cancelled[0].day.as_str()), ("ibrahim", "jeudi"));
    p.open(Screen::Messages, &m);
    p.open(Screen::Grades, &m);
    assert_eq!(p.wrong, 2);
    p.answer(&m, "maths-mercredi");
    assert!(reached(&p, &w, &m).is_empty());
    p.open(Screen::Timetable, &m);
    p.answer(&m, "svt-jeudi");
    assert_eq!(reached(&p, &w, &m), vec!["timetable-seen", "answered"]);
}

#[test]
fn leaving_goals() {
    let (w, m, mut p) = start("quitter-ordinateur-partage");
    assert!(p.prompt && p.logged_in);
    assert!(reached(&p, &w, &m).is_empty());
    let mut left_open = p.clone();
    left_open.answer_prompt(false);
    assert_eq!(reached(&left_open, &w, &m), vec!["password-not-saved"], "still logged in");
    let mut unanswered = p.clone();
    unanswered.logout();
    assert_eq!(reached(&unanswered, &w, &m), vec!["logged-out"], "the prompt was never answered");
    p.answer_prompt(true);
    p.logout();
    assert_eq!(reached(&p, &w, &m), vec!["logged-out"]);
    assert_eq!(p.wrong, 1);
    let (w, m, mut p) = start("quitter-ordinateur-partage");
    p.answer_prompt(false);
    p.open(Screen::Grades, &m);
    p.logout();
    assert_eq!(reached(&p, &w, &m), vec!["password-not-saved", "logged-out"]);
    p.open(Screen::Grades, &m);
    assert_eq!(p.screen, Screen::LoggedOut, "nothing opens once logged out");
}

#[test]
fn a_mission_naming_what_the_world_lacks_is_reported_in_its_own_file() {
    let src =
        std::fs::read_to_string(format!("{}/../../exercises/scolarite/cours-annule.toml", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .replace("child = \"ibrahim\"", "child = \"paul\"");
    let ex = crate::read_exercise("scolarite", "cours-annule", &src).unwrap();
    let Some(m) = (ex.data).sim::<crate::SchoolPortal>() else { panic!() };
    let mut m = (*m).clone();
    let e = m.attach("scolarite/cours-annule.toml", &src, "scolarite/portail.toml", WORLD).unwrap_err();
    let line = src.lines().position(|l| l.starts_with("child = ")).unwrap() + 1;
    assert_eq!(
        (e[0].file.as_str(), e[0].line, e[0].msg.id),
        ("scolarite/cours-annule.toml", line, "check-unknown-value")
    );
}

#[test]
fn a_broken_world_is_reported_on_its_lines() {
    let broken = WORLD.replace(
        "subject = \"svt\", room = \"Labo 1\", cancelled",
        "subject = \"sport\", room = \"Labo 1\", cancelled",
    );
    let e = Reader::run("scolarite/portail.toml", &broken, world::parse).unwrap_err();
    assert_eq!(e.len(), 1, "{e:?}");
    let line = WORLD.lines().position(|l| l.contains("cancelled = true }")).unwrap() + 1;
    assert_eq!((e[0].line, e[0].msg.id), (line, "check-unknown-value"));
    let e =
        Reader::run("scolarite/portail.toml", &WORLD.replace("value = 9,", "value = 29,"), world::parse).unwrap_err();
    assert_eq!(e[0].msg.id, "check-wrong-type", "a grade above its scale");
}
