//! The strength meter and the state of the passphrase simulation, pure.
//!
//! The estimate comes from `zxcvbn` (the estimator of Dropbox, ported to
//! Rust), with the exercise's list of French common words added to its
//! English dictionaries. Its feedback is English text, so only its *kinds*
//! are kept here ([`Warning`], [`Tip`]); the view says them in the learner's
//! language. The typed password lives only in the view's signal while the
//! page is open: the state keeps what the meter showed, never the text.

use zxcvbn::feedback::{Suggestion, Warning as ZWarning};
use zxcvbn::matching::patterns::MatchPattern;

/// The 5 levels of the meter, from zxcvbn's score 0–4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    VeryWeak,
    Weak,
    Medium,
    Strong,
    VeryStrong,
}

impl Level {
    pub fn from_score(score: u8) -> Level {
        match score {
            0 => Level::VeryWeak,
            1 => Level::Weak,
            2 => Level::Medium,
            3 => Level::Strong,
            _ => Level::VeryStrong,
        }
    }
    /// 1 to 5, for the bar.
    pub fn rank(self) -> u8 {
        self as u8 + 1
    }
    /// The CSS class of its colour.
    pub fn class(self) -> &'static str {
        match self {
            Level::VeryWeak => "level-1",
            Level::Weak => "level-2",
            Level::Medium => "level-3",
            Level::Strong => "level-4",
            Level::VeryStrong => "level-5",
        }
    }
}

/// What is wrong with the password (zxcvbn's warnings, grouped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    Keyboard,
    Repeats,
    Common,
    Sequence,
    Years,
    Dates,
    OneWord,
    Names,
    /// A word of the exercise's list of French common passwords.
    CommonHere,
}

/// What would make it better (zxcvbn's suggestions, grouped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tip {
    FewWords,
    AddWord,
    NoNeedForSymbols,
    Capitals,
    Reversed,
    Substitutions,
    Repeats,
    Personal,
}

/// How long an attacker would need, in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrackTime {
    Instant,
    Seconds(u64),
    Minutes(u64),
    Hours(u64),
    Days(u64),
    Months(u64),
    Years(u64),
    Centuries,
}

impl CrackTime {
    pub fn from_seconds(s: f64) -> CrackTime {
        const MINUTE: f64 = 60.0;
        const HOUR: f64 = 3600.0;
        const DAY: f64 = 86_400.0;
        const MONTH: f64 = DAY * 31.0;
        const YEAR: f64 = MONTH * 12.0;
        let n = |unit: f64| (s / unit).floor() as u64;
        if s < 1.0 {
            CrackTime::Instant
        } else if s < MINUTE {
            CrackTime::Seconds(n(1.0))
        } else if s < HOUR {
            CrackTime::Minutes(n(MINUTE))
        } else if s < DAY {
            CrackTime::Hours(n(HOUR))
        } else if s < MONTH {
            CrackTime::Days(n(DAY))
        } else if s < YEAR {
            CrackTime::Months(n(MONTH))
        } else if s < YEAR * 100.0 {
            CrackTime::Years(n(YEAR))
        } else {
            CrackTime::Centuries
        }
    }
}

/// What the meter shows for one password.
#[derive(Clone, Debug, PartialEq)]
pub struct Strength {
    pub level: Level,
    pub time: CrackTime,
    pub warning: Option<Warning>,
    pub tips: Vec<Tip>,
    /// Words of 3 letters or more, separated by anything that is not a letter.
    pub words: usize,
    pub chars: usize,
}

/// Words made of letters (accents included), whatever separates them.
pub fn count_words(password: &str) -> usize {
    password.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3).count()
}

fn warning_of(w: ZWarning) -> Warning {
    match w {
        ZWarning::StraightRowsOfKeysAreEasyToGuess | ZWarning::ShortKeyboardPatternsAreEasyToGuess => Warning::Keyboard,
        ZWarning::RepeatsLikeAaaAreEasyToGuess | ZWarning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            Warning::Repeats
        }
        ZWarning::ThisIsATop10Password
        | ZWarning::ThisIsATop100Password
        | ZWarning::ThisIsACommonPassword
        | ZWarning::ThisIsSimilarToACommonlyUsedPassword => Warning::Common,
        ZWarning::SequencesLikeAbcAreEasyToGuess => Warning::Sequence,
        ZWarning::RecentYearsAreEasyToGuess => Warning::Years,
        ZWarning::DatesAreOftenEasyToGuess => Warning::Dates,
        ZWarning::AWordByItselfIsEasyToGuess => Warning::OneWord,
        ZWarning::NamesAndSurnamesByThemselvesAreEasyToGuess | ZWarning::CommonNamesAndSurnamesAreEasyToGuess => {
            Warning::Names
        }
    }
}

