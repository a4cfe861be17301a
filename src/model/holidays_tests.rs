use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Checked by hand against the published calendars (service-public.fr):
/// Easter Sunday, Easter Monday, Ascension (+39 days), Whit Monday (+50 days).
const MOVABLE: [(i32, &str, &str, &str, &str); 7] = [
    (2024, "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-20"),
    (2025, "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-09"),
    (2026, "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-25"),
    (2027, "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-17"),
    (2028, "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-05"),
    (2029, "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-21"),
    (2030, "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-10"),
];

#[test]
fn easter_2024_to_2030_matches_the_table() {
    for (year, sunday, monday, ascension, whit) in MOVABLE {
        assert_eq!(easter(year), Some(d(sunday)), "{year}");
        assert_eq!(holiday(d(monday)), Some(Holiday::EasterMonday), "{year}");
        assert_eq!(holiday(d(ascension)), Some(Holiday::Ascension), "{year}");
        assert_eq!(holiday(d(whit)), Some(Holiday::WhitMonday), "{year}");
        // Easter Sunday itself is a Sunday, not a holiday of its own.
        assert_eq!(holiday(d(sunday)), None, "{year}");
        assert_eq!(day_warning(d(sunday)), Some(DayWarning::Sunday), "{year}");
    }
}

#[test]
fn easter_far_from_today() {
    // Known extremes and a few classic checks of the algorithm.
    assert_eq!(easter(2000), Some(d("2000-04-23")));
    assert_eq!(easter(2008), Some(d("2008-03-23")));
    assert_eq!(easter(2038), Some(d("2038-04-25")));
    assert_eq!(easter(2285), Some(d("2285-03-22")));
    assert_eq!(easter(1943), Some(d("1943-04-25")));
}

#[test]
fn every_year_has_eleven_holidays_on_the_right_days() {
    for year in 2024..=2030 {
        let mut found = Vec::new();
        let mut day = d(&format!("{year}-01-01"));
        while day.year() == year {
            if let Some(h) = holiday(day) {
                found.push((day.format("%m-%d").to_string(), h));
            }
            day = day.succ_opt().unwrap();
        }
        assert_eq!(found.len(), 11, "{year}: {found:?}");
        let fixed = [
            ("01-01", Holiday::NewYear),
            ("05-01", Holiday::LabourDay),
            ("05-08", Holiday::VictoryDay),
            ("07-14", Holiday::BastilleDay),
            ("08-15", Holiday::Assumption),
            ("11-01", Holiday::AllSaints),
            ("11-11", Holiday::Armistice),
            ("12-25", Holiday::Christmas),
        ];
        for (md, h) in fixed {
            assert!(found.contains(&(md.to_string(), h)), "{year} {md}");
        }
    }
}

#[test]
fn weekends_and_holidays_warn_working_days_do_not() {
    assert_eq!(
        day_warning(d("2027-05-06")),
        Some(DayWarning::Holiday(Holiday::Ascension))
    );
    // 8 May 2027 is a Saturday: the holiday is the better reason.
    assert_eq!(
        day_warning(d("2027-05-08")),
        Some(DayWarning::Holiday(Holiday::VictoryDay))
    );
    assert_eq!(day_warning(d("2027-06-26")), Some(DayWarning::Saturday));
    assert_eq!(day_warning(d("2027-06-27")), Some(DayWarning::Sunday));
    assert_eq!(day_warning(d("2027-06-30")), None);
    // Leap day 2028 is a Tuesday.
    assert_eq!(day_warning(d("2028-02-29")), None);
    // The day after Whit Monday is an ordinary Tuesday.
    assert_eq!(day_warning(d("2027-05-18")), None);
}

#[test]
fn keys_are_stable() {
    assert_eq!(DayWarning::Holiday(Holiday::Ascension).key(), "ascension");
    assert_eq!(DayWarning::Sunday.key(), "sunday");
    assert_eq!(Holiday::WhitMonday.key(), "whit_monday");
}
