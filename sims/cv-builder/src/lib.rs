//! `cv-builder`: the learner writes their own CV in six steps, sees it beside
//! the form as it will be printed, saves it as they type, prints it on one A4
//! page, downloads and re-opens it. Done when the CV has a name and a way to
//! be reached, a job title, an experience or a training, and fits one page.
//!
//! ```toml
//! kind = "cv-builder"
//! hint.fr = "…"             # the mission (see sims/mission.rs)
//! debrief.fr = "…"
//! [[goals]]
//! id = "contact"            # contact, job, entry, one-page
//! text.fr = "…"
//! explanation.fr = "…"
//! [[steps]]                 # the six steps, in this order: identity, job,
//! id = "identity"           # experiences, trainings, skills, more
//! title.fr = "Qui êtes-vous ?"
//! [[fields]]                # every field of the form (see FIELDS)
//! id = "phone"
//! label.fr = "Téléphone"
//! help.fr = "Le numéro où l'employeur peut vous appeler."
//! example.fr = "0692 12 34 56"   # optional
//! ```

pub mod model;
pub mod rules;
#[cfg(feature = "view")]
pub mod view;

use pas_a_pas_core::content::reader::Map;
use pas_a_pas_core::content::tree::Seg;
use pas_a_pas_core::content::{Msg, Reader, Text};
use pas_a_pas_core::mission::{self, Mission};
use pas_a_pas_core::sim::Model;

pub const KEYS: &[&str] = &["goals", "hint", "debrief", "steps", "fields"];

/// The steps, in order.
pub const STEPS: &[&str] = &["identity", "job", "experiences", "trainings", "skills", "more"];

/// Every field of the form; the exercise file gives each one its words.
pub const FIELDS: &[&str] = &[
    "name",
    "phone",
    "email",
    "city",
    "job",
    "summary",
    "exp-title",
    "exp-place",
    "exp-start",
    "exp-end",
    "exp-current",
    "exp-details",
    "training-title",
    "training-place",
    "training-start",
    "training-end",
    "training-current",
    "training-details",
    "skills",
    "qualities",
    "languages",
    "licence",
    "interests",
];

/// The words of one field: its label, what to write, an example.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldText {
    pub id: String,
    pub label: Text,
    pub help: Text,
    pub example: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CvBuilder {
    pub mission: Mission,
    /// The titles of the six steps, in the order of [`STEPS`].
    pub steps: Vec<Text>,
    /// In the order of [`FIELDS`].
    pub fields: Vec<FieldText>,
}

impl CvBuilder {
    pub fn field(&self, id: &str) -> &FieldText {
        let i = FIELDS.iter().position(|f| *f == id).unwrap_or(0);
        &self.fields[i]
    }
}

