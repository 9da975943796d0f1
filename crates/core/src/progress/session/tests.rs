//! The shared-computer rules against memory stores and a fixed clock:
//! one `local` store is the browser, each `tab` store is one tab.

use super::*;
use crate::progress::store::{progress_key, DIRECTORY_KEY};
use crate::progress::{Export, MAX_PROFILES};
use crate::store::MemoryStore;

const MINUTE: f64 = 60_000.0;

fn clock() -> FixedClock {
    FixedClock::new(1_000_000.0, "2026-12-01")
}

fn rules<'a>(local: &'a MemoryStore, tab: &'a MemoryStore, clock: &'a FixedClock) -> Rules<'a> {
    Rules { local, tab, clock }
}

fn done(ex: &str) -> Completion {
    Completion { module: "cv".into(), exercise: ex.into(), score: 2, max: 2 }
}

#[test]
fn signed_in_lives_in_the_tab_and_ends_with_the_window() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    let fatima = r.create_profile("Fatima", "volcan").unwrap().profile;
    // A reload of the same tab: still Fatima.
    assert_eq!(r.restore(15), Some(Learner::Profile(fatima.clone())));
    assert!(local.get("session").is_none(), "nothing about who is signed in is shared");
    // The window closed; the next person opens a new one (a new tab store).
    let next_tab = MemoryStore::new();
    assert_eq!(rules(&local, &next_tab, &c).restore(15), None);
}

#[test]
fn downloads_are_remembered_in_the_tab_until_sign_out() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    r.create_profile("Fatima", "volcan").unwrap();
    r.note_download("cv.json");
    assert_eq!(r.note_download("cv.json"), vec!["cv.json".to_string()]);
    assert_eq!(r.note_download("p.json").len(), 2);
    assert!(local.keys().iter().all(|k| !k.contains("download")), "never in local storage");
    r.sign_out();
    assert!(r.downloads().is_empty());
}

#[test]
fn idle_ends_the_session_for_a_learner_and_a_guest() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    r.create_profile("Kévin", "tortue").unwrap();
    c.advance(10.0 * MINUTE);
    assert!(r.restore(15).is_some(), "10 minutes away: still here");
    r.touch();
    c.advance(16.0 * MINUTE);
    assert_eq!(r.restore(15), None, "16 minutes away: gone");
    assert!(tab.get("session").is_none());
    r.sign_in_guest();
    assert_eq!(r.restore(15), Some(Learner::Guest));
    c.advance(16.0 * MINUTE);
    assert_eq!(r.restore(15), None);
}

#[test]
fn ids_are_never_reused_and_new_keys_start_empty() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    let a = r.create_profile("Fatima", "volcan").unwrap().profile.id;
    r.erase(&a).unwrap();
    let b = r.create_profile("Kévin", "tortue").unwrap().profile.id;
    assert_ne!(a, b, "an erased learner's id is not given again");
    // Kévin's keys survive a damaged list, which is put aside.
    r.record(&b, &done("x")).unwrap();
    local.set(&format!("profile.{b}.cv"), "{\"cv\":1}").unwrap();
    local.set(DIRECTORY_KEY, "{\"schema\":2,\"profiles\":").unwrap();
    let d = r.directory();
    assert_eq!(d.trouble, Some(Trouble::PutAside));
    assert!(local.get(&format!("{DIRECTORY_KEY}.corrupt")).is_some());
    let next = r.create_profile("Josiane", "fleur").unwrap();
    assert_ne!(next.profile.id, b);
    assert_eq!(next.progress.value, Progress::default(), "the new learner inherits no results");
    assert!(local.get(&format!("profile.{}.cv", next.profile.id)).is_none(), "nor a CV");
    assert!(local.get(&format!("profile.{b}.cv")).is_some(), "what was left is not lost");
}

#[test]
fn a_key_left_under_a_new_id_is_cleared_before_use() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    // A list that says nothing of p1, and p1's results left behind.
    local.set(DIRECTORY_KEY, r#"{"schema":2,"profiles":[]}"#).unwrap();
    let mut p = Progress::default();
    p.complete(&done("x"), "2026-11-01");
    local.set(&progress_key("p1"), &p.to_stored()).unwrap();
    let s = r.create_profile("Anli", "bateau").unwrap();
    assert_eq!(s.progress.value, Progress::default());
}

#[test]
fn two_hundred_learners_at_most_when_creating_and_importing() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    for i in 0..MAX_PROFILES {
        r.create_profile(&format!("L{i}"), "soleil").unwrap();
    }
    assert_eq!(r.create_profile("Un de plus", "soleil"), Err(Refusal::TooMany));
    let e = Export::new(&r.directory().value.profiles[0].clone(), &Progress::default(), "2026-12-01");
    let stranger = Export { name: "Inconnu".into(), ..e };
    r.sign_out();
    assert_eq!(r.import(None, &stranger), Err(Refusal::TooMany));
    assert_eq!(r.directory().value.profiles.len(), MAX_PROFILES);
}

