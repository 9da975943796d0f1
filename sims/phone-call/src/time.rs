//! The legal time of each territory, computed (never typed in a file).
//! Times are minutes since 1970-01-01 00:00, in UTC or in a local time.
//!
//! # Source : https://www.affaires-publiques.org/textof/TO/17/12967-0317.htm
//! (décret n° 2017-292 du 6 mars 2017 relatif au temps légal français):
//! Hexagone UTC+1, and UTC+2 from 1:00 UTC on the last Sunday of March to
//! 1:00 UTC on the last Sunday of October; Guadeloupe and Martinique UTC−4;
//! Guyane UTC−3; La Réunion UTC+4; Mayotte UTC+3; no summer time overseas.
//! # Source : https://la1ere.francetvinfo.fr/changement-heure-hexagone-pas-outre-mer-817726.html

use cv_builder::rules::Territory;

pub const DAY: i64 = 1440;

/// Days since 1970-01-01 of a date (proleptic Gregorian calendar).
pub fn days((y, m, d): (i32, u32, u32)) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
pub fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The last Sunday of a month, in days since 1970.
pub fn last_sunday(y: i32, m: u32) -> i64 {
    let last = days((y, m, days_in_month(y, m)));
    last - (weekday(last) + 1) % 7
}

/// The year of a day since 1970.
fn year_of(days: i64) -> i32 {
    let mut y = 1970 + (days.div_euclid(365)) as i32;
    while self::days((y, 1, 1)) > days {
        y -= 1;
    }
    while self::days((y + 1, 1, 1)) <= days {
        y += 1;
    }
    y
}

/// Summer time in the Hexagone at this UTC instant.
pub fn summer(utc: i64) -> bool {
    let y = year_of(utc.div_euclid(DAY));
    let start = last_sunday(y, 3) * DAY + 60;
    let end = last_sunday(y, 10) * DAY + 60;
    (start..end).contains(&utc)
}

/// Minutes to add to UTC for the legal time of `t`.
pub fn offset(t: Territory, utc: i64) -> i64 {
    60 * match t {
        Territory::Mainland if summer(utc) => 2,
        Territory::Mainland => 1,
        Territory::Reunion => 4,
        Territory::Mayotte => 3,
        Territory::Guadeloupe | Territory::Martinique => -4,
        Territory::Guyane => -3,
    }
}

pub fn local(t: Territory, utc: i64) -> i64 {
    utc + offset(t, utc)
}

/// The UTC instant of a local time (in the hour skipped in spring, or twice
/// in autumn, the summer reading is taken).
pub fn to_utc(t: Territory, local: i64) -> i64 {
    let summer_guess = local - 120;
    if t == Territory::Mainland && summer(summer_guess) {
        return summer_guess;
    }
    local - offset(t, local - 60)
}

/// How many minutes `there` is ahead of `here` (negative: behind).
pub fn difference(here: Territory, there: Territory, utc: i64) -> i64 {
    offset(there, utc) - offset(here, utc)
}

