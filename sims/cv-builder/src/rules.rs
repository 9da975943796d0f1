//! Kind checks of what the learner types: phone numbers of mainland France
//! and the overseas departments, e-mail addresses, month/year dates. Pure
//! functions; each problem is a message id said in plain words by the view.

/// Where a phone number belongs, by its first digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Territory {
    Mainland,
    Reunion,
    Mayotte,
    Guadeloupe,
    Martinique,
    Guyane,
}

impl Territory {
    /// The country code used from abroad (`+33`, `+262`…).
    pub fn code(self) -> &'static str {
        match self {
            Territory::Mainland => "33",
            Territory::Reunion | Territory::Mayotte => "262",
            Territory::Guadeloupe => "590",
            Territory::Martinique => "596",
            Territory::Guyane => "594",
        }
    }
}

/// The first four digits of overseas numbers (see CONTENT.md), fixed and mobile.
const OVERSEAS: &[(&str, Territory)] = &[
    ("0262", Territory::Reunion),
    ("0263", Territory::Reunion),
    ("0692", Territory::Reunion),
    ("0693", Territory::Reunion),
    ("0269", Territory::Mayotte),
    ("0639", Territory::Mayotte),
    ("0590", Territory::Guadeloupe),
    ("0690", Territory::Guadeloupe),
    ("0691", Territory::Guadeloupe),
    ("0596", Territory::Martinique),
    ("0696", Territory::Martinique),
    ("0697", Territory::Martinique),
    ("0594", Territory::Guyane),
    ("0694", Territory::Guyane),
];

const CODES: &[&str] = &["33", "262", "590", "594", "596"];

/// Why a phone number is not right; each one is a message id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Letters or signs other than spaces, dots, dashes.
    NotDigits,
    TooShort,
    TooLong,
    /// A French number starts with 0, or with +33, +262…
    BadStart,
    /// 08 (paid services) or an unknown country code.
    UnknownPrefix,
    /// An overseas number written with +33, or a mainland one with +262…: the right code.
    WrongCode(&'static str),
}

impl PhoneError {
    pub fn message_id(&self) -> &'static str {
        match self {
            PhoneError::NotDigits => "cv-phone-not-digits",
            PhoneError::TooShort => "cv-phone-short",
            PhoneError::TooLong => "cv-phone-long",
            PhoneError::BadStart => "cv-phone-start",
            PhoneError::UnknownPrefix => "cv-phone-prefix",
            PhoneError::WrongCode(_) => "cv-phone-code",
        }
    }
}

/// Checks a phone number as people write it: `0692 12 34 56`, `06.12.34.56.78`,
/// `+262 692 12 34 56`, `+33 (0)6 12 34 56 78`, `0033 6…`.
pub fn check_phone(input: &str) -> Result<Territory, PhoneError> {
    let s = input.trim().replace("(0)", "");
    let mut digits = String::new();
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => digits.push('+'),
            ' ' | '.' | '-' | '\u{a0}' | '\u{202f}' | '/' => {}
            _ => return Err(PhoneError::NotDigits),
        }
    }
    let (code, national) = if let Some(rest) = digits.strip_prefix('+').or_else(|| digits.strip_prefix("00")) {
        let Some(code) = CODES.iter().find(|c| rest.starts_with(**c)) else {
            return Err(if rest.is_empty() { PhoneError::TooShort } else { PhoneError::UnknownPrefix });
        };
        let national = rest[code.len()..].trim_start_matches('0');
        (Some(*code), format!("0{national}"))
    } else {
        (None, digits)
    };
    if !national.starts_with('0') {
        return Err(PhoneError::BadStart);
    }
    if national.len() < 10 {
        return Err(PhoneError::TooShort);
    }
    if national.len() > 10 {
        return Err(PhoneError::TooLong);
    }
    if !matches!(national.as_bytes()[1], b'1'..=b'7' | b'9') {
        return Err(PhoneError::UnknownPrefix);
    }
    let territory = OVERSEAS.iter().find(|(p, _)| national.starts_with(p)).map_or(Territory::Mainland, |(_, t)| *t);
    match code {
        Some(c) if c != territory.code() => Err(PhoneError::WrongCode(territory.code())),
        _ => Ok(territory),
    }
}

