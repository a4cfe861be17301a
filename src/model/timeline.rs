//! The stage windows, counted back from day J (rétroplanning).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{add_days, sub_days, sub_months};

/// The three stages of the seed, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageId {
    /// Étape 1: la prospection, J-12 months → J-8 months.
    Prospection,
    /// Étape 2: a procedure is being prepared, J-8 months → J-52 days.
    Preparation,
    /// Étape 3: the notice is published, J-52 days → J-1 day.
    Publicity,
}

impl StageId {
    pub const ALL: [StageId; 3] = [
        StageId::Prospection,
        StageId::Preparation,
        StageId::Publicity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StageId::Prospection => "prospection",
            StageId::Preparation => "preparation",
            StageId::Publicity => "publicity",
        }
    }
}

/// A half-open span of days `[start, end)`: `end` is the first day after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Window {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Window {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day < self.end
    }

    /// The last day inside the window (the day before `start` when empty).
    pub fn last_day(&self) -> NaiveDate {
        self.end.pred_opt().unwrap_or(self.end)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Days after J-8 months during which choosing H1 or H2 is due, not late.
pub const BRANCH_GRACE_DAYS: u32 = 14;
/// Months before J at which prospection starts (services and supplies).
pub const PROSPECTION_MONTHS: f64 = 12.0;
/// Months before J of the branch and of stage 2's start.
pub const BRANCH_MONTHS: f64 = 8.0;
/// Days before J at which the notice is expected (stage 3's start).
pub const PUBLICITY_DAYS: f64 = 52.0;
/// Largest window factor accepted: five times the seed's windows.
pub const MAX_FACTOR: f64 = 5.0;

/// Every date of one pursuit's plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Windows {
    pub j: NaiveDate,
    pub factor: f64,
    pub prospection: Window,
    pub preparation: Window,
    /// Ends on J (exclusive): its last day is J-1.
    pub publicity: Window,
    /// When choosing H1 or H2 is due; late from its `end`.
    pub branch: Window,
    /// The submission item: due through J itself, late after.
    pub submit: Window,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WindowError {
    #[error("factor {0} is out of range (0, 5]")]
    BadFactor(f64),
    #[error("date {0} is too far in the past or future")]
    OutOfRange(NaiveDate),
}

/// Accept a window factor in (0, 5].
pub fn check_factor(factor: f64) -> Result<f64, WindowError> {
    if factor.is_finite() && factor > 0.0 && factor <= MAX_FACTOR {
        Ok(factor)
    } else {
        Err(WindowError::BadFactor(factor))
    }
}

impl Windows {
    /// The plan for day `j`: months offsets scaled by `factor` and rounded to
    /// whole months (clamped to month ends), day offsets rounded to whole days.
    pub fn new(j: NaiveDate, factor: f64) -> Result<Windows, WindowError> {
        let factor = check_factor(factor)?;
        let out = || WindowError::OutOfRange(j);
        let scaled = |base: f64| (base * factor).round() as u32;
        let publicity_start = sub_days(j, scaled(PUBLICITY_DAYS)).ok_or_else(out)?;
        // A tiny factor can round offsets onto each other: keep stages in order.
        let preparation_start = sub_months(j, scaled(BRANCH_MONTHS))
            .ok_or_else(out)?
            .min(publicity_start);
        let prospection_start = sub_months(j, scaled(PROSPECTION_MONTHS))
            .ok_or_else(out)?
            .min(preparation_start);
        let branch_end = add_days(preparation_start, BRANCH_GRACE_DAYS + 1).ok_or_else(out)?;
        let after_j = add_days(j, 1).ok_or_else(out)?;
        Ok(Windows {
            j,
            factor,
            prospection: Window {
                start: prospection_start,
                end: preparation_start,
            },
            preparation: Window {
                start: preparation_start,
                end: publicity_start,
            },
            publicity: Window {
                start: publicity_start,
                end: j,
            },
            branch: Window {
                start: preparation_start,
                end: branch_end,
            },
            submit: Window {
                start: publicity_start,
                end: after_j,
            },
        })
    }

    pub fn stage(&self, id: StageId) -> Window {
        match id {
            StageId::Prospection => self.prospection,
            StageId::Preparation => self.preparation,
            StageId::Publicity => self.publicity,
        }
    }

    /// The J-8-months day when the user must choose H1 or H2.
    pub fn branch_date(&self) -> NaiveDate {
        self.preparation.start
    }

    /// Signed days from `today` to J: 143 means "J-143", negative means past.
    pub fn days_to_j(&self, today: NaiveDate) -> i64 {
        (self.j - today).num_days()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_issue_example() {
        let w = Windows::new(d("2027-06-30"), 1.0).unwrap();
        assert_eq!(w.prospection.start, d("2026-06-30"));
        assert_eq!(w.prospection.end, d("2026-10-30"));
        assert_eq!(w.preparation.start, d("2026-10-30"));
        assert_eq!(w.publicity.start, d("2027-05-09"));
        assert_eq!(w.publicity.last_day(), d("2027-06-29"));
        assert_eq!(w.branch_date(), d("2026-10-30"));
        assert_eq!(w.branch.last_day(), d("2026-11-13"));
        assert_eq!(w.submit.last_day(), d("2027-06-30"));
    }

    #[test]
    fn month_end_j_clamps() {
        let w = Windows::new(d("2027-10-31"), 1.0).unwrap();
        assert_eq!(w.preparation.start, d("2027-02-28"));
        assert_eq!(w.prospection.start, d("2026-10-31"));
        assert_eq!(w.prospection.last_day(), d("2027-02-27"));
        assert_eq!(w.publicity.start, d("2027-09-09"));
        // Leap year: the same J a year later lands on 29 February.
        let w = Windows::new(d("2028-10-31"), 1.0).unwrap();
        assert_eq!(w.preparation.start, d("2028-02-29"));
    }

    #[test]
    fn leap_day_j() {
        let w = Windows::new(d("2028-02-29"), 1.0).unwrap();
        assert_eq!(w.prospection.start, d("2027-02-28"));
        assert_eq!(w.preparation.start, d("2027-06-29"));
        assert_eq!(w.publicity.start, d("2028-01-08"));
        assert_eq!(w.publicity.last_day(), d("2028-02-28"));
    }

    #[test]
    fn j_on_end_of_february() {
        let w = Windows::new(d("2027-02-28"), 1.0).unwrap();
        assert_eq!(w.prospection.start, d("2026-02-28"));
        assert_eq!(w.preparation.start, d("2026-06-28"));
        assert_eq!(w.publicity.start, d("2027-01-07"));
        assert_eq!(w.publicity.last_day(), d("2027-02-27"));
    }

    #[test]
    fn factor_one_and_a_half() {
        let w = Windows::new(d("2027-06-30"), 1.5).unwrap();
        assert_eq!(w.prospection.start, d("2025-12-30"));
        assert_eq!(w.preparation.start, d("2026-06-30"));
        assert_eq!(w.publicity.start, d("2027-04-13"));
        // 1.25: 15 months, 10 months, 65 days.
        let w = Windows::new(d("2027-06-30"), 1.25).unwrap();
        assert_eq!(w.prospection.start, d("2026-03-30"));
        assert_eq!(w.preparation.start, d("2026-08-30"));
        assert_eq!(w.publicity.start, d("2027-04-26"));
    }

    #[test]
    fn factor_range() {
        let j = d("2027-06-30");
        for bad in [0.0, -1.0, 5.01, f64::NAN, f64::INFINITY] {
            assert!(
                matches!(Windows::new(j, bad), Err(WindowError::BadFactor(_))),
                "{bad}"
            );
        }
        assert!(Windows::new(j, 5.0).is_ok());
        // A tiny factor collapses windows but keeps them ordered and never panics.
        let w = Windows::new(j, 0.001).unwrap();
        assert!(w.prospection.start <= w.preparation.start);
        assert!(w.preparation.start <= w.publicity.start);
        assert!(w.prospection.is_empty() && w.preparation.is_empty());
    }

    #[test]
    fn out_of_range_dates_are_errors() {
        assert!(matches!(
            Windows::new(NaiveDate::MIN, 1.0),
            Err(WindowError::OutOfRange(_))
        ));
        assert!(matches!(
            Windows::new(NaiveDate::MAX, 1.0),
            Err(WindowError::OutOfRange(_))
        ));
    }

    #[test]
    fn days_to_j() {
        let w = Windows::new(d("2027-06-30"), 1.0).unwrap();
        assert_eq!(w.days_to_j(d("2027-02-07")), 143);
        assert_eq!(w.days_to_j(d("2027-06-30")), 0);
        assert_eq!(w.days_to_j(d("2027-07-02")), -2);
    }
}
