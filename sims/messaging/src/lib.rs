//! `messaging`: Kozé, a fictional messaging app (WhatsApp-like). The
//! conversations list, a conversation, writing and sending, a voice message
//! (simulated: no microphone), a photo from a simulated gallery (which also
//! holds a carte Vitale, never to send), replying to a message, creating a
//! group and adding people, leaving a group, blocking and reporting an
//! unknown number. The world (contacts, conversations, photos) lives in one
//! data file of the module folder, named by every mission:
//!
//! ```toml
//! kind = "messaging"
//! world = "koze"                       # exercises/echanger/koze.toml
//! to = "josiane"                       # the conversation to write in (optional)
//! photo = "bebe"                       # the photo to send there (optional)
//! group = "Mariage de Fatima"          # the group to create (optional)…
//! members = ["anli", "ahmed"]          # …with exactly these contacts
//! leave = "vide-grenier"               # the group to leave (optional)
//! unknown = "inconnu"                  # the unknown number's conversation (optional)
//! # + hint, debrief and [[goals]] (see pas_a_pas_core::mission), goal ids in state::GOALS
//! ```

pub mod state;
pub mod world;

#[cfg(test)]
mod tests;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::{Locator, Seg};
use pas_a_pas_core::content::{Msg, Problem, Reader};
use pas_a_pas_core::kinds::Slide;
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;
use std::sync::Arc;
pub use world::World;

pub const KEYS: &[&str] = &["world", "to", "photo", "group", "members", "leave", "unknown", "goals", "hint", "debrief"];

/// One mission in Kozé, as read from its exercise file.
#[derive(Clone, Debug, PartialEq)]
pub struct Messaging {
    /// The data file's name (without `.toml`), in the module folder.
    pub world_file: String,
    /// The world, once the loader has read the data file.
    pub world: Option<Arc<World>>,
    pub to: Option<String>,
    pub photo: Option<String>,
    pub group: Option<String>,
    pub members: Vec<String>,
    pub leave: Option<String>,
    pub unknown: Option<String>,
    pub mission: Arc<Mission>,
}

/// Which mission fields each goal needs.
fn needs(goal: &str) -> &'static [&'static str] {
    match goal {
        "text-sent" | "voice-sent" | "reply-sent" | "only-to" => &["to"],
        "photo-sent" => &["to", "photo"],
        "group-created" => &["group", "members"],
        "group-left" => &["leave"],
        "blocked" | "reported" | "nothing-to-unknown" => &["unknown"],
        _ => &[],
    }
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<Messaging> {
    let world_file = r.id_field(root, &[], "world", None);
    let opt_id = |r: &mut Reader, k: &str| root.contains_key(k).then(|| r.id_field(root, &[], k, None)).flatten();
    let to = opt_id(r, "to");
    let photo = opt_id(r, "photo");
    let leave = opt_id(r, "leave");
    let unknown = opt_id(r, "unknown");
    let group = root.contains_key("group").then(|| r.string(root, &[], "group", true)).flatten();
    let members = if root.contains_key("members") { r.id_list(root, &[], "members") } else { Some(Vec::new()) };
    let mission = mission::parse(r, root, state::GOALS);
    let mut ok = true;
    if let Some(m) = &mission {
        for (i, g) in m.goals.iter().enumerate() {
            for field in needs(&g.id) {
                if !root.contains_key(*field) {
                    r.problem_at(
                        &[Seg::Key("goals".into()), Seg::Index(i)],
                        Msg::new("check-missing-field").arg("field", *field),
                    );
                    ok = false;
                }
            }
        }
    }
    if !ok {
        return None;
    }
    Some(Messaging {
        world_file: world_file?,
        world: None,
        to,
        photo,
        group,
        members: members?,
        leave,
        unknown,
        mission: Arc::new(mission?),
    })
}

impl Messaging {
    /// Reads the world from its data file and checks that the mission's
    /// names exist in it (and are of the right sort: a group to leave, an
    /// unknown number to block). Problems in the data file point into it; a
    /// name the world lacks points into the exercise file.
    pub fn attach(&mut self, ex_file: &str, ex_src: &str, data_file: &str, data_src: &str) -> Result<(), Vec<Problem>> {
        let world = Reader::run(data_file, data_src, world::parse)?;
        let loc = Locator::new(ex_src);
        let mut problems = Vec::new();
        let mut check = |k: &str, index: Option<usize>, value: &str, known: Vec<&str>| {
            if known.contains(&value) {
                return;
            }
            let mut path = vec![Seg::Key(k.into())];
            path.extend(index.map(Seg::Index));
            let (line, col) = loc.locate(&path);
            problems.push(Problem {
                file: ex_file.into(),
                line,
                col,
                msg: Msg::new("check-unknown-value")
                    .arg("field", k.to_string())
                    .arg("value", value.to_string())
                    .arg("known", known.join(", ")),
            });
        };
        let chats = |f: fn(&world::With) -> bool| -> Vec<&str> {
            world.chats.iter().filter(|c| f(&c.with)).map(|c| c.id.as_str()).collect()
        };
        if let Some(to) = &self.to {
            check("to", None, to, chats(|w| !matches!(w, world::With::Unknown(_))));
        }
        if let Some(leave) = &self.leave {
            check("leave", None, leave, chats(|w| matches!(w, world::With::Group { .. })));
        }
        if let Some(unknown) = &self.unknown {
            check("unknown", None, unknown, chats(|w| matches!(w, world::With::Unknown(_))));
        }
        if let Some(photo) = &self.photo {
            check("photo", None, photo, world.photos.iter().filter(|p| !p.private).map(|p| p.id.as_str()).collect());
        }
        let contacts: Vec<&str> = world.contacts.iter().map(|c| c.id.as_str()).collect();
        for (i, m) in self.members.iter().enumerate() {
            check("members", Some(i), m, contacts.clone());
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        self.world = Some(Arc::new(world));
        Ok(())
    }
}

pas_a_pas_core::simulation!("messaging", parse);

impl Model for Messaging {
    fn slides(&self) -> Vec<Slide> {
        self.mission.slides()
    }
    fn data_file(&self) -> Option<(&'static str, &str)> {
        Some(("world", &self.world_file))
    }
    fn attach(&mut self, ex_file: &str, ex_src: &str, data_file: &str, data_src: &str) -> Result<(), Vec<Problem>> {
        Messaging::attach(self, ex_file, ex_src, data_file, data_src)
    }
}
