//! `social-settings`: the privacy settings of a fictional social network.
//! The learner chooses who sees the posts, the phone number and the e-mail,
//! turns off the location on posts and the personalised ads, turns on the
//! review of tags, and stops being found by phone number. Beside it, "Ce
//! qu'un inconnu voit" shows the profile as a stranger sees it.
//!
//! ```toml
//! kind = "social-settings"
//! network = "Kaz'Ami"              # the fictional network's name
//! [profile]
//! name = "Josiane Hoarau"
//! city.fr = "Saint-Pierre"
//! phone = "0692 45 12 78"
//! email = "josiane.hoarau@exemple.re"
//! post.fr = "Belle journée à la plage !"    # her last post
//! place.fr = "Grande Anse, Petite-Île"      # where it was posted from
//! tagged.fr = "Photo de la fête, publiée par Marie Grondin"
//! [start]                           # the settings at the start
//! posts = "public"                  # public, friends-of-friends, friends, only-me
//! phone = "public"
//! email = "friends"
//! findable = "public"               # who can find her by her phone number
//! location = true
//! tag-review = false
//! ads = true
//! # then hint, debrief and [[goals]] (see pas_a_pas_core::mission), goal ids in GOALS
//! ```

pub mod state;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::{Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use state::{Audience, Settings};
use std::sync::Arc;

pub const KEYS: &[&str] = &["network", "profile", "start", "goals", "hint", "debrief"];

/// The goals this simulation can judge (see [`Settings::meets`]).
pub const GOALS: &[&str] =
    &["posts-friends", "phone-hidden", "email-hidden", "location-off", "tag-review-on", "ads-off", "not-findable"];

#[derive(Clone, Debug, PartialEq)]
pub struct SocialSettings {
    pub network: String,
    pub profile: Profile,
    pub start: Settings,
    pub mission: Arc<Mission>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub name: String,
    pub city: Text,
    pub phone: String,
    pub email: String,
    pub post: Text,
    pub place: Text,
    pub tagged: Text,
}

const AUDIENCES: &[(&str, Audience)] = &[
    ("public", Audience::Public),
    ("friends-of-friends", Audience::FriendsOfFriends),
    ("friends", Audience::Friends),
    ("only-me", Audience::OnlyMe),
];

pub fn parse(r: &mut Reader, root: &Map) -> Option<SocialSettings> {
    let network = r.string(root, &[], "network", true);
    let profile = r.table(root, "profile").and_then(|(p, m)| {
        r.known_keys(m, &p, &["name", "city", "phone", "email", "post", "place", "tagged"]);
        let name = r.string(m, &p, "name", true);
        let city = r.text(m, &p, "city", true);
        let phone = r.string(m, &p, "phone", true);
        let email = r.string(m, &p, "email", true);
        let post = r.text(m, &p, "post", true);
        let place = r.text(m, &p, "place", true);
        let tagged = r.text(m, &p, "tagged", true);
        Some(Profile {
            name: name?,
            city: city?,
            phone: phone?,
            email: email?,
            post: post?,
            place: place?,
            tagged: tagged?,
        })
    });
    let start = r.table(root, "start").and_then(|(p, m)| {
        r.known_keys(m, &p, &["posts", "phone", "email", "findable", "location", "tag-review", "ads"]);
        let posts = r.one_of(m, &p, "posts", AUDIENCES);
        let phone = r.one_of(m, &p, "phone", AUDIENCES);
        let email = r.one_of(m, &p, "email", AUDIENCES);
        let findable = r.one_of(m, &p, "findable", AUDIENCES);
        let location = r.boolean(m, &p, "location", false);
        let tag_review = r.boolean(m, &p, "tag-review", false);
        let ads = r.boolean(m, &p, "ads", false);
        Some(Settings { posts: posts?, phone: phone?, email: email?, findable: findable?, location, tag_review, ads })
    });
    let mission = mission::parse(r, root, GOALS);
    Some(SocialSettings { network: network?, profile: profile?, start: start?, mission: Arc::new(mission?) })
}

pas_a_pas_core::simulation!("social-settings", parse);

impl Model for SocialSettings {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const FILE: &str = r#"
network = "Kaz'Ami"
hint.fr = "Regardez chaque réglage."
debrief.fr = "Dans la vraie vie…"
[profile]
name = "Josiane Hoarau"
city.fr = "Saint-Pierre"
phone = "0692 45 12 78"
email = "josiane@exemple.re"
post.fr = "Belle journée"
place.fr = "Grande Anse"
tagged.fr = "Photo de la fête"
[start]
posts = "public"
phone = "public"
email = "friends"
findable = "public"
location = true
ads = true
[[goals]]
id = "posts-friends"
text.fr = "Vos publications : amis seulement."
explanation.fr = "Parce que."
"#;

    #[test]
    fn reads_a_file() {
        let d = Reader::run("t.toml", FILE, parse).unwrap();
        assert_eq!(d.network, "Kaz'Ami");
        assert_eq!(d.start.posts, Audience::Public);
        assert_eq!(d.start.email, Audience::Friends);
        assert!(d.start.location && !d.start.tag_review && d.start.ads);
        assert_eq!(d.mission.goals.len(), 1);
    }

    #[test]
    fn an_unknown_audience_is_reported_on_its_line() {
        let src = FILE.replace("email = \"friends\"", "email = \"amis\"");
        let e = Reader::run("t.toml", &src, parse).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].msg.id, "check-unknown-value");
        assert_eq!(e[0].line, 16);
    }

    #[test]
    fn a_missing_profile_is_reported() {
        let src = FILE.replace("[profile]", "[profil]");
        let e = Reader::run("t.toml", &src, parse).unwrap_err();
        assert!(e.iter().any(|p| p.msg.id == "check-missing-field"));
    }

    /// The shipped exercises: the start is not already solved, the safe
    /// settings reach every goal.
    #[test]
    fn shipped_exercises_are_solvable_and_not_solved_at_the_start() {
        for (id, src) in [
            ("reseau-social", include_str!("../../../exercises/vie-privee/reseau-social.toml")),
            ("profil-emploi", include_str!("../../../exercises/vie-privee/profil-emploi.toml")),
        ] {
            let ex = crate::read_exercise("vie-privee", id, src).unwrap();
            let Some(d) = (ex.data).sim::<crate::SocialSettings>() else { panic!("{id}") };
            let start = d.mission.outcome(|g| d.start.meets(g));
            assert!(start.score < start.max, "{id} not solved at the start");
            let safe = Settings {
                posts: Audience::Friends,
                phone: Audience::OnlyMe,
                email: Audience::OnlyMe,
                findable: Audience::Friends,
                location: false,
                tag_review: true,
                ads: false,
            };
            assert!(d.mission.outcome(|g| safe.meets(g)).is_perfect(), "{id}");
            assert!(d.start.stranger_view().count() > safe.stranger_view().count(), "{id}");
        }
    }
}
