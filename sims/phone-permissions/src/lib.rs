//! `phone-permissions`: an Android-like phone. The learner installs apps that
//! ask for permissions (the dialogs of Android 11 and later: "Pendant
//! l'utilisation de l'appli", "Uniquement cette fois-ci", "Ne pas autoriser";
//! or "Autoriser", "Ne pas autoriser"), then opens Paramètres → Applications →
//! Autorisations to take back a permission given earlier ("Toujours
//! autoriser" exists there, for the location only). Each app is one goal: all
//! its permissions set to a good choice.
//!
//! ```toml
//! kind = "phone-permissions"
//! [[apps]]
//! id = "lampe"                      # also the id of this app's goal
//! name.fr = "Lampe Torche Pro"
//! maker = "Bright Tools Ltd"        # who made it, shown in the app store
//! store.fr = "Une lampe puissante."  # its description in the app store
//! action.fr = "Allumer la lampe"    # the button inside the app
//! installed = false                 # true: installed earlier, its permissions given
//! [[asks]]
//! app = "lampe"
//! permission = "contacts"           # contacts, location, camera, microphone, photos, sms
//! at = "install"                    # install: at first opening; use: when its button is pressed
//! reason.fr = "…"                   # optional: what the app says before asking
//! granted = "always"                # apps installed earlier: what was given then
//! best = ["deny"]                   # the good choices: always, while-using, once, deny
//! # "while-using" and "once" exist for location, camera and microphone only;
//! # "always" for location (in Settings) and for the others ("Autoriser").
//! explanation.fr = "…"
//! # then hint, debrief and [[goals]] (see pas_a_pas_core::mission); goal ids are app ids
//! ```

pub mod state;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use state::{Grant, Permission};
use std::sync::Arc;

pub const KEYS: &[&str] = &["apps", "asks", "goals", "hint", "debrief"];

