//! The phone: its screens, its contacts, its calls and their log, the
//! camera and microphone given to the video app, its clock, and the goals.

use super::{time, Contact, PhoneCall, Task};
use cv_builder::rules::{check_phone, PhoneError, Territory};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Contacts,
    NewContact,
    /// The call log ("Appels").
    Log,
    Clock,
    /// A video call ringing.
    Incoming,
    /// The video app asks for the camera or the microphone.
    Ask(Perm),
    /// In a call.
    Call,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Perm {
    Camera,
    Microphone,
}

/// The choices of Android's dialog for the camera and the microphone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grant {
    /// "Pendant l'utilisation de l'appli": kept for the next calls.
    WhileUsing,
    /// "Uniquement cette fois-ci": asked again at the next call.
    Once,
    /// "Ne pas autoriser".
    Deny,
}

pub const GRANTS: [Grant; 3] = [Grant::WhileUsing, Grant::Once, Grant::Deny];

impl Grant {
    pub fn in_use(self) -> bool {
        self != Grant::Deny
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Call {
    pub contact: usize,
    pub video: bool,
    pub outgoing: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogKind {
    Incoming,
    Outgoing,
    /// Refused by the learner.
    Declined,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogEntry {
    pub contact: usize,
    pub video: bool,
    pub kind: LogKind,
    /// UTC minutes.
    pub at: i64,
}

/// What the phone says after the last move (explained in the view).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    NameMissing,
    NumberRefused(PhoneError),
    /// A right number, but not the one on the paper.
    NotTheNote,
    Saved,
    Declined,
    Granted(Perm, Grant),
    /// The callee picked up at a good time (`true`) or not; their time.
    Callee(bool, String),
    Waited,
    HungUp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Phone {
    pub contacts: Vec<Contact>,
    pub screen: Screen,
    /// UTC minutes: the phone's clock.
    pub now: i64,
    pub call: Option<Call>,
    /// A video call waiting for its permissions.
    pub pending: Option<Call>,
    pub log: Vec<LogEntry>,
    pub camera: Option<Grant>,
    pub microphone: Option<Grant>,
    pub said: Option<Said>,
    pub wrong_moves: u32,
    pub touched: bool,
    pub answered: bool,
    /// A video call took place with the camera and microphone on, given only while in use.
    pub video_ok: bool,
    pub called_back: bool,
    pub clock_seen: bool,
    pub good_call: bool,
    /// Index of the contact the learner added, and whether it was called.
    pub added: Option<usize>,
    pub added_called: bool,
}

/// The last 9 digits: the same number written `0639…`, `+262 639…` or `00262 639…`.
fn tail(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(9)..].iter().collect()
}

impl Phone {
    pub fn new(d: &PhoneCall) -> Self {
        Phone {
            contacts: d.contacts.clone(),
            screen: if d.task == Task::VideoCall { Screen::Incoming } else { Screen::Home },
            now: d.start,
            call: None,
            pending: None,
            log: Vec::new(),
            camera: None,
            microphone: None,
            said: None,
            wrong_moves: 0,
            touched: false,
            answered: false,
            video_ok: false,
            called_back: false,
            clock_seen: false,
            good_call: false,
            added: None,
            added_called: false,
        }
    }

    fn busy(&self) -> bool {
        matches!(self.screen, Screen::Incoming | Screen::Ask(_) | Screen::Call)
    }

    fn wrong(&mut self) {
        self.wrong_moves += 1;
    }

    /// An app of the home screen, or back home; not during a call.
    pub fn open(&mut self, s: Screen) {
        if self.busy() || matches!(s, Screen::Incoming | Screen::Ask(_) | Screen::Call) {
            return;
        }
        self.touched = true;
        self.said = None;
        self.screen = s;
        if s == Screen::Clock {
            self.clock_seen = true;
        }
    }

    /// "Enregistrer" on the new contact's form.
    pub fn save_contact(&mut self, d: &PhoneCall, name: &str, number: &str) {
        if self.screen != Screen::NewContact {
            return;
        }
        self.touched = true;
        if name.trim().is_empty() {
            self.said = Some(Said::NameMissing);
            return;
        }
        let territory = match check_phone(number) {
            Ok(t) => t,
            Err(e) => {
                self.wrong();
                self.said = Some(Said::NumberRefused(e));
                return;
            }
        };
        if let Some(n) = &d.new_contact {
            if territory != n.territory || tail(number) != tail(&n.number) {
                self.wrong();
                self.said = Some(Said::NotTheNote);
                return;
            }
        }
        self.contacts.push(Contact {
            id: format!("new-{}", self.contacts.len()),
            name: name.trim().to_string(),
            number: number.trim().to_string(),
            place: None,
            territory,
        });
        self.added = Some(self.contacts.len() - 1);
        self.said = Some(Said::Saved);
        self.screen = Screen::Contacts;
    }

    /// Calls a contact (from the contacts or the log).
    pub fn call(&mut self, d: &PhoneCall, contact: usize, video: bool) {
        if self.busy() || contact >= self.contacts.len() {
            return;
        }
        self.touched = true;
        self.said = None;
        let call = Call { contact, video, outgoing: true };
        if d.caller.as_ref().is_some_and(|c| c.contact == contact) && !self.log.is_empty() {
            self.called_back = true;
        }
        if self.added == Some(contact) {
            self.added_called = true;
        }
        if let Some(c) = d.callee.as_ref().filter(|c| c.contact == contact) {
            let there = time::local(self.contacts[contact].territory, self.now);
            let hour = time::hhmm(there);
            let minutes = there.rem_euclid(time::DAY);
            let good = (c.good_from as i64 * 60..c.good_until as i64 * 60).contains(&minutes);
            if good {
                self.good_call = true;
            } else {
                self.wrong();
            }
            self.said = Some(Said::Callee(good, hour));
        }
        self.start(call);
    }

    /// A call begins: a video call first asks what it has not been given.
    fn start(&mut self, call: Call) {
        self.pending = Some(call);
        self.next_step();
    }

    fn next_step(&mut self) {
        let Some(call) = self.pending else { return };
        if call.video && self.camera.is_none() {
            self.screen = Screen::Ask(Perm::Camera);
        } else if call.video && self.microphone.is_none() {
            self.screen = Screen::Ask(Perm::Microphone);
        } else {
            self.pending = None;
            if call.video && self.camera.is_some_and(Grant::in_use) && self.microphone.is_some_and(Grant::in_use) {
                self.video_ok = true;
            }
            self.call = Some(call);
            self.screen = Screen::Call;
        }
    }

    /// "Répondre" to the ringing video call.
    pub fn answer(&mut self, d: &PhoneCall) {
        let Some(c) = &d.caller else { return };
        if self.screen != Screen::Incoming {
            return;
        }
        self.touched = true;
        self.answered = true;
        self.start(Call { contact: c.contact, video: true, outgoing: false });
    }

    /// "Refuser" the ringing call: Mamie is left without an answer.
    pub fn decline(&mut self, d: &PhoneCall) {
        let Some(c) = &d.caller else { return };
        if self.screen != Screen::Incoming {
            return;
        }
        self.touched = true;
        self.wrong();
        self.log.push(LogEntry { contact: c.contact, video: true, kind: LogKind::Declined, at: self.now });
        self.said = Some(Said::Declined);
        self.screen = Screen::Log;
    }

    /// A choice in the permission dialog.
    pub fn grant(&mut self, g: Grant) {
        let Screen::Ask(p) = self.screen else { return };
        match p {
            Perm::Camera => self.camera = Some(g),
            Perm::Microphone => self.microphone = Some(g),
        }
        if g == Grant::Deny {
            self.wrong();
        }
        self.said = Some(Said::Granted(p, g));
        self.next_step();
    }

    /// "Raccrocher": the call goes to the log; "only this time" and a
    /// refusal are forgotten, so the app asks again at the next call.
    pub fn hang_up(&mut self) {
        let Some(call) = self.call.take() else { return };
        let kind = if call.outgoing { LogKind::Outgoing } else { LogKind::Incoming };
        self.log.push(LogEntry { contact: call.contact, video: call.video, kind, at: self.now });
        self.now += 5;
        for g in [&mut self.camera, &mut self.microphone] {
            if *g != Some(Grant::WhileUsing) {
                *g = None;
            }
        }
        self.said = Some(Said::HungUp);
        self.screen = Screen::Log;
    }

    /// "Attendre 1 heure": the clock moves on (not during a call).
    pub fn wait(&mut self) {
        if self.busy() {
            return;
        }
        self.touched = true;
        self.now += 60;
        self.said = Some(Said::Waited);
    }

    /// The local time of a territory now.
    pub fn time_in(&self, t: Territory) -> String {
        time::hhmm(time::local(t, self.now))
    }

    pub fn meets(&self, d: &PhoneCall, goal: &str) -> bool {
        let caller = d.caller.as_ref().map(|c| c.contact);
        match goal {
            "contact-saved" => self.added.is_some(),
            "contact-called" => self.added_called,
            "answered" => self.answered,
            "in-use-only" => self.video_ok,
            "called-back" => {
                self.called_back && self.log.iter().any(|e| e.kind == LogKind::Outgoing && Some(e.contact) == caller)
            }
            "clock-checked" => self.clock_seen,
            "good-time" => self.good_call,
            _ => false,
        }
    }
}
