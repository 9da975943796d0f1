//! One exercise file, `exercises/<module>/<exercise>.toml`: read whole (its
//! kind's own part too, to be done or checked), or only its summary (what a
//! module's page and the home page show: title, duration, kind), which needs
//! none of the kinds' readers, so the first program does not carry them.

use super::reader::Map;
use super::{exercise_file, tree, Msg, Problem, Reader, Text};
use crate::kinds::KindData;
use crate::sim::Registry;

/// An exercise, read whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    pub id: String,
    pub title: Text,
    pub instruction: Text,
    pub notes: Option<Text>,
    /// How long a beginner takes to do it, slowly: 1 to [`MAX_MINUTES`].
    pub minutes: u32,
    pub data: KindData,
}

/// What a list of exercises shows of one: read without its kind's own part,
/// whose problems show when it is opened (and on the advisors' check page).
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: String,
    pub title: Text,
    pub minutes: u32,
    /// Its kind, a known one: generic, or a simulation of the registry.
    pub kind: String,
}

/// What every exercise has, whole or summed up: its duration.
pub trait Minutes {
    fn minutes(&self) -> u32;
}
impl Minutes for Exercise {
    fn minutes(&self) -> u32 {
        self.minutes
    }
}
impl Minutes for Summary {
    fn minutes(&self) -> u32 {
        self.minutes
    }
}

/// The longest an exercise may say it takes: more is a typo, or an exercise
/// to cut in two.
pub const MAX_MINUTES: u32 = 60;

/// A module's duration: the sum of its exercises' minutes (those that could be read).
pub fn total_minutes<'a, E: Minutes + 'a>(exercises: impl IntoIterator<Item = &'a E>) -> u32 {
    exercises.into_iter().map(|e| e.minutes()).sum()
}

/// Parses one exercise file whole; `expected_id` is its file name without `.toml`.
pub fn parse_exercise(
    module: &str,
    expected_id: &str,
    src: &str,
    registry: &Registry,
) -> Result<Exercise, Vec<Problem>> {
    Reader::run(&exercise_file(module, expected_id), src, |r, root| {
        let (kind, kind_keys) = read_kind(r, root, registry)?;
        let mut keys = vec!["id", "kind", "title", "instruction", "notes", "minutes"];
        keys.extend_from_slice(kind_keys);
        r.known_keys(root, &[], &keys);
        let id = r.id_field(root, &[], "id", Some(expected_id));
        let title = r.text(root, &[], "title", true);
        let instruction = r.text(root, &[], "instruction", true);
        let notes = r.text(root, &[], "notes", false);
        let minutes = read_minutes(r, root);
        let data = crate::kinds::parse(&kind, r, root, registry);
        Some(Exercise { id: id?, title: title?, instruction: instruction?, notes, minutes: minutes?, data: data? })
    })
}

/// Parses one exercise file's summary: its kind, id, title and duration,
/// checked as [`parse_exercise`] checks them; the rest is not read.
pub fn parse_summary(module: &str, expected_id: &str, src: &str, registry: &Registry) -> Result<Summary, Vec<Problem>> {
    Reader::run(&exercise_file(module, expected_id), src, |r, root| {
        let (kind, _) = read_kind(r, root, registry)?;
        let id = r.id_field(root, &[], "id", Some(expected_id));
        let title = r.text(root, &[], "title", true);
        let minutes = read_minutes(r, root);
        Some(Summary { id: id?, title: title?, minutes: minutes?, kind })
    })
}

/// `kind`, one this registry knows, and the keys it adds to the file.
fn read_kind(r: &mut Reader, root: &Map, registry: &Registry) -> Option<(String, &'static [&'static str])> {
    let kind = r.string(root, &[], "kind", true)?;
    let Some(keys) = crate::kinds::keys_of(&kind, registry) else {
        r.problem_at(
            &[tree::Seg::Key("kind".into())],
            Msg::new("check-unknown-kind")
                .arg("kind", kind.clone())
                .arg("known", crate::kinds::all_kind_names(registry).join(", ")),
        );
        return None;
    };
    Some((kind, keys))
}

/// `minutes`, from 1 to [`MAX_MINUTES`].
fn read_minutes(r: &mut Reader, root: &Map) -> Option<u32> {
    let m = r.number(root, &[], "minutes", true)?;
    if (1..=MAX_MINUTES).contains(&m) {
        return Some(m);
    }
    r.problem_at(
        &[tree::Seg::Key("minutes".into())],
        Msg::new("check-minutes-range").arg("minutes", m.to_string()).arg("max", MAX_MINUTES.to_string()),
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHOICE: &str = r#"
id = "essai"
kind = "choice"
title = "Un essai"
instruction = "Choisissez."
minutes = 3
multiple = false
[[options]]
id = "a"
text = "A"
correct = true
explanation = "Oui."
[[options]]
id = "b"
text = "B"
correct = false
explanation = "Non."
"#;

    #[test]
    fn a_summary_reads_what_a_list_shows() {
        let s = parse_summary("m", "essai", CHOICE, &Registry::NONE).expect("reads");
        assert_eq!((s.id.as_str(), s.title.get("fr"), s.minutes, s.kind.as_str()), ("essai", "Un essai", 3, "choice"));
        let whole = parse_exercise("m", "essai", CHOICE, &Registry::NONE).expect("reads whole");
        assert_eq!((whole.minutes, whole.title), (s.minutes, s.title));
    }

    #[test]
    fn a_summary_skips_the_kinds_part_but_not_its_own_fields() {
        // The kind's own part is broken: only reading the exercise whole says so.
        let broken_options = CHOICE.replace("correct = true", "correct = \"oui\"");
        assert!(parse_summary("m", "essai", &broken_options, &Registry::NONE).is_ok());
        assert!(parse_exercise("m", "essai", &broken_options, &Registry::NONE).is_err());
        // Its title, duration, id and kind are checked as in the whole reading.
        for (bad, id) in [
            (CHOICE.replace("minutes = 3", "minutes = 90"), "check-minutes-range"),
            (CHOICE.replace("kind = \"choice\"", "kind = \"quiz\""), "check-unknown-kind"),
        ] {
            let summary = parse_summary("m", "essai", &bad, &Registry::NONE).unwrap_err();
            let whole = parse_exercise("m", "essai", &bad, &Registry::NONE).unwrap_err();
            assert_eq!(summary[0].msg.id, id);
            assert!(whole.contains(&summary[0]), "{whole:?}");
        }
        assert!(parse_summary("m", "autre", CHOICE, &Registry::NONE).is_err(), "the id must be the file's name");
    }

    #[test]
    fn a_program_without_the_generic_kinds_points_to_the_one_that_shows_them() {
        let elsewhere = Registry { generic: crate::sim::Generic::Elsewhere("exercice.html"), ..Registry::NONE };
        let e = parse_exercise("m", "essai", CHOICE, &elsewhere).expect("reads up to its kind");
        assert_eq!(e.data, crate::kinds::KindData::Elsewhere("exercice.html"));
        assert_eq!(e.title.get("fr"), "Un essai");
        let read = parse_exercise("m", "essai", CHOICE, &Registry::NONE).expect("reads whole");
        assert!(matches!(read.data, crate::kinds::KindData::Choice(_)), "{:?}", read.data);
        // Its file is still checked up to its kind: an unknown key is refused.
        let stray = CHOICE.replace("minutes = 3", "minutes = 3\ncolour = 2");
        assert!(parse_exercise("m", "essai", &stray, &elsewhere).is_err());
    }
}
