//! The portal's state during one attempt, its rules (password, averages,
//! trend) and the moves a learner makes. Pure: tested natively.

use super::world::{Grade, World};
use super::{SchoolPortal, Start};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Login,
    NewPassword,
    Home,
    Homework,
    Grades,
    Report,
    Absences,
    Messages,
    Timetable,
    LoggedOut,
}

impl Screen {
    /// The portal's menu, in order.
    pub const MENU: &'static [Screen] = &[
        Screen::Home,
        Screen::Homework,
        Screen::Grades,
        Screen::Report,
        Screen::Absences,
        Screen::Messages,
        Screen::Timetable,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Screen::Login => "connexion",
            Screen::NewPassword => "nouveau-mot-de-passe",
            Screen::Home => "accueil",
            Screen::Homework => "cahier-de-textes",
            Screen::Grades => "notes",
            Screen::Report => "bulletin",
            Screen::Absences => "vie-scolaire",
            Screen::Messages => "messagerie",
            Screen::Timetable => "emploi-du-temps",
            Screen::LoggedOut => "deconnexion",
        }
    }

    pub fn from_id(id: &str) -> Option<Screen> {
        Screen::MENU.iter().copied().find(|s| s.id() == id)
    }
}

/// The rules of a new password, each checked on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Length,
    Upper,
    Lower,
    Digit,
    Special,
    NotTemporary,
}

pub const RULES: &[Rule] = &[Rule::Length, Rule::Upper, Rule::Lower, Rule::Digit, Rule::Special, Rule::NotTemporary];
pub const MIN_LENGTH: usize = 8;

pub fn rule_met(rule: Rule, password: &str, temporary: &str) -> bool {
    match rule {
        Rule::Length => password.chars().count() >= MIN_LENGTH,
        Rule::Upper => password.chars().any(char::is_uppercase),
        Rule::Lower => password.chars().any(char::is_lowercase),
        Rule::Digit => password.chars().any(|c| c.is_ascii_digit()),
        Rule::Special => password.chars().any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
        Rule::NotTemporary => password != temporary,
    }
}

/// Why a new password is refused, first reason first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    Rule(Rule),
    Confirmation,
}

pub fn check_new_password(password: &str, confirmation: &str, temporary: &str) -> Result<(), PasswordProblem> {
    if let Some(rule) = RULES.iter().copied().find(|r| !rule_met(*r, password, temporary)) {
        return Err(PasswordProblem::Rule(rule));
    }
    if password != confirmation {
        return Err(PasswordProblem::Confirmation);
    }
    Ok(())
}

/// A grade's weighted mean over 20, or `None` without grades.
fn weighted(grades: &[&Grade], value: impl Fn(&Grade) -> f64) -> Option<f64> {
    let weight: f64 = grades.iter().map(|g| g.coefficient).sum();
    (weight > 0.0).then(|| grades.iter().map(|g| value(g) * g.coefficient).sum::<f64>() / weight)
}

/// The grades of one child in one subject, in the order of the file (oldest first).
pub fn grades_of<'w>(world: &'w World, child: &str, subject: &str) -> Vec<&'w Grade> {
    world.grades.iter().filter(|g| g.child == child && g.subject == subject).collect()
}

/// The child's average in a subject, over 20, weighted by coefficients.
pub fn average(grades: &[&Grade]) -> Option<f64> {
    weighted(grades, |g| g.value * 20.0 / g.out_of)
}

