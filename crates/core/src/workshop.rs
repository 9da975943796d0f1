//! The advisor's settings for this computer (`#/animateur`): who runs the
//! workshop and where (printed on attestations), which modules learners see,
//! the idle timeout, the default language, and an optional 4-digit code.

use serde::{Deserialize, Serialize};

pub const KEY: &str = "workshop";
pub const IDLE_CHOICES: &[u32] = &[5, 10, 15, 30, 60];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workshop {
    pub structure: String,
    pub advisor: String,
    pub town: String,
    /// Modules learners do not see on the home page.
    pub hidden_modules: Vec<String>,
    pub idle_minutes: u32,
    pub default_lang: String,
    /// Keeps learners out of these settings by mistake. Not security.
    pub code: Option<String>,
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop {
            structure: String::new(),
            advisor: String::new(),
            town: String::new(),
            hidden_modules: Vec::new(),
            idle_minutes: 15,
            default_lang: "fr".into(),
            code: None,
        }
    }
}

/// A code is exactly 4 digits.
pub fn is_valid_code(code: &str) -> bool {
    code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit())
}

impl Workshop {
    pub fn from_json(s: &str) -> Option<Self> {
        let w: Workshop = serde_json::from_str(s).ok()?;
        let ok = IDLE_CHOICES.contains(&w.idle_minutes)
            && crate::settings::LANGS.contains(&w.default_lang.as_str())
            && w.code.as_deref().is_none_or(is_valid_code)
            && [&w.structure, &w.advisor, &w.town].iter().all(|t| t.chars().count() <= 120);
        ok.then_some(w)
    }
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
    pub fn shows(&self, module: &str) -> bool {
        !self.hidden_modules.iter().any(|m| m == module)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_checks() {
        let w = Workshop {
            structure: "Médiathèque de Saint-Paul".into(),
            code: Some("2024".into()),
            hidden_modules: vec!["cv".into()],
            ..Default::default()
        };
        assert_eq!(Workshop::from_json(&w.to_json()), Some(w.clone()));
        assert!(!w.shows("cv") && w.shows("information"));
        assert_eq!(Workshop::from_json("{}"), Some(Workshop::default()), "missing fields take their default");
        assert_eq!(Workshop::from_json(r#"{"idle_minutes": 7}"#), None);
        assert_eq!(Workshop::from_json(r#"{"code": "12a4"}"#), None);
        assert_eq!(Workshop::from_json(r#"{"default_lang": "de"}"#), None);
        assert_eq!(Workshop::from_json("[1]"), None);
        assert!(is_valid_code("0000") && !is_valid_code("123") && !is_valid_code("12345"));
    }
}
