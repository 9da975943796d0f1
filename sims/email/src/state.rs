//! The client's state, pure: screens, the draft, what was sent, wrong moves
//! and the goals. The view only reads it and calls its methods.

use super::{DocKind, Email};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Inbox,
    /// Reading inbox message `i`.
    Read(usize),
    Compose,
    Sent,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// Indexes in `documents`, in the order joined.
    pub attachments: Vec<usize>,
    /// The inbox message this answers.
    pub reply_to: Option<usize>,
}

/// What the last move gave, to explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    /// An offered address was picked (index in `addresses`).
    Address(usize),
    /// A document was joined (index in `documents`).
    Document(usize),
    NoRecipient,
    BadAddress,
    EmptyBody,
    /// Sending without a subject: asked once; "Envoyer" again sends.
    NoSubject,
    Sent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mail {
    pub screen: Screen,
    /// Inbox messages opened.
    pub read: Vec<usize>,
    pub draft: Option<Draft>,
    /// The "Documents" folder is open over the draft.
    pub picking: bool,
    pub sent: Vec<Draft>,
    /// "Envoyés" was opened after the last message was sent.
    pub sent_checked: bool,
    pub said: Option<Said>,
    pub wrong_moves: u32,
    pub started: bool,
}

impl Default for Mail {
    fn default() -> Self {
        Mail {
            screen: Screen::Inbox,
            read: Vec::new(),
            draft: None,
            picking: false,
            sent: Vec::new(),
            sent_checked: false,
            said: None,
            wrong_moves: 0,
            started: false,
        }
    }
}

/// A plausible address: something@something.something, no space.
pub fn looks_like_address(s: &str) -> bool {
    let s = s.trim();
    let Some((user, domain)) = s.split_once('@') else { return false };
    !user.is_empty()
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
}

