//! The phone: the steps the apps take the learner through, the permissions
//! given, the settings screens, and the goals.

use super::PhonePermissions;
use pas_a_pas_core::kinds::Verdict;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Contacts,
    Location,
    Camera,
    Microphone,
    Photos,
    Sms,
}

impl Permission {
    /// Android (11 and later) offers "while using the app" and "only this
    /// time" for these three only; the others are simply allowed or not.
    pub fn while_using(self) -> bool {
        matches!(self, Permission::Location | Permission::Camera | Permission::Microphone)
    }

    /// The choices of the permission dialog, in Android's order: "Pendant
    /// l'utilisation de l'appli", "Uniquement cette fois-ci", "Ne pas
    /// autoriser"; or "Autoriser", "Ne pas autoriser". "Toujours autoriser"
    /// is never in a dialog: it exists for the location only, in Settings.
    pub fn choices(self) -> &'static [Grant] {
        if self.while_using() {
            &[Grant::WhileUsing, Grant::Once, Grant::Deny]
        } else {
            &[Grant::Always, Grant::Deny]
        }
    }

    /// The choices in Settings → Applications → the app → Autorisations.
    pub fn settings_choices(self) -> &'static [Grant] {
        match self {
            Permission::Location => &[Grant::Always, Grant::WhileUsing, Grant::Once, Grant::Deny],
            Permission::Camera | Permission::Microphone => &[Grant::WhileUsing, Grant::Once, Grant::Deny],
            _ => &[Grant::Always, Grant::Deny],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grant {
    /// "Toujours autoriser" (location, in Settings only), or "Autoriser" for
    /// the permissions that have no other choice.
    Always,
    /// "Pendant l'utilisation de l'appli" (in Settings: "Autoriser seulement
    /// si l'appli est en cours d'utilisation").
    WhileUsing,
    /// "Uniquement cette fois-ci" (in Settings: "Toujours demander").
    Once,
    /// "Ne pas autoriser".
    Deny,
}

/// One moment of the walk through the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The app store page of an app, with "Installer".
    Install(usize),
    /// A permission dialog (index in `asks`).
    Ask(usize),
    /// Inside an app, with its button.
    Use(usize),
    /// The home screen and the settings.
    Settings,
}

/// Where the learner is in the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Settings,
    Apps,
    /// The permissions of one app (index in `apps`).
    App(usize),
}

/// The walk: each new app is installed, asks at first opening, is used and
/// asks again; then the settings.
pub fn script(d: &PhonePermissions) -> Vec<Step> {
    let mut out = Vec::new();
    for a in (0..d.apps.len()).filter(|&a| !d.apps[a].installed) {
        out.push(Step::Install(a));
        out.extend(d.asks.iter().enumerate().filter(|(_, k)| k.app == a && !k.on_use).map(|(i, _)| Step::Ask(i)));
        out.push(Step::Use(a));
        out.extend(d.asks.iter().enumerate().filter(|(_, k)| k.app == a && k.on_use).map(|(i, _)| Step::Ask(i)));
    }
    out.push(Step::Settings);
    out
}

#[derive(Clone, Debug, PartialEq)]
pub struct Phone {
    pub script: Vec<Step>,
    pub at: usize,
    /// What each ask got (same order as `asks`); `None`: not asked yet.
    pub grants: Vec<Option<Grant>>,
    pub screen: Screen,
    /// Choices that give more than the app needs (count toward the hint).
    pub wrong_moves: u32,
    pub touched: bool,
}

impl Phone {
    pub fn new(d: &PhonePermissions) -> Self {
        Phone {
            script: script(d),
            at: 0,
            grants: d.asks.iter().map(|k| k.granted).collect(),
            screen: Screen::Home,
            wrong_moves: 0,
            touched: false,
        }
    }

    pub fn step(&self) -> Step {
        self.script.get(self.at).copied().unwrap_or(Step::Settings)
    }

