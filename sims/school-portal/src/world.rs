//! The portal's world, read from the module's data file (`portail.toml`):
//! everything the parent sees once logged in. Averages and trends are not
//! written there: they are computed from the grades (see `state`).

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::{Path, Seg};
use pas_a_pas_core::content::{Msg, Reader, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct Letter {
    pub login: String,
    pub password: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Child {
    pub id: String,
    pub name: String,
    pub class: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Subject {
    pub id: String,
    pub name: Text,
    pub teacher: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Teacher {
    pub id: String,
    pub name: String,
    pub role: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct News {
    pub title: Text,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub name: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Homework {
    pub id: String,
    pub child: String,
    pub day: String,
    pub subject: String,
    pub text: Text,
    pub document: Option<Document>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Grade {
    pub child: String,
    pub subject: String,
    pub date: Text,
    pub title: Text,
    pub value: f64,
    pub out_of: f64,
    pub coefficient: f64,
    pub class_average: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comment {
    pub subject: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub child: String,
    pub term: Text,
    pub comments: Vec<Comment>,
    pub general: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Absence {
    pub id: String,
    pub child: String,
    pub day: String,
    /// `absence` or `retard`.
    pub kind: String,
    pub time: Text,
    pub justified: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub id: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    pub from: String,
    pub date: Text,
    pub subject: Text,
    pub body: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub child: String,
    pub day: String,
    pub start: String,
    pub end: String,
    pub subject: String,
    pub room: String,
    pub cancelled: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub school: String,
    pub parent: String,
    pub letter: Letter,
    pub days: Vec<Day>,
    /// The days of the week shown (cahier de textes, emploi du temps), in order.
    pub week: Vec<String>,
    pub today: String,
    pub children: Vec<Child>,
    pub teachers: Vec<Teacher>,
    pub subjects: Vec<Subject>,
    pub news: Vec<News>,
    pub homework: Vec<Homework>,
    pub grades: Vec<Grade>,
    pub reports: Vec<Report>,
    pub absences: Vec<Absence>,
    pub reasons: Vec<Reason>,
    pub messages: Vec<Message>,
    pub lessons: Vec<Lesson>,
    pub cancelled_note: Text,
}

impl World {
    pub fn child(&self, id: &str) -> Option<&Child> {
        self.children.iter().find(|c| c.id == id)
    }
    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }
    pub fn subject(&self, id: &str) -> Option<&Subject> {
        self.subjects.iter().find(|s| s.id == id)
    }
    pub fn teacher(&self, id: &str) -> Option<&Teacher> {
        self.teachers.iter().find(|t| t.id == id)
    }
    pub fn day(&self, id: &str) -> Option<&Day> {
        self.days.iter().find(|d| d.id == id)
    }
    /// The day before today in the week (Monday when today is Tuesday).
    pub fn yesterday(&self) -> Option<&str> {
        let i = self.week.iter().position(|d| *d == self.today)?;
        i.checked_sub(1).map(|i| self.week[i].as_str())
    }
}

fn at(path: &[Seg], key: &str) -> Path {
    let mut p = path.to_vec();
    p.push(Seg::Key(key.into()));
    p
}

/// A number that may have decimals (`12.5`).
fn decimal(r: &mut Reader, m: &Map, path: &[Seg], key: &str) -> Option<f64> {
    match m.get(key) {
        None => {
            r.problem_at(&at(path, key), Msg::new("check-missing-field").arg("field", key));
            None
        }
        Some(v) => match v.as_f64() {
            Some(n) if n >= 0.0 => Some(n),
            _ => {
                r.problem_at(&at(path, key), Msg::new("check-wrong-type").arg("field", key).arg("expected", "number"));
                None
            }
        },
    }
}

/// Checks that `value` names one of `known` (an id written elsewhere in the file).
fn refers(r: &mut Reader, path: &[Seg], key: &str, value: &Option<String>, known: &[String]) -> bool {
    match value {
        Some(v) if known.contains(v) => true,
        Some(v) => {
            r.problem_at(
                &at(path, key),
                Msg::new("check-unknown-value")
                    .arg("field", key)
                    .arg("value", v.clone())
                    .arg("known", known.join(", ")),
            );
            false
        }
        None => false,
    }
}

const TOP: &[&str] = &[
    "school",
    "parent",
    "letter",
    "days",
    "week",
    "today",
    "children",
    "teachers",
    "subjects",
    "news",
    "homework",
    "grades",
    "reports",
    "absences",
    "reasons",
    "messages",
    "lessons",
    "cancelled_note",
];

/// Reads the whole data file; every problem is located in it.
pub fn parse(r: &mut Reader, root: &Map) -> Option<World> {
    r.known_keys(root, &[], TOP);
    let mut ok = true;
    let school = r.string(root, &[], "school", true);
    let parent = r.string(root, &[], "parent", true);
    let letter = match root.get("letter").and_then(|v| v.as_object()) {
        Some(m) => {
            let p = [Seg::Key("letter".into())];
            r.known_keys(m, &p, &["login", "password", "text"]);
            let login = r.string(m, &p, "login", true);
            let password = r.string(m, &p, "password", true);
            let text = r.text(m, &p, "text", true);
            match (login, password, text) {
                (Some(login), Some(password), Some(text)) => Some(Letter { login, password, text }),
                _ => None,
            }
        }
        None => {
            r.problem_at(&[Seg::Key("letter".into())], Msg::new("check-missing-field").arg("field", "letter"));
            None
        }
    };
    let cancelled_note = r.text(root, &[], "cancelled_note", true);

    macro_rules! list {
        ($key:literal, $min:expr, $keys:expr, |$r:ident, $m:ident, $p:ident| $body:expr) => {{
            let tables = r.tables(root, &[], $key, $min);
            let mut out = Vec::new();
            for (path, m) in &tables {
                r.known_keys(m, path, $keys);
                let $r = &mut *r;
                let $m = *m;
                let $p = path.as_slice();
                match $body {
                    Some(v) => out.push(v),
                    None => ok = false,
                }
            }
            out
        }};
    }

    let days = list!("days", 1, &["id", "label"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let label = r.text(m, p, "label", true);
        Some(Day { id: id?, label: label? })
    });
    let day_ids: Vec<String> = days.iter().map(|d| d.id.clone()).collect();
    let week = r.string_list(root, &[], "week", true).unwrap_or_default();
    for (i, d) in week.iter().enumerate() {
        if !day_ids.contains(d) {
            ok = false;
            r.problem_at(
                &[Seg::Key("week".into()), Seg::Index(i)],
                Msg::new("check-unknown-value")
                    .arg("field", "week")
                    .arg("value", d.clone())
                    .arg("known", day_ids.join(", ")),
            );
        }
    }
    let today = r.string(root, &[], "today", true);
    ok &= refers(r, &[], "today", &today, &week);

    let children = list!("children", 1, &["id", "name", "class"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let name = r.string(m, p, "name", true);
        let class = r.string(m, p, "class", true);
        Some(Child { id: id?, name: name?, class: class? })
    });
    let child_ids: Vec<String> = children.iter().map(|c| c.id.clone()).collect();
    let teachers = list!("teachers", 1, &["id", "name", "role"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let name = r.string(m, p, "name", true);
        let role = r.text(m, p, "role", true);
        Some(Teacher { id: id?, name: name?, role: role? })
    });
    let teacher_ids: Vec<String> = teachers.iter().map(|t| t.id.clone()).collect();
    let subjects = list!("subjects", 1, &["id", "name", "teacher"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let name = r.text(m, p, "name", true);
        let teacher = r.string(m, p, "teacher", true);
        let known = refers(r, p, "teacher", &teacher, &teacher_ids);
        known.then_some(())?;
        Some(Subject { id: id?, name: name?, teacher: teacher? })
    });
    let subject_ids: Vec<String> = subjects.iter().map(|s| s.id.clone()).collect();
    let news = list!("news", 1, &["title", "text"], |r, m, p| {
        let title = r.text(m, p, "title", true);
        let text = r.text(m, p, "text", true);
        Some(News { title: title?, text: text? })
    });
    let homework = list!("homework", 1, &["id", "child", "day", "subject", "text", "document"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let child = r.string(m, p, "child", true);
        let day = r.string(m, p, "day", true);
        let subject = r.string(m, p, "subject", true);
        let refs = refers(r, p, "child", &child, &child_ids)
            & refers(r, p, "day", &day, &week)
            & refers(r, p, "subject", &subject, &subject_ids);
        let text = r.text(m, p, "text", true);
        let document = match m.get("document").and_then(|d| d.as_object()) {
            None => Some(None),
            Some(d) => {
                let dp = at(p, "document");
                r.known_keys(d, &dp, &["name", "text"]);
                let name = r.string(d, &dp, "name", true);
                let text = r.text(d, &dp, "text", true);
                match (name, text) {
                    (Some(name), Some(text)) => Some(Some(Document { name, text })),
                    _ => None,
                }
            }
        };
        refs.then_some(())?;
        Some(Homework { id: id?, child: child?, day: day?, subject: subject?, text: text?, document: document? })
    });
    let grades = list!(
        "grades",
        1,
        &["child", "subject", "date", "title", "value", "out_of", "coefficient", "class_average"],
        |r, m, p| {
            let child = r.string(m, p, "child", true);
            let subject = r.string(m, p, "subject", true);
            let refs = refers(r, p, "child", &child, &child_ids) & refers(r, p, "subject", &subject, &subject_ids);
            let date = r.text(m, p, "date", true);
            let title = r.text(m, p, "title", true);
            let value = decimal(r, m, p, "value");
            let out_of = if m.contains_key("out_of") { decimal(r, m, p, "out_of") } else { Some(20.0) };
            let coefficient = if m.contains_key("coefficient") { decimal(r, m, p, "coefficient") } else { Some(1.0) };
            let class_average = decimal(r, m, p, "class_average");
            if let (Some(v), Some(o)) = (value, out_of) {
                if o <= 0.0 || v > o {
                    r.problem_at(
                        &at(p, "value"),
                        Msg::new("check-wrong-type").arg("field", "value").arg("expected", "number"),
                    );
                    return None;
                }
            }
            refs.then_some(())?;
            Some(Grade {
                child: child?,
                subject: subject?,
                date: date?,
                title: title?,
                value: value?,
                out_of: out_of?,
                coefficient: coefficient?,
                class_average: class_average?,
            })
        }
    );
    let reports = list!("reports", 0, &["child", "term", "comments", "general"], |r, m, p| {
        let child = r.string(m, p, "child", true);
        let refs = refers(r, p, "child", &child, &child_ids);
        let term = r.text(m, p, "term", true);
        let general = r.text(m, p, "general", true);
        let tables = r.tables(m, p, "comments", 1);
        let mut comments = Vec::new();
        let mut all = true;
        for (cp, cm) in &tables {
            r.known_keys(cm, cp, &["subject", "text"]);
            let subject = r.string(cm, cp, "subject", true);
            let known = refers(r, cp, "subject", &subject, &subject_ids);
            let text = r.text(cm, cp, "text", true);
            match (subject, text, known) {
                (Some(subject), Some(text), true) => comments.push(Comment { subject, text }),
                _ => all = false,
            }
        }
        (refs && all).then_some(())?;
        Some(Report { child: child?, term: term?, comments, general: general? })
    });
    let absences = list!("absences", 1, &["id", "child", "day", "kind", "time", "justified"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let child = r.string(m, p, "child", true);
        let day = r.string(m, p, "day", true);
        let kind = r.string(m, p, "kind", true);
        let kinds = ["absence".to_string(), "retard".to_string()];
        let refs = refers(r, p, "child", &child, &child_ids)
            & refers(r, p, "day", &day, &day_ids)
            & refers(r, p, "kind", &kind, &kinds);
        let time = r.text(m, p, "time", true);
        let justified = r.boolean(m, p, "justified", false);
        refs.then_some(())?;
        Some(Absence { id: id?, child: child?, day: day?, kind: kind?, time: time?, justified })
    });
    let reasons = list!("reasons", 1, &["id", "text"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let text = r.text(m, p, "text", true);
        Some(Reason { id: id?, text: text? })
    });
    let messages = list!("messages", 1, &["id", "from", "date", "subject", "body"], |r, m, p| {
        let id = r.id_field(m, p, "id", None);
        let from = r.string(m, p, "from", true);
        let refs = refers(r, p, "from", &from, &teacher_ids);
        let date = r.text(m, p, "date", true);
        let subject = r.text(m, p, "subject", true);
        let body = r.text(m, p, "body", true);
        refs.then_some(())?;
        Some(Message { id: id?, from: from?, date: date?, subject: subject?, body: body? })
    });
    let lessons = list!("lessons", 1, &["child", "day", "start", "end", "subject", "room", "cancelled"], |r, m, p| {
        let child = r.string(m, p, "child", true);
        let day = r.string(m, p, "day", true);
        let subject = r.string(m, p, "subject", true);
        let refs = refers(r, p, "child", &child, &child_ids)
            & refers(r, p, "day", &day, &week)
            & refers(r, p, "subject", &subject, &subject_ids);
        let start = r.string(m, p, "start", true);
        let end = r.string(m, p, "end", true);
        let room = r.string(m, p, "room", true);
        let cancelled = r.boolean(m, p, "cancelled", false);
        refs.then_some(())?;
        Some(Lesson { child: child?, day: day?, start: start?, end: end?, subject: subject?, room: room?, cancelled })
    });
    if !ok {
        return None;
    }
    Some(World {
        school: school?,
        parent: parent?,
        letter: letter?,
        days,
        week,
        today: today?,
        children,
        teachers,
        subjects,
        news,
        homework,
        grades,
        reports,
        absences,
        reasons,
        messages,
        lessons,
        cancelled_note: cancelled_note?,
    })
}
