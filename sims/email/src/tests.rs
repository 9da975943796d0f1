//! The shipped missions read, their goals judged on the state, and bad
//! files reported where they are broken.

use crate::state::{Mail, Said, Screen};
use crate::{Email, OwnCv, GOALS};
use pas_a_pas_core::sim::Model;

fn shipped(id: &str) -> String {
    std::fs::read_to_string(format!("{}/../../exercises/echanger/{id}.toml", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn data(id: &str) -> Email {
    let ex = crate::read_exercise("echanger", id, &shipped(id)).unwrap();
    (*ex.data.sim::<Email>().unwrap()).clone()
}

fn problems(id: &str, src: &str) -> Vec<(usize, &'static str)> {
    match crate::read_exercise("echanger", id, src) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(|p| (p.line, p.msg.id)).collect(),
    }
}

fn line_of(src: &str, needle: &str) -> usize {
    src.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn met(s: &Mail, d: &Email) -> Vec<&'static str> {
    d.mission
        .goals
        .iter()
        .filter(|g| s.goal_met(d, &g.id))
        .map(|g| GOALS.iter().find(|x| **x == g.id).unwrap())
        .copied()
        .collect()
}

fn doc(d: &Email, id: &str) -> usize {
    d.documents.iter().position(|x| x.id == id).unwrap()
}

fn address(d: &Email, a: &str) -> usize {
    d.addresses.iter().position(|x| x.address == a).unwrap()
}

/// Writes a new message the right way: the right address, a subject, a body, the right files.
fn write_right(s: &mut Mail, d: &Email) {
    s.new_message();
    let right = d.addresses.iter().position(|a| a.correct).unwrap();
    s.pick_address(d, right);
    s.set_subject("Mon document");
    s.set_body("Bonjour, voici le document.");
    for i in (0..d.documents.len()).filter(|i| d.documents[*i].correct) {
        s.open_documents(true);
        s.attach(d, i);
    }
}

#[test]
fn the_shipped_missions_read_and_nothing_is_met_at_the_start() {
    for id in ["repondre-courriel", "courriel-ccas", "envoyer-mon-cv"] {
        let d = data(id);
        assert!(!d.mission.goals.is_empty(), "{id}");
        assert!(met(&Mail::default(), &d).is_empty(), "{id}");
        assert_eq!(d.slides().len(), d.mission.goals.len());
    }
}

#[test]
fn reply_mission_each_goal_in_its_own_state() {
    let d = data("repondre-courriel");
    let anli = d.reply_to.unwrap();
    let other = (0..d.inbox.len()).find(|i| *i != anli).unwrap();
    let mut s = Mail::default();
    s.open_message(&d, other);
    assert!(met(&s, &d).is_empty(), "another message is not Anli's");
    s.reply(&d, "fr", "Re :");
    s.set_body("Bonjour");
    s.send();
    assert!(met(&s, &d).is_empty(), "a reply to someone else is not a reply to Anli");
    s.open_message(&d, anli);
    assert_eq!(met(&s, &d), ["message-read"]);
    s.reply(&d, "fr", "Re :");
    let draft = s.draft.clone().unwrap();
    assert_eq!(draft.to, "anli.combo@exemple.fr");
    assert_eq!(draft.subject, "Re : Le manzaraka de Soilihi");
    s.send();
    assert_eq!(s.said, Some(Said::EmptyBody), "an empty reply is refused");
    assert_eq!(s.wrong_moves, 1);
    s.set_body("Jeje Anli ! La fête commence à 16 h.");
    s.send();
    assert_eq!(s.screen, Screen::Inbox);
    assert_eq!(met(&s, &d), ["message-read", "replied"]);
    s.open_sent();
    assert_eq!(met(&s, &d), ["message-read", "replied", "sent-checked"]);
    assert!(d.mission.outcome(|g| s.goal_met(&d, g)).is_perfect());
}

#[test]
fn ccas_mission_each_goal_in_its_own_state() {
    let d = data("courriel-ccas");
    // The right way, step by step.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    assert_eq!(s.wrong_moves, 0);
    assert!(met(&s, &d).is_empty(), "nothing sent yet");
    s.send();
    assert_eq!(met(&s, &d), ["right-address", "subject-written", "right-attachment"]);
    s.open_sent();
    assert!(d.mission.outcome(|g| s.goal_met(&d, g)).is_perfect());

    // A look-alike address: a wrong move, and the goal is lost once sent.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.pick_address(&d, address(&d, "aide@ccas-saintpaul-aide.com"));
    assert_eq!(s.wrong_moves, 1);
    s.send();
    s.open_sent();
    assert_eq!(met(&s, &d), ["sent-checked"], "every other goal looks at a message to the right address");
    write_right(&mut s, &d);
    s.send();
    assert!(!s.goal_met(&d, "right-address"), "a sent e-mail cannot be taken back");

    // Typed by hand, with capitals and spaces: the right address.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.set_to("  Accueil@CCAS-Saint-Paul.fr ");
    s.send();
    assert!(s.goal_met(&d, "right-address"));

    // No subject: asked once (a wrong move), then sent; that goal is missed.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.set_subject(" ");
    s.send();
    assert_eq!((s.said, s.wrong_moves, s.sent.len()), (Some(Said::NoSubject), 1, 0));
    s.send();
    assert_eq!(s.sent.len(), 1);
    assert_eq!(met(&s, &d), ["right-address", "right-attachment"]);

    // The family photo joined: explained, a wrong move; removed, nothing is lost.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.open_documents(true);
    s.attach(&d, doc(&d, "photo"));
    assert_eq!((s.said, s.wrong_moves, s.picking), (Some(Said::Document(doc(&d, "photo"))), 1, false));
    s.detach(doc(&d, "photo"));
    s.send();
    assert!(s.goal_met(&d, "right-attachment"));
    // Sent with the photo: that goal is missed.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.attach(&d, doc(&d, "caf"));
    s.send();
    assert_eq!(met(&s, &d), ["right-address", "subject-written"]);
    // Without the tax notice: missed too.
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.detach(doc(&d, "avis"));
    s.send();
    assert_eq!(met(&s, &d), ["right-address", "subject-written"]);
}

#[test]
fn sending_needs_an_address_and_a_message() {
    let d = data("courriel-ccas");
    let mut s = Mail::default();
    s.send();
    assert_eq!(s.wrong_moves, 0, "nothing to send outside the draft");
    s.new_message();
    s.send();
    assert_eq!(s.said, Some(Said::NoRecipient));
    s.set_to("accueil@ccas-saint-paul");
    s.send();
    assert_eq!(s.said, Some(Said::BadAddress));
    s.set_to("accueil@ccas-saint-paul.fr");
    s.send();
    assert_eq!(s.said, Some(Said::EmptyBody));
    assert_eq!((s.wrong_moves, s.sent.len()), (3, 0));
    // Checking "Envoyés" before sending is not checking what was sent.
    s.open_sent();
    assert!(!s.goal_met(&d, "sent-checked"));
    // A draft left for the inbox is kept.
    s.new_message();
    assert_eq!(s.draft.as_ref().unwrap().to, "accueil@ccas-saint-paul.fr");
    // Sending again after checking asks to check again.
    write_right(&mut s, &d);
    s.send();
    s.open_sent();
    assert!(s.goal_met(&d, "sent-checked"));
    write_right(&mut s, &d);
    s.send();
    assert!(!s.goal_met(&d, "sent-checked"));
}

#[test]
fn cv_mission_with_the_cv_and_not_with_another_file() {
    let d = data("envoyer-mon-cv");
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.send();
    assert!(s.sent_a_cv(&d));
    s.open_sent();
    assert!(d.mission.outcome(|g| s.goal_met(&d, g)).is_perfect());
    let mut s = Mail::default();
    write_right(&mut s, &d);
    s.detach(doc(&d, "cv"));
    s.attach(&d, doc(&d, "impots"));
    s.send();
    assert!(!s.sent_a_cv(&d));
    assert!(!s.goal_met(&d, "right-attachment"));
    // The look-alike with an L for the I is offered, and wrong.
    let mut s = Mail::default();
    s.new_message();
    s.set_to("recru");
    assert_eq!(d.suggestions("recru").len(), 2);
    assert_eq!(d.suggestions("ti").len(), 0, "nothing offered before 3 letters");
    s.pick_address(&d, address(&d, "recrutement@tlmarche-kourou.fr"));
    assert_eq!(s.wrong_moves, 1);
}

#[test]
fn the_learners_cv_gives_its_file_name() {
    let mut cv = cv_builder::model::Cv::default();
    assert_eq!(OwnCv::of(&cv), None, "no name: the sample is joined");
    cv.name = "  Fatima   Madi-Saïd ".into();
    cv.job = "Aide à domicile".into();
    let own = OwnCv::of(&cv).unwrap();
    assert_eq!(own.file, "CV-Fatima-Madi-Saïd.pdf");
    assert_eq!((own.name.as_str(), own.job.as_str()), ("Fatima Madi-Saïd", "Aide à domicile"));
    cv.name = "<b>N'Guessan</b>".into();
    assert_eq!(OwnCv::of(&cv).unwrap().file, "CV-bN-Guessanb.pdf");
}

#[test]
fn a_broken_file_is_reported_where_it_is_broken() {
    let src = shipped("courriel-ccas");
    assert!(problems("courriel-ccas", &src).is_empty());
    let bad = src.replacen("kind = \"photo\"", "kind = \"image\"", 1);
    assert_eq!(problems("courriel-ccas", &bad), vec![(line_of(&bad, "kind = \"image\""), "check-unknown-value")]);
    let bad = src.replace("correct = true\nexplanation.fr = \"C'est l'adresse", "explanation.fr = \"C'est l'adresse");
    assert_eq!(problems("courriel-ccas", &bad), vec![(line_of(&bad, "[[addresses]]"), "check-no-correct")]);
    let bad = src.replace("kind = \"pdf\"\ncorrect = true\n", "kind = \"pdf\"\n");
    assert_eq!(problems("courriel-ccas", &bad), vec![(line_of(&bad, "[[documents]]"), "check-no-correct")]);
    let bad = src.replace("id = \"right-address\"", "id = \"bonne-adresse\"");
    assert_eq!(problems("courriel-ccas", &bad), vec![(line_of(&bad, "bonne-adresse"), "check-unknown-goal")]);
    let bad = src.replace("id = \"photo\"", "id = \"avis\"");
    let second = bad.lines().enumerate().filter(|(_, l)| *l == "id = \"avis\"").nth(1).unwrap().0 + 1;
    assert_eq!(problems("courriel-ccas", &bad), vec![(second, "check-duplicate-id")]);

    let src = shipped("repondre-courriel");
    assert!(problems("repondre-courriel", &src).is_empty());
    let bad = src.replace("reply_to = \"anli\"", "reply_to = \"anly\"");
    assert_eq!(problems("repondre-courriel", &bad), vec![(line_of(&bad, "reply_to"), "check-unknown-value")]);
    let bad = src.replace("from = \"anli.combo@exemple.fr\"\n", "");
    assert_eq!(problems("repondre-courriel", &bad).len(), 1);
    let bad = src.replace("me = \"fatima.madi@exemple.yt\"\n", "");
    assert_eq!(problems("repondre-courriel", &bad).len(), 1);
}
