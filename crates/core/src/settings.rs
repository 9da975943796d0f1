//! Display settings chosen in the header: language, text size, contrast.
//! Pure rules here; the view applies them to `<html>`.

use serde::{Deserialize, Serialize};

pub const KEY: &str = "settings";
pub const LANGS: &[&str] = &["fr", "en"];
pub const TEXT_SIZES: u8 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: String,
    /// 1 (normal), 2 (large) or 3 (very large).
    pub text_size: u8,
    pub high_contrast: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { lang: "fr".into(), text_size: 1, high_contrast: false }
    }
}

impl Settings {
    /// Reads stored settings; `None` when the text is not valid settings.
    pub fn from_json(s: &str) -> Option<Self> {
        let v: Settings = serde_json::from_str(s).ok()?;
        (LANGS.contains(&v.lang.as_str()) && (1..=TEXT_SIZES).contains(&v.text_size)).then_some(v)
    }
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_rejects() {
        let s = Settings { lang: "en".into(), text_size: 3, high_contrast: true };
        assert_eq!(Settings::from_json(&s.to_json()), Some(s));
        assert_eq!(Settings::from_json("{"), None);
        assert_eq!(Settings::from_json(r#"{"lang":"de","text_size":1,"high_contrast":false}"#), None);
        assert_eq!(Settings::from_json(r#"{"lang":"fr","text_size":9,"high_contrast":false}"#), None);
        assert_eq!(Settings::from_json("null"), None);
    }
}
