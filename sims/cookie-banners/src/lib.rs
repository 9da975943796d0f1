//! `cookie-banners`: the learner visits several fictional sites, each with a
//! realistic cookie banner: "Tout refuser" in plain sight, refusal hidden
//! behind "Paramétrer" with switches already on, or a small "Continuer sans
//! accepter" link. The goal on each site: refuse everything that is not
//! strictly necessary.
//!
//! ```toml
//! kind = "cookie-banners"
//! [[purposes]]                  # what cookies are for, the same on every site
//! id = "necessaires"
//! name.fr = "Strictement nécessaires"
//! description.fr = "Pour que le site marche."
//! required = true               # always on, cannot be refused
//! [[sites]]
//! id = "meteo"                  # also the id of this site's goal
//! address = "www.meteo-des-iles.fr"
//! name.fr = "Météo des Îles"
//! page.fr = "Saint-Denis : 28 °C."   # what the page shows once the banner is gone
//! layout = "plain"              # plain: "Tout refuser" button; settings: only in
//!                               # "Paramétrer"; link: a small "Continuer sans accepter"
//! title.fr = "Vos choix sur les cookies"
//! text.fr = "Nous et nos partenaires…"
//! accept.fr = "Tout accepter"
//! refuse.fr = "Tout refuser"    # plain and link only
//! customise.fr = "Paramétrer"
//! save.fr = "Enregistrer mes choix"
//! preset = ["mesure"]           # switches already on when "Paramétrer" opens
//! # then hint, debrief and [[goals]] (see pas_a_pas_core::mission); goal ids are site ids
//! ```

pub mod state;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;

