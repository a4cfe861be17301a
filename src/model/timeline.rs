//! The stage windows, counted back from day J (rétroplanning).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{add_days, sub_days, sub_months};
use super::rules::{Offset, PlanRules, RuleSet};

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
/// Days before J at which the notice is expected (stage 3's start) in the seed.
pub const PUBLICITY_DAYS: f64 = super::rules::SEED_NOTICE_DAYS;
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
    /// The rule set the plan was built under.
    pub rules: RuleSet,
    /// J minus this many months is the branch (8 × the factor, rounded).
    pub branch_months: u32,
    /// When the notice is expected, by which rule, and when it was published.
    pub notice: Notice,
    /// A restricted procedure's candidature deadline, its own milestone.
    pub candidature: Option<Milestone>,
}

/// The notice (avis de publicité): expected by a rule, or known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    /// J minus the rule's offset.
    pub expected: NaiveDate,
    pub offset: Offset,
    /// The real publication date, when known and before J: stage 3 starts on it.
    pub published: Option<NaiveDate>,
}

/// A dated step inside stage 3 and the rule that placed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    pub date: NaiveDate,
    pub offset: Offset,
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
    /// The seed's plan for day `j`: months offsets scaled by `factor` and
    /// rounded to whole months (clamped to month ends), the notice at J-52
    /// days scaled and rounded to whole days.
    pub fn new(j: NaiveDate, factor: f64) -> Result<Windows, WindowError> {
        Windows::plan(j, factor, &PlanRules::seed(), None)
    }

    /// The plan for day `j` under `rules`; a notice `published` before J
    /// starts stage 3 whatever the rule expected. Pure and cheap: computed
    /// per visible row.
    pub fn plan(
        j: NaiveDate,
        factor: f64,
        rules: &PlanRules,
        published: Option<NaiveDate>,
    ) -> Result<Windows, WindowError> {
        let factor = check_factor(factor)?;
        let out = || WindowError::OutOfRange(j);
        let scaled = |base: f64| (base * factor).round() as u32;
        let offset = rules.notice(factor);
        let expected = sub_days(j, offset.days).ok_or_else(out)?;
        let published = published.filter(|d| *d < j);
        let publicity_start = published.unwrap_or(expected);
        let candidature = match rules.candidature() {
            Some(offset) => Some(Milestone {
                // A deadline stays a deadline; it only never precedes the notice.
                date: sub_days(j, offset.days)
                    .ok_or_else(out)?
                    .max(publicity_start),
                offset,
            }),
            None => None,
        };
        let branch_months = scaled(BRANCH_MONTHS);
        // A tiny factor can round offsets onto each other: keep stages in order.
        let preparation_start = sub_months(j, branch_months)
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
            rules: rules.rules,
            branch_months,
            notice: Notice {
                expected,
                offset,
                published,
            },
            candidature,
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
#[path = "timeline_tests.rs"]
mod tests;