    fn advance(&mut self) {
        self.touched = true;
        if self.at + 1 < self.script.len() {
            self.at += 1;
        }
    }

    /// "Installer" on the store page, or the app's own button.
    pub fn go_on(&mut self) {
        if matches!(self.step(), Step::Install(_) | Step::Use(_)) {
            self.advance();
        }
    }

    /// A choice in the permission dialog on screen (one it offers).
    pub fn answer(&mut self, d: &PhonePermissions, g: Grant) {
        if let Step::Ask(i) = self.step() {
            if d.asks[i].permission.choices().contains(&g) {
                self.set(d, i, g);
                self.advance();
            }
        }
    }

    /// Sets a permission (dialog or settings, to a choice Settings offers);
    /// more than needed is a wrong move.
    pub fn set(&mut self, d: &PhonePermissions, ask: usize, g: Grant) {
        if self.grants[ask] == Some(g) || !d.asks[ask].permission.settings_choices().contains(&g) {
            return;
        }
        self.grants[ask] = Some(g);
        self.touched = true;
        if !d.asks[ask].best.contains(&g) {
            self.wrong_moves += 1;
        }
    }

    pub fn open(&mut self, s: Screen) {
        if self.step() == Step::Settings {
            self.screen = s;
            self.touched = true;
        }
    }

    /// Apps on the phone now: installed earlier, or installed during the walk.
    pub fn installed(&self, d: &PhonePermissions) -> Vec<usize> {
        (0..d.apps.len())
            .filter(|&a| d.apps[a].installed || self.script[..self.at].contains(&Step::Install(a)))
            .collect()
    }

    /// How one permission was set, for the explanations after "Vérifier".
    pub fn verdict(&self, d: &PhonePermissions, ask: usize) -> Verdict {
        match self.grants[ask] {
            None => Verdict::Missed,
            Some(g) if d.asks[ask].best.contains(&g) => Verdict::Right,
            Some(_) => Verdict::Wrong,
        }
    }