impl Mail {
    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.picking = false;
        self.said = None;
        self.started = true;
    }

    fn wrong(&mut self, said: Said) {
        self.said = Some(said);
        self.wrong_moves += 1;
    }

    pub fn open_inbox(&mut self) {
        self.go(Screen::Inbox);
    }

    pub fn open_message(&mut self, d: &Email, i: usize) {
        if i < d.inbox.len() {
            self.go(Screen::Read(i));
            if !self.read.contains(&i) {
                self.read.push(i);
            }
        }
    }

    pub fn open_sent(&mut self) {
        self.go(Screen::Sent);
        if !self.sent.is_empty() {
            self.sent_checked = true;
        }
    }

    /// A new message; a draft already begun is kept.
    pub fn new_message(&mut self) {
        if self.draft.as_ref().is_some_and(|d| d.reply_to.is_some()) {
            self.draft = None;
        }
        self.draft.get_or_insert_with(Draft::default);
        self.go(Screen::Compose);
    }

    /// Answers the message being read: its sender and "Re : subject" filled in.
    pub fn reply(&mut self, d: &Email, lang: &str, re: &str) {
        let Screen::Read(i) = self.screen else { return };
        let m = &d.inbox[i];
        self.draft = Some(Draft {
            to: m.from.clone(),
            subject: format!("{re} {}", m.subject.get(lang)),
            body: String::new(),
            attachments: Vec::new(),
            reply_to: Some(i),
        });
        self.go(Screen::Compose);
    }

    fn draft_mut(&mut self) -> Option<&mut Draft> {
        (self.screen == Screen::Compose).then_some(())?;
        self.draft.as_mut()
    }

    pub fn set_to(&mut self, to: &str) {
        if let Some(dr) = self.draft_mut() {
            dr.to = to.to_string();
        }
    }

    /// Picks an offered address; a look-alike is a wrong move, explained.
    pub fn pick_address(&mut self, d: &Email, i: usize) {
        let Some(a) = d.addresses.get(i) else { return };
        let Some(dr) = self.draft_mut() else { return };
        dr.to = a.address.clone();
        if a.correct {
            self.said = Some(Said::Address(i));
        } else {
            self.wrong(Said::Address(i));
        }
    }

    pub fn set_subject(&mut self, s: &str) {
        if let Some(dr) = self.draft_mut() {
            dr.subject = s.to_string();
        }
    }

    pub fn set_body(&mut self, s: &str) {
        if let Some(dr) = self.draft_mut() {
            dr.body = s.to_string();
        }
    }

    pub fn open_documents(&mut self, open: bool) {
        if self.draft_mut().is_some() {
            self.picking = open;
        }
    }

    /// Joins a document; one that is not asked for is a wrong move, explained.
    pub fn attach(&mut self, d: &Email, i: usize) {
        let Some(doc) = d.documents.get(i) else { return };
        let Some(dr) = self.draft_mut() else { return };
        if !dr.attachments.contains(&i) {
            dr.attachments.push(i);
        }
        self.picking = false;
        if doc.correct {
            self.said = Some(Said::Document(i));
        } else {
            self.wrong(Said::Document(i));
        }
    }

    pub fn detach(&mut self, i: usize) {
        if let Some(dr) = self.draft_mut() {
            dr.attachments.retain(|a| *a != i);
            self.said = None;
        }
    }

    /// Sends the draft, or says what is missing (a wrong move). Without a
    /// subject it asks once, as real clients do; "Envoyer" again sends.
    pub fn send(&mut self) {
        let asked = self.said == Some(Said::NoSubject);
        let Some(dr) = self.draft_mut() else { return };
        let problem = if dr.to.trim().is_empty() {
            Some(Said::NoRecipient)
        } else if !looks_like_address(&dr.to) {
            Some(Said::BadAddress)
        } else if dr.body.trim().is_empty() {
            Some(Said::EmptyBody)
        } else if dr.subject.trim().is_empty() && !asked {
            Some(Said::NoSubject)
        } else {
            None
        };
        if let Some(p) = problem {
            self.wrong(p);
            return;
        }
        let Some(dr) = self.draft.take() else { return };
        self.sent.push(dr);
        self.sent_checked = false;
        self.go(Screen::Inbox);
        self.said = Some(Said::Sent);
    }

    /// The sent messages that go to a right address.
    fn to_right<'a>(&'a self, d: &'a Email) -> impl Iterator<Item = &'a Draft> + 'a {
        self.sent.iter().filter(|m| d.is_right_address(&m.to))
    }

    /// Is the goal `id` (one of [`super::GOALS`]) reached?
    pub fn goal_met(&self, d: &Email, id: &str) -> bool {
        let right_docs: Vec<usize> = (0..d.documents.len()).filter(|i| d.documents[*i].correct).collect();
        let wrong_doc_sent = self.sent.iter().any(|m| m.attachments.iter().any(|a| !d.documents[*a].correct));
        match id {
            "message-read" => d.reply_to.is_some_and(|r| self.read.contains(&r)),
            "replied" => {
                d.reply_to.is_some() && self.sent.iter().any(|m| m.reply_to == d.reply_to && !m.body.trim().is_empty())
            }
            // Every message sent went to a right address: a sent e-mail cannot be taken back.
            "right-address" => !self.sent.is_empty() && self.sent.iter().all(|m| d.is_right_address(&m.to)),
            "subject-written" => self.to_right(d).any(|m| !m.subject.trim().is_empty()),
            "right-attachment" => {
                !right_docs.is_empty()
                    && !wrong_doc_sent
                    && self.to_right(d).any(|m| right_docs.iter().all(|r| m.attachments.contains(r)))
            }
            "sent-checked" => self.sent_checked,
            _ => false,
        }
    }

    /// A CV is among the documents joined to a sent message.
    pub fn sent_a_cv(&self, d: &Email) -> bool {
        self.sent.iter().any(|m| m.attachments.iter().any(|a| d.documents[*a].kind == DocKind::Cv))
    }
}
