//! The browser going from site to site, the choices made on each banner,
//! and the goals.

use super::CookieBanners;

#[derive(Clone, Debug, PartialEq)]
pub struct Browser {
    /// The site on screen (index in `sites`).
    pub site: usize,
    /// The switches of "Paramétrer", when open.
    pub panel: Option<Vec<bool>>,
    /// What was chosen on each site: which purposes are accepted.
    pub choices: Vec<Option<Vec<bool>>>,
    /// Accepting more than needed (counts toward the hint).
    pub wrong_moves: u32,
    pub touched: bool,
}

impl Browser {
    pub fn new(d: &CookieBanners) -> Self {
        Browser { site: 0, panel: None, choices: vec![None; d.sites.len()], wrong_moves: 0, touched: false }
    }

    /// The banner is still on screen.
    pub fn banner(&self) -> bool {
        self.choices[self.site].is_none()
    }

    fn choose(&mut self, d: &CookieBanners, accepted: Vec<bool>) {
        if !self.banner() {
            return;
        }
        if accepted != d.refused() {
            self.wrong_moves += 1;
        }
        self.choices[self.site] = Some(accepted);
        self.panel = None;
        self.touched = true;
    }

    pub fn accept_all(&mut self, d: &CookieBanners) {
        self.choose(d, vec![true; d.purposes.len()]);
    }

    /// "Tout refuser" or "Continuer sans accepter": only what is required.
    pub fn refuse_all(&mut self, d: &CookieBanners) {
        self.choose(d, d.refused());
    }

    /// "Paramétrer": the switches, as the site set them.
    pub fn customise(&mut self, d: &CookieBanners) {
        if self.banner() && self.panel.is_none() {
            self.panel = Some(d.sites[self.site].preset.clone());
            self.touched = true;
        }
    }

    /// A switch of the settings; the required ones stay on.
    pub fn toggle(&mut self, d: &CookieBanners, purpose: usize, on: bool) {
        if d.purposes[purpose].required {
            return;
        }
        if let Some(p) = self.panel.as_mut() {
            p[purpose] = on;
        }
    }

    /// "Enregistrer mes choix".
    pub fn save(&mut self, d: &CookieBanners) {
        if let Some(p) = self.panel.clone() {
            self.choose(d, p);
        }
    }

    pub fn has_next(&self) -> bool {
        !self.banner() && self.site + 1 < self.choices.len()
    }

    pub fn next(&mut self) {
        if self.has_next() {
            self.site += 1;
        }
    }

    /// The goal of a site (its id): only the required cookies accepted.
    pub fn meets(&self, d: &CookieBanners, goal: &str) -> bool {
        d.sites.iter().position(|s| s.id == goal).is_some_and(|i| self.choices[i].as_ref() == Some(&d.refused()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::data;
    use super::*;

    #[test]
    fn refusing_everything_meets_the_goal_and_keeps_the_required() {
        let d = data();
        let mut b = Browser::new(&d);
        assert!(!b.touched && b.banner());
        b.refuse_all(&d);
        assert!(b.meets(&d, "meteo"));
        assert_eq!(b.choices[0], Some(vec![true, false, false]));
        assert!(!b.meets(&d, "boutique"));
        assert_eq!(b.wrong_moves, 0);
        assert!(!b.meets(&d, "unknown"));
    }

    #[test]
    fn accepting_everything_misses_the_goal() {
        let d = data();
        let mut b = Browser::new(&d);
        b.accept_all(&d);
        assert!(!b.meets(&d, "meteo"));
        assert_eq!(b.wrong_moves, 1);
        // The banner is gone: a second choice changes nothing.
        b.refuse_all(&d);
        assert!(!b.meets(&d, "meteo"));
    }

    #[test]
    fn the_hidden_refusal_needs_every_preset_switch_turned_off() {
        let d = data();
        let mut b = Browser::new(&d);
        b.refuse_all(&d);
        b.next();
        assert_eq!(b.site, 1);
        b.customise(&d);
        assert_eq!(b.panel, Some(vec![true, true, true]), "the site turned them on");
        b.toggle(&d, 1, false);
        b.toggle(&d, 0, false); // required: stays on
        assert_eq!(b.panel, Some(vec![true, false, true]));
        // Saving with advertising still on misses the goal.
        let mut half = b.clone();
        half.save(&d);
        assert!(!half.meets(&d, "boutique"));
        assert_eq!(half.wrong_moves, 1);
        b.toggle(&d, 2, false);
        b.save(&d);
        assert!(b.meets(&d, "boutique"));
        assert!(b.meets(&d, "meteo"));
        assert_eq!(b.wrong_moves, 0);
        assert!(!b.has_next());
    }

    #[test]
    fn no_next_site_before_choosing() {
        let d = data();
        let mut b = Browser::new(&d);
        b.next();
        assert_eq!(b.site, 0);
        b.save(&d); // no panel open: nothing
        assert!(b.banner());
    }
}