    /// The goal of an app (its id): every permission it asked for set well.
    pub fn meets(&self, d: &PhonePermissions, goal: &str) -> bool {
        let Some(a) = d.apps.iter().position(|app| app.id == goal) else { return false };
        d.asks.iter().enumerate().filter(|(_, k)| k.app == a).all(|(i, _)| self.verdict(d, i) == Verdict::Right)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::data;
    use super::*;

    #[test]
    fn the_walk_installs_each_new_app_then_opens_the_settings() {
        let d = data();
        assert_eq!(
            script(&d),
            vec![
                Step::Install(0),
                Step::Ask(0),
                Step::Ask(1),
                Step::Use(0),
                Step::Install(1),
                Step::Use(1),
                Step::Ask(2),
                Step::Settings
            ]
        );
    }

    /// Walks through every dialog with `choose`, then stops in the settings.
    fn walk(d: &PhonePermissions, choose: impl Fn(usize) -> Grant) -> Phone {
        let mut p = Phone::new(d);
        while p.step() != Step::Settings {
            match p.step() {
                Step::Ask(i) => p.answer(d, choose(i)),
                _ => p.go_on(),
            }
        }
        p
    }

    #[test]
    fn good_choices_meet_the_goals_of_new_apps_and_the_old_one_waits_for_the_settings() {
        let d = data();
        let mut p = walk(&d, |i| d.asks[i].best[0]);
        assert!(p.meets(&d, "lampe"));
        assert!(p.meets(&d, "visio"));
        assert!(!p.meets(&d, "clavier"), "the keyboard still listens");
        assert_eq!(p.wrong_moves, 0);
        assert_eq!(p.installed(&d), vec![0, 1, 2]);
        p.open(Screen::App(2));
        p.set(&d, 3, Grant::Deny);
        assert!(p.meets(&d, "clavier"));
        assert!(!p.meets(&d, "unknown"));
        assert_eq!(p.wrong_moves, 0);
    }

    #[test]
    fn giving_too_much_misses_the_goal_and_counts_as_a_wrong_move() {
        let d = data();
        // The most each dialog offers: "Autoriser", or "Pendant l'utilisation de l'appli".
        let p = walk(&d, |i| d.asks[i].permission.choices()[0]);
        assert!(!p.meets(&d, "lampe"));
        assert!(p.meets(&d, "visio"), "the camera while calling is what a video call needs");
        assert_eq!(p.wrong_moves, 2);
        assert_eq!(p.verdict(&d, 0), Verdict::Wrong);
        // The settings can take it back.
        let mut p = p;
        p.set(&d, 0, Grant::Deny);
        p.set(&d, 1, Grant::Deny);
        assert!(p.meets(&d, "lampe"));
        // "Toujours autoriser" for the location exists in Settings only: too much here.
        p.set(&d, 1, Grant::Always);
        assert!(!p.meets(&d, "lampe"));
        assert_eq!(p.wrong_moves, 3);
        // Refusing the camera to a video call is safe but the call cannot work.
        p.set(&d, 2, Grant::Deny);
        assert!(!p.meets(&d, "visio"));
        assert_eq!(p.wrong_moves, 4);
    }

    #[test]
    fn a_choice_the_screen_does_not_offer_changes_nothing() {
        let d = data();
        let mut p = Phone::new(&d);
        p.go_on();
        assert_eq!(p.step(), Step::Ask(0));
        // Contacts: "Autoriser" or "Ne pas autoriser", nothing "only this time".
        p.answer(&d, Grant::Once);
        assert_eq!((p.step(), p.grants[0]), (Step::Ask(0), None));
        p.answer(&d, Grant::Deny);
        // Location: no "Toujours autoriser" in the dialog.
        assert_eq!(p.step(), Step::Ask(1));
        p.answer(&d, Grant::Always);
        assert_eq!((p.step(), p.grants[1]), (Step::Ask(1), None));
        p.answer(&d, Grant::Once);
        assert_eq!(p.grants[1], Some(Grant::Once));
        // The camera never has "always", not even in Settings.
        p.set(&d, 2, Grant::Always);
        assert_eq!(p.grants[2], None);
        assert_eq!(p.wrong_moves, 1, "only this time is still more than a torch needs");
    }

    #[test]
    fn a_permission_never_asked_is_missed() {
        let d = data();
        let mut p = Phone::new(&d);
        assert!(!p.touched);
        assert_eq!(p.installed(&d), vec![2]);
        p.go_on();
        assert!(p.touched);
        assert_eq!(p.installed(&d), vec![0, 2], "installed, now asking");
        assert_eq!(p.step(), Step::Ask(0));
        assert_eq!(p.verdict(&d, 2), Verdict::Missed);
        assert!(!p.meets(&d, "visio"));
        // Outside the settings, the settings screens do not open.
        p.open(Screen::Apps);
        assert_eq!(p.screen, Screen::Home);
        // The button of a dialog step does not skip it.
        p.go_on();
        assert_eq!(p.step(), Step::Ask(0));
    }

    #[test]
    fn dialogs_offer_the_android_choices() {
        // Android 11 and later: no "always" in a dialog.
        assert_eq!(Permission::Location.choices(), &[Grant::WhileUsing, Grant::Once, Grant::Deny]);
        assert_eq!(Permission::Camera.choices(), &[Grant::WhileUsing, Grant::Once, Grant::Deny]);
        assert_eq!(Permission::Contacts.choices(), &[Grant::Always, Grant::Deny]);
        assert!(!Permission::Microphone.choices().contains(&Grant::Always));
        // "Always" exists for the location only, in Settings.
        assert!(Permission::Location.settings_choices().contains(&Grant::Always));
        assert!(!Permission::Camera.settings_choices().contains(&Grant::Always));
        assert!(!Permission::Microphone.settings_choices().contains(&Grant::Always));
        for p in [Permission::Contacts, Permission::Photos, Permission::Sms] {
            assert_eq!(p.settings_choices(), p.choices());
        }
    }
}