fn tip_of(s: Suggestion) -> Option<Tip> {
    Some(match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases => Tip::FewWords,
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => Tip::NoNeedForSymbols,
        Suggestion::AddAnotherWordOrTwo => Tip::AddWord,
        Suggestion::CapitalizationDoesntHelpVeryMuch | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            Tip::Capitals
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => Tip::Reversed,
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => Tip::Substitutions,
        Suggestion::AvoidRepeatedWordsAndCharacters | Suggestion::AvoidSequences => Tip::Repeats,
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => Tip::Personal,
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => return None,
    })
}

/// Measures a password. `common` are words to count as well known (French
/// passwords and words of the place: "soleil", "974"…), most common first.
pub fn estimate(password: &str, common: &[String]) -> Strength {
    let common: Vec<&str> = common.iter().map(String::as_str).collect();
    let e = zxcvbn::zxcvbn(password, &common);
    let level = Level::from_score(u8::from(e.score()));
    let seconds = match e.crack_times().offline_slow_hashing_1e4_per_second() {
        zxcvbn::time_estimates::CrackTimeSeconds::Integer(i) => i as f64,
        zxcvbn::time_estimates::CrackTimeSeconds::Float(f) => f,
    };
    let (warning, mut tips) = match e.feedback() {
        Some(f) => (f.warning().map(warning_of), f.suggestions().iter().filter_map(|s| tip_of(*s)).collect()),
        None => (None, Vec::new()),
    };
    tips.dedup();
    let from_list = e
        .sequence()
        .iter()
        .any(|m| matches!(&m.pattern, MatchPattern::Dictionary(p) if common.contains(&p.matched_word.as_str())));
    let warning = warning.or((from_list && level <= Level::Medium).then_some(Warning::CommonHere));
    Strength {
        level,
        time: CrackTime::from_seconds(seconds),
        warning,
        tips,
        words: count_words(password),
        chars: password.chars().count(),
    }
}

/// A password long enough that it should be strong, and is not.
pub const LONG_ENOUGH: usize = 10;
/// Words that make a passphrase.
pub const PHRASE_WORDS: usize = 3;

/// What the learner did, without the password itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PassphraseState {
    /// The meter as it is now (`None`: field empty).
    pub now: Option<Strength>,
    /// The meter once showed "très faible" or "faible".
    pub saw_weak: bool,
    /// The meter once showed "très solide" for 3 words or more.
    pub reached_phrase: bool,
    /// The password is shown in clear.
    pub shown: bool,
    /// Long passwords that stayed weak (each time one became so).
    pub wrong_moves: u32,
    long_and_weak: bool,
    /// Something was typed.
    pub typed: bool,
}

impl PassphraseState {
    /// The learner typed: the meter is measured again. The text is not kept.
    pub fn typed(&mut self, password: &str, common: &[String]) {
        if password.is_empty() {
            self.now = None;
            self.long_and_weak = false;
            return;
        }
        let s = estimate(password, common);
        self.observe(s);
    }

    /// Records what the meter shows now.
    pub fn observe(&mut self, s: Strength) {
        self.typed = true;
        if s.level <= Level::Weak {
            self.saw_weak = true;
        }
        if s.level == Level::VeryStrong && s.words >= PHRASE_WORDS {
            self.reached_phrase = true;
        }
        let long_and_weak = s.chars >= LONG_ENOUGH && s.level <= Level::Medium;
        if long_and_weak && !self.long_and_weak {
            self.wrong_moves += 1;
        }
        self.long_and_weak = long_and_weak;
        self.now = Some(s);
    }

    pub fn toggle_shown(&mut self) {
        self.shown = !self.shown;
    }

    /// The mission's goals.
    pub fn goal_met(&self, goal: &str) -> bool {
        match goal {
            "saw-weak" => self.saw_weak,
            "very-strong-phrase" => self.reached_phrase,
            "hidden" => self.typed && !self.shown,
            _ => false,
        }
    }
}

/// The goal ids the simulation judges.
pub const GOALS: &[&str] = &["saw-weak", "very-strong-phrase", "hidden"];

