use super::*;
use crate::model::procedure::Procedure;
use crate::model::rules::OffsetRule;

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

fn plan(j: &str, factor: f64, rules: RuleSet, p: Procedure, electronic: bool) -> Windows {
    let r = PlanRules {
        rules,
        procedure: p,
        electronic,
        ..PlanRules::default()
    };
    Windows::plan(d(j), factor, &r, None).unwrap()
}

#[test]
fn done_means_open_tender_dates() {
    let w = plan("2027-06-30", 1.0, RuleSet::Code2019, Procedure::Open, true);
    assert_eq!(w.publicity.start, d("2027-05-31"));
    assert_eq!(w.notice.offset.rule.key(), "code2019.open.electronic");
    let w = plan("2027-06-30", 1.0, RuleSet::Code2019, Procedure::Open, false);
    assert_eq!(w.publicity.start, d("2027-05-26"));
    let w = plan("2027-06-30", 1.0, RuleSet::Seed, Procedure::Open, true);
    assert_eq!(w.publicity.start, d("2027-05-09"));
    assert_eq!(w, Windows::new(d("2027-06-30"), 1.0).unwrap());
}

/// Every rule set × procedure × mode on month ends, leap days and factor 1.5:
/// stage 3 starts at J minus the table's days, the months keep the seed's.
#[test]
fn every_rule_set_and_procedure_on_edge_dates() {
    let js = [
        "2027-06-30",
        "2027-03-31",
        "2027-02-28",
        "2028-02-29",
        "2028-03-31",
        "2024-03-01",
        "2027-12-31",
    ];
    for j in js {
        for factor in [1.0, 1.5] {
            for set in RuleSet::ALL {
                for p in Procedure::ALL {
                    for e in [false, true] {
                        let w = plan(j, factor, set, p, e);
                        let days: i64 = match (set, p, e) {
                            (RuleSet::Seed, _, _) => (52.0 * factor).round() as i64,
                            (_, Procedure::Open | Procedure::Unknown, false) => 35,
                            (_, Procedure::Open | Procedure::Unknown, true) => 30,
                            (_, Procedure::Restricted, false) => 60,
                            (_, Procedure::Restricted, true) => 55,
                            _ => 21,
                        };
                        let case = format!("{j} ×{factor} {set:?} {p:?} e={e}");
                        assert_eq!((w.j - w.publicity.start).num_days(), days, "{case}");
                        assert_eq!(w.notice.expected, w.publicity.start, "{case}");
                        assert_eq!(w.publicity.last_day(), d(j).pred_opt().unwrap(), "{case}");
                        let months = if factor == 1.0 { 8 } else { 12 };
                        assert_eq!(w.branch_months, months, "{case}");
                        assert_eq!(
                            w.preparation.start,
                            sub_months(d(j), months).unwrap(),
                            "{case}"
                        );
                        assert!(w.prospection.start <= w.preparation.start, "{case}");
                        assert!(w.preparation.end == w.publicity.start, "{case}");
                        let cand = w.candidature.map(|c| (w.j - c.date).num_days());
                        let want = match (set, p, e) {
                            (RuleSet::Code2019, Procedure::Restricted, false) => Some(30),
                            (RuleSet::Code2019, Procedure::Restricted, true) => Some(25),
                            _ => None,
                        };
                        assert_eq!(cand, want, "{case}");
                    }
                }
            }
        }
    }
}

#[test]
fn edge_dates_by_hand() {
    // Restricted, electronic, J at the end of a leap March.
    let w = plan(
        "2028-03-31",
        1.0,
        RuleSet::Code2019,
        Procedure::Restricted,
        true,
    );
    assert_eq!(w.publicity.start, d("2028-02-05"));
    assert_eq!(w.candidature.unwrap().date, d("2028-03-06"));
    let w = plan(
        "2028-03-31",
        1.0,
        RuleSet::Code2019,
        Procedure::Restricted,
        false,
    );
    assert_eq!(w.publicity.start, d("2028-01-31"));
    assert_eq!(w.candidature.unwrap().date, d("2028-03-01"));
    // MAPA: 21 days before 21 March 2028 is the leap day.
    let w = plan(
        "2028-03-21",
        1.0,
        RuleSet::Code2019,
        Procedure::Adapted,
        true,
    );
    assert_eq!(w.publicity.start, d("2028-02-29"));
    assert_eq!(w.notice.offset.rule, OffsetRule::DefaultDays);
    // Open, paper, across a leap February.
    let w = plan("2024-03-01", 1.0, RuleSet::Code2019, Procedure::Open, false);
    assert_eq!(w.publicity.start, d("2024-01-26"));
    // Factor 1.5 on the leap day: 18 and 12 months clamp, 78 days.
    let w = plan("2028-02-29", 1.5, RuleSet::Seed, Procedure::Open, true);
    assert_eq!(w.prospection.start, d("2026-08-29"));
    assert_eq!(w.preparation.start, d("2027-02-28"));
    assert_eq!(w.publicity.start, d("2027-12-13"));
    // The same under code 2019: months scale, the legal 30 days do not.
    let w = plan("2028-02-29", 1.5, RuleSet::Code2019, Procedure::Open, true);
    assert_eq!(w.preparation.start, d("2027-02-28"));
    assert_eq!(w.publicity.start, d("2028-01-30"));
}

#[test]
fn the_published_notice_wins() {
    let r = PlanRules {
        rules: RuleSet::Code2019,
        procedure: Procedure::Open,
        electronic: true,
        ..PlanRules::default()
    };
    let j = d("2027-06-30");
    let w = Windows::plan(j, 1.0, &r, Some(d("2027-05-20"))).unwrap();
    assert_eq!(w.publicity.start, d("2027-05-20"));
    assert_eq!(w.preparation.end, d("2027-05-20"));
    assert_eq!(w.submit.start, d("2027-05-20"));
    assert_eq!(w.notice.expected, d("2027-05-31"));
    assert_eq!(w.notice.published, Some(d("2027-05-20")));
    assert_eq!((j - w.notice.published.unwrap()).num_days(), 41);
    // A later publication than expected shortens stage 3.
    let w = Windows::plan(j, 1.0, &r, Some(d("2027-06-10"))).unwrap();
    assert_eq!(w.publicity.start, d("2027-06-10"));
    // A date on or after J cannot be the notice of this J: ignored.
    let w = Windows::plan(j, 1.0, &r, Some(j)).unwrap();
    assert_eq!(w.notice.published, None);
    assert_eq!(w.publicity.start, d("2027-05-31"));
    // One before stage 2 even began collapses stage 2 but keeps the order.
    let w = Windows::plan(j, 1.0, &r, Some(d("2026-01-01"))).unwrap();
    assert_eq!(w.publicity.start, d("2026-01-01"));
    assert!(w.prospection.start <= w.preparation.start);
    assert!(w.preparation.start <= w.publicity.start);
    // The candidature deadline never precedes a late notice.
    let r = PlanRules {
        procedure: Procedure::Restricted,
        ..r
    };
    let w = Windows::plan(j, 1.0, &r, Some(d("2027-06-20"))).unwrap();
    assert_eq!(w.candidature.unwrap().date, d("2027-06-20"));
}
