//! Kozé's world, shared by every mission (`exercises/echanger/koze.toml`):
//! the contacts, the conversations as they are when the app opens, and the
//! photos of the simulated gallery.
//!
//! ```toml
//! [[contacts]]
//! id = "josiane"
//! name = "Tatie Josiane"
//! number = "0692 41 25 36"
//! [[chats]]
//! id = "josiane"
//! with = "josiane"                  # a conversation with one contact, or
//! # name.fr = "Famille Hoarau"      # a group: its name and members, or
//! # members = ["josiane", "marie"]
//! # number = "+33 7 56 21 48 90"    # a number that is not in the contacts
//! [[chats.messages]]
//! from = "josiane"                  # a contact id, "me", or "number" (the unknown number)
//! time = "09:12"
//! text.fr = "Koman i lé ?"
//! [[photos]]
//! id = "bebe"
//! label.fr = "Noah qui dort"        # what the photo shows (also its text alternative)
//! private = true                    # a document never to send (a carte Vitale)
//! ```

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Reader, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub number: String,
}

/// Who a conversation is with.
#[derive(Clone, Debug, PartialEq)]
pub enum With {
    /// One contact (its index in `contacts`).
    Person(usize),
    /// A group: its name and members (indices in `contacts`).
    Group { name: Text, members: Vec<usize> },
    /// A number that is not in the contacts.
    Unknown(String),
}

/// Who wrote a message of the world.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum From {
    Me,
    /// A contact (its index in `contacts`).
    Contact(usize),
    /// The unknown number of the conversation.
    Number,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub from: From,
    pub time: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chat {
    pub id: String,
    pub with: With,
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Photo {
    pub id: String,
    pub label: Text,
    pub private: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub contacts: Vec<Contact>,
    pub chats: Vec<Chat>,
    pub photos: Vec<Photo>,
}

impl World {
    pub fn contact(&self, id: &str) -> Option<usize> {
        self.contacts.iter().position(|c| c.id == id)
    }
    pub fn chat(&self, id: &str) -> Option<usize> {
        self.chats.iter().position(|c| c.id == id)
    }
    pub fn photo(&self, id: &str) -> Option<usize> {
        self.photos.iter().position(|p| p.id == id)
    }
}

fn key(path: &[Seg], k: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(k.into()));
    p
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<World> {
    r.known_keys(root, &[], &["contacts", "chats", "photos"]);
    let mut ok = true;
    let tables = r.tables(root, &[], "contacts", 2);
    let ids = r.item_ids(&tables);
    let mut contacts = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "name", "number"]);
        let name = r.string(m, path, "name", true);
        let number = r.string(m, path, "number", true);
        match (id, name, number) {
            (Some(id), Some(name), Some(number)) => contacts.push(Contact { id, name, number }),
            _ => ok = false,
        }
    }
    let known: Vec<&str> = contacts.iter().map(|c| c.id.as_str()).collect();
    let contact_at = |r: &mut Reader, path: &[Seg], k: &str, id: &str| -> Option<usize> {
        let found = contacts.iter().position(|c| c.id == id);
        if found.is_none() {
            r.unknown_value(path, k, id, &known);
        }
        found
    };

    let tables = r.tables(root, &[], "chats", 2);
    let ids = r.item_ids(&tables);
    let mut chats = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "with", "name", "members", "number", "messages"]);
        let with = match (m.contains_key("with"), m.contains_key("members"), m.contains_key("number")) {
            (true, false, false) => {
                r.id_field(m, path, "with", None).and_then(|w| contact_at(r, path, "with", &w)).map(With::Person)
            }
            (false, true, false) => {
                let name = r.text(m, path, "name", true);
                let members = r.id_list(m, path, "members").and_then(|list| {
                    let found: Vec<Option<usize>> = list
                        .iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let mut p = key(path, "members");
                            p.push(Seg::Index(i));
                            let c = contacts.iter().position(|c| c.id == *w);
                            if c.is_none() {
                                r.problem_at(
                                    &p,
                                    pas_a_pas_core::content::Msg::new("check-unknown-value")
                                        .arg("field", "members")
                                        .arg("value", w.clone())
                                        .arg("known", known.join(", ")),
                                );
                            }
                            c
                        })
                        .collect();
                    found.into_iter().collect::<Option<Vec<usize>>>()
                });
                match (name, members) {
                    (Some(name), Some(members)) => Some(With::Group { name, members }),
                    _ => None,
                }
            }
            (false, false, true) => r.string(m, path, "number", true).map(With::Unknown),
            _ => {
                // Exactly one of them says who the conversation is with.
                r.problem_at(path, pas_a_pas_core::content::Msg::new("check-missing-field").arg("field", "with"));
                None
            }
        };
        let msg_tables = r.tables(m, path, "messages", 1);
        let mut messages = Vec::new();
        for (mp, mm) in &msg_tables {
            r.known_keys(mm, mp, &["from", "time", "text"]);
            let unknown = matches!(with, Some(With::Unknown(_)));
            let from = r.id_field(mm, mp, "from", None).and_then(|f| match f.as_str() {
                "me" => Some(From::Me),
                "number" if unknown => Some(From::Number),
                _ => contact_at(r, mp, "from", &f).map(From::Contact),
            });
            let time = r.string(mm, mp, "time", true);
            let text = r.text(mm, mp, "text", true);
            if let (Some(from), Some(time), Some(text)) = (from, time, text) {
                messages.push(Message { from, time, text });
            }
        }
        match (id, with) {
            (Some(id), Some(with)) if messages.len() == msg_tables.len() && !messages.is_empty() => {
                chats.push(Chat { id, with, messages })
            }
            _ => ok = false,
        }
    }

    let tables = r.tables(root, &[], "photos", 2);
    let ids = r.item_ids(&tables);
    let mut photos = Vec::new();
    for ((path, m), id) in tables.iter().zip(ids) {
        r.known_keys(m, path, &["id", "label", "private"]);
        let label = r.text(m, path, "label", true);
        let private = r.boolean(m, path, "private", false);
        match (id, label) {
            (Some(id), Some(label)) => photos.push(Photo { id, label, private }),
            _ => ok = false,
        }
    }
    (ok && contacts.len() >= 2 && chats.len() >= 2 && photos.len() >= 2).then_some(World { contacts, chats, photos })
}
