//! The strength meter and the state of the passphrase simulation, pure.
//!
//! The estimate comes from zxcvbn-ts with French dictionaries, run in the
//! page by `assets/estimator/meter.js` (see `README.md` beside this file):
//! it returns how many guesses a password needs and the parts it recognised
//! (a dictionary word, a keyboard row, a date…), never the text itself. Here
//! those become what the learner reads: a level, a time, what is wrong and
//! what would help, in the learner's language ([`Warning`], [`Tip`]). The
//! typed password lives only in the view's signal while the page is open:
//! the state keeps what the meter showed, never the text.
//!
//! The levels follow the CNIL's recommendation on passwords (délibération
//! n° 2022-100 of 21 July 2022, https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046432885):
//! at least 80 bits when the password is the only protection, at least 50
//! bits when the site also limits the attempts; the CNIL accepts measuring
//! "devinabilité" (guessability, what zxcvbn estimates) instead of counting
//! characters. The two lower steps are zxcvbn's own (10^6 and 10^10 guesses).
//! https://www.cnil.fr/fr/mots-de-passe-des-recommandations-de-securite-minimales-pour-les-entreprises-et-les-particuliers

use serde::Deserialize;

/// The 5 levels of the meter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    VeryWeak,
    Weak,
    Medium,
    Strong,
    VeryStrong,
}

/// Where each level starts, in bits (log2 of the guesses): faible, moyen,
/// solide, très solide. 20 and 33 bits are zxcvbn's 10^6 and 10^10 guesses;
/// 50 and 80 bits are the CNIL's two minimums (with and without a limit on
/// attempts).
pub const LEVEL_BITS: [f64; 4] = [20.0, 33.0, 50.0, 80.0];

impl Level {
    /// The level of a password that needs `bits` (log2 of the guesses).
    pub fn from_bits(bits: f64) -> Level {
        match LEVEL_BITS.iter().filter(|&&b| bits >= b).count() {
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

/// A part of the password the estimator recognised (zxcvbn's "pattern").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Pattern {
    /// A word of a list: common passwords, French words, names, the exercise's list.
    Dictionary,
    /// Keys next to each other (azerty, qwerty, the number pad).
    Spatial,
    /// The same part again ("aaa", "abcabc").
    Repeat,
    /// "abcd", "1234".
    Sequence,
    /// Known series of words: days, months, numbers ("lundimardi").
    WordSequence,
    /// A recent year.
    Regex,
    Date,
    /// A separator between words (space, "-", "."…).
    Separator,
    /// Anything not recognised, counted character by character.
    Bruteforce,
    #[serde(other)]
    Other,
}

/// How a recognised word is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Case {
    #[default]
    Lower,
    /// A capital first (or last) letter only.
    First,
    /// All in capitals.
    All,
    #[serde(other)]
    Mixed,
}

/// One recognised part, without its text.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    pub pattern: Pattern,
    /// Its length in characters.
    pub len: usize,
    /// For a word: the list it comes from ("passwords-common", "commonWords-fr",
    /// "firstnames-fr", "userInputs" for the exercise's list…).
    #[serde(default)]
    pub dictionary: String,
    /// For a word: its place in that list (1: the most common).
    #[serde(default)]
    pub rank: u64,
    #[serde(default)]
    pub l33t: bool,
    #[serde(default)]
    pub reversed: bool,
    #[serde(default)]
    pub case: Case,
    #[serde(default)]
    pub guesses_log10: f64,
}

/// What the estimator says of one password.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    /// log10 of the number of guesses needed.
    pub guesses_log10: f64,
    /// The parts, in order.
    pub matches: Vec<Part>,
}

impl Estimate {
    /// Reads the estimator's answer (JSON).
    pub fn from_json(json: &str) -> Option<Estimate> {
        serde_json::from_str(json).ok()
    }
    pub fn bits(&self) -> f64 {
        self.guesses_log10 / std::f64::consts::LOG10_2
    }
}

/// What is wrong with the password.
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
    /// A word of the exercise's list (French and overseas: "soleil", "974").
    CommonHere,
}

/// What would make it better. Length first (CNIL, ANSSI).
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