pub const KEYS: &[&str] = &["purposes", "sites", "goals", "hint", "debrief"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// "Tout refuser", "Paramétrer" and "Tout accepter" side by side.
    Plain,
    /// Only "Paramétrer" and "Tout accepter"; the switches start on.
    Settings,
    /// Refusing is a small "Continuer sans accepter" link.
    Link,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Purpose {
    pub id: String,
    pub name: Text,
    pub description: Text,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub id: String,
    pub address: String,
    pub name: Text,
    pub page: Text,
    pub layout: Layout,
    pub title: Text,
    pub text: Text,
    pub accept: Text,
    pub refuse: Option<Text>,
    pub customise: Text,
    pub save: Text,
    /// Switches on when the settings open (same order as `purposes`).
    pub preset: Vec<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CookieBanners {
    pub purposes: Vec<Purpose>,
    pub sites: Vec<Site>,
    pub mission: Arc<Mission>,
}

const LAYOUTS: &[(&str, Layout)] = &[("plain", Layout::Plain), ("settings", Layout::Settings), ("link", Layout::Link)];

pub fn parse(r: &mut Reader, root: &Map) -> Option<CookieBanners> {
    let p_tables = r.tables(root, &[], "purposes", 2);
    let p_ids = r.item_ids(&p_tables);
    let mut purposes = Vec::new();
    for ((path, m), id) in p_tables.iter().zip(p_ids) {
        r.known_keys(m, path, &["id", "name", "description", "required"]);
        let name = r.text(m, path, "name", true);
        let description = r.text(m, path, "description", true);
        let required = r.boolean(m, path, "required", false);
        if let (Some(id), Some(name), Some(description)) = (id, name, description) {
            purposes.push(Purpose { id, name, description, required });
        }
    }
    let s_tables = r.tables(root, &[], "sites", 1);
    let s_ids = r.item_ids(&s_tables);
    // Goals name sites by the ids written, even of a site with a problem.
    let site_ids: Vec<String> = s_ids.iter().flatten().cloned().collect();
    let mut sites = Vec::new();
    for ((path, m), id) in s_tables.iter().zip(s_ids) {
        r.known_keys(
            m,
            path,
            &[
                "id",
                "address",
                "name",
                "page",
                "layout",
                "title",
                "text",
                "accept",
                "refuse",
                "customise",
                "save",
                "preset",
            ],
        );
        let address = r.string(m, path, "address", true);
        let name = r.text(m, path, "name", true);
        let page = r.text(m, path, "page", true);
        let layout = r.one_of(m, path, "layout", LAYOUTS);
        let title = r.text(m, path, "title", true);
        let text = r.text(m, path, "text", true);
        let accept = r.text(m, path, "accept", true);
        // A banner without a refusal on its first screen has no refuse text.
        let refuse = match layout {
            Some(Layout::Settings) | None => r.text(m, path, "refuse", false).map(Some).or(Some(None)),
            Some(_) => r.text(m, path, "refuse", true).map(Some),
        };
        let customise = r.text(m, path, "customise", true);
        let save = r.text(m, path, "save", true);
        let preset = if m.contains_key("preset") {
            r.id_list(m, path, "preset").and_then(|list| {
                let mut ok = true;
                for (i, p) in list.iter().enumerate() {
                    if !purposes.iter().any(|x| x.id == *p) {
                        let mut at = path.clone();
                        at.push(Seg::Key("preset".into()));
                        at.push(Seg::Index(i));
                        let known: Vec<&str> = purposes.iter().map(|x| x.id.as_str()).collect();
                        r.problem_at(
                            &at,
                            Msg::new("check-unknown-value")
                                .arg("field", "preset")
                                .arg("value", p.clone())
                                .arg("known", known.join(", ")),
                        );
                        ok = false;
                    }
                }
                ok.then(|| purposes.iter().map(|x| x.required || list.contains(&x.id)).collect())
            })
        } else {
            Some(purposes.iter().map(|x| x.required).collect())
        };
        if let (
            Some(id),
            Some(address),
            Some(name),
            Some(page),
            Some(layout),
            Some(title),
            Some(text),
            Some(accept),
            Some(refuse),
            Some(customise),
            Some(save),
            Some(preset),
        ) = (id, address, name, page, layout, title, text, accept, refuse, customise, save, preset)
        {
            sites.push(Site { id, address, name, page, layout, title, text, accept, refuse, customise, save, preset });
        }
    }
    let site_ids: Vec<&str> = site_ids.iter().map(String::as_str).collect();
    let mission = mission::parse(r, root, &site_ids);
    (purposes.len() == p_tables.len() && sites.len() == s_tables.len() && !sites.is_empty()).then_some(())?;
    Some(CookieBanners { purposes, sites, mission: Arc::new(mission?) })
}

impl CookieBanners {
    /// The switches when everything that may be refused is refused.
    pub fn refused(&self) -> Vec<bool> {
        self.purposes.iter().map(|p| p.required).collect()
    }
}

pas_a_pas_core::simulation!("cookie-banners", parse);

impl Model for CookieBanners {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub const FILE: &str = r#"
hint.fr = "Cherchez le refus."
debrief.fr = "Dans la vraie vie…"
[[purposes]]
id = "necessaires"
name.fr = "Nécessaires"
description.fr = "Pour que le site marche."
required = true
[[purposes]]
id = "mesure"
name.fr = "Mesure d'audience"
description.fr = "Compter les visites."
[[purposes]]
id = "pub"
name.fr = "Publicité"
description.fr = "Des publicités pour vous."
[[sites]]
id = "meteo"
address = "www.meteo.fr"
name.fr = "Météo"
page.fr = "28 °C"
layout = "plain"
title.fr = "Cookies"
text.fr = "Nous utilisons des cookies."
accept.fr = "Tout accepter"
refuse.fr = "Tout refuser"
customise.fr = "Paramétrer"
save.fr = "Enregistrer"
[[sites]]
id = "boutique"
address = "www.boutique.fr"
name.fr = "Boutique"
page.fr = "Soldes"
layout = "settings"
title.fr = "Cookies"
text.fr = "Nous utilisons des cookies."
accept.fr = "Tout accepter"
customise.fr = "Paramétrer"
save.fr = "Enregistrer"
preset = ["mesure", "pub"]
[[goals]]
id = "meteo"
text.fr = "Météo"
explanation.fr = "…"
[[goals]]
id = "boutique"
text.fr = "Boutique"
explanation.fr = "…"
"#;

    pub fn data() -> CookieBanners {
        Reader::run("t.toml", FILE, parse).unwrap()
    }

    #[test]
    fn reads_a_file() {
        let d = data();
        assert_eq!(d.purposes.len(), 3);
        assert_eq!(d.sites[0].layout, Layout::Plain);
        assert_eq!(d.sites[0].preset, vec![true, false, false], "only the required one starts on");
        assert_eq!(d.sites[1].preset, vec![true, true, true]);
        assert!(d.sites[1].refuse.is_none());
        assert_eq!(d.refused(), vec![true, false, false]);
    }

    #[test]
    fn problems_are_reported_on_their_line() {
        let e = |src: String| -> Vec<(usize, &'static str)> {
            Reader::run("t.toml", &src, parse).unwrap_err().iter().map(|p| (p.line, p.msg.id)).collect()
        };
        assert_eq!(e(FILE.replace("\"pub\"]", "\"pubs\"]")), vec![(40, "check-unknown-value")]);
        assert_eq!(e(FILE.replace("layout = \"plain\"", "layout = \"bandeau\"")), vec![(22, "check-unknown-value")]);
        // A plain banner must say how to refuse.
        assert_eq!(e(FILE.replace("refuse.fr = \"Tout refuser\"\n", "")), vec![(17, "check-missing-field")]);
    }

    /// The shipped exercises: refusing on every banner (through the
    /// settings when there is no refusal in sight) reaches every goal, and
    /// the banner designs differ.
    #[test]
    fn shipped_exercises_are_solved_by_refusing_only() {
        use state::Browser;
        for (id, src) in [
            ("bandeaux-cookies", include_str!("../../../exercises/vie-privee/bandeaux-cookies.toml")),
            ("cookies-pieges", include_str!("../../../exercises/vie-privee/cookies-pieges.toml")),
        ] {
            let ex = crate::read_exercise("vie-privee", id, src).unwrap();
            let Some(d) = (ex.data).sim::<crate::CookieBanners>() else { panic!("{id}") };
            for layout in [Layout::Plain, Layout::Settings, Layout::Link] {
                assert!(d.sites.iter().any(|s| s.layout == layout), "{id}: {layout:?}");
            }
            let mut b = Browser::new(&d);
            for site in &d.sites {
                if site.layout == Layout::Settings {
                    b.customise(&d);
                    for p in 0..d.purposes.len() {
                        b.toggle(&d, p, false);
                    }
                    b.save(&d);
                } else {
                    b.refuse_all(&d);
                }
                b.next();
            }
            assert!(d.mission.outcome(|g| b.meets(&d, g)).is_perfect(), "{id}");
            assert_eq!(b.wrong_moves, 0);
            let mut a = Browser::new(&d);
            for _ in &d.sites {
                a.accept_all(&d);
                a.next();
            }
            assert_eq!(d.mission.outcome(|g| a.meets(&d, g)).score, 0, "{id}");
            // Saving the settings as the site preset them is not refusing.
            let mut s = Browser::new(&d);
            let i = d.sites.iter().position(|s| s.layout == Layout::Settings).unwrap();
            s.site = i;
            s.customise(&d);
            s.save(&d);
            assert!(!s.meets(&d, &d.sites[i].id), "{id}");
        }
    }
}
