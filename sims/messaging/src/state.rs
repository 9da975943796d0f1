//! Kozé's state, pure: the conversations as the learner changes them, the
//! screen shown, the wrong moves (they bring the hint) and what the last
//! move said. The missions' goals are predicates of this state.

use super::world::{With, World};
use super::Messaging;

/// The goals a mission can name (see [`Koze::meets`]).
pub const GOALS: &[&str] = &[
    "text-sent",
    "voice-sent",
    "reply-sent",
    "photo-sent",
    "only-to",
    "private-kept",
    "group-created",
    "group-left",
    "blocked",
    "reported",
    "nothing-to-unknown",
];

/// How long the simulated voice message lasts, in seconds.
pub const VOICE_SECONDS: u32 = 8;

/// Something the learner sent.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    Text(String),
    /// A voice message of so many seconds.
    Voice(u32),
    /// A photo of the gallery (its index).
    Photo(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub body: Body,
    /// The message of the world answered (its index in the conversation).
    pub reply_to: Option<usize>,
}

/// A conversation as it is now: one of the world's, or a group the learner made.
#[derive(Clone, Debug, PartialEq)]
pub struct Conversation {
    /// Its index in the world's chats; `None` for a group made by the learner.
    pub world: Option<usize>,
    /// The name the learner typed, for a group they made.
    pub typed_name: Option<String>,
    /// For a group the learner made.
    pub members: Vec<usize>,
    pub sent: Vec<Sent>,
    pub left: bool,
    pub blocked: bool,
    pub reported: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    List,
    Chat(usize),
    /// The gallery, to send a photo in this conversation.
    Gallery(usize),
    NewGroup,
}

/// What the last move did, to say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    Sent(usize),
    /// Sent in this conversation, not the mission's.
    WrongChat(usize),
    PrivatePhoto,
    /// Another photo than the mission's.
    OtherPhoto,
    /// Written to the unknown number.
    ToUnknown,
    GroupCreated(usize),
    /// This contact was not asked for in the group.
    ExtraMember(usize),
    Left(usize),
    /// Left a group the mission did not name.
    WrongLeave(usize),
    Blocked,
    Reported,
    Unblocked,
}

/// Why a group cannot be created yet (not a wrong move).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupProblem {
    NoName,
    NoMember,
}

/// What the mission asks, as indices in the world.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Task {
    pub to: Option<usize>,
    pub photo: Option<usize>,
    pub group: Option<String>,
    pub members: Vec<usize>,
    pub leave: Option<usize>,
    pub unknown: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Koze {
    pub chats: Vec<Conversation>,
    pub screen: Screen,
    /// The message being answered, in the open conversation.
    pub replying: Option<usize>,
    /// A voice message is being recorded (simulated).
    pub recording: bool,
    pub wrong_moves: u32,
    pub said: Option<Said>,
    /// Something was sent, created, left, blocked or reported.
    pub started: bool,
    pub task: Task,
    /// Private photos of the gallery (copied from the world).
    private: Vec<bool>,
    unknown_chats: Vec<bool>,
    group_chats: Vec<bool>,
}

/// A group's name as compared: trimmed, spaces collapsed, lower case.
pub fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

impl Koze {
    pub fn new(w: &World, m: &Messaging) -> Self {
        let find = |id: &Option<String>| id.as_deref().and_then(|i| w.chat(i));
        let task = Task {
            to: find(&m.to),
            photo: m.photo.as_deref().and_then(|p| w.photo(p)),
            group: m.group.clone(),
            members: m.members.iter().filter_map(|c| w.contact(c)).collect(),
            leave: find(&m.leave),
            unknown: find(&m.unknown),
        };
        let chats = (0..w.chats.len())
            .map(|i| Conversation {
                world: Some(i),
                typed_name: None,
                members: Vec::new(),
                sent: Vec::new(),
                left: false,
                blocked: false,
                reported: false,
            })
            .collect();
        Koze {
            chats,
            screen: Screen::List,
            replying: None,
            recording: false,
            wrong_moves: 0,
            said: None,
            started: false,
            task,
            private: w.photos.iter().map(|p| p.private).collect(),
            unknown_chats: w.chats.iter().map(|c| matches!(c.with, With::Unknown(_))).collect(),
            group_chats: w.chats.iter().map(|c| matches!(c.with, With::Group { .. })).collect(),
        }
    }

    fn wrong(&mut self, said: Said) {
        self.wrong_moves += 1;
        self.said = Some(said);
    }

    pub fn is_unknown(&self, chat: usize) -> bool {
        self.chats[chat].world.is_some_and(|w| self.unknown_chats[w])
    }

    pub fn is_group(&self, chat: usize) -> bool {
        let c = &self.chats[chat];
        c.world.is_none_or(|w| self.group_chats[w])
    }