#[cfg(test)]
mod tests {
    use super::*;

    fn common() -> Vec<String> {
        ["motdepasse", "soleil", "azerty", "bonjour", "974"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn known_weak_passwords_are_weak() {
        for p in ["azerty123", "motdepasse", "Soleil974", "123456", "password"] {
            let s = estimate(p, &common());
            assert!(s.level <= Level::Weak, "{p}: {s:?}");
            assert!(
                matches!(
                    s.time,
                    CrackTime::Instant | CrackTime::Seconds(_) | CrackTime::Minutes(_) | CrackTime::Hours(_)
                ),
                "{p}: {s:?}"
            );
            assert!(s.warning.is_some() || !s.tips.is_empty(), "{p} gets some advice");
        }
        assert_eq!(estimate("azerty123", &common()).warning, Some(Warning::Common));
        assert_eq!(estimate("motdepasse", &common()).warning, Some(Warning::CommonHere));
        assert_eq!(estimate("soleil974", &common()).warning, Some(Warning::CommonHere));
    }

    #[test]
    fn the_french_list_counts() {
        // Without the list, zxcvbn does not know this French word.
        assert!(
            estimate("ravinetamarin", &[]).level
                > estimate("ravinetamarin", &["ravine".into(), "tamarin".into()]).level
        );
    }

    #[test]
    fn passphrases_of_several_words_are_very_strong() {
        for p in ["manguier-pirogue-cartable-vanille", "cheval tortue cyclone gâteau", "Lagon.Piment.Bicyclette"] {
            let s = estimate(p, &common());
            assert_eq!(s.level, Level::VeryStrong, "{p}: {s:?}");
            assert!(s.words >= PHRASE_WORDS);
            assert!(matches!(s.time, CrackTime::Years(_) | CrackTime::Centuries), "{p}: {s:?}");
        }
    }

    #[test]
    fn words_and_times() {
        assert_eq!(count_words("manguier-pirogue cartable.vanille"), 4);
        assert_eq!(count_words("Soleil974"), 1);
        assert_eq!(count_words("un été là"), 1);
        assert_eq!(count_words("Xk9$qL2#vB7!pW4z"), 0);
        assert_eq!(CrackTime::from_seconds(0.2), CrackTime::Instant);
        assert_eq!(CrackTime::from_seconds(125.0), CrackTime::Minutes(2));
        assert_eq!(CrackTime::from_seconds(86_400.0 * 3.0), CrackTime::Days(3));
        assert_eq!(CrackTime::from_seconds(1e12), CrackTime::Centuries);
    }

    #[test]
    fn goals() {
        let c = common();
        let mut s = PassphraseState::default();
        assert!(GOALS.iter().all(|g| !s.goal_met(g)), "nothing done, nothing met");
        s.typed("Soleil974", &c);
        assert!(s.goal_met("saw-weak"));
        assert!(!s.goal_met("very-strong-phrase"));
        assert!(s.goal_met("hidden"));
        s.toggle_shown();
        assert!(!s.goal_met("hidden"));
        // A long single random string is very strong but not a phrase.
        s.typed("Xk9$qL2#vB7!pW4z", &c);
        assert_eq!(s.now.as_ref().unwrap().level, Level::VeryStrong);
        assert!(!s.goal_met("very-strong-phrase"));
        s.typed("manguier-pirogue-cartable-vanille", &c);
        assert!(s.goal_met("very-strong-phrase"));
        // Stays reached when the learner types on.
        s.typed("a", &c);
        assert!(s.goal_met("very-strong-phrase"));
        s.toggle_shown();
        assert!(s.goal_met("hidden"));
        assert!(!s.goal_met("unknown"));
    }

    #[test]
    fn a_long_weak_password_is_a_wrong_move_once() {
        let c = common();
        let mut s = PassphraseState::default();
        s.typed("soleilsoleil", &c);
        s.typed("soleilsoleils", &c);
        assert_eq!(s.wrong_moves, 1);
        s.typed("", &c);
        s.typed("azertyazerty", &c);
        assert_eq!(s.wrong_moves, 2);
        assert!(s.now.is_some());
    }

    #[test]
    fn the_state_never_holds_the_password() {
        let mut s = PassphraseState::default();
        s.typed("manguier-pirogue-cartable-vanille", &common());
        assert!(!format!("{s:?}").contains("manguier"));
    }
}