/// The class's average in a subject, from each test's class average.
pub fn class_average(grades: &[&Grade]) -> Option<f64> {
    weighted(grades, |g| g.class_average * 20.0 / g.out_of)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

/// How the last grade moved the average (as portals show with an arrow).
pub fn trend(grades: &[&Grade]) -> Option<Trend> {
    let now = average(grades)?;
    let before = average(&grades[..grades.len() - 1])?;
    let (now, before) = (round2(now), round2(before));
    Some(if now > before {
        Trend::Up
    } else if now < before {
        Trend::Down
    } else {
        Trend::Same
    })
}

/// The general average: the mean of the subject averages.
pub fn general_average(world: &World, child: &str) -> Option<f64> {
    let avgs: Vec<f64> = world.subjects.iter().filter_map(|s| average(&grades_of(world, child, &s.id))).collect();
    (!avgs.is_empty()).then(|| avgs.iter().sum::<f64>() / avgs.len() as f64)
}

pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// An average as portals write it: two decimals, a comma in French.
pub fn format_average(x: f64, lang: &str) -> String {
    let s = format!("{:.2}", round2(x));
    if lang == "fr" {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A grade as written: `12` or `12,5`.
pub fn format_number(x: f64, lang: &str) -> String {
    let s = if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{}", round2(x)) };
    if lang == "fr" {
        s.replace('.', ",")
    } else {
        s
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Justification {
    pub absence: String,
    pub reason: String,
    pub comment: String,
    pub document: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub reply_to: Option<String>,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// What the last move produced, for a kind message in the portal.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    WrongLogin,
    Password(PasswordProblem),
    PasswordChanged,
    SavedPassword,
    NotSaved,
    Justified,
    Sent,
    EmptyMessage,
    NoReason,
    RightAnswer(String),
    WrongAnswer(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Portal {
    pub screen: Screen,
    pub logged_in: bool,
    /// Reached the home page at least once during this attempt.
    pub was_logged_in: bool,
    pub must_change_password: bool,
    pub password_changed: bool,
    /// The browser's "Enregistrer le mot de passe ?" is showing.
    pub prompt: bool,
    /// `Some(true)`: saved; `Some(false)`: "Jamais"; `None`: not answered.
    pub password_saved: Option<bool>,
    pub logged_out: bool,
    pub child: String,
    /// Screens seen, with the child selected then.
    pub visited: Vec<(Screen, String)>,
    pub documents: Vec<String>,
    pub read: Vec<String>,
    pub sent: Vec<Sent>,
    pub justified: Vec<Justification>,
    /// The option chosen and whether it was right.
    pub answer: Option<(String, bool)>,
    pub wrong: u32,
    pub notice: Option<Notice>,
    /// Has the learner done anything yet?
    pub moved: bool,
}

impl Portal {
    /// A fresh state for one attempt at a mission.
    pub fn new(world: &World, mission: &SchoolPortal) -> Portal {
        let child = mission.child.clone().or_else(|| world.children.first().map(|c| c.id.clone())).unwrap_or_default();
        let mut p = Portal {
            screen: Screen::Login,
            logged_in: false,
            was_logged_in: false,
            must_change_password: true,
            password_changed: false,
            prompt: false,
            password_saved: None,
            logged_out: false,
            child,
            visited: Vec::new(),
            documents: Vec::new(),
            read: Vec::new(),
            sent: Vec::new(),
            justified: Vec::new(),
            answer: None,
            wrong: 0,
            notice: None,
            moved: false,
        };
        match mission.start {
            Start::Login => {}
            Start::Prompt | Start::Home => {
                p.logged_in = true;
                p.was_logged_in = true;
                p.must_change_password = false;
                p.screen = Screen::Home;
                p.prompt = mission.start == Start::Prompt;
                p.visited.push((Screen::Home, p.child.clone()));
            }
        }
        p
    }

    fn wrong_move(&mut self) {
        self.wrong += 1;
    }

    pub fn login(&mut self, world: &World, login: &str, password: &str) {
        self.moved = true;
        if login.trim() == world.letter.login && password == world.letter.password && self.must_change_password {
            self.screen = Screen::NewPassword;
            self.notice = None;
        } else {
            self.notice = Some(Notice::WrongLogin);
            self.wrong_move();
        }
    }

    pub fn change_password(&mut self, world: &World, password: &str, confirmation: &str) {
        self.moved = true;
        match check_new_password(password, confirmation, &world.letter.password) {
            Ok(()) => {
                self.password_changed = true;
                self.must_change_password = false;
                self.logged_in = true;
                self.was_logged_in = true;
                self.prompt = true;
                self.screen = Screen::Home;
                self.visited.push((Screen::Home, self.child.clone()));
                self.notice = Some(Notice::PasswordChanged);
            }
            Err(problem) => {
                self.notice = Some(Notice::Password(problem));
                self.wrong_move();
            }
        }
    }

    /// The browser's prompt: `true` for "Enregistrer", `false` for "Jamais".
    pub fn answer_prompt(&mut self, save: bool) {
        self.moved = true;
        self.prompt = false;
        self.password_saved = Some(save);
        if save {
            self.notice = Some(Notice::SavedPassword);
            self.wrong_move();
        } else {
            self.notice = Some(Notice::NotSaved);
        }
    }

    pub fn open(&mut self, screen: Screen, mission: &SchoolPortal) {
        if !self.logged_in {
            return;
        }
        self.moved = true;
        self.notice = None;
        self.screen = screen;
        self.visited.push((screen, self.child.clone()));
        if mission.off_path.contains(&screen) {
            self.wrong_move();
        }
    }

    pub fn choose_child(&mut self, child: &str) {
        self.moved = true;
        self.child = child.to_string();
        self.visited.push((self.screen, self.child.clone()));
    }

    pub fn open_document(&mut self, homework: &str) {
        self.moved = true;
        if !self.documents.iter().any(|d| d == homework) {
            self.documents.push(homework.to_string());
        }
    }

    pub fn read_message(&mut self, id: &str) {
        self.moved = true;
        if !self.read.iter().any(|m| m == id) {
            self.read.push(id.to_string());
        }
    }

    /// Sends a reply (`reply_to`) or a new message; an empty one is refused kindly.
    pub fn send(&mut self, mission: &SchoolPortal, sent: Sent) -> bool {
        self.moved = true;
        if sent.body.trim().is_empty() {
            self.notice = Some(Notice::EmptyMessage);
            return false;
        }
        if mission.message.is_some() && sent.reply_to != mission.message {
            self.wrong_move();
        }
        self.sent.push(sent);
        self.notice = Some(Notice::Sent);
        true
    }

    pub fn is_justified(&self, world: &World, absence: &str) -> bool {
        world.absences.iter().any(|a| a.id == absence && a.justified)
            || self.justified.iter().any(|j| j.absence == absence)
    }

    /// The absences the mission asks to justify: the chosen child's, yesterday.
    pub fn targets<'w>(world: &'w World, mission: &SchoolPortal) -> Vec<&'w str> {
        let yesterday = world.yesterday();
        world
            .absences
            .iter()
            .filter(|a| Some(a.day.as_str()) == yesterday && mission.child.as_ref().is_none_or(|c| *c == a.child))
            .map(|a| a.id.as_str())
            .collect()
    }

    pub fn justify(&mut self, world: &World, mission: &SchoolPortal, j: Justification) -> bool {
        self.moved = true;
        if j.reason.is_empty() {
            self.notice = Some(Notice::NoReason);
            return false;
        }
        if mission.mission.goals.iter().any(|g| g.id == "absence-justified")
            && !Portal::targets(world, mission).contains(&j.absence.as_str())
        {
            self.wrong_move();
        }
        self.justified.push(j);
        self.notice = Some(Notice::Justified);
        true
    }

    pub fn answer(&mut self, mission: &SchoolPortal, option: &str) {
        self.moved = true;
        let Some(q) = &mission.question else { return };
        let Some(o) = q.options.iter().find(|o| o.id == option) else { return };
        self.answer = Some((o.id.clone(), o.correct));
        if o.correct {
            self.notice = Some(Notice::RightAnswer(o.id.clone()));
        } else {
            self.notice = Some(Notice::WrongAnswer(o.id.clone()));
            self.wrong_move();
        }
    }

    pub fn logout(&mut self) {
        self.moved = true;
        self.logged_in = false;
        self.logged_out = true;
        self.prompt = false;
        self.screen = Screen::LoggedOut;
        self.notice = None;
    }
}