#[test]
fn two_tabs_of_one_learner_keep_both_results() {
    let local = MemoryStore::new();
    let (tab_a, tab_b, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let a = rules(&local, &tab_a, &c);
    let b = rules(&local, &tab_b, &c);
    let id = a.create_profile("Fatima", "volcan").unwrap().profile.id;
    b.sign_in(&id).unwrap();
    a.record(&id, &done("one")).unwrap();
    let now = b.record(&id, &done("two")).unwrap();
    assert!(now.is_done("cv", "one") && now.is_done("cv", "two"));
    let stored = store::load_progress(&local, &id).unwrap().value;
    assert_eq!(stored, now);
    // Renaming in one tab keeps a profile created in the other.
    let other = b.create_profile("Kévin", "tortue").unwrap().profile.id;
    a.rename(&id, "Fatima M.").unwrap();
    let d = a.directory().value;
    assert!(d.get(&other).is_some());
    assert_eq!(d.get(&id).unwrap().name, "Fatima M.");
}

#[test]
fn a_stale_tab_never_brings_back_an_erased_learner() {
    let local = MemoryStore::new();
    let (tab_a, tab_b, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let a = rules(&local, &tab_a, &c);
    let b = rules(&local, &tab_b, &c);
    let id = a.create_profile("Fatima", "volcan").unwrap().profile.id;
    b.sign_in(&id).unwrap();
    a.save_own_value(&id, "cv", "{}").unwrap();
    a.erase(&id).unwrap();
    assert_eq!(a.restore(15), None, "the erasing tab is signed out");
    assert_eq!(b.restore(15), None, "so is the other, on its next look");
    assert_eq!(b.record(&id, &done("x")), Err(Refusal::Gone));
    assert_eq!(b.save_own_value(&id, "cv", "{\"late\":1}"), Err(Refusal::Gone));
    assert_eq!(b.rename(&id, "Fatima"), Err(Refusal::Gone));
    assert!(local.keys_starting_with(&store::profile_prefix(&id)).is_empty(), "no key came back");
}

#[test]
fn an_import_never_merges_into_someone_else() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    let fatima = r.create_profile("Fatima", "volcan").unwrap().profile;
    r.record(&fatima.id, &done("mine")).unwrap();
    r.sign_out();
    // Another Fatima, with another picture, brings her file.
    let mut theirs = Progress::default();
    theirs.complete(&done("theirs"), "2026-11-02");
    let other = Export::new(&Profile { picture: "fleur".into(), ..fatima.clone() }, &theirs, "2026-11-30");
    let s = r.import(None, &other).unwrap();
    assert_ne!(s.profile.id, fatima.id, "a new profile");
    assert!(!s.progress.value.is_done("cv", "mine"));
    let kept = store::load_progress(&local, &fatima.id).unwrap().value;
    assert!(!kept.is_done("cv", "theirs"), "the first Fatima's results are untouched");
    // The same name and picture is the same learner coming back.
    r.sign_out();
    let back = Export::new(&fatima, &theirs, "2026-11-30");
    let s = r.import(None, &back).unwrap();
    assert_eq!(s.profile.id, fatima.id);
    assert!(s.progress.value.is_done("cv", "mine") && s.progress.value.is_done("cv", "theirs"));
    // Signed in, a file merges into the learner who chose it.
    let s = r.import(Some(&fatima.id), &other).unwrap();
    assert_eq!(s.profile.id, fatima.id);
}

#[test]
fn reset_erases_everything_but_the_kept_workshop() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    let id = r.create_profile("Fatima", "volcan").unwrap().profile.id;
    r.record(&id, &done("x")).unwrap();
    local.set("workshop", "{}").unwrap();
    local.set("settings", "{}").unwrap();
    r.reset(Some("workshop")).unwrap();
    assert_eq!(local.keys(), vec!["workshop".to_string()]);
    assert_eq!(r.restore(15), None);
    r.reset(None).unwrap();
    assert!(local.keys().is_empty());
}

#[test]
fn a_newer_list_is_never_written_over() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    let newer = r#"{"schema":3,"profiles":[]}"#;
    local.set(DIRECTORY_KEY, newer).unwrap();
    assert_eq!(r.create_profile("Fatima", "volcan"), Err(Refusal::Storage(Trouble::TooNew)));
    assert_eq!(r.directory().trouble, Some(Trouble::TooNew));
    assert_eq!(local.get(DIRECTORY_KEY).as_deref(), Some(newer));
}

