//! `news-feed`: a social-media feed where the learner judges each post
//! « Fiable », « Pas fiable », or first « Je vérifie d'abord » and uses the
//! tools (who published, search elsewhere, where the photo comes from, the
//! address, the date). Scored on discernment (see [`model`]).
//!
//! ```toml
//! kind = "news-feed"
//! [[posts]]
//! id = "alerte-cyclone"
//! reliable = true
//! author.fr = "Préfecture de La Réunion"
//! time.fr = "Il y a 20 minutes"
//! text.fr = "…"
//! picture = "cyclone"            # optional: one of PICTURES
//! picture_alt.fr = "…"           # what the picture shows (required with picture)
//! link = "reunion.gouv.fr/…"     # optional: the address the post links to (inert text)
//! likes = 320                    # optional
//! shares = 140                   # optional
//! who.fr = "…"                   # tool « Qui a publié ? »
//! search.fr = "…"                # tool « Chercher ailleurs »
//! photo.fr = "…"                 # tool « D'où vient la photo ? » (required with picture)
//! address.fr = "…"               # tool « Regarder l'adresse » (required with link)
//! when.fr = "…"                  # tool « Quand ? »
//! clue.fr = "…"                  # the clue that gives it away, shown after « Vérifier »
//! explanation.fr = "…"
//! ```

pub mod model;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::{path_to_string, Seg};
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::kinds::{Answer, Slide};
use pas_a_pas_core::sim::Model;

pub const KEYS: &[&str] = &["posts"];

/// The small illustrations a post may show (drawn in CSS, described by `picture_alt`).
pub const PICTURES: &[&str] = &["cyclone", "flood", "water", "mosquito", "gift", "queue", "document", "road"];

/// Posts a feed needs at least, and of each kind (true, false) at least.
pub const MIN_POSTS: usize = 4;
pub const MIN_EACH: usize = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub kind: String,
    pub alt: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Post {
    pub id: String,
    pub reliable: bool,
    pub author: Text,
    pub time: Text,
    pub text: Text,
    pub picture: Option<Picture>,
    pub link: Option<String>,
    pub likes: u32,
    pub shares: u32,
    pub who: Text,
    pub search: Text,
    pub photo: Option<Text>,
    pub address: Option<Text>,
    pub when: Text,
    pub clue: Text,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NewsFeed {
    pub posts: Vec<Post>,
}

const POST_KEYS: &[&str] = &[
    "id",
    "reliable",
    "author",
    "time",
    "text",
    "picture",
    "picture_alt",
    "link",
    "likes",
    "shares",
    "who",
    "search",
    "photo",
    "address",
    "when",
    "clue",
    "explanation",
];

fn at(path: &[Seg], key: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(key.into()));
    p
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<NewsFeed> {
    let tables = r.tables(root, &[], "posts", MIN_POSTS);
    let ids = r.item_ids(&tables);
    let mut posts = Vec::new();
    let mut ok = true;
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, POST_KEYS);
        if !m.contains_key("reliable") {
            r.problem_at(
                &at(path, "reliable"),
                Msg::new("check-missing-field").arg("field", path_to_string(&at(path, "reliable"))),
            );
            ok = false;
        }
        let reliable = r.boolean(m, path, "reliable", false);
        let author = r.text(m, path, "author", true);
        let time = r.text(m, path, "time", true);
        let text = r.text(m, path, "text", true);
        let picture = match r.string(m, path, "picture", false) {
            None => None,
            Some(kind) => {
                if !PICTURES.contains(&kind.as_str()) {
                    r.problem_at(
                        &at(path, "picture"),
                        Msg::new("check-unknown-value")
                            .arg("field", "picture")
                            .arg("value", kind.clone())
                            .arg("known", PICTURES.join(", ")),
                    );
                    ok = false;
                }
                r.text(m, path, "picture_alt", true).map(|alt| Picture { kind, alt })
            }
        };
        if m.contains_key("picture") && picture.is_none() {
            ok = false;
        }
        if !m.contains_key("picture") && m.contains_key("picture_alt") {
            r.problem_at(
                &at(path, "picture_alt"),
                Msg::new("check-feed-needs").arg("field", "picture_alt").arg("needs", "picture"),
            );
            ok = false;
        }
        let link = r.string(m, path, "link", false);
        let likes = if m.contains_key("likes") { r.number(m, path, "likes", true) } else { Some(0) };
        let shares = if m.contains_key("shares") { r.number(m, path, "shares", true) } else { Some(0) };
        let who = r.text(m, path, "who", true);
        let search = r.text(m, path, "search", true);
        let when = r.text(m, path, "when", true);
        // A photo tool needs a photo, and a photo needs its tool; same for the address.
        let photo = r.text(m, path, "photo", m.contains_key("picture"));
        if photo.is_some() && !m.contains_key("picture") {
            r.problem_at(
                &at(path, "photo"),
                Msg::new("check-feed-needs").arg("field", "photo").arg("needs", "picture"),
            );
            ok = false;
        }
        let address = r.text(m, path, "address", m.contains_key("link"));
        if address.is_some() && !m.contains_key("link") {
            r.problem_at(
                &at(path, "address"),
                Msg::new("check-feed-needs").arg("field", "address").arg("needs", "link"),
            );
            ok = false;
        }
        let clue = r.text(m, path, "clue", true);
        let explanation = r.explanation(m, path, id.as_deref().unwrap_or("?"));
        match (id, author, time, text, likes, shares, who, search, when, clue, explanation) {
            (
                Some(id),
                Some(author),
                Some(time),
                Some(text),
                Some(likes),
                Some(shares),
                Some(who),
                Some(search),
                Some(when),
                Some(clue),
                Some(explanation),
            ) => posts.push(Post {
                id,
                reliable,
                author,
                time,
                text,
                picture,
                link,
                likes,
                shares,
                who,
                search,
                photo,
                address,
                when,
                clue,
                explanation,
            }),
            _ => ok = false,
        }
    }
    // Discernment needs both: true news to trust and false news to doubt.
    let trues = tables.iter().filter(|(_, m)| m.get("reliable").and_then(|v| v.as_bool()) == Some(true)).count();
    let falses = tables.iter().filter(|(_, m)| m.get("reliable").and_then(|v| v.as_bool()) == Some(false)).count();
    if tables.len() >= MIN_POSTS && (trues < MIN_EACH || falses < MIN_EACH) {
        r.problem_at(&[Seg::Key("posts".into())], Msg::new("check-feed-unbalanced").arg("min", MIN_EACH.to_string()));
        ok = false;
    }
    (ok && posts.len() == tables.len() && !posts.is_empty()).then_some(NewsFeed { posts })
}