#[derive(Clone, Debug, PartialEq)]
pub struct PhonePermissions {
    pub apps: Vec<App>,
    pub asks: Vec<Ask>,
    pub mission: Arc<Mission>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct App {
    pub id: String,
    pub name: Text,
    pub maker: String,
    pub store: Text,
    pub action: Text,
    pub installed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ask {
    /// Index in `apps`.
    pub app: usize,
    pub permission: Permission,
    /// Asked when the app is used (its button), not at its first opening.
    pub on_use: bool,
    pub reason: Option<Text>,
    pub granted: Option<Grant>,
    pub best: Vec<Grant>,
    pub explanation: Text,
}

const PERMISSIONS: &[(&str, Permission)] = &[
    ("contacts", Permission::Contacts),
    ("location", Permission::Location),
    ("camera", Permission::Camera),
    ("microphone", Permission::Microphone),
    ("photos", Permission::Photos),
    ("sms", Permission::Sms),
];
const GRANTS: &[(&str, Grant)] =
    &[("always", Grant::Always), ("while-using", Grant::WhileUsing), ("once", Grant::Once), ("deny", Grant::Deny)];
const MOMENTS: &[(&str, bool)] = &[("install", false), ("use", true)];

fn grant_name(g: Grant) -> &'static str {
    GRANTS.iter().find(|(_, x)| *x == g).map(|(n, _)| *n).unwrap_or("?")
}

/// A choice that Android does not offer for this permission (camera
/// "always", contacts "only this time"…), at `key`.
fn not_offered(r: &mut Reader, at: &[Seg], key: &str, g: Grant, permission: Permission) {
    let mut path = at.to_vec();
    path.push(Seg::Key(key.into()));
    let known: Vec<&str> = permission.settings_choices().iter().map(|g| grant_name(*g)).collect();
    r.problem_at(
        &path,
        Msg::new("check-unknown-value").arg("field", key).arg("value", grant_name(g)).arg("known", known.join(", ")),
    );
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<PhonePermissions> {
    let app_tables = r.tables(root, &[], "apps", 1);
    let ids = r.item_ids(&app_tables);
    // Asks and goals name apps by the ids written, even of an app with a problem.
    let id_names: Vec<String> = ids.iter().map(|i| i.clone().unwrap_or_default()).collect();
    let mut apps = Vec::new();
    for ((path, m), id) in app_tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "name", "maker", "store", "action", "installed"]);
        let name = r.text(m, path, "name", true);
        let maker = r.string(m, path, "maker", true);
        let store = r.text(m, path, "store", true);
        let action = r.text(m, path, "action", true);
        let installed = r.boolean(m, path, "installed", false);
        if let (Some(id), Some(name), Some(maker), Some(store), Some(action)) = (id, name, maker, store, action) {
            apps.push(App { id, name, maker, store, action, installed });
        }
    }
    let app_ids: Vec<&str> = id_names.iter().map(String::as_str).collect();
    let ask_tables = r.tables(root, &[], "asks", 1);
    let mut asks = Vec::new();
    for (path, m) in &ask_tables {
        r.known_keys(m, path, &["app", "permission", "at", "reason", "granted", "best", "explanation"]);
        let app = r.string(m, path, "app", true).and_then(|a| {
            let i = app_ids.iter().position(|x| *x == a);
            if i.is_none() {
                let mut p = path.clone();
                p.push(Seg::Key("app".into()));
                r.problem_at(
                    &p,
                    Msg::new("check-unknown-value")
                        .arg("field", "app")
                        .arg("value", a)
                        .arg("known", app_ids.iter().filter(|x| !x.is_empty()).copied().collect::<Vec<_>>().join(", ")),
                );
            }
            i
        });
        let permission = r.one_of(m, path, "permission", PERMISSIONS);
        let on_use = r.one_of(m, path, "at", MOMENTS);
        let reason = if m.contains_key("reason") { r.text(m, path, "reason", true).map(Some) } else { Some(None) };
        let installed = app.map(|a| app_tables[a].1.get("installed").and_then(|v| v.as_bool()) == Some(true));
        let granted = if installed == Some(true) { r.one_of(m, path, "granted", GRANTS).map(Some) } else { Some(None) };
        let best = r.string_list(m, path, "best", true).and_then(|names| {
            let mut out = Vec::new();
            for (i, n) in names.iter().enumerate() {
                match GRANTS.iter().find(|(k, _)| k == n) {
                    Some((_, g)) => out.push(*g),
                    None => {
                        let mut p = path.clone();
                        p.push(Seg::Key("best".into()));
                        p.push(Seg::Index(i));
                        r.problem_at(
                            &p,
                            Msg::new("check-unknown-value")
                                .arg("field", "best")
                                .arg("value", n.clone())
                                .arg("known", "always, while-using, once, deny"),
                        );
                        return None;
                    }
                }
            }
            if out.is_empty() {
                let mut p = path.clone();
                p.push(Seg::Key("best".into()));
                r.problem_at(&p, Msg::new("check-too-few").arg("field", "best").arg("min", "1"));
                return None;
            }
            Some(out)
        });
        // Each choice must be one Android offers for this permission.
        if let Some(p) = permission {
            if let Some(g) = best.iter().flatten().find(|g| !p.settings_choices().contains(g)) {
                not_offered(r, path, "best", *g, p);
            }
            if let Some(Some(g)) = granted.filter(|g| g.is_some_and(|g| !p.settings_choices().contains(&g))) {
                not_offered(r, path, "granted", g, p);
            }
        }
        let explanation = r.explanation(m, path, &format!("{}[{}]", "asks", asks.len() + 1));
        if let (Some(app), Some(permission), Some(on_use), Some(reason), Some(granted), Some(best), Some(explanation)) =
            (app, permission, on_use, reason, granted, best, explanation)
        {
            asks.push(Ask { app, permission, on_use, reason, granted, best, explanation });
        }
    }
    let known: Vec<&str> = app_ids.iter().filter(|x| !x.is_empty()).copied().collect();
    let mission = mission::parse(r, root, &known);
    (apps.len() == app_tables.len() && asks.len() == ask_tables.len() && !apps.is_empty() && !asks.is_empty())
        .then_some(())?;
    Some(PhonePermissions { apps, asks, mission: Arc::new(mission?) })
}

pas_a_pas_core::simulation!("phone-permissions", parse);

impl Model for PhonePermissions {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub const FILE: &str = r#"
hint.fr = "Refusez ce qui ne sert pas."
debrief.fr = "Dans la vraie vie…"
[[apps]]
id = "lampe"
name.fr = "Lampe"
maker = "Bright"
store.fr = "Une lampe."
action.fr = "Allumer"
[[apps]]
id = "visio"
name.fr = "Visio"
maker = "Visio SA"
store.fr = "Appels vidéo."
action.fr = "Appeler"
[[apps]]
id = "clavier"
name.fr = "Clavier"
maker = "Emoji Ltd"
store.fr = "Un clavier."
action.fr = "Écrire"
installed = true
[[asks]]
app = "lampe"
permission = "contacts"
at = "install"
best = ["deny"]
explanation.fr = "Une lampe n'a pas besoin de vos contacts."
[[asks]]
app = "lampe"
permission = "location"
at = "install"
best = ["deny"]
explanation.fr = "Ni de votre position."
[[asks]]
app = "visio"
permission = "camera"
at = "use"
reason.fr = "Pour vous voir, Visio a besoin de la caméra."
best = ["while-using"]
explanation.fr = "La caméra sert pendant l'appel."
[[asks]]
app = "clavier"
permission = "microphone"
at = "use"
granted = "while-using"
best = ["deny"]
explanation.fr = "Un clavier n'a pas à écouter."
[[goals]]
id = "lampe"
text.fr = "Lampe"
explanation.fr = "…"
[[goals]]
id = "visio"
text.fr = "Visio"
explanation.fr = "…"
[[goals]]
id = "clavier"
text.fr = "Clavier"
explanation.fr = "…"
"#;

