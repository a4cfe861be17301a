//! Calendar arithmetic of the method and the date formats users type.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime};

/// `date` minus `months` calendar months, clamped to the end of month
/// (2027-10-31 − 8 months = 2027-02-28). `None` only outside chrono's range.
pub fn sub_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_sub_months(Months::new(months))
}

pub fn sub_days(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(u64::from(days)))
}

pub fn add_days(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(u64::from(days)))
}

/// Whole calendar months from `from` to `to` (0 when `to` is not later).
pub fn whole_months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() && !is_month_end_clamped(from, to) {
        months -= 1;
    }
    months.max(0) as u32
}

/// 31 Jan → 28 Feb counts as a whole month: the later date is its month's end.
fn is_month_end_clamped(from: NaiveDate, to: NaiveDate) -> bool {
    to.succ_opt().is_some_and(|n| n.month() != to.month()) && to.day() < from.day()
}

/// Why a typed date was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}'", self.input)
    }
}

impl std::error::Error for DateError {}

/// Parse a date as users type it: `2026-11-28`, `28/11/2026`, or `+30` / `-7`
/// (days from `today`). Impossible dates (2027-02-30) are refused.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    let err = || DateError {
        input: input.to_string(),
    };
    if let Some(rest) = s.strip_prefix('+') {
        let n: u32 = rest.trim().parse().map_err(|_| err())?;
        return add_days(today, n).ok_or_else(err);
    }
    if let Some(rest) = s.strip_prefix('-') {
        let n: u32 = rest.trim().parse().map_err(|_| err())?;
        return sub_days(today, n).ok_or_else(err);
    }
    parse_absolute(s).ok_or_else(err)
}

/// ISO `YYYY-MM-DD` or French `DD/MM/YYYY` only (no relative forms).
pub fn parse_absolute(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let strict = |fmt: &str, expect_len: usize| {
        // chrono accepts unpadded or 5-digit years; insist on the exact shape.
        (s.len() == expect_len)
            .then(|| NaiveDate::parse_from_str(s, fmt).ok())
            .flatten()
    };
    strict("%Y-%m-%d", 10).or_else(|| strict("%d/%m/%Y", 10))
}

/// A time of day as users type it: `12:00`, `9:30`, `12h00`, `12h`.
pub fn parse_time(input: &str) -> Option<NaiveTime> {
    let s = input.trim().to_ascii_lowercase().replace('h', ":");
    let (h, m) = s.split_once(':')?;
    let m = if m.is_empty() { "0" } else { m };
    if h.is_empty() || h.len() > 2 || m.len() > 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// `"12:00"` in the save file, not chrono's `"12:00:00"`.
pub mod hh_mm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) => super::parse_time(&s)
                .or_else(|| NaiveTime::parse_from_str(&s, "%H:%M:%S").ok())
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("'{s}' is not a time (HH:MM)"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(sub_months(d("2027-10-31"), 8), Some(d("2027-02-28")));
        assert_eq!(sub_months(d("2028-10-31"), 8), Some(d("2028-02-29")));
        assert_eq!(sub_months(d("2028-02-29"), 12), Some(d("2027-02-28")));
        assert_eq!(sub_months(d("2027-03-31"), 1), Some(d("2027-02-28")));
        assert_eq!(sub_months(d("2027-06-30"), 8), Some(d("2026-10-30")));
    }

    #[test]
    fn parses_both_formats_and_offsets() {
        let today = d("2026-11-28");
        assert_eq!(parse_date("2026-11-28", today), Ok(d("2026-11-28")));
        assert_eq!(parse_date("28/11/2026", today), Ok(d("2026-11-28")));
        assert_eq!(parse_date(" 01/02/2027 ", today), Ok(d("2027-02-01")));
        assert_eq!(parse_date("+30", today), Ok(d("2026-12-28")));
        assert_eq!(parse_date("-28", today), Ok(d("2026-10-31")));
        assert_eq!(parse_date("29/02/2028", today), Ok(d("2028-02-29")));
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        let today = d("2026-11-28");
        for bad in [
            "2027-02-30",
            "29/02/2027",
            "31/04/2027",
            "2027-13-01",
            "",
            "demain",
            "+",
            "+x",
            "2027-2-3",
            "1/2/2027",
            "+99999999999",
        ] {
            assert!(parse_date(bad, today).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn times_as_typed() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("12:00"), t(12, 0));
        assert_eq!(parse_time(" 9:30 "), t(9, 30));
        assert_eq!(parse_time("12h00"), t(12, 0));
        assert_eq!(parse_time("16H"), t(16, 0));
        for bad in [
            "", "12", "24:00", "12:60", "midi", ":30", "123:00", "12:000",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn whole_months() {
        assert_eq!(whole_months_between(d("2026-05-28"), d("2026-11-28")), 6);
        assert_eq!(whole_months_between(d("2026-05-29"), d("2026-11-28")), 5);
        assert_eq!(whole_months_between(d("2027-01-31"), d("2027-02-28")), 1);
        assert_eq!(whole_months_between(d("2027-01-31"), d("2027-02-27")), 0);
        assert_eq!(whole_months_between(d("2027-02-28"), d("2027-01-31")), 0);
    }
}