/// Guesses per second of zxcvbn's "offline, slow hashing" attack: a stolen
/// list of passwords stored as the CNIL asks (hashed with a slow function).
pub const GUESSES_PER_SECOND: f64 = 1e4;

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
    /// The time for `guesses_log10` at [`GUESSES_PER_SECOND`].
    pub fn from_guesses_log10(g: f64) -> CrackTime {
        // Past 10^20 guesses every answer is "more than 100 years".
        CrackTime::from_seconds(10f64.powf(g.min(20.0)) / GUESSES_PER_SECOND)
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

/// Tips shown at most.
pub const MAX_TIPS: usize = 3;

/// The warning of zxcvbn's feedback for its longest part (`sole`: the only part).
fn warning_of(p: &Part, sole: bool) -> Option<Warning> {
    match p.pattern {
        Pattern::Dictionary => {
            let d = p.dictionary.to_lowercase();
            if d == "userinputs" {
                Some(Warning::CommonHere)
            } else if d.contains("passwords") {
                ((sole && !p.l33t && !p.reversed) || p.guesses_log10 <= 4.0).then_some(Warning::Common)
            } else if d.contains("names") {
                Some(Warning::Names)
            } else {
                sole.then_some(Warning::OneWord)
            }
        }
        Pattern::Spatial => Some(Warning::Keyboard),
        Pattern::Repeat => Some(Warning::Repeats),
        Pattern::Sequence | Pattern::WordSequence => Some(Warning::Sequence),
        Pattern::Regex => Some(Warning::Years),
        Pattern::Date => Some(Warning::Dates),
        Pattern::Separator | Pattern::Bruteforce | Pattern::Other => None,
    }
}

impl Strength {
    /// What the meter shows for `password`, measured as `e`. The text is read
    /// for its length and words only.
    pub fn new(password: &str, e: &Estimate) -> Strength {
        let level = Level::from_bits(e.bits());
        let words = count_words(password);
        let (warning, tips) =
            if level == Level::VeryStrong { (None, Vec::new()) } else { advice(password, e, level, words) };
        Strength {
            level,
            time: CrackTime::from_guesses_log10(e.guesses_log10),
            warning,
            tips,
            words,
            chars: password.chars().count(),
        }
    }
}

/// What is wrong and what would help, below "très solide". Like zxcvbn's
/// feedback, the warning is about the longest part; the tips put length first.
fn advice(password: &str, e: &Estimate, level: Level, words: usize) -> (Option<Warning>, Vec<Tip>) {
    // The first of the longest parts, as zxcvbn picks it.
    let longest = e.matches.iter().fold(None::<&Part>, |best, p| match best {
        Some(b) if b.len >= p.len => Some(b),
        _ => Some(p),
    });
    let sole = e.matches.len() == 1;
    let from_list = e.matches.iter().any(|p| p.pattern == Pattern::Dictionary && p.dictionary == "userInputs");
    let warning = longest
        .and_then(|p| warning_of(p, sole))
        .or((from_list && level <= Level::Medium).then_some(Warning::CommonHere));
    let mut tips = vec![if words < PHRASE_WORDS { Tip::FewWords } else { Tip::AddWord }];
    if let Some(p) = longest {
        match p.pattern {
            Pattern::Dictionary => {
                if p.case != Case::Lower {
                    tips.push(Tip::Capitals);
                }
                if p.reversed && p.len >= 4 {
                    tips.push(Tip::Reversed);
                }
                if p.l33t {
                    tips.push(Tip::Substitutions);
                }
            }
            Pattern::Repeat | Pattern::Sequence | Pattern::WordSequence => tips.push(Tip::Repeats),
            Pattern::Date | Pattern::Regex => tips.push(Tip::Personal),
            _ => {}
        }
    }
    // Digits, symbols or capitals do not make up for length.
    let decorated = password.chars().any(|c| !c.is_alphabetic() && !c.is_whitespace() && c != '-')
        || password.chars().any(char::is_uppercase);
    if decorated && level <= Level::Medium {
        tips.push(Tip::NoNeedForSymbols);
    }
    tips.dedup();
    tips.truncate(MAX_TIPS);
    (warning, tips)
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
    /// The field was emptied.
    pub fn cleared(&mut self) {
        self.now = None;
        self.long_and_weak = false;
    }

    /// The learner typed `password`, which the estimator measured as `e`.
    /// The text is not kept.
    pub fn typed(&mut self, password: &str, e: &Estimate) {
        if password.is_empty() {
            self.cleared();
        } else {
            self.observe(Strength::new(password, e));
        }
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

    fn word(dictionary: &str, len: usize, rank: u64) -> Part {
        Part {
            pattern: Pattern::Dictionary,
            len,
            dictionary: dictionary.into(),
            rank,
            l33t: false,
            reversed: false,
            case: Case::Lower,
            guesses_log10: (rank as f64).log10(),
        }
    }
    fn part(pattern: Pattern, len: usize) -> Part {
        Part { pattern, ..word("", len, 1) }
    }
    fn est(guesses_log10: f64, matches: Vec<Part>) -> Estimate {
        Estimate { guesses_log10, matches }
    }

    #[test]
    fn reads_the_estimators_answer() {
        // As assets/estimator/meter.js writes it for "Soleil974".
        let json = r#"{"guessesLog10":4.176,"matches":[
            {"pattern":"dictionary","len":6,"dictionary":"userInputs","rank":3,"l33t":false,"reversed":false,"case":"first","guessesLog10":1.69},
            {"pattern":"dictionary","len":3,"dictionary":"userInputs","rank":30,"l33t":false,"reversed":false,"case":"lower","guessesLog10":1.69},
            {"pattern":"separator","len":1,"case":"lower","guessesLog10":1},
            {"pattern":"somethingNew","len":2}]}"#;
        let e = Estimate::from_json(json).unwrap();
        assert_eq!(e.matches.len(), 4);
        assert_eq!(e.matches[0].case, Case::First);
        assert_eq!(e.matches[2].pattern, Pattern::Separator);
        assert_eq!(e.matches[3].pattern, Pattern::Other);
        let s = Strength::new("Soleil974", &e);
        assert_eq!(s.level, Level::VeryWeak);
        assert_eq!(s.time, CrackTime::Seconds(1));
        assert_eq!(s.warning, Some(Warning::CommonHere));
        assert_eq!(s.tips, vec![Tip::FewWords, Tip::Capitals, Tip::NoNeedForSymbols]);
        assert_eq!(Estimate::from_json("not json"), None);
        assert_eq!(Estimate::from_json(r#"{"guessesLog10":1}"#), None);
    }

    #[test]
    fn levels_follow_the_cnil() {
        let bits = |b: f64| Level::from_bits(b);
        assert_eq!(bits(0.0), Level::VeryWeak);
        assert_eq!(bits(19.9), Level::VeryWeak);
        assert_eq!(bits(20.0), Level::Weak);
        assert_eq!(bits(32.9), Level::Weak);
        assert_eq!(bits(33.0), Level::Medium);
        // Below the CNIL's 50 bits, even a site that limits the attempts is not enough.
        assert_eq!(bits(49.9), Level::Medium);
        assert_eq!(bits(50.0), Level::Strong);
        // 80 bits: enough when the password is the only protection.
        assert_eq!(bits(79.9), Level::Strong);
        assert_eq!(bits(80.0), Level::VeryStrong);
        assert_eq!(est(24.1, vec![]).bits().floor(), 80.0);
        assert!(Level::VeryWeak < Level::VeryStrong);
        assert_eq!(Level::VeryStrong.rank(), 5);
        assert_eq!(Level::Weak.class(), "level-2");
    }

    #[test]
    fn advice_is_about_the_longest_part_and_length_first() {
        // "azerty123": a common password.
        let s = Strength::new("azerty123", &est(3.0, vec![word("passwords-common", 9, 900)]));
        assert_eq!(s.warning, Some(Warning::Common));
        assert_eq!(s.tips[0], Tip::FewWords);
        assert!(s.tips.contains(&Tip::NoNeedForSymbols));
        // A keyboard row, a repeat, a sequence, a year, a date.
        let one = |p: Pattern| Strength::new("qsdfghjk", &est(3.0, vec![part(p, 8)])).warning;
        assert_eq!(one(Pattern::Spatial), Some(Warning::Keyboard));
        assert_eq!(one(Pattern::Repeat), Some(Warning::Repeats));
        assert_eq!(one(Pattern::Sequence), Some(Warning::Sequence));
        assert_eq!(one(Pattern::WordSequence), Some(Warning::Sequence));
        assert_eq!(one(Pattern::Regex), Some(Warning::Years));
        assert_eq!(one(Pattern::Date), Some(Warning::Dates));
        assert_eq!(one(Pattern::Bruteforce), None);
        let date = Strength::new("12/05/1985", &est(4.8, vec![part(Pattern::Date, 10)]));
        assert_eq!(date.tips, vec![Tip::FewWords, Tip::Personal, Tip::NoNeedForSymbols]);
        // A first name and a year: the name is the longest part.
        let s = Strength::new("fatima1985", &est(5.0, vec![word("lastnames-fr", 6, 1559), part(Pattern::Regex, 4)]));
        assert_eq!(s.warning, Some(Warning::Names));
        // A single French word.
        assert_eq!(
            Strength::new("tortue", &est(3.9, vec![word("commonWords-fr", 6, 7253)])).warning,
            Some(Warning::OneWord)
        );
        // Capitals and "@" for "a" are named.
        let mut w = word("passwords-common", 6, 357);
        w.case = Case::First;
        w.l33t = true;
        let s = Strength::new("Az€rty", &est(3.0, vec![w]));
        assert_eq!(s.tips, vec![Tip::FewWords, Tip::Capitals, Tip::Substitutions]);
        assert_eq!(s.tips.len(), MAX_TIPS);
        // Three common words: add words, not symbols.
        let s = Strength::new(
            "soleil maison amour",
            &est(12.2, vec![word("userInputs", 6, 3), part(Pattern::Bruteforce, 8), word("userInputs", 5, 9)]),
        );
        assert_eq!(s.level, Level::Medium);
        assert_eq!(s.words, 3);
        assert_eq!(s.tips, vec![Tip::AddWord]);
        assert_eq!(s.warning, Some(Warning::CommonHere));
        // "Solide": only the length tip, no warning from an unrecognised part.
        let s = Strength::new("cheval tortue cyclone gâteau", &est(19.5, vec![part(Pattern::Bruteforce, 28)]));
        assert_eq!((s.level, s.warning, s.tips.clone()), (Level::Strong, None, vec![Tip::AddWord]));
        // Very strong: nothing to say.
        let s = Strength::new("a b c d e", &est(30.0, vec![word("userInputs", 9, 1)]));
        assert_eq!((s.warning, s.tips.len()), (None, 0));
        assert_eq!(s.time, CrackTime::Centuries);
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
        assert_eq!(CrackTime::from_guesses_log10(4.18), CrackTime::Seconds(1));
        assert_eq!(CrackTime::from_guesses_log10(300.0), CrackTime::Centuries);
    }

    fn weak() -> Estimate {
        est(4.18, vec![word("userInputs", 6, 3), word("userInputs", 3, 30)])
    }
    fn phrase() -> Estimate {
        est(28.7, vec![part(Pattern::Bruteforce, 40)])
    }

    #[test]
    fn goals() {
        let mut s = PassphraseState::default();
        assert!(GOALS.iter().all(|g| !s.goal_met(g)), "nothing done, nothing met");
        s.typed("Soleil974", &weak());
        assert!(s.goal_met("saw-weak"));
        assert!(!s.goal_met("very-strong-phrase"));
        assert!(s.goal_met("hidden"));
        s.toggle_shown();
        assert!(!s.goal_met("hidden"));
        // A long random string reaching the top is not a phrase.
        s.typed("Xk9$qL2#vB7!pW4zXk9$qL2#vB7!pW4z", &est(32.0, vec![part(Pattern::Bruteforce, 32)]));
        assert_eq!(s.now.as_ref().unwrap().level, Level::VeryStrong);
        assert!(!s.goal_met("very-strong-phrase"));
        s.typed("manguier-pirogue-cartable-vanille-tortue", &phrase());
        assert!(s.goal_met("very-strong-phrase"));
        // Stays reached when the learner types on.
        s.typed("a", &est(1.0, vec![part(Pattern::Bruteforce, 1)]));
        assert!(s.goal_met("very-strong-phrase"));
        s.toggle_shown();
        assert!(s.goal_met("hidden"));
        assert!(!s.goal_met("unknown"));
        // Three words at "solide" are not the goal.
        let mut s = PassphraseState::default();
        s.typed("cheval tortue cyclone gâteau", &est(19.5, vec![part(Pattern::Bruteforce, 28)]));
        assert!(!s.goal_met("very-strong-phrase"));
        assert!(!s.goal_met("saw-weak"));
    }

    #[test]
    fn a_long_weak_password_is_a_wrong_move_once() {
        let repeat = est(2.0, vec![part(Pattern::Repeat, 12)]);
        let mut s = PassphraseState::default();
        s.typed("soleilsoleil", &repeat);
        s.typed("soleilsoleils", &repeat);
        assert_eq!(s.wrong_moves, 1);
        s.typed("", &repeat);
        assert_eq!(s.now, None);
        s.typed("azertyazerty", &repeat);
        assert_eq!(s.wrong_moves, 2);
        assert!(s.now.is_some());
        s.cleared();
        assert_eq!(s.now, None);
    }

    #[test]
    fn the_state_never_holds_the_password() {
        let mut s = PassphraseState::default();
        s.typed("manguier-pirogue-cartable-vanille-tortue", &phrase());
        assert!(!format!("{s:?}").contains("manguier"));
        // Nor does what the estimator answers: no "token" in it.
        assert!(!format!("{:?}", phrase()).contains("manguier"));
    }
}