    /// Whether the learner can write in this conversation now.
    pub fn can_send(&self, chat: usize) -> bool {
        let c = &self.chats[chat];
        !c.left && !c.blocked
    }

    pub fn open(&mut self, chat: usize) {
        if chat < self.chats.len() {
            self.screen = Screen::Chat(chat);
            self.replying = None;
            self.recording = false;
            self.said = None;
        }
    }

    pub fn back(&mut self) {
        self.screen = match self.screen {
            Screen::Gallery(c) => Screen::Chat(c),
            _ => Screen::List,
        };
        self.replying = None;
        self.recording = false;
        self.said = None;
    }

    pub fn reply_to(&mut self, message: usize) {
        if matches!(self.screen, Screen::Chat(_)) {
            self.replying = Some(message);
        }
    }

    pub fn cancel_reply(&mut self) {
        self.replying = None;
    }

    fn open_chat(&self) -> Option<usize> {
        match self.screen {
            Screen::Chat(c) | Screen::Gallery(c) => Some(c),
            _ => None,
        }
    }

    /// Adds `body` to the open conversation, judging where it went.
    fn send(&mut self, body: Body) -> bool {
        let Some(chat) = self.open_chat() else { return false };
        if !self.can_send(chat) {
            return false;
        }
        let reply_to = if matches!(body, Body::Text(_)) { self.replying.take() } else { None };
        let photo = if let Body::Photo(p) = body { Some(p) } else { None };
        self.chats[chat].sent.push(Sent { body, reply_to });
        self.started = true;
        let mine = self.chats[chat].world.is_none();
        if self.is_unknown(chat) {
            self.wrong(Said::ToUnknown);
        } else if photo.is_some_and(|p| self.private.get(p) == Some(&true)) {
            self.wrong(Said::PrivatePhoto);
        } else if !mine && self.task.to.is_some_and(|to| to != chat) {
            self.wrong(Said::WrongChat(chat));
        } else if photo.is_some() && self.task.photo.is_some() && photo != self.task.photo {
            self.wrong(Said::OtherPhoto);
        } else {
            self.said = Some(Said::Sent(chat));
        }
        true
    }

    /// Sends a written message; nothing happens when it is empty.
    pub fn send_text(&mut self, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.send(Body::Text(text.to_string()))
    }

    pub fn start_voice(&mut self) {
        if self.open_chat().is_some_and(|c| self.can_send(c)) {
            self.recording = true;
        }
    }

    pub fn cancel_voice(&mut self) {
        self.recording = false;
    }

    pub fn send_voice(&mut self) -> bool {
        if !self.recording {
            return false;
        }
        self.recording = false;
        self.send(Body::Voice(VOICE_SECONDS))
    }

    pub fn open_gallery(&mut self) {
        if let Screen::Chat(c) = self.screen {
            if self.can_send(c) {
                self.screen = Screen::Gallery(c);
                self.recording = false;
                self.said = None;
            }
        }
    }

    /// Sends a photo of the gallery, then goes back to the conversation.
    pub fn send_photo(&mut self, photo: usize) -> bool {
        let Screen::Gallery(c) = self.screen else { return false };
        if photo >= self.private.len() {
            return false;
        }
        let sent = self.send(Body::Photo(photo));
        self.screen = Screen::Chat(c);
        sent
    }

    pub fn new_group(&mut self) {
        self.screen = Screen::NewGroup;
        self.said = None;
    }

    /// Creates a group and opens it. Contacts the mission did not ask for
    /// are a wrong move (everyone in a group sees everything).
    pub fn create_group(&mut self, name: &str, members: &[usize]) -> Result<usize, GroupProblem> {
        let name = name.trim();
        if name.is_empty() {
            return Err(GroupProblem::NoName);
        }
        if members.is_empty() {
            return Err(GroupProblem::NoMember);
        }
        let mut members = members.to_vec();
        members.sort_unstable();
        members.dedup();
        self.chats.push(Conversation {
            world: None,
            typed_name: Some(name.to_string()),
            members: members.clone(),
            sent: Vec::new(),
            left: false,
            blocked: false,
            reported: false,
        });
        let chat = self.chats.len() - 1;
        self.started = true;
        self.screen = Screen::Chat(chat);
        self.replying = None;
        self.recording = false;
        let extra =
            if self.task.group.is_some() { members.iter().find(|m| !self.task.members.contains(m)) } else { None };
        match extra {
            Some(&c) => self.wrong(Said::ExtraMember(c)),
            None => self.said = Some(Said::GroupCreated(chat)),
        }
        Ok(chat)
    }

