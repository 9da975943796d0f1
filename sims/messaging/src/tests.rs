//! Kozé's rules and every mission's goals, on the shipped world and missions.

use super::state::*;
use super::world::{self, From, With};
use super::*;

const WORLD: &str = include_str!("../../../exercises/echanger/koze.toml");
const MISSIONS: &[&str] = &["koze-tatie", "koze-photo-bebe", "koze-groupe-mariage", "koze-numero-inconnu"];

fn src_of(id: &str) -> String {
    std::fs::read_to_string(format!("{}/../../exercises/echanger/{id}.toml", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn world() -> World {
    Reader::run("echanger/koze.toml", WORLD, world::parse).expect("the shipped world reads")
}

fn read(id: &str, src: &str) -> Result<Messaging, Vec<Problem>> {
    let ex = crate::read_exercise("echanger", id, src)?;
    let m = (ex.data).sim::<crate::Messaging>().expect("a messaging mission");
    let mut m = (*m).clone();
    m.attach(&format!("echanger/{id}.toml"), src, "echanger/koze.toml", WORLD)?;
    Ok(m)
}

fn mission(id: &str) -> (World, Messaging, Koze) {
    let (w, m) = (world(), read(id, &src_of(id)).expect("the shipped mission reads"));
    let k = Koze::new(&w, &m);
    (w, m, k)
}

/// The mission's goals that are met.
fn reached(k: &Koze, m: &Messaging) -> Vec<String> {
    m.mission.goals.iter().filter(|g| k.meets(&g.id)).map(|g| g.id.clone()).collect()
}

fn all(m: &Messaging) -> Vec<String> {
    m.mission.goals.iter().map(|g| g.id.clone()).collect()
}

fn chat(w: &World, id: &str) -> usize {
    w.chat(id).unwrap()
}

#[test]
fn the_world_reads() {
    let w = world();
    assert!(w.contacts.len() >= 6);
    assert!(w.photos.iter().any(|p| p.private), "the gallery holds a document never to send");
    let unknown = &w.chats[chat(&w, "inconnu")];
    assert!(matches!(unknown.with, With::Unknown(_)));
    assert!(unknown.messages.iter().all(|m| m.from == From::Number));
    assert!(matches!(w.chats[chat(&w, "famille-hoarau")].with, With::Group { .. }));
    for id in MISSIONS {
        let (_, m, k) = mission(id);
        assert!(reached(&k, &m).is_empty(), "{id}: nothing reached at the start");
        assert!(!k.started);
    }
}

#[test]
fn tatie_reply_and_voice_to_her_not_to_someone_else() {
    let (w, m, mut k) = mission("koze-tatie");
    let (josiane, marie) = (chat(&w, "josiane"), chat(&w, "marie"));
    // Writing to Marie instead is a wrong move, twice brings the hint.
    k.open(marie);
    assert!(k.send_text("Oui, je viens dimanche !"));
    assert_eq!(k.said, Some(Said::WrongChat(marie)));
    k.start_voice();
    assert!(k.send_voice());
    assert_eq!(k.wrong_moves, 2);
    assert!(pas_a_pas_core::mission::show_hint(k.wrong_moves));
    assert!(!k.meets("only-to") && !k.meets("voice-sent") && !k.meets("reply-sent"));
    // The right conversation, with "Répondre".
    let (_, m2, mut k) = mission("koze-tatie");
    assert_eq!(m2, m);
    k.open(josiane);
    assert!(!k.send_text("   "), "an empty message is not sent");
    assert!(k.send_text("Je viens !"));
    assert!(k.meets("text-sent") && !k.meets("reply-sent"), "a message without « Répondre » is not a reply");
    k.reply_to(1);
    assert!(k.send_text("Oui, avec plaisir !"));
    assert_eq!(k.replying, None);
    assert_eq!(k.chats[josiane].sent[1].reply_to, Some(1));
    assert!(k.meets("reply-sent"));
    k.start_voice();
    assert!(k.recording);
    k.cancel_voice();
    assert!(!k.send_voice(), "a cancelled recording is not sent");
    k.start_voice();
    assert!(k.send_voice());
    assert_eq!(k.chats[josiane].sent[2].body, Body::Voice(VOICE_SECONDS));
    assert_eq!(reached(&k, &m), all(&m));
    assert_eq!(k.wrong_moves, 0);
    // A word to the unknown number afterwards loses "only-to".
    k.back();
    k.open(chat(&w, "inconnu"));
    k.send_text("Qui êtes-vous ?");
    assert_eq!(k.said, Some(Said::ToUnknown));
    assert!(!k.meets("only-to"));
}

#[test]
fn the_baby_photo_to_the_family_group_not_the_carte_vitale() {
    let (w, m, mut k) = mission("koze-photo-bebe");
    let family = chat(&w, "famille-hoarau");
    let (bebe, vitale, plage) = (w.photo("bebe").unwrap(), w.photo("vitale").unwrap(), w.photo("plage").unwrap());
    k.open(family);
    assert!(!k.send_photo(bebe), "a photo is sent from the gallery only");
    k.open_gallery();
    assert_eq!(k.screen, Screen::Gallery(family));
    assert!(k.send_photo(vitale));
    assert_eq!(k.said, Some(Said::PrivatePhoto));
    assert_eq!(k.screen, Screen::Chat(family), "back to the conversation after sending");
    k.open_gallery();
    k.send_photo(plage);
    assert_eq!(k.said, Some(Said::OtherPhoto));
    assert_eq!(k.wrong_moves, 2);
    k.open_gallery();
    k.send_photo(bebe);
    assert_eq!(k.said, Some(Said::Sent(family)));
    assert!(k.meets("photo-sent") && k.meets("only-to"));
    assert!(!k.meets("private-kept"), "sent once is sent");
    // The right path alone.
    let (_, _, mut k) = mission("koze-photo-bebe");
    k.open(family);
    k.open_gallery();
    k.send_photo(bebe);
    assert_eq!(reached(&k, &m), all(&m));
    // The baby's photo to Tatie alone is not the group's.
    let (_, _, mut k) = mission("koze-photo-bebe");
    k.open(chat(&w, "josiane"));
    k.open_gallery();
    k.send_photo(bebe);
    assert_eq!(k.said, Some(Said::WrongChat(chat(&w, "josiane"))));
    assert_eq!(reached(&k, &m), vec!["private-kept".to_string()]);
}

#[test]
fn the_wedding_group_with_anli_and_ahmed_only_then_leave_the_sale() {
    let (w, m, mut k) = mission("koze-groupe-mariage");
    let c = |id: &str| w.contact(id).unwrap();
    let sale = chat(&w, "vide-grenier");
    k.new_group();
    assert_eq!(k.create_group("  ", &[c("anli")]), Err(GroupProblem::NoName));
    assert_eq!(k.create_group("Mariage de Fatima", &[]), Err(GroupProblem::NoMember));
    assert_eq!(k.wrong_moves, 0, "an incomplete form is not a wrong move");
    // Fatima in her own surprise group: a wrong move, and not the goal.
    let g = k.create_group("Mariage de Fatima", &[c("anli"), c("ahmed"), c("fatima")]).unwrap();
    assert_eq!(k.said, Some(Said::ExtraMember(c("fatima"))));
    assert_eq!(k.screen, Screen::Chat(g));
    assert!(k.is_group(g) && !k.meets("group-created"));
    // Leaving the family group instead: a wrong move.
    k.leave(chat(&w, "famille-hoarau"));
    assert_eq!(k.said, Some(Said::WrongLeave(chat(&w, "famille-hoarau"))));
    assert_eq!(k.wrong_moves, 2);
    k.leave(chat(&w, "josiane"));
    assert!(!k.chats[chat(&w, "josiane")].left, "a conversation with one person is not left");
    // Another name, or one member missing, is not the group asked for.
    k.create_group("Mariage", &[c("anli"), c("ahmed")]).unwrap();
    k.create_group("Mariage de Fatima", &[c("anli")]).unwrap();
    assert!(!k.meets("group-created"));
    k.create_group("  mariage   de FATIMA ", &[c("ahmed"), c("anli")]).unwrap();
    assert!(k.meets("group-created"));
    assert_eq!(k.wrong_moves, 2);
    // Writing in one's own new group is never a wrong move.
    assert!(k.send_text("Rendez-vous samedi pour la surprise."));
    assert_eq!(k.wrong_moves, 2);
    assert!(!k.meets("group-left"));
    k.leave(sale);
    assert_eq!(k.said, Some(Said::Left(sale)));
    assert!(!k.can_send(sale));
    assert_eq!(reached(&k, &m), all(&m));
    // Leaving the group just made loses it.
    let last = k.chats.len() - 1;
    k.leave(last);
    assert!(!k.meets("group-created"));
}

#[test]
fn the_unknown_number_blocked_and_reported_with_nothing_sent() {
    let (w, m, mut k) = mission("koze-numero-inconnu");
    let unknown = chat(&w, "inconnu");
    k.block(chat(&w, "josiane"));
    k.report(chat(&w, "josiane"));
    assert!(!k.started, "only an unknown number is blocked or reported here");
    k.open(unknown);
    k.send_text("Qui est-ce ?");
    k.start_voice();
    k.send_voice();
    assert_eq!((k.said.clone(), k.wrong_moves), (Some(Said::ToUnknown), 2));
    k.block(unknown);
    k.report(unknown);
    assert!(k.meets("blocked") && k.meets("reported"));
    assert!(!k.meets("nothing-to-unknown"));
    // The right path: block, report, nothing written.
    let (_, _, mut k) = mission("koze-numero-inconnu");
    k.open(unknown);
    k.block(unknown);
    assert_eq!(k.said, Some(Said::Blocked));
    assert!(!k.send_text("Trop tard"), "a blocked number cannot be written to");
    k.report(unknown);
    assert_eq!(reached(&k, &m), all(&m));
    k.unblock(unknown);
    assert!(!k.meets("blocked") && k.meets("reported"));
    // Blocking alone is not reporting.
    let (_, _, mut k) = mission("koze-numero-inconnu");
    k.block(unknown);
    assert_eq!(reached(&k, &m), vec!["blocked".to_string(), "nothing-to-unknown".to_string()]);
}

#[test]
fn every_goal_of_every_mission_is_known_and_judged() {
    for id in MISSIONS {
        let (_, m, _) = mission(id);
        assert!(!m.mission.goals.is_empty());
        assert!(m.mission.goals.iter().all(|g| GOALS.contains(&g.id.as_str())), "{id}");
        assert_eq!(m.slides().len(), m.mission.goals.len());
    }
    let (_, _, k) = mission("koze-tatie");
    assert!(!k.meets("nonsense"));
}

fn line_of(src: &str, needle: &str) -> usize {
    src.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn problems(id: &str, src: &str) -> Vec<(String, usize, &'static str)> {
    match read(id, src) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(|p| (p.file.clone(), p.line, p.msg.id)).collect(),
    }
}

#[test]
fn a_broken_mission_is_reported_where_it_is_broken() {
    let id = "koze-groupe-mariage";
    let src = src_of(id);
    let file = format!("echanger/{id}.toml");
    assert!(problems(id, &src).is_empty());
    let bad = src.replace("members = [\"anli\", \"ahmed\"]", "members = [\"anli\", \"ahmed-said\"]");
    assert_eq!(problems(id, &bad), vec![(file.clone(), line_of(&bad, "ahmed-said"), "check-unknown-value")]);
    let bad = src.replace("leave = \"vide-grenier\"", "leave = \"josiane\"");
    assert_eq!(problems(id, &bad), vec![(file.clone(), line_of(&bad, "leave = "), "check-unknown-value")]);
    let bad = src.replace("leave = \"vide-grenier\"\n", "");
    assert_eq!(
        problems(id, &bad),
        vec![(file.clone(), line_of(&bad, "id = \"group-left\"") - 1, "check-missing-field")]
    );
    let bad = src.replace("id = \"group-left\"", "id = \"group-quit\"");
    assert_eq!(problems(id, &bad), vec![(file.clone(), line_of(&bad, "group-quit"), "check-unknown-goal")]);
    let id = "koze-photo-bebe";
    let src = src_of(id);
    let bad = src.replace("photo = \"bebe\"", "photo = \"vitale\"");
    assert_eq!(
        problems(id, &bad),
        vec![(format!("echanger/{id}.toml"), line_of(&bad, "photo = "), "check-unknown-value")],
        "the private photo is never the one to send"
    );
    let id = "koze-numero-inconnu";
    let src = src_of(id);
    let bad = src.replace("unknown = \"inconnu\"", "unknown = \"marie\"");
    assert_eq!(
        problems(id, &bad),
        vec![(format!("echanger/{id}.toml"), line_of(&bad, "unknown = "), "check-unknown-value")]
    );
}

#[test]
fn a_broken_world_is_reported_in_the_world_file() {
    let world_problems = |src: &str| match Reader::run("echanger/koze.toml", src, world::parse) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(|p| (p.line, p.msg.id)).collect::<Vec<_>>(),
    };
    assert!(world_problems(WORLD).is_empty());
    let bad = WORLD.replacen("with = \"josiane\"", "with = \"josie\"", 1);
    assert_eq!(world_problems(&bad), vec![(line_of(&bad, "josie"), "check-unknown-value")]);
    let bad = WORLD.replace("members = [\"steeve\", \"rosa\"]", "members = [\"steeve\", \"rose\"]");
    assert_eq!(world_problems(&bad), vec![(line_of(&bad, "\"rose\""), "check-unknown-value")]);
    // "number" only in an unknown number's conversation (the first two are there).
    let bad = WORLD.replacen("from = \"marie\"", "from = \"number\"", 1);
    let third = bad.lines().enumerate().filter(|(_, l)| l.trim() == "from = \"number\"").nth(2).unwrap().0 + 1;
    assert_eq!(world_problems(&bad), vec![(third, "check-unknown-value")]);
    let bad = WORLD.replacen("label.fr = \"Le bébé Noah qui dort\"", "lable.fr = \"Le bébé Noah qui dort\"", 1);
    let p = world_problems(&bad);
    assert!(p.contains(&(line_of(&bad, "lable.fr"), "check-unknown-field")), "{p:?}");
    // A problem in the world fails the mission, pointing into the world file.
    let id = "koze-tatie";
    let ex = crate::read_exercise("echanger", id, &src_of(id)).unwrap();
    let mut m = (*(ex.data).sim::<crate::Messaging>().unwrap()).clone();
    let e = m.attach("echanger/koze-tatie.toml", &src_of(id), "echanger/koze.toml", &bad).unwrap_err();
    assert!(e.iter().all(|p| p.file == "echanger/koze.toml"));
}
