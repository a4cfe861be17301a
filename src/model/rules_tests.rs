use super::*;
use crate::model::portfolio::Settings;
use crate::model::procedure::Procedure;
use crate::model::pursuit::Pursuit;

fn rules(rules: RuleSet, procedure: Procedure, electronic: bool) -> PlanRules {
    PlanRules {
        rules,
        procedure,
        electronic,
        ..PlanRules::default()
    }
}

#[test]
fn seed_is_52_days_scaled_for_every_procedure() {
    for p in Procedure::ALL {
        for e in [false, true] {
            let r = rules(RuleSet::Seed, p, e);
            assert_eq!(
                r.notice(1.0),
                Offset {
                    days: 52,
                    rule: OffsetRule::Seed
                }
            );
            assert_eq!(r.notice(1.5).days, 78);
            assert_eq!(r.notice(1.25).days, 65);
            assert_eq!(r.candidature(), None, "the seed has no candidature date");
        }
    }
}

#[test]
fn code2019_by_procedure() {
    let days = |p, e| rules(RuleSet::Code2019, p, e).notice(1.0).days;
    assert_eq!(days(Procedure::Open, false), 35);
    assert_eq!(days(Procedure::Open, true), 30);
    assert_eq!(
        days(Procedure::Unknown, true),
        30,
        "unknown is read as open"
    );
    assert_eq!(days(Procedure::Restricted, false), 60);
    assert_eq!(days(Procedure::Restricted, true), 55);
    for p in [
        Procedure::Adapted,
        Procedure::Negotiated,
        Procedure::Subsequent,
    ] {
        for e in [false, true] {
            let o = rules(RuleSet::Code2019, p, e).notice(1.5);
            assert_eq!(
                o,
                Offset {
                    days: 21,
                    rule: OffsetRule::DefaultDays
                }
            );
        }
    }
    // Legal minimums are not scaled by the window factor.
    assert_eq!(
        rules(RuleSet::Code2019, Procedure::Open, true)
            .notice(1.5)
            .days,
        30
    );
    let cand = |e| rules(RuleSet::Code2019, Procedure::Restricted, e).candidature();
    assert_eq!(cand(false).map(|o| o.days), Some(30));
    assert_eq!(cand(true).map(|o| o.days), Some(25));
    assert_eq!(
        rules(RuleSet::Code2019, Procedure::Open, true).candidature(),
        None
    );
}

#[test]
fn pursuit_offsets_win_over_every_rule() {
    for set in RuleSet::ALL {
        for p in Procedure::ALL {
            let mut r = rules(set, p, true);
            r.notice_days = Some(44);
            r.candidature_days = Some(20);
            assert_eq!(
                r.notice(1.5),
                Offset {
                    days: 44,
                    rule: OffsetRule::Pursuit
                }
            );
            let want = (p == Procedure::Restricted).then_some(Offset {
                days: 20,
                rule: OffsetRule::Pursuit,
            });
            assert_eq!(r.candidature(), want, "{set:?} {p:?}");
        }
    }
}

#[test]
fn rule_keys_say_why() {
    let r = rules(RuleSet::Code2019, Procedure::Open, true);
    assert_eq!(r.notice(1.0).rule.key(), "code2019.open.electronic");
    let r = rules(RuleSet::Code2019, Procedure::Restricted, false);
    assert_eq!(r.notice(1.0).rule.key(), "code2019.restricted.paper");
    assert_eq!(OffsetRule::Seed.key(), "seed");
    assert_eq!(OffsetRule::Pursuit.key(), "pursuit");
    assert_eq!(OffsetRule::DefaultDays.key(), "default_notice_days");
}

#[test]
fn electronic_from_forty_thousand_euros() {
    use SubmissionMode::*;
    assert!(!is_electronic(Unknown, Some(39_999.0)));
    assert!(is_electronic(Unknown, Some(40_000.0)));
    assert!(
        is_electronic(Unknown, None),
        "unknown amount: assume the rule applies"
    );
    assert!(is_electronic(Electronic, Some(1_000.0)));
    assert!(!is_electronic(Paper, Some(180_000.0)));
    assert_eq!(electronic_required(Some(39_999.99)), Some(false));
    assert_eq!(electronic_required(Some(40_000.0)), Some(true));
    assert_eq!(electronic_required(None), None);
    assert_eq!(electronic_required(Some(f64::NAN)), None);
}

#[test]
fn paper_warns_at_forty_thousand_or_unknown() {
    use SubmissionMode::*;
    assert!(!paper_warning(Paper, Some(39_999.0)));
    assert!(paper_warning(Paper, Some(40_000.0)));
    assert!(paper_warning(Paper, None));
    assert!(paper_warning(Paper, Some(180_000.0)));
    for amount in [Some(39_999.0), Some(40_000.0), None] {
        assert!(!paper_warning(Electronic, amount));
        assert!(!paper_warning(Unknown, amount));
    }
}

#[test]
fn rules_of_a_pursuit() {
    let mut p = Pursuit::new("p", "x");
    p.procedure = "Procédure adaptée".into();
    let mut settings = Settings::default();
    let r = PlanRules::of(&p, &settings);
    assert_eq!(r.rules, RuleSet::Seed);
    assert_eq!(r.procedure, Procedure::Adapted, "read from the label");
    assert!(r.electronic, "amount unknown");
    settings.rules = RuleSet::Code2019;
    p.procedure_kind = Procedure::Restricted;
    p.amount = Some(39_999.0);
    p.notice_days = Some(40);
    let r = PlanRules::of(&p, &settings);
    assert_eq!(r.rules, RuleSet::Code2019);
    assert_eq!(r.procedure, Procedure::Restricted, "the kind set wins");
    assert!(!r.electronic);
    assert_eq!(r.notice_days, Some(40));
}