    pub fn data() -> PhonePermissions {
        Reader::run("t.toml", FILE, parse).unwrap()
    }

    #[test]
    fn reads_a_file() {
        let d = data();
        assert_eq!(d.apps.len(), 3);
        assert_eq!(d.asks.len(), 4);
        assert!(d.apps[2].installed);
        assert_eq!(d.asks[3].granted, Some(Grant::WhileUsing));
        assert_eq!(d.asks[0].granted, None);
        assert!(d.asks[2].on_use && d.asks[2].reason.is_some());
        assert_eq!(d.asks[2].best, vec![Grant::WhileUsing]);
    }

    fn problems(src: &str) -> Vec<(usize, &'static str)> {
        Reader::run("t.toml", src, parse).unwrap_err().iter().map(|p| (p.line, p.msg.id)).collect()
    }

    #[test]
    fn bad_values_are_reported_on_their_line() {
        assert_eq!(problems(&FILE.replace("app = \"visio\"", "app = \"video\"")), vec![(36, "check-unknown-value")]);
        assert_eq!(problems(&FILE.replace("\"contacts\"", "\"agenda\"")), vec![(25, "check-unknown-value")]);
        // Contacts cannot be given "only while using the app".
        assert_eq!(
            problems(&FILE.replace(
                "best = [\"deny\"]\nexplanation.fr = \"Une lampe",
                "best = [\"while-using\"]\nexplanation.fr = \"Une lampe"
            )),
            vec![(27, "check-unknown-value")]
        );
        // A camera or a microphone is never given "always", not even in Settings.
        assert_eq!(
            problems(&FILE.replace("granted = \"while-using\"", "granted = \"always\"")),
            vec![(46, "check-unknown-value")]
        );
        // Contacts have no "only this time".
        assert_eq!(
            problems(&FILE.replace(
                "best = [\"deny\"]\nexplanation.fr = \"Une lampe",
                "best = [\"once\"]\nexplanation.fr = \"Une lampe"
            )),
            vec![(27, "check-unknown-value")]
        );
        // An app installed earlier says what was given.
        assert_eq!(problems(&FILE.replace("granted = \"while-using\"\n", "")), vec![(42, "check-missing-field")]);
        assert_eq!(
            problems(&FILE.replace("id = \"clavier\"\ntext", "id = \"jeu\"\ntext")),
            vec![(58, "check-unknown-goal")]
        );
    }

    /// The shipped exercises: good answers reach every goal (any good one, in
    /// the dialog), giving the most each dialog offers reaches at most half,
    /// refusing everything does not reach all.
    #[test]
    fn shipped_exercises_reward_the_right_choices_only() {
        use state::{Phone, Step};
        for (id, src) in [
            ("autorisations-telephone", include_str!("../../../exercises/vie-privee/autorisations-telephone.toml")),
            ("applis-du-quotidien", include_str!("../../../exercises/vie-privee/applis-du-quotidien.toml")),
        ] {
            let ex = crate::read_exercise("vie-privee", id, src).unwrap();
            let Some(d) = (ex.data).sim::<crate::PhonePermissions>() else { panic!("{id}") };
            let walk = |choose: &dyn Fn(usize) -> Grant| {
                let mut p = Phone::new(&d);
                while p.step() != Step::Settings {
                    match p.step() {
                        Step::Ask(i) => p.answer(&d, choose(i)),
                        _ => p.go_on(),
                    }
                }
                p
            };
            let score = |p: &Phone| d.mission.outcome(|g| p.meets(&d, g));
            for pick in [0, 1] {
                // Every good choice the dialog offers is good: "Uniquement cette fois-ci" as well.
                let choose = |i: usize| {
                    let offered: Vec<Grant> =
                        d.asks[i].best.iter().copied().filter(|g| d.asks[i].permission.choices().contains(g)).collect();
                    assert!(!offered.is_empty(), "{id}: ask {i} has a good choice in its dialog");
                    offered[pick.min(offered.len() - 1)]
                };
                let mut good = walk(&choose);
                assert!(score(&good).score < score(&good).max, "{id}: an old permission is left to remove");
                for (i, k) in d.asks.iter().enumerate().filter(|(_, k)| k.granted.is_some()) {
                    good.set(&d, i, k.best[0]);
                }
                assert!(score(&good).is_perfect(), "{id}");
                assert_eq!(good.wrong_moves, 0);
            }
            // The most each dialog offers ("Autoriser", "Pendant l'utilisation de l'appli").
            let most = score(&walk(&|i| d.asks[i].permission.choices()[0]));
            assert!(most.score * 2 <= most.max, "{id}: giving everything: {} of {}", most.score, most.max);
            let mut deny = walk(&|_| Grant::Deny);
            for (i, _) in d.asks.iter().enumerate() {
                deny.set(&d, i, Grant::Deny);
            }
            assert!(!score(&deny).is_perfect(), "{id}: refusing everything is not the answer");
        }
    }
}
