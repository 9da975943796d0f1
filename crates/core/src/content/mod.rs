//! The content model: modules and exercises as advisors write them in
//! `exercises/`, read from TOML into plain types, with every problem reported
//! as `file:line:column` and a message id from `locales/`.
//!
//! Everything here is pure and tested natively. Fetching lives in the web
//! crate's loader; simulations are read through a [`Registry`].

pub mod check;
pub mod exercise;
pub mod reader;
pub mod tree;

pub use exercise::{parse_exercise, parse_summary, total_minutes, Exercise, Summary, MAX_MINUTES};
pub use reader::Reader;

/// The language every text must have; others fall back to it.
pub const BASE_LANG: &str = "fr";

/// A text written in several languages (`fr` required, others optional).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Text(pub Vec<(String, String)>);

impl Text {
    /// The text in `lang`, or in French when that translation is missing.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .or_else(|| self.0.iter().find(|(l, _)| l == BASE_LANG))
            .or_else(|| self.0.first())
            .map(|(_, t)| t.as_str())
            .unwrap_or("")
    }

    /// Is the text really written in `lang` (not a fallback)?
    pub fn has(&self, lang: &str) -> bool {
        self.0.iter().any(|(l, _)| l == lang)
    }

    pub fn fr(s: &str) -> Self {
        Text(vec![(BASE_LANG.into(), s.into())])
    }
}

/// A message for the person reading a problem: a Fluent id and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg { id, args: Vec::new() }
    }
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// One problem in one content file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Path from the `exercises/` folder, e.g. `cv/contenu.toml`.
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub msg: Msg,
}

/// `exercises/modules.toml`: which modules exist, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleList {
    pub modules: Vec<String>,
}

/// `exercises/<module>/module.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub id: String,
    pub icon: String,
    /// The module's duration: the sum of the `minutes` of its exercises,
    /// computed by [`check::load_module`] (or [`check::load_summaries`]) once they are read (never written in
    /// `module.toml`, where it is refused). 0 until then.
    pub minutes: u32,
    pub competences: Vec<String>,
    pub exercises: Vec<String>,
    pub title: Text,
    pub description: Text,
    /// Tips printed on the module's handout ("À retenir").
    pub tips: Vec<Text>,
}

/// The competences of the French framework (CRCN, behind Pix) a module may
/// name, with the message that gives each one's title.
pub fn crcn(code: &str) -> Option<Msg> {
    Some(Msg::new(match code {
        "1.1" => "crcn-1-1",
        "1.2" => "crcn-1-2",
        "1.3" => "crcn-1-3",
        "2.1" => "crcn-2-1",
        "2.2" => "crcn-2-2",
        "2.3" => "crcn-2-3",
        "2.4" => "crcn-2-4",
        "3.1" => "crcn-3-1",
        "3.2" => "crcn-3-2",
        "3.3" => "crcn-3-3",
        "3.4" => "crcn-3-4",
        "4.1" => "crcn-4-1",
        "4.2" => "crcn-4-2",
        "4.3" => "crcn-4-3",
        "5.1" => "crcn-5-1",
        "5.2" => "crcn-5-2",
        _ => return None,
    }))
}

/// Icons an advisor may name in a manifest (files in `assets/icons/`).
pub const ICONS: &[&str] = &["cv", "ecole", "cadenas", "loupe", "etoile", "bulle"];

pub fn module_list_file() -> String {
    "modules.toml".into()
}
pub fn module_file(module: &str) -> String {
    format!("{module}/module.toml")
}
pub fn exercise_file(module: &str, exercise: &str) -> String {
    format!("{module}/{exercise}.toml")
}

/// Parses `exercises/modules.toml`.
pub fn parse_module_list(src: &str) -> Result<ModuleList, Vec<Problem>> {
    Reader::run(&module_list_file(), src, |r, root| {
        r.known_keys(root, &[], &["modules"]);
        let modules = r.id_list(root, &[], "modules")?;
        Some(ModuleList { modules })
    })
}

/// Parses a module manifest; `expected_id` is the name of its folder.
pub fn parse_module(expected_id: &str, src: &str) -> Result<Module, Vec<Problem>> {
    Reader::run(&module_file(expected_id), src, |r, root| {
        // The duration is the sum of the exercises' own minutes, never typed
        // here: say so plainly rather than "unknown field".
        let mut rest = root.clone();
        if rest.remove("minutes").is_some() {
            r.problem_at(&[tree::Seg::Key("minutes".into())], Msg::new("check-module-minutes"));
        }
        r.known_keys(&rest, &[], &["id", "icon", "competences", "exercises", "title", "description", "tips"]);
        let id = r.id_field(root, &[], "id", Some(expected_id));
        let icon = r.string(root, &[], "icon", true);
        if let Some(icon) = &icon {
            if !ICONS.contains(&icon.as_str()) {
                r.problem_at(
                    &[tree::Seg::Key("icon".into())],
                    Msg::new("check-unknown-icon").arg("icon", icon.clone()).arg("known", ICONS.join(", ")),
                );
            }
        }
        let competences = r.string_list(root, &[], "competences", false).unwrap_or_default();
        for (i, code) in competences.iter().enumerate() {
            if crcn(code).is_none() {
                r.problem_at(
                    &[tree::Seg::Key("competences".into()), tree::Seg::Index(i)],
                    Msg::new("check-unknown-value")
                        .arg("field", "competences")
                        .arg("value", code.clone())
                        .arg("known", "1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4, 4.1, 4.2, 4.3, 5.1, 5.2"),
                );
            }
        }
        let exercises = r.id_list(root, &[], "exercises");
        let title = r.text(root, &[], "title", true);
        let description = r.text(root, &[], "description", true);
        let tips = r.text_list(root, &[], "tips");
        Some(Module {
            id: id?,
            icon: icon?,
            minutes: 0,
            competences,
            exercises: exercises?,
            title: title?,
            description: description?,
            tips: tips?,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_falls_back_to_french() {
        let t = Text(vec![("fr".into(), "Bonjour".into()), ("en".into(), "Hello".into())]);
        assert_eq!(t.get("en"), "Hello");
        assert_eq!(t.get("fr"), "Bonjour");
        assert_eq!(t.get("es"), "Bonjour");
        assert!(!t.has("es"));
        assert_eq!(Text::default().get("fr"), "");
    }
}
