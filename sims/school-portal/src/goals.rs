//! Every mission's goals, each a pure predicate over the portal's state.

use super::state::{Portal, Screen};
use super::{SchoolPortal, World};

/// The goal ids an exercise file may name.
pub const GOALS: &[&str] = &[
    "logged-in",
    "password-changed",
    "password-not-saved",
    "logged-out",
    "homework-seen",
    "document-opened",
    "grades-seen",
    "timetable-seen",
    "answered",
    "absence-justified",
    "message-read",
    "reply-sent",
];

fn saw(p: &Portal, screen: Screen, m: &SchoolPortal) -> bool {
    p.visited.iter().any(|(s, c)| *s == screen && m.child.as_ref().is_none_or(|child| child == c))
}

/// Is goal `id` reached in state `p`?
pub fn met(id: &str, p: &Portal, w: &World, m: &SchoolPortal) -> bool {
    match id {
        "logged-in" => p.was_logged_in,
        "password-changed" => p.password_changed,
        "password-not-saved" => p.password_saved == Some(false),
        "logged-out" => p.logged_out && !p.logged_in,
        "homework-seen" => saw(p, Screen::Homework, m),
        "document-opened" => w.homework.iter().any(|h| {
            h.document.is_some() && m.child.as_ref().is_none_or(|c| *c == h.child) && p.documents.contains(&h.id)
        }),
        "grades-seen" => saw(p, Screen::Grades, m),
        "timetable-seen" => saw(p, Screen::Timetable, m),
        "answered" => matches!(p.answer, Some((_, true))),
        "absence-justified" => {
            let targets = Portal::targets(w, m);
            !targets.is_empty()
                && targets.iter().all(|a| p.justified.iter().any(|j| j.absence == *a && !j.reason.is_empty()))
        }
        "message-read" => m.message.as_ref().is_some_and(|id| p.read.contains(id)),
        "reply-sent" => m
            .message
            .as_ref()
            .is_some_and(|id| p.sent.iter().any(|s| s.reply_to.as_ref() == Some(id) && !s.body.trim().is_empty())),
        _ => false,
    }
}
