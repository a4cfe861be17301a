//! Days a bid deadline should not fall on: weekends and French public holidays
//! (jours fériés, Code du travail L3133-1). Easter is computed, not tabled.

use chrono::{Datelike, NaiveDate, Weekday};

use super::timeline::Windows;

/// A French public holiday (metropolitan list of L3133-1, without Alsace-Moselle's two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYear,
    EasterMonday,
    LabourDay,
    VictoryDay,
    Ascension,
    WhitMonday,
    BastilleDay,
    Assumption,
    AllSaints,
    Armistice,
    Christmas,
}

impl Holiday {
    /// Stable key for JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Holiday::NewYear => "new_year",
            Holiday::EasterMonday => "easter_monday",
            Holiday::LabourDay => "labour_day",
            Holiday::VictoryDay => "victory_1945",
            Holiday::Ascension => "ascension",
            Holiday::WhitMonday => "whit_monday",
            Holiday::BastilleDay => "national_day",
            Holiday::Assumption => "assumption",
            Holiday::AllSaints => "all_saints",
            Holiday::Armistice => "armistice_1918",
            Holiday::Christmas => "christmas",
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (anonymous Gregorian
/// algorithm, Meeus/Jones/Butcher). `None` only outside chrono's range.
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The public holiday on `date`, if any.
pub fn holiday(date: NaiveDate) -> Option<Holiday> {
    let fixed = match (date.month(), date.day()) {
        (1, 1) => Some(Holiday::NewYear),
        (5, 1) => Some(Holiday::LabourDay),
        (5, 8) => Some(Holiday::VictoryDay),
        (7, 14) => Some(Holiday::BastilleDay),
        (8, 15) => Some(Holiday::Assumption),
        (11, 1) => Some(Holiday::AllSaints),
        (11, 11) => Some(Holiday::Armistice),
        (12, 25) => Some(Holiday::Christmas),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    // Movable feasts only fall between late March and mid June.
    if !(3..=6).contains(&date.month()) {
        return None;
    }
    let easter = easter(date.year())?;
    match (date - easter).num_days() {
        1 => Some(Holiday::EasterMonday),
        39 => Some(Holiday::Ascension),
        50 => Some(Holiday::WhitMonday),
        _ => None,
    }
}

/// Why a date is a poor deadline: offices are closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayWarning {
    Saturday,
    Sunday,
    Holiday(Holiday),
}

impl DayWarning {
    /// Stable key for JSON output: `saturday`, `sunday` or the holiday's key.
    pub fn key(self) -> &'static str {
        match self {
            DayWarning::Saturday => "saturday",
            DayWarning::Sunday => "sunday",
            DayWarning::Holiday(h) => h.key(),
        }
    }
}

/// The warning for `date`, if it is a weekend day or a public holiday.
/// A holiday wins over the weekend (8 May 2027 is a Saturday: say "8 mai").
pub fn day_warning(date: NaiveDate) -> Option<DayWarning> {
    if let Some(h) = holiday(date) {
        return Some(DayWarning::Holiday(h));
    }
    match date.weekday() {
        Weekday::Sat => Some(DayWarning::Saturday),
        Weekday::Sun => Some(DayWarning::Sunday),
        _ => None,
    }
}

/// Which date of a plan a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanDate {
    J,
    Candidature,
    /// The typed or imported publication date of the notice.
    NoticePublished,
}

impl PlanDate {
    /// Stable key for JSON output.
    pub fn key(self) -> &'static str {
        match self {
            PlanDate::J => "j",
            PlanDate::Candidature => "candidature",
            PlanDate::NoticePublished => "notice_published",
        }
    }
}

/// The plan's dates that fall on a closed day, J first. At most three
/// lookups: cheap enough for every visible row.
pub fn closed_days(w: &Windows) -> impl Iterator<Item = (PlanDate, NaiveDate, DayWarning)> {
    [
        Some((PlanDate::J, w.j)),
        w.candidature.map(|c| (PlanDate::Candidature, c.date)),
        w.notice.published.map(|d| (PlanDate::NoticePublished, d)),
    ]
    .into_iter()
    .flatten()
    .filter_map(|(what, date)| day_warning(date).map(|warn| (what, date, warn)))
}

#[cfg(test)]
#[path = "holidays_tests.rs"]
mod tests;
