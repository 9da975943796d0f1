//! The shipped missions: each goal is reached only in the right state; bad
//! files get located problems.

use super::state::{Grant, LogKind, Perm, Phone, Said, Screen};
use super::*;
use cv_builder::rules::PhoneError;

fn shipped(id: &str) -> Arc<PhoneCall> {
    let src = match id {
        "ajouter-contact" => include_str!("../../../exercises/echanger/ajouter-contact.toml"),
        "appel-video-mamie" => include_str!("../../../exercises/echanger/appel-video-mamie.toml"),
        "bonne-heure" => include_str!("../../../exercises/echanger/bonne-heure.toml"),
        _ => unreachable!(),
    };
    let ex = crate::read_exercise("echanger", id, src).unwrap_or_else(|p| panic!("{id}: {p:?}"));
    ex.data.sim::<PhoneCall>().expect("a phone-call")
}

fn met(d: &PhoneCall, p: &Phone) -> Vec<&'static str> {
    d.task.goals().iter().copied().filter(|g| p.meets(d, g)).collect()
}

#[test]
fn the_shipped_files_read() {
    let d = shipped("ajouter-contact");
    assert_eq!(d.task, Task::AddContact);
    assert_eq!(d.home, Territory::Mainland);
    assert_eq!(d.new_contact.as_ref().unwrap().territory, Territory::Mayotte);
    let d = shipped("appel-video-mamie");
    assert_eq!(d.contacts[d.caller.as_ref().unwrap().contact].territory, Territory::Guadeloupe);
    let d = shipped("bonne-heure");
    assert_eq!(d.home, Territory::Mayotte);
    assert_eq!(d.mission.slides().len(), 2);
}

#[test]
fn add_contact_only_with_the_number_on_the_paper() {
    let d = shipped("ajouter-contact");
    let mut p = Phone::new(&d);
    assert!(met(&d, &p).is_empty());
    assert!(!p.touched);
    p.open(Screen::Contacts);
    p.open(Screen::NewContact);
    // The CV's rules explain each mistake, and each one is a wrong move.
    p.save_contact(&d, "Tonton Anli", "639 21 43 65");
    assert_eq!(p.said, Some(Said::NumberRefused(PhoneError::BadStart)));
    p.save_contact(&d, "Tonton Anli", "+33 639 21 43 65");
    assert_eq!(p.said, Some(Said::NumberRefused(PhoneError::WrongCode("262"))));
    assert_eq!(p.wrong_moves, 2);
    // A right number that is not his.
    p.save_contact(&d, "Tonton Anli", "0639 21 43 66");
    assert_eq!(p.said, Some(Said::NotTheNote));
    // No name: said, not a wrong move.
    p.save_contact(&d, " ", "0639 21 43 65");
    assert_eq!((p.said.clone(), p.wrong_moves), (Some(Said::NameMissing), 3));
    assert!(met(&d, &p).is_empty());
    // Calling someone else is not calling him.
    p.open(Screen::Home);
    p.open(Screen::Contacts);
    p.call(&d, 0, false);
    p.hang_up();
    assert!(met(&d, &p).is_empty());
    p.open(Screen::NewContact);
    p.save_contact(&d, "Tonton Anli", "+262 639 21 43 65");
    assert_eq!(p.screen, Screen::Contacts);
    assert_eq!(p.contacts.last().unwrap().territory, Territory::Mayotte);
    assert_eq!(met(&d, &p), vec!["contact-saved"]);
    p.call(&d, p.added.unwrap(), false);
    assert_eq!(p.screen, Screen::Call, "a voice call asks nothing");
    assert_eq!(met(&d, &p), vec!["contact-saved", "contact-called"]);
}

#[test]
fn every_way_of_writing_his_number_is_taken() {
    let d = shipped("ajouter-contact");
    for n in [
        "0639 21 43 65",
        "0639214365",
        "06.39.21.43.65",
        "+262 639 21 43 65",
        "+262 (0)6 39 21 43 65",
        "00262639214365",
    ] {
        let mut p = Phone::new(&d);
        p.open(Screen::NewContact);
        p.save_contact(&d, "Anli", n);
        assert_eq!(p.said, Some(Said::Saved), "{n}");
        assert_eq!(p.wrong_moves, 0);
    }
}