#[test]
fn a_full_storage_keeps_what_was_saved() {
    let local = MemoryStore::with_quota(400);
    let (tab, c) = (MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    let id = r.create_profile("Fatima", "volcan").unwrap().profile.id;
    r.record(&id, &done("a")).unwrap();
    let before = local.get(&progress_key(&id));
    let long = format!("{}-{}", "b".repeat(50), "c".repeat(9));
    let mut refused = None;
    for i in 0..20 {
        if let Err(e) = r.record(&id, &done(&format!("{}{i}", &long[..55]))) {
            refused = Some(e);
            break;
        }
    }
    assert_eq!(refused, Some(Refusal::Storage(Trouble::Full)));
    assert!(local.get(&progress_key(&id)).is_some_and(|p| p.len() >= before.unwrap().len()));
    assert!(store::load_progress(&local, &id).unwrap().value.is_done("cv", "a"));
}

#[test]
fn a_farewell_is_said_once_in_the_tab_that_left() {
    let (local, tab) = (MemoryStore::default(), MemoryStore::default());
    let clock = FixedClock::new(0.0, "2026-12-01");
    let rules = Rules { local: &local, tab: &tab, clock: &clock };
    assert_eq!(rules.take_farewell(), None);
    rules.say_farewell(Farewell::Idle);
    assert_eq!(rules.take_farewell(), Some(Farewell::Idle));
    assert_eq!(rules.take_farewell(), None, "said once");
    let _ = tab.set(FAREWELL_KEY, "au revoir");
    assert_eq!(rules.take_farewell(), None, "a damaged value says nothing");
    assert_eq!(tab.get(FAREWELL_KEY), None);
}

#[test]
fn a_guests_results_follow_the_tab_and_go_with_it() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    r.sign_in_guest();
    assert_eq!(r.guest_progress(), Progress::default());
    let p = r.record_guest(&done("a"));
    assert!(p.is_done("cv", "a"));
    // Another program of the same tab reads them back; nothing is in local storage.
    assert_eq!(r.guest_progress(), p);
    assert!(local.keys().is_empty(), "{:?}", local.keys());
    // A damaged value reads as nothing, and never panics.
    tab.set(GUEST_PROGRESS_KEY, "{\"schema\":2,\"records\":").unwrap();
    assert_eq!(r.guest_progress(), Progress::default());
    r.record_guest(&done("b"));
    // "Terminer", a new guest and the idle timeout each start from nothing.
    r.sign_out();
    assert!(tab.get(GUEST_PROGRESS_KEY).is_none());
    r.sign_in_guest();
    r.record_guest(&done("c"));
    r.sign_in_guest();
    assert_eq!(r.guest_progress(), Progress::default(), "a new guest inherits nothing");
    r.record_guest(&done("d"));
    c.advance(16.0 * MINUTE);
    assert_eq!(r.restore(15), None);
    assert!(tab.get(GUEST_PROGRESS_KEY).is_none(), "gone after the idle timeout");
}

#[test]
fn the_advisors_code_holds_in_its_tab_until_a_learner_or_the_idle_time() {
    let (local, tab, c) = (MemoryStore::new(), MemoryStore::new(), clock());
    let r = rules(&local, &tab, &c);
    assert!(!r.advisor_unlocked(15), "nobody typed the code yet");
    r.unlock_advisor();
    // The presenter's program, then the check's, in the same tab: no code again.
    assert!(r.advisor_unlocked(15));
    c.advance(10.0 * MINUTE);
    r.touch();
    c.advance(10.0 * MINUTE);
    assert!(r.advisor_unlocked(15), "active 10 minutes ago");
    // Another tab (or the window reopened) asks for it.
    assert!(!rules(&local, &MemoryStore::new(), &c).advisor_unlocked(15));
    assert!(local.keys().is_empty(), "nothing of it is shared: {:?}", local.keys());
    // Left alone longer than the idle time: asked again, and touching it then
    // does not bring it back.
    c.advance(16.0 * MINUTE);
    assert!(!r.advisor_unlocked(15));
    r.touch();
    assert!(!r.advisor_unlocked(15));
    // A learner signed in before the code was typed goes on in the tab's
    // other programs: that is not a new sign-in, the code holds.
    let fatima = r.create_profile("Fatima", "volcan").unwrap().profile;
    r.unlock_advisor();
    assert_eq!(r.restore(15), Some(Learner::Profile(fatima.clone())));
    assert_eq!(r.resume(&fatima.id).unwrap().profile, fatima);
    assert!(r.advisor_unlocked(15), "the code holds in the learner's next program");
    // A learner signs in in this tab: the advisor's pages ask again.
    r.sign_in(&fatima.id).unwrap();
    assert!(!r.advisor_unlocked(15));
    r.unlock_advisor();
    r.sign_in_guest();
    assert!(!r.advisor_unlocked(15));
    r.unlock_advisor();
    r.create_profile("Fatima", "volcan").unwrap();
    assert!(!r.advisor_unlocked(15));
    // A damaged mark reads as locked, and goes.
    tab.set(ADVISOR_KEY, "demain").unwrap();
    assert!(!r.advisor_unlocked(15));
    assert!(tab.get(ADVISOR_KEY).is_none());
}