/// Why an e-mail address is not right; each one is a message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    Space,
    /// No `@`, or several.
    At,
    /// Accents or signs an address cannot hold.
    Characters,
    /// Nothing before the `@`, or dots in the wrong places.
    Name,
    /// After the `@`: a service name with a dot (`exemple.fr`).
    Domain,
}

impl EmailError {
    pub fn message_id(self) -> &'static str {
        match self {
            EmailError::Space => "cv-email-space",
            EmailError::At => "cv-email-at",
            EmailError::Characters => "cv-email-characters",
            EmailError::Name => "cv-email-name",
            EmailError::Domain => "cv-email-domain",
        }
    }
}

pub fn check_email(input: &str) -> Result<(), EmailError> {
    let s = input.trim();
    if s.chars().any(char::is_whitespace) {
        return Err(EmailError::Space);
    }
    let mut parts = s.split('@');
    let (Some(name), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(EmailError::At);
    };
    let name_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let domain_ok = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    if !name.chars().all(name_ok) || !domain.chars().all(domain_ok) {
        return Err(EmailError::Characters);
    }
    if name.is_empty() || name.starts_with('.') || name.ends_with('.') || name.contains("..") {
        return Err(EmailError::Name);
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    let labels_ok = labels.iter().all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    if labels.len() < 2 || !labels_ok || tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(EmailError::Domain);
    }
    Ok(())
}

/// A month of a year; `month` is 0 when only the year is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthYear {
    pub year: u32,
    pub month: u32,
}

impl MonthYear {
    /// `03/2022`, or `2022`.
    pub fn display(self) -> String {
        if self.month == 0 {
            self.year.to_string()
        } else {
            format!("{:02}/{}", self.month, self.year)
        }
    }
    /// The last month it can mean (a year alone: its December).
    fn latest(self) -> (u32, u32) {
        (self.year, if self.month == 0 { 12 } else { self.month })
    }
    /// The first month it can mean (a year alone: its January).
    fn earliest(self) -> (u32, u32) {
        (self.year, self.month.max(1))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `MM/AAAA` nor `AAAA`.
    Format,
    Month,
    TooOld,
    Future,
    /// The end comes before the start.
    EndBeforeStart,
}

impl DateError {
    pub fn message_id(self) -> &'static str {
        match self {
            DateError::Format => "cv-date-format",
            DateError::Month => "cv-date-month",
            DateError::TooOld => "cv-date-old",
            DateError::Future => "cv-date-future",
            DateError::EndBeforeStart => "cv-date-order",
        }
    }
}

/// The oldest year a CV date can have.
pub const OLDEST_YEAR: u32 = 1950;

/// Reads `03/2022`, `3/2022`, `03-2022`, `03.2022`, `03 2022` or `2022`, not
/// after `today` (year, month).
pub fn parse_month_year(input: &str, today: MonthYear) -> Result<MonthYear, DateError> {
    let s = input.trim();
    let parts: Vec<&str> = s.split(['/', '-', '.', ' ']).filter(|p| !p.is_empty()).collect();
    let number =
        |p: &str| (p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty()).then(|| p.parse::<u32>().ok()).flatten();
    let (month, year) = match parts.as_slice() {
        [y] if y.len() == 4 => (0, number(y).ok_or(DateError::Format)?),
        [m, y] if m.len() <= 2 && y.len() == 4 => {
            (number(m).ok_or(DateError::Format)?, number(y).ok_or(DateError::Format)?)
        }
        _ => return Err(DateError::Format),
    };
    if parts.len() == 2 && !(1..=12).contains(&month) {
        return Err(DateError::Month);
    }
    let date = MonthYear { year, month };
    if year < OLDEST_YEAR {
        return Err(DateError::TooOld);
    }
    if date.earliest() > today.latest() {
        return Err(DateError::Future);
    }
    Ok(date)
}