fn answer_with(d: &PhoneCall, camera: Grant, microphone: Grant) -> Phone {
    let mut p = Phone::new(d);
    assert_eq!(p.screen, Screen::Incoming);
    p.answer(d);
    assert_eq!(p.screen, Screen::Ask(Perm::Camera));
    p.grant(camera);
    assert_eq!(p.screen, Screen::Ask(Perm::Microphone));
    p.grant(microphone);
    assert_eq!(p.screen, Screen::Call);
    p
}

#[test]
fn the_video_call_wants_both_given_while_in_use_then_a_call_back() {
    let d = shipped("appel-video-mamie");
    let mamie = d.caller.as_ref().unwrap().contact;
    for g in [Grant::WhileUsing, Grant::Once] {
        let mut p = answer_with(&d, g, g);
        assert_eq!(met(&d, &p), vec!["answered", "in-use-only"]);
        // Nothing else opens during a call.
        p.open(Screen::Clock);
        p.wait();
        assert_eq!(p.screen, Screen::Call);
        // Calling back during the call does nothing; after hanging up it counts.
        p.call(&d, mamie, true);
        assert!(!p.meets(&d, "called-back"));
        p.hang_up();
        assert_eq!(p.screen, Screen::Log);
        assert_eq!(p.log[0].kind, LogKind::Incoming);
        p.wait();
        p.call(&d, mamie, true);
        // "Only this time" is asked again; "while using the app" is kept.
        if g == Grant::Once {
            assert_eq!(p.screen, Screen::Ask(Perm::Camera));
            p.grant(Grant::Once);
            p.grant(Grant::Once);
        }
        assert_eq!(p.screen, Screen::Call);
        assert!(!p.meets(&d, "called-back"), "not until the call back is over");
        p.hang_up();
        assert_eq!(met(&d, &p), vec!["answered", "in-use-only", "called-back"]);
        assert_eq!(p.wrong_moves, 0);
    }
}

#[test]
fn refusing_is_a_wrong_move_and_misses_the_goals() {
    let d = shipped("appel-video-mamie");
    let mamie = d.caller.as_ref().unwrap().contact;
    let p = answer_with(&d, Grant::Deny, Grant::WhileUsing);
    assert_eq!(met(&d, &p), vec!["answered"]);
    assert_eq!(p.wrong_moves, 1);
    // Declining the call, then calling back and refusing the camera: the hint.
    let mut p = Phone::new(&d);
    p.decline(&d);
    assert_eq!((p.screen, p.wrong_moves), (Screen::Log, 1));
    p.call(&d, mamie, true);
    p.grant(Grant::Deny);
    assert_eq!(p.wrong_moves, 2);
    p.grant(Grant::WhileUsing);
    p.hang_up();
    assert_eq!(met(&d, &p), vec!["called-back"]);
    // A refusal is forgotten: the next call asks again, and can be put right.
    p.call(&d, mamie, true);
    assert_eq!(p.screen, Screen::Ask(Perm::Camera));
    p.grant(Grant::WhileUsing);
    assert_eq!(p.screen, Screen::Call, "the microphone was kept");
    assert_eq!(met(&d, &p), vec!["in-use-only", "called-back"]);
}