    /// Leaves a group (not a conversation with one person).
    pub fn leave(&mut self, chat: usize) {
        if chat >= self.chats.len() || !self.is_group(chat) || self.chats[chat].left {
            return;
        }
        self.chats[chat].left = true;
        self.started = true;
        self.recording = false;
        self.replying = None;
        if self.task.leave == Some(chat) {
            self.said = Some(Said::Left(chat));
        } else {
            self.wrong(Said::WrongLeave(chat));
        }
    }

    /// Blocks the unknown number (Kozé offers it for numbers not in the contacts).
    pub fn block(&mut self, chat: usize) {
        if chat < self.chats.len() && self.is_unknown(chat) && !self.chats[chat].blocked {
            self.chats[chat].blocked = true;
            self.started = true;
            self.recording = false;
            self.replying = None;
            self.said = Some(Said::Blocked);
        }
    }

    pub fn unblock(&mut self, chat: usize) {
        if chat < self.chats.len() && self.chats[chat].blocked {
            self.chats[chat].blocked = false;
            self.said = Some(Said::Unblocked);
        }
    }

    pub fn report(&mut self, chat: usize) {
        if chat < self.chats.len() && self.is_unknown(chat) && !self.chats[chat].reported {
            self.chats[chat].reported = true;
            self.started = true;
            self.said = Some(Said::Reported);
        }
    }

    fn sent_in(&self, chat: Option<usize>, f: impl Fn(&Sent) -> bool) -> bool {
        chat.and_then(|c| self.chats.get(c)).is_some_and(|c| c.sent.iter().any(f))
    }

    /// Is the goal `id` (one of [`GOALS`]) reached?
    pub fn meets(&self, id: &str) -> bool {
        let t = &self.task;
        match id {
            "text-sent" => self.sent_in(t.to, |s| matches!(s.body, Body::Text(_))),
            "voice-sent" => self.sent_in(t.to, |s| matches!(s.body, Body::Voice(_))),
            "reply-sent" => self.sent_in(t.to, |s| matches!(s.body, Body::Text(_)) && s.reply_to.is_some()),
            "photo-sent" => t.photo.is_some() && self.sent_in(t.to, |s| s.body == Body::Photo(t.photo.unwrap_or(0))),
            "only-to" => {
                self.sent_in(t.to, |_| true)
                    && self
                        .chats
                        .iter()
                        .enumerate()
                        .all(|(i, c)| c.world.is_none() || Some(i) == t.to || c.sent.is_empty())
            }
            "private-kept" => {
                let photos: Vec<usize> = self
                    .chats
                    .iter()
                    .flat_map(|c| c.sent.iter())
                    .filter_map(|s| if let Body::Photo(p) = s.body { Some(p) } else { None })
                    .collect();
                !photos.is_empty() && photos.iter().all(|p| self.private.get(*p) == Some(&false))
            }
            "group-created" => t.group.as_deref().is_some_and(|name| {
                let mut want = t.members.clone();
                want.sort_unstable();
                self.chats.iter().any(|c| {
                    c.world.is_none()
                        && !c.left
                        && c.typed_name.as_deref().is_some_and(|n| same_name(n, name))
                        && c.members == want
                })
            }),
            "group-left" => t.leave.is_some_and(|c| self.chats[c].left),
            "blocked" => t.unknown.is_some_and(|c| self.chats[c].blocked),
            "reported" => t.unknown.is_some_and(|c| self.chats[c].reported),
            "nothing-to-unknown" => t.unknown.is_some_and(|c| {
                let c = &self.chats[c];
                c.sent.is_empty() && (c.blocked || c.reported)
            }),
            _ => false,
        }
    }
}

impl Koze {
    /// The name a conversation shows: the contact, the group, or the number.
    pub fn chat_name(&self, w: &World, chat: usize, lang: &str) -> String {
        let c = &self.chats[chat];
        match c.world.map(|i| &w.chats[i].with) {
            Some(With::Person(p)) => w.contacts[*p].name.clone(),
            Some(With::Group { name, .. }) => name.get(lang).to_string(),
            Some(With::Unknown(number)) => number.clone(),
            None => c.typed_name.clone().unwrap_or_default(),
        }
    }

    /// The members of a group (none for a conversation with one person).
    pub fn members(&self, w: &World, chat: usize) -> Vec<usize> {
        let c = &self.chats[chat];
        match c.world.map(|i| &w.chats[i].with) {
            Some(With::Group { members, .. }) => members.clone(),
            None => c.members.clone(),
            _ => Vec::new(),
        }
    }

    /// The conversations in the list's order: the groups just made first.
    pub fn list_order(&self) -> Vec<usize> {
        let mut made: Vec<usize> = (0..self.chats.len()).filter(|i| self.chats[*i].world.is_none()).collect();
        made.reverse();
        made.extend((0..self.chats.len()).filter(|i| self.chats[*i].world.is_some()));
        made
    }
}