/// Checks a start and an end together: each one alone, then their order.
/// Returns the problem of the start and of the end (empty fields are fine).
pub fn check_period(start: &str, end: &str, today: MonthYear) -> (Option<DateError>, Option<DateError>) {
    let s = (!start.trim().is_empty()).then(|| parse_month_year(start, today));
    let e = (!end.trim().is_empty()).then(|| parse_month_year(end, today));
    let start_err = s.and_then(|r| r.err());
    let mut end_err = e.and_then(|r| r.err());
    if let (Some(Ok(s)), Some(Ok(e))) = (s, e) {
        if e.latest() < s.earliest() {
            end_err = Some(DateError::EndBeforeStart);
        }
    }
    (start_err, end_err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Territory::*;

    #[test]
    fn phone_numbers_of_every_territory() {
        let valid: &[(&str, Territory)] = &[
            // Mainland: fixed 01–05, mobiles 06/07, boxes 09; spaces, dots, dashes, +33, 0033, (0).
            ("06 12 34 56 78", Mainland),
            ("0612345678", Mainland),
            ("07.81.22.33.44", Mainland),
            ("01-45-67-89-10", Mainland),
            ("05 56 00 00 00", Mainland),
            ("09 51 00 00 00", Mainland),
            ("+33 6 12 34 56 78", Mainland),
            ("+33612345678", Mainland),
            ("+33 (0)6 12 34 56 78", Mainland),
            ("0033 7 81 22 33 44", Mainland),
            // La Réunion: 0262, 0263 fixed; 0692, 0693 mobile; +262.
            ("0262 41 00 00", Reunion),
            ("0263 00 12 34", Reunion),
            ("0692 12 34 56", Reunion),
            ("0693123456", Reunion),
            ("+262 692 12 34 56", Reunion),
            ("+262 262 41 00 00", Reunion),
            ("+262693.12.34.56", Reunion),
            // Mayotte: 0269 fixed, 0639 mobile; +262.
            ("0269 61 00 00", Mayotte),
            ("0639 12 34 56", Mayotte),
            ("+262 639 12 34 56", Mayotte),
            ("+262 269 61 00 00", Mayotte),
            // Guadeloupe: 0590 fixed, 0690/0691 mobile; +590.
            ("0590 81 00 00", Guadeloupe),
            ("0690 12 34 56", Guadeloupe),
            ("0691.12.34.56", Guadeloupe),
            ("+590 690 12 34 56", Guadeloupe),
            ("+590590810000", Guadeloupe),
            // Martinique: 0596 fixed, 0696/0697 mobile; +596.
            ("0596 60 00 00", Martinique),
            ("0696 12 34 56", Martinique),
            ("0697 12 34 56", Martinique),
            ("+596 696 12 34 56", Martinique),
            ("+596 (0)596 60 00 00", Martinique),
            // Guyane: 0594 fixed, 0694 mobile; +594.
            ("0594 29 00 00", Guyane),
            ("0694 12 34 56", Guyane),
            ("+594 694 12 34 56", Guyane),
            ("00594 594 29 00 00", Guyane),
        ];
        for (n, t) in valid {
            assert_eq!(check_phone(n), Ok(*t), "{n}");
        }
        let invalid: &[(&str, PhoneError)] = &[
            ("0692 45 17", PhoneError::TooShort),
            ("06 12 34 56", PhoneError::TooShort),
            ("+262 692 12 34", PhoneError::TooShort),
            ("+", PhoneError::TooShort),
            ("06 12 34 56 78 9", PhoneError::TooLong),
            ("+590 690 12 34 56 7", PhoneError::TooLong),
            ("06 12 34 5a 78", PhoneError::NotDigits),
            ("zéro six", PhoneError::NotDigits),
            ("06+12345678", PhoneError::NotDigits),
            ("6 12 34 56 78", PhoneError::BadStart),
            ("612345678", PhoneError::BadStart),
            ("08 00 12 34 56", PhoneError::UnknownPrefix),
            ("00 12 34 56 78", PhoneError::UnknownPrefix),
            ("+44 20 7946 0000", PhoneError::UnknownPrefix),
            // The right digits with the wrong code: the message names the right one.
            ("+33 692 12 34 56", PhoneError::WrongCode("262")),
            ("+33 6 90 12 34 56", PhoneError::WrongCode("590")),
            ("+33 596 60 00 00", PhoneError::WrongCode("596")),
            ("+262 6 12 34 56 78", PhoneError::WrongCode("33")),
            ("+262 694 12 34 56", PhoneError::WrongCode("594")),
            ("+590 696 12 34 56", PhoneError::WrongCode("596")),
            ("+594 639 12 34 56", PhoneError::WrongCode("262")),
            ("+596 690 12 34 56", PhoneError::WrongCode("590")),
        ];
        for (n, e) in invalid {
            assert_eq!(check_phone(n).as_ref(), Err(e), "{n}");
        }
    }

    #[test]
    fn email_addresses() {
        for ok in
            ["sandrine.hoarau@exemple.fr", "kevin-grondin974@orange.fr", " a.b+cv@mail.example.com ", "x_y@free.fr"]
        {
            assert_eq!(check_email(ok), Ok(()), "{ok}");
        }
        let bad: &[(&str, EmailError)] = &[
            ("sandrine hoarau@exemple.fr", EmailError::Space),
            ("sandrine.hoarau.exemple.fr", EmailError::At),
            ("a@b@exemple.fr", EmailError::At),
            ("sandrine.hoarau@", EmailError::Domain),
            ("sandrine@exemple", EmailError::Domain),
            ("sandrine@exemple.f", EmailError::Domain),
            ("sandrine@.fr", EmailError::Domain),
            ("sandrine@exemple..fr", EmailError::Domain),
            ("sandrine@exemple.fr2", EmailError::Domain),
            ("@exemple.fr", EmailError::Name),
            (".sandrine@exemple.fr", EmailError::Name),
            ("sandrine..h@exemple.fr", EmailError::Name),
            ("hélène@exemple.fr", EmailError::Characters),
            ("<img src=x onerror=alert(1)>", EmailError::Space),
            ("a<b>@exemple.fr", EmailError::Characters),
        ];
        for (e, err) in bad {
            assert_eq!(check_email(e), Err(*err), "{e}");
        }
    }

    const TODAY: MonthYear = MonthYear { year: 2026, month: 11 };

    #[test]
    fn dates_month_and_year() {
        let my = |month, year| MonthYear { year, month };
        for (s, d) in [
            ("03/2022", my(3, 2022)),
            ("3/2022", my(3, 2022)),
            ("03-2022", my(3, 2022)),
            ("03.2022", my(3, 2022)),
            (" 03 2022 ", my(3, 2022)),
            ("2022", my(0, 2022)),
            ("11/2026", my(11, 2026)),
            ("2026", my(0, 2026)),
            ("01/1950", my(1, 1950)),
        ] {
            assert_eq!(parse_month_year(s, TODAY), Ok(d), "{s}");
        }
        for (s, e) in [
            ("mars 2022", DateError::Format),
            ("03/22", DateError::Format),
            ("2022/03", DateError::Format),
            ("03/2022/01", DateError::Format),
            ("", DateError::Format),
            ("13/2022", DateError::Month),
            ("00/2022", DateError::Month),
            ("12/1949", DateError::TooOld),
            ("12/2026", DateError::Future),
            ("2027", DateError::Future),
            ("01/2030", DateError::Future),
        ] {
            assert_eq!(parse_month_year(s, TODAY), Err(e), "{s}");
        }
        assert_eq!(my(3, 2022).display(), "03/2022");
        assert_eq!(my(0, 2022).display(), "2022");
    }

    #[test]
    fn a_period_ends_after_it_starts() {
        assert_eq!(check_period("03/2023", "01/2022", TODAY), (None, Some(DateError::EndBeforeStart)));
        assert_eq!(check_period("2023", "2022", TODAY), (None, Some(DateError::EndBeforeStart)));
        assert_eq!(check_period("01/2022", "03/2023", TODAY), (None, None));
        assert_eq!(check_period("2022", "03/2022", TODAY), (None, None), "a year holds its months");
        assert_eq!(check_period("03/2022", "03/2022", TODAY), (None, None), "one month");
        assert_eq!(check_period("", "", TODAY), (None, None));
        assert_eq!(check_period("13/2022", "2023", TODAY), (Some(DateError::Month), None));
        assert_eq!(check_period("2020", "2030", TODAY), (None, Some(DateError::Future)));
    }
}