pub fn parse(r: &mut Reader, root: &Map) -> Option<CvBuilder> {
    let mission = mission::parse(r, root, model::GOALS);

    let step_tables = r.tables(root, &[], "steps", STEPS.len());
    let step_ids = r.item_ids(&step_tables);
    let mut steps = Vec::new();
    for (i, ((path, m), id)) in step_tables.iter().zip(&step_ids).enumerate() {
        r.known_keys(m, path, &["id", "title"]);
        let title = r.text(m, path, "title", true);
        if let Some(id) = id {
            if STEPS.get(i) != Some(&id.as_str()) {
                let mut at = path.clone();
                at.push(Seg::Key("id".into()));
                r.problem_at(&at, Msg::new("check-cv-step-order").arg("id", id.clone()).arg("known", STEPS.join(", ")));
                continue;
            }
        }
        if let (Some(_), Some(title)) = (id, title) {
            steps.push(title);
        }
    }
    if step_tables.len() > STEPS.len() {
        r.problem_at(
            &[Seg::Key("steps".into())],
            Msg::new("check-cv-step-order").arg("id", "…").arg("known", STEPS.join(", ")),
        );
    }

    let field_tables = r.tables(root, &[], "fields", 1);
    let field_ids = r.item_ids(&field_tables);
    let mut found: Vec<Option<FieldText>> = vec![None; FIELDS.len()];
    let mut ok = true;
    for ((path, m), id) in field_tables.iter().zip(field_ids) {
        r.known_keys(m, path, &["id", "label", "help", "example"]);
        let label = r.text(m, path, "label", true);
        let help = r.text(m, path, "help", true);
        let example = r.text(m, path, "example", false);
        let Some(id) = id else {
            ok = false;
            continue;
        };
        let Some(i) = FIELDS.iter().position(|f| *f == id) else {
            let mut at = path.clone();
            at.push(Seg::Key("id".into()));
            r.problem_at(&at, Msg::new("check-cv-unknown-field").arg("id", id).arg("known", FIELDS.join(", ")));
            ok = false;
            continue;
        };
        match (label, help) {
            (Some(label), Some(help)) => found[i] = Some(FieldText { id, label, help, example }),
            _ => ok = false,
        }
    }
    if !field_tables.is_empty() && ok {
        for (i, f) in found.iter().enumerate() {
            if f.is_none() {
                r.problem_at(&[Seg::Key("fields".into())], Msg::new("check-cv-missing-field").arg("id", FIELDS[i]));
            }
        }
    }
    let fields: Option<Vec<FieldText>> = found.into_iter().collect();
    let mission = mission?;
    (steps.len() == STEPS.len() && ok).then_some(())?;
    Some(CvBuilder { mission, steps, fields: fields? })
}

pas_a_pas_core::simulation!("cv-builder", parse);

impl Model for CvBuilder {
    fn slides(&self) -> Vec<pas_a_pas_core::kinds::Slide> {
        self.mission.slides()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(fields: &[&str], steps: &[&str]) -> String {
        let mut s = String::from(
            "hint.fr = \"h\"\ndebrief.fr = \"d\"\n[[goals]]\nid = \"contact\"\ntext.fr = \"t\"\nexplanation.fr = \"e\"\n",
        );
        for st in steps {
            s += &format!("[[steps]]\nid = \"{st}\"\ntitle.fr = \"Étape {st}\"\n");
        }
        for f in fields {
            s += &format!("[[fields]]\nid = \"{f}\"\nlabel.fr = \"L {f}\"\nhelp.fr = \"H\"\n");
        }
        s
    }

    #[test]
    fn reads_steps_and_every_field() {
        let b = Reader::run("t.toml", &file(FIELDS, STEPS), parse).unwrap();
        assert_eq!(b.steps.len(), 6);
        assert_eq!(b.field("phone").label.get("fr"), "L phone");
        assert_eq!(b.field("interests").label.get("fr"), "L interests");
        assert_eq!(b.slides().len(), 1);
    }

    #[test]
    fn a_missing_or_unknown_field_or_a_wrong_step_is_reported() {
        let e = Reader::run("t.toml", &file(&FIELDS[1..], STEPS), parse).unwrap_err();
        assert_eq!(e.iter().map(|p| p.msg.id).collect::<Vec<_>>(), vec!["check-cv-missing-field"]);
        let mut with_typo = FIELDS.to_vec();
        with_typo.push("phonne");
        let e = Reader::run("t.toml", &file(&with_typo, STEPS), parse).unwrap_err();
        assert_eq!(e[0].msg.id, "check-cv-unknown-field");
        let e = Reader::run(
            "t.toml",
            &file(FIELDS, &["job", "identity", "experiences", "trainings", "skills", "more"]),
            parse,
        )
        .unwrap_err();
        assert_eq!(e[0].msg.id, "check-cv-step-order");
        let e = Reader::run("t.toml", &file(FIELDS, &STEPS[..5]), parse).unwrap_err();
        assert_eq!(e[0].msg.id, "check-too-few");
    }
}