/// `07:30` of a local time.
pub fn hhmm(local: i64) -> String {
    let m = local.rem_euclid(DAY);
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// `2026-04-10` → (2026, 4, 10).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let p: Vec<&str> = s.trim().split('-').collect();
    let [y, m, d] = p.as_slice() else { return None };
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1970..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// `07:30` → minutes since midnight.
pub fn parse_time(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && s.trim().len() == 5).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Territory::*;

    fn utc(y: i32, mo: u32, d: u32, h: i64, mi: i64) -> i64 {
        days((y, mo, d)) * DAY + h * 60 + mi
    }

    #[test]
    fn dates_and_weekdays() {
        assert_eq!(days((1970, 1, 1)), 0);
        assert_eq!(days((2000, 3, 1)), 11017);
        assert_eq!(weekday(days((2026, 12, 2))), 2, "a Wednesday");
        assert_eq!(year_of(days((2024, 12, 31))), 2024);
        assert_eq!(year_of(days((2025, 1, 1))), 2025);
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2026-02-29"), None);
        assert_eq!(parse_date("10/04/2026"), None);
        assert_eq!(parse_time("07:30"), Some(450));
        assert_eq!(parse_time("7h30"), None);
        assert_eq!(parse_time("24:00"), None);
    }

    #[test]
    fn the_last_sundays_of_march_and_october() {
        // Summer time 2026: 29 March to 25 October; 2025: 30 March to 26 October.
        assert_eq!(last_sunday(2026, 3), days((2026, 3, 29)));
        assert_eq!(last_sunday(2026, 10), days((2026, 10, 25)));
        assert_eq!(last_sunday(2025, 3), days((2025, 3, 30)));
        assert_eq!(last_sunday(2025, 10), days((2025, 10, 26)));
        // A month whose last day is a Sunday.
        assert_eq!(last_sunday(2027, 10), days((2027, 10, 31)));
    }

    #[test]
    fn summer_time_starts_and_ends_at_one_in_the_morning_utc() {
        assert!(!summer(utc(2026, 3, 29, 0, 59)));
        assert!(summer(utc(2026, 3, 29, 1, 0)));
        assert!(summer(utc(2026, 7, 14, 12, 0)));
        assert!(summer(utc(2026, 10, 25, 0, 59)));
        assert!(!summer(utc(2026, 10, 25, 1, 0)));
        assert!(!summer(utc(2026, 12, 2, 12, 0)));
        assert!(!summer(utc(2026, 1, 15, 12, 0)));
    }

    #[test]
    fn every_territory_has_its_offset() {
        let winter = utc(2026, 12, 2, 12, 0);
        let july = utc(2026, 7, 14, 12, 0);
        assert_eq!(offset(Mainland, winter), 60);
        assert_eq!(offset(Mainland, july), 120);
        for at in [winter, july] {
            assert_eq!(offset(Reunion, at), 240);
            assert_eq!(offset(Mayotte, at), 180);
            assert_eq!(offset(Guadeloupe, at), -240);
            assert_eq!(offset(Martinique, at), -240);
            assert_eq!(offset(Guyane, at), -180);
        }
    }

    #[test]
    fn differences_with_the_hexagone_change_with_summer_time() {
        let winter = utc(2026, 12, 2, 12, 0);
        let july = utc(2026, 7, 14, 12, 0);
        // From Mamoudzou, Montpellier is 2 hours behind in winter, 1 in summer.
        assert_eq!(difference(Mayotte, Mainland, winter), -120);
        assert_eq!(difference(Mayotte, Mainland, july), -60);
        assert_eq!(difference(Mainland, Reunion, winter), 180);
        assert_eq!(difference(Mainland, Reunion, july), 120);
        assert_eq!(difference(Mainland, Guadeloupe, winter), -300);
        assert_eq!(difference(Mainland, Martinique, july), -360);
        assert_eq!(difference(Mainland, Guyane, july), -300);
        assert_eq!(difference(Guyane, Mayotte, july), 360);
        assert_eq!(difference(Reunion, Mayotte, winter), -60);
    }

    #[test]
    fn local_times_round_trip() {
        // 07:30 in Mamoudzou on 10 April 2026 is 04:30 UTC, 06:30 in Montpellier.
        let start = to_utc(Mayotte, days((2026, 4, 10)) * DAY + 450);
        assert_eq!(start, utc(2026, 4, 10, 4, 30));
        assert_eq!(hhmm(local(Mainland, start)), "06:30");
        assert_eq!(hhmm(local(Guyane, start)), "01:30");
        // The Hexagone, either side of the changes.
        for (d, h) in [((2026, 3, 29), 3), ((2026, 3, 28), 12), ((2026, 10, 25), 12), ((2026, 8, 1), 23)] {
            let l = days(d) * DAY + h * 60;
            assert_eq!(local(Mainland, to_utc(Mainland, l)), l, "{d:?} {h}h");
        }
        assert_eq!(hhmm(-30), "23:30");
    }
}
