//! Routes live in the URL hash (`#/m/cv/contenu`), so any static server can
//! serve the app from any folder and a reload shows the same page.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Module(String),
    Exercise(String, String),
    Profiles,
    Finish,
    Certificate,
    Advisor,
    CheckContent,
    Handouts,
    Present(String, String),
    /// The learners' address as a QR code, for the projector.
    Join,
    Settings,
    NotFound,
}

impl Route {
    /// Pages that belong to a learner: without one, "Qui êtes-vous ?" comes first.
    pub fn needs_learner(&self) -> bool {
        matches!(self, Route::Home | Route::Module(_) | Route::Exercise(..) | Route::Certificate | Route::Finish)
    }

    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        let is_id = |s: &str| crate::ids::is_valid_id(s);
        match parts.as_slice() {
            [""] => Route::Home,
            ["m", m] if is_id(m) => Route::Module(m.to_string()),
            ["m", m, e] if is_id(m) && is_id(e) => Route::Exercise(m.to_string(), e.to_string()),
            ["profils"] => Route::Profiles,
            ["fin"] => Route::Finish,
            ["attestation"] => Route::Certificate,
            ["animateur"] => Route::Advisor,
            ["animateur", "verifier"] => Route::CheckContent,
            ["animateur", "fiches"] => Route::Handouts,
            ["animateur", "rejoindre"] => Route::Join,
            ["animateur", "projeter", m, e] if is_id(m) && is_id(e) => Route::Present(m.to_string(), e.to_string()),
            ["reglages"] => Route::Settings,
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Module(m) => format!("#/m/{m}"),
            Route::Exercise(m, e) => format!("#/m/{m}/{e}"),
            Route::Profiles => "#/profils".into(),
            Route::Finish => "#/fin".into(),
            Route::Certificate => "#/attestation".into(),
            Route::Advisor => "#/animateur".into(),
            Route::CheckContent => "#/animateur/verifier".into(),
            Route::Handouts => "#/animateur/fiches".into(),
            Route::Present(m, e) => format!("#/animateur/projeter/{m}/{e}"),
            Route::Join => "#/animateur/rejoindre".into(),
            Route::Settings => "#/reglages".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_round_trips() {
        for r in [
            Route::Home,
            Route::Module("cv".into()),
            Route::Exercise("cv".into(), "contenu-cv".into()),
            Route::Profiles,
            Route::Finish,
            Route::Certificate,
            Route::Advisor,
            Route::CheckContent,
            Route::Handouts,
            Route::Present("cv".into(), "contenu-cv".into()),
            Route::Join,
            Route::Settings,
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/m/cv/"), Route::Module("cv".into()));
        assert_eq!(Route::parse("#/nulle-part"), Route::NotFound);
        assert_eq!(Route::parse("#/m/../secret"), Route::NotFound);
        assert_eq!(Route::parse("#/m/cv/a/b"), Route::NotFound);
        assert_eq!(Route::parse("#contenu"), Route::NotFound);
    }

    #[test]
    fn the_join_page_is_in_the_advisor_s_corner() {
        assert_eq!(Route::parse("#/animateur/rejoindre"), Route::Join);
        assert_eq!(Route::Join.href(), "#/animateur/rejoindre");
        assert_eq!(Route::parse("#/animateur/rejoindre/"), Route::Join);
        assert_eq!(Route::parse("#/rejoindre"), Route::NotFound);
        assert!(!Route::Join.needs_learner(), "the advisor shows it with nobody signed in");
    }
}
