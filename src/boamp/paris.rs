//! Deadlines in Paris time. BOAMP writes them with an offset (`+01:00`), in
//! UTC (`…Z`) or bare; J is the day and time *in Paris*, whatever the
//! spelling. The EU rule (since 1996) is enough and avoids a time-zone
//! database: summer time from the last Sunday of March, 01:00 UTC, to the
//! last Sunday of October, 01:00 UTC.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

/// A deadline as J: the Paris date and, when the text gives one, the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Deadline {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// The last Sunday of a month, at 01:00 UTC: when EU clocks change.
fn change_instant(year: i32, month: u32) -> Option<NaiveDateTime> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = first_next.pred_opt()?;
    let back = last.weekday().num_days_from_sunday();
    let sunday = last - Duration::days(i64::from(back));
    debug_assert_eq!(sunday.weekday(), Weekday::Sun);
    sunday.and_hms_opt(1, 0, 0)
}

/// Paris's offset from UTC, in hours, at a UTC instant: 2 in summer, else 1.
pub fn offset_hours(utc: NaiveDateTime) -> i64 {
    let year = utc.year();
    match (change_instant(year, 3), change_instant(year, 10)) {
        (Some(start), Some(end)) if utc >= start && utc < end => 2,
        _ => 1,
    }
}

/// The Paris wall-clock time of a UTC instant.
pub fn to_paris(utc: DateTime<Utc>) -> NaiveDateTime {
    let naive = utc.naive_utc();
    naive + Duration::hours(offset_hours(naive))
}

/// Read a deadline: RFC 3339 with an offset or `Z` is converted to Paris
/// time; a bare date-time is taken as Paris time already; a bare date
/// (optionally with an offset, as eForms writes `2027-01-08+01:00`) gives
/// the day without a time. `None` for anything else.
pub fn parse(text: &str) -> Option<Deadline> {
    let s = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(at(to_paris(t.with_timezone(&Utc))));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(at(t));
        }
    }
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['+', '-', 'Z'])) {
        return None;
    }
    let date = NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()?;
    Some(Deadline { date, time: None })
}

/// eForms splits the deadline: `EndDate` `2027-01-08+01:00` and `EndTime`
/// `12:00:00+01:00`; joined, they read as one RFC 3339 instant.
pub fn parse_split(date: &str, time: Option<&str>) -> Option<Deadline> {
    let day = parse(date)?;
    let Some(time) = time.map(str::trim).filter(|t| !t.is_empty()) else {
        return Some(day);
    };
    let joined = format!("{}T{time}", day.date.format("%Y-%m-%d"));
    parse(&joined).or(Some(day))
}

fn at(t: NaiveDateTime) -> Deadline {
    Deadline {
        date: t.date(),
        time: Some(t.time()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(date: &str, time: Option<&str>) -> Option<Deadline> {
        Some(Deadline {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
        })
    }

    #[test]
    fn every_spelling_gives_the_paris_day_and_time() {
        assert_eq!(
            parse("2026-12-21T12:00:00+01:00"),
            dl("2026-12-21", Some("12:00"))
        );
        assert_eq!(
            parse("2026-12-21T11:00:00Z"),
            dl("2026-12-21", Some("12:00"))
        );
        assert_eq!(
            parse("2026-12-21T12:00:00"),
            dl("2026-12-21", Some("12:00"))
        );
        assert_eq!(parse("2026-12-21"), dl("2026-12-21", None));
        assert_eq!(parse("2027-01-08+01:00"), dl("2027-01-08", None));
        assert_eq!(parse("21/12/2026"), None);
        assert_eq!(parse(""), None);
        // Late in the evening UTC is already the next day in Paris.
        assert_eq!(
            parse("2026-12-31T23:30:00Z"),
            dl("2027-01-01", Some("00:30"))
        );
        // Summer time: +2.
        assert_eq!(
            parse("2027-06-30T10:00:00Z"),
            dl("2027-06-30", Some("12:00"))
        );
        // Another offset is converted, not copied.
        assert_eq!(
            parse("2027-06-30T12:00:00-04:00"),
            dl("2027-06-30", Some("18:00"))
        );
    }

    #[test]
    fn clocks_change_on_the_last_sundays_at_one_utc() {
        // 2027: 28 March and 31 October.
        let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(offset_hours(t("2027-03-28 00:59")), 1);
        assert_eq!(offset_hours(t("2027-03-28 01:00")), 2);
        assert_eq!(offset_hours(t("2027-10-31 00:59")), 2);
        assert_eq!(offset_hours(t("2027-10-31 01:00")), 1);
        // 2026: 29 March and 25 October; 2024 (leap year): 31 March, 27 October.
        assert_eq!(offset_hours(t("2026-03-29 01:00")), 2);
        assert_eq!(offset_hours(t("2026-03-28 23:00")), 1);
        assert_eq!(offset_hours(t("2026-10-25 00:30")), 2);
        assert_eq!(offset_hours(t("2024-03-31 01:00")), 2);
        assert_eq!(offset_hours(t("2024-03-30 12:00")), 1);
        assert_eq!(offset_hours(t("2024-10-27 01:00")), 1);
    }

    #[test]
    fn eforms_split_date_and_time() {
        assert_eq!(
            parse_split("2027-01-08+01:00", Some("12:00:00+01:00")),
            dl("2027-01-08", Some("12:00"))
        );
        assert_eq!(
            parse_split("2027-01-08+01:00", None),
            dl("2027-01-08", None)
        );
        assert_eq!(
            parse_split("2027-07-08Z", Some("10:00:00Z")),
            dl("2027-07-08", Some("12:00"))
        );
        assert_eq!(parse_split("x", Some("12:00:00")), None);
    }
}