#[test]
fn a_good_time_is_computed_from_the_places_and_the_date() {
    let d = shipped("bonne-heure");
    let nadia = d.callee.as_ref().unwrap().contact;
    let mut p = Phone::new(&d);
    // 07:30 in Mamoudzou on 10 April: summer time in Montpellier, 1 hour behind.
    assert_eq!(p.time_in(Territory::Mayotte), "07:30");
    assert_eq!(p.time_in(Territory::Mainland), "06:30");
    assert_eq!(p.time_in(Territory::Reunion), "08:30");
    assert_eq!(p.time_in(Territory::Guyane), "01:30");
    p.call(&d, nadia, false);
    assert_eq!(p.said, Some(Said::Callee(false, "06:30".into())));
    p.hang_up();
    p.open(Screen::Clock);
    assert_eq!(met(&d, &p), vec!["clock-checked"]);
    p.wait();
    p.wait();
    p.call(&d, nadia, false);
    assert_eq!(p.said, Some(Said::Callee(false, "08:35".into())));
    p.hang_up();
    assert_eq!(p.wrong_moves, 2);
    p.wait();
    p.open(Screen::Contacts);
    p.call(&d, nadia, false);
    assert_eq!(p.said, Some(Said::Callee(true, "09:40".into())));
    assert_eq!(met(&d, &p), vec!["clock-checked", "good-time"]);
    // Late in the evening is not a good time either.
    let mut p = Phone::new(&d);
    for _ in 0..15 {
        p.wait();
    }
    assert_eq!(p.time_in(Territory::Mainland), "21:30");
    p.call(&d, nadia, false);
    assert!(!p.meets(&d, "good-time"));
    // Calling someone else is never judged.
    let mut p = Phone::new(&d);
    p.call(&d, 1, false);
    assert_eq!((p.wrong_moves, p.said.clone()), (0, None));
}

#[test]
fn the_same_mission_in_december_waits_one_hour_more() {
    let src = include_str!("../../../exercises/echanger/bonne-heure.toml").replace("2026-04-10", "2026-12-02");
    let ex = crate::read_exercise("echanger", "bonne-heure", &src).unwrap();
    let d = ex.data.sim::<PhoneCall>().unwrap();
    let p = Phone::new(&d);
    assert_eq!(p.time_in(Territory::Mainland), "05:30");
}

fn problems(src: &str) -> Vec<(usize, &'static str)> {
    Reader::run("t.toml", src, parse).unwrap_err().iter().map(|p| (p.line, p.msg.id)).collect()
}

const FILE: &str = r#"task = "good-time"
my_number = "0639 40 11 22"
here.fr = "Mamoudzou"
date = "2026-04-10"
time = "07:30"
callee = "nadia"
good_from = 9
good_until = 21
bad_time.fr = "Trop tôt : {time}."
good_time.fr = "Bien : {time}."
hint.fr = "Regardez l'horloge."
debrief.fr = "Dans la vraie vie…"
[[contacts]]
id = "nadia"
name = "Nadia"
number = "06 45 12 78 90"
[[goals]]
id = "good-time"
text.fr = "Appeler à une bonne heure."
explanation.fr = "Parce que."
"#;

#[test]
fn bad_files_get_located_problems() {
    assert!(Reader::run("t.toml", FILE, parse).is_ok());
    assert_eq!(problems(&FILE.replace("\"good-time\"\nmy", "\"video\"\nmy")), vec![(1, "check-unknown-value")]);
    assert_eq!(problems(&FILE.replace("0639 40 11 22", "0839 40 11 22")), vec![(2, "check-unknown-value")]);
    assert_eq!(problems(&FILE.replace("2026-04-10", "10/04/2026")), vec![(4, "check-unknown-value")]);
    assert_eq!(problems(&FILE.replace("07:30", "7h30")), vec![(5, "check-unknown-value")]);
    assert_eq!(problems(&FILE.replace("callee = \"nadia\"", "callee = \"nina\"")), vec![(6, "check-unknown-value")]);
    assert_eq!(problems(&FILE.replace("good_until = 21", "good_until = 8")), vec![(8, "check-unknown-value")]);
    // A contact's number is checked by the CV's rules, at its line.
    assert_eq!(problems(&FILE.replace("06 45 12 78 90", "06 45 12 78")), vec![(16, "check-unknown-value")]);
    assert_eq!(problems(&FILE.replace("id = \"good-time\"", "id = \"answered\"")), vec![(18, "check-unknown-goal")]);
    assert_eq!(
        problems(&FILE.replace("name = \"Nadia\"", "nom = \"Nadia\"")),
        vec![(15, "check-unknown-field"), (13, "check-missing-field")]
    );
    // What a task needs is asked for.
    let add = FILE.replace("task = \"good-time\"", "task = \"add-contact\"");
    assert!(problems(&add).iter().any(|p| *p == (0, "check-missing-field") || *p == (1, "check-missing-field")));
    let video = FILE.replace("task = \"good-time\"", "task = \"video-call\"");
    assert!(problems(&video).contains(&(1, "check-missing-field")));
}