pas_a_pas_core::simulation!("news-feed", parse);

impl Model for NewsFeed {
    /// For the projector: each post, reliable or not, with its explanation.
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.posts
            .iter()
            .map(|p| Slide {
                prompt: p.text.clone(),
                answer: if p.reliable { Answer::Right } else { Answer::Wrong },
                explanation: p.explanation.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_exercise as parse_exercise;

    fn post(id: &str, reliable: bool, extra: &str) -> String {
        format!(
            "[[posts]]\nid = \"{id}\"\nreliable = {reliable}\nauthor.fr = \"A\"\ntime.fr = \"Hier\"\ntext.fr = \"T\"\n\
             who.fr = \"W\"\nsearch.fr = \"S\"\nwhen.fr = \"Q\"\nclue.fr = \"C\"\nexplanation.fr = \"E\"\n{extra}\n"
        )
    }

    fn file(posts: &[String]) -> String {
        format!(
            "id = \"f\"\nkind = \"news-feed\"\nminutes = 5\ntitle.fr = \"T\"\ninstruction.fr = \"I\"\n\n{}",
            posts.concat()
        )
    }

    #[test]
    fn reads_a_balanced_feed() {
        let src = file(&[
            post("a", true, "picture = \"cyclone\"\npicture_alt.fr = \"Un ciel\"\nphoto.fr = \"P\""),
            post("b", true, "link = \"caf.fr\"\naddress.fr = \"Ad\"\nlikes = 3\nshares = 4"),
            post("c", false, ""),
            post("d", false, ""),
        ]);
        let ex = parse_exercise("information", "f", &src).unwrap();
        let Some(feed) = (ex.data).sim::<crate::NewsFeed>() else { panic!("a feed") };
        assert_eq!(feed.posts.len(), 4);
        assert_eq!(feed.posts[0].picture.as_ref().unwrap().kind, "cyclone");
        assert_eq!(feed.posts[1].link.as_deref(), Some("caf.fr"));
        assert_eq!((feed.posts[1].likes, feed.posts[1].shares), (3, 4));
        assert_eq!(feed.slides()[2].answer, Answer::Wrong);
    }

    #[test]
    fn the_shipped_feed_has_12_posts_half_true_and_every_tool() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../exercises/information/fil-actualite.toml"
        ))
        .unwrap();
        let Some(feed) = (parse_exercise("information", "fil-actualite", &src).unwrap().data).sim::<crate::NewsFeed>()
        else {
            panic!("a feed")
        };
        assert!(feed.posts.len() >= 12);
        let trues = feed.posts.iter().filter(|p| p.reliable).count();
        assert_eq!(trues * 2, feed.posts.len(), "half true, half false");
        for tool in model::TOOLS {
            assert!(feed.posts.iter().any(|p| p.tool(tool).is_some()), "{tool:?} is used somewhere");
        }
        // Photos and links among the false posts too, not only the true ones.
        assert!(feed.posts.iter().any(|p| !p.reliable && p.picture.is_some()));
        assert!(feed.posts.iter().any(|p| !p.reliable && p.link.is_some()));
    }

    fn problems(src: &str) -> Vec<(usize, &'static str)> {
        parse_exercise("information", "f", src).unwrap_err().iter().map(|p| (p.line, p.msg.id)).collect()
    }

    #[test]
    fn a_feed_of_only_true_news_is_refused() {
        let src = file(&[post("a", true, ""), post("b", true, ""), post("c", true, ""), post("d", false, "")]);
        assert_eq!(problems(&src), vec![(7, "check-feed-unbalanced")]);
    }

    #[test]
    fn a_photo_needs_its_tool_and_an_unknown_picture_is_named() {
        let src = file(&[
            post("a", true, "picture = \"chat\"\npicture_alt.fr = \"Un chat\""),
            post("b", true, "address.fr = \"Ad\""),
            post("c", false, ""),
            post("d", false, ""),
        ]);
        let p = problems(&src);
        assert!(p.contains(&(18, "check-unknown-value")), "{p:?}");
        assert!(p.contains(&(7, "check-missing-field")), "the photo tool is missing: {p:?}");
        assert!(p.iter().any(|(_, id)| *id == "check-feed-needs"), "{p:?}");
    }
}
