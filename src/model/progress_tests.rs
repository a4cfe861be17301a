use chrono::NaiveDate;

use super::*;
use crate::model::Authority;
use crate::model::pursuit::{Outcome, forecast_j};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn pursuit(j: &str) -> Pursuit {
    let mut p = Pursuit::new("p-1", "Nettoyage des locaux");
    p.j = Some(d(j));
    p
}

/// `p` alone at an authority, its stage-1 entries held by the authority
/// (as version 2 holds them).
fn alone(p: &Pursuit) -> Authority {
    let mut a = Authority::new("a-1", "Ville");
    let mut p = p.clone();
    let (stage1, rest) = std::mem::take(&mut p.checklist)
        .into_iter()
        .partition(|(id, _)| crate::model::ticks::is_authority_item(id));
    a.checklist = stage1;
    p.checklist = rest;
    a.pursuits.push(p);
    a
}

fn summarize(
    p: &Pursuit,
    settings: &Settings,
    today: NaiveDate,
) -> Result<PursuitSummary, PlanError> {
    let a = alone(p);
    super::summarize(&a, &a.pursuits[0], settings, today)
}

fn items(p: &Pursuit, w: &Windows, today: NaiveDate) -> Vec<ItemStatus> {
    let a = alone(p);
    super::items(&a, &a.pursuits[0], w, &Settings::default(), today)
}

fn state_of(p: &Pursuit, id: &str, today: &str) -> ItemState {
    let (w, _) = windows_of(p, &Settings::default()).unwrap();
    items(p, &w, d(today))
        .into_iter()
        .find(|i| i.id == id)
        .unwrap()
        .state
}

#[test]
fn states_on_window_boundaries() {
    // J 2027-06-30: prospection [2026-06-30, 2026-10-30), preparation until 2027-05-09.
    let p = pursuit("2027-06-30");
    let id = "prospection.targets";
    assert_eq!(state_of(&p, id, "2026-06-29"), ItemState::Upcoming);
    assert_eq!(state_of(&p, id, "2026-06-30"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2026-10-29"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2026-10-30"), ItemState::Late);
    let id = "preparation.expiry";
    assert_eq!(state_of(&p, id, "2026-10-29"), ItemState::Upcoming);
    assert_eq!(state_of(&p, id, "2026-10-30"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2027-05-08"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2027-05-09"), ItemState::Late);
    let id = "publicity.notice";
    assert_eq!(state_of(&p, id, "2027-05-08"), ItemState::Upcoming);
    assert_eq!(state_of(&p, id, "2027-05-09"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2027-06-29"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2027-06-30"), ItemState::Late);
    let id = "j.submit";
    assert_eq!(state_of(&p, id, "2027-06-30"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2027-07-01"), ItemState::Late);
}

#[test]
fn states_on_leap_and_month_end_j() {
    // J 2028-02-29: preparation starts 2027-06-29, publicity 2028-01-08.
    let p = pursuit("2028-02-29");
    assert_eq!(
        state_of(&p, "prospection.meet", "2027-06-28"),
        ItemState::Due
    );
    assert_eq!(
        state_of(&p, "prospection.meet", "2027-06-29"),
        ItemState::Late
    );
    assert_eq!(
        state_of(&p, "publicity.notice", "2028-02-28"),
        ItemState::Due
    );
    assert_eq!(
        state_of(&p, "publicity.notice", "2028-02-29"),
        ItemState::Late
    );
    assert_eq!(state_of(&p, "j.submit", "2028-02-29"), ItemState::Due);
    // J 2027-10-31: J-8 months clamps to 2027-02-28.
    let p = pursuit("2027-10-31");
    assert_eq!(
        state_of(&p, "prospection.meet", "2027-02-27"),
        ItemState::Due
    );
    assert_eq!(
        state_of(&p, "prospection.meet", "2027-02-28"),
        ItemState::Late
    );
    assert_eq!(
        state_of(&p, "preparation.nature", "2027-02-28"),
        ItemState::Due
    );
}

#[test]
fn branch_choice_is_due_for_fourteen_days_then_late() {
    let mut p = pursuit("2027-06-30");
    let id = "branch.choose";
    assert_eq!(state_of(&p, id, "2026-10-29"), ItemState::Upcoming);
    assert_eq!(state_of(&p, id, "2026-10-30"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2026-11-13"), ItemState::Due);
    assert_eq!(state_of(&p, id, "2026-11-14"), ItemState::Late);
    p.cycle_branch(d("2026-11-20"));
    assert_eq!(state_of(&p, id, "2026-11-21"), ItemState::Evidence);
}

#[test]
fn h2_items_count_only_under_h2_and_ticks_survive_switching() {
    let today = d("2026-12-01");
    let mut p = pursuit("2027-06-30");
    p.toggle("h2.recall", today);
    let s = summarize(&p, &Settings::default(), today).unwrap();
    assert_eq!(
        s.branch_progress,
        (0, 1),
        "undecided: only the decision counts"
    );
    p.cycle_branch(today); // H1
    assert_eq!(p.branch, Branch::H1);
    let s = summarize(&p, &Settings::default(), today).unwrap();
    assert_eq!(s.branch_progress, (1, 1));
    p.cycle_branch(today); // H2
    assert_eq!(p.branch, Branch::H2);
    let s = summarize(&p, &Settings::default(), today).unwrap();
    assert_eq!(s.branch_progress, (2, 5), "decision + A ticked, of 1 + 4");
    p.cycle_branch(today); // back to H1: the H2 tick is kept
    assert_eq!(p.branch, Branch::H1);
    assert_eq!(p.done_on("h2.recall"), Some(today));
    let (w, _) = windows_of(&p, &Settings::default()).unwrap();
    let listed = items(&p, &w, today);
    assert!(
        listed
            .iter()
            .filter(|i| i.id.starts_with("h2."))
            .all(|i| !i.active)
    );
}

#[test]
fn late_count_progress_and_next_action() {
    let today = d("2026-11-28");
    let mut p = pursuit("2027-06-30");
    p.toggle("prospection.targets", d("2026-07-10"));
    p.toggle("prospection.contact", d("2026-08-01"));
    let s = summarize(&p, &Settings::default(), today).unwrap();
    assert_eq!(s.phase, Phase::Stage(StageId::Preparation));
    assert_eq!(s.days_to_j, 214);
    assert_eq!(s.progress[0], (2, 5));
    assert_eq!(s.progress[1], (0, 5));
    assert_eq!(s.progress[2], (0, 2));
    // Three prospection items and the branch decision are late.
    assert_eq!(s.late, 4);
    let next = s.next_action.unwrap();
    assert_eq!(next.state, ItemState::Late);
    assert_eq!(next.id, "prospection.decision_maker");
    assert_eq!(s.origin, JOrigin::Entered);
}

#[test]
fn next_action_is_due_item_when_nothing_is_late() {
    let p = pursuit("2027-10-31");
    let s = summarize(&p, &Settings::default(), d("2026-11-28")).unwrap();
    assert_eq!(s.late, 0);
    assert_eq!(s.phase, Phase::Stage(StageId::Prospection));
    assert_eq!(s.next_action.unwrap().id, "prospection.targets");
    let s = summarize(&p, &Settings::default(), d("2026-01-01")).unwrap();
    assert_eq!(s.phase, Phase::Before);
    assert_eq!(s.next_action, None);
}

#[test]
fn toggle_records_today_and_unticks() {
    let mut p = pursuit("2027-06-30");
    p.toggle("prospection.meet", d("2026-09-01"));
    assert_eq!(p.done_on("prospection.meet"), Some(d("2026-09-01")));
    p.toggle("prospection.meet", d("2026-09-02"));
    assert_eq!(p.done_on("prospection.meet"), None);
    assert!(p.checklist.is_empty(), "an empty entry is not kept");
    p.checklist
        .entry("prospection.meet".into())
        .or_default()
        .note = "RDV".into();
    p.toggle("prospection.meet", d("2026-09-03"));
    p.toggle("prospection.meet", d("2026-09-04"));
    assert_eq!(
        p.checklist["prospection.meet"].note, "RDV",
        "untick keeps the note"
    );
}

#[test]
fn closed_pursuit_has_nothing_late_and_submit_done() {
    let mut p = pursuit("2026-10-31");
    p.outcome = Outcome::Won;
    let s = summarize(&p, &Settings::default(), d("2026-11-28")).unwrap();
    assert_eq!(s.late, 0);
    assert_eq!(s.next_action, None);
    assert_eq!(s.phase, Phase::After);
    assert_eq!(state_of(&p, "j.submit", "2026-11-28"), ItemState::Evidence);
}

#[test]
fn forecast_from_expiry() {
    let settings = Settings::default();
    let mut p = Pursuit::new("p-2", "Maintenance");
    assert_eq!(
        summarize(&p, &settings, d("2026-11-28")),
        Err(PlanError::NoJ)
    );
    p.current_expiry = Some(d("2027-12-31"));
    let (j, origin) = p.effective_j(settings.lead_time_days).unwrap();
    assert_eq!((j, origin), (d("2027-10-02"), JOrigin::Forecast));
    assert_eq!(forecast_j(d("2028-03-01"), 90), Some(d("2027-12-02")));
    assert_eq!(forecast_j(d("2028-05-29"), 90), Some(d("2028-02-29")));
    assert_eq!(forecast_j(d("2027-01-31"), 0), Some(d("2027-01-31")));
    // An entered J wins over the forecast; the notice confirms it.
    p.j = Some(d("2027-09-15"));
    assert_eq!(p.effective_j(90).unwrap().1, JOrigin::Entered);
    p.j_confirmed = true;
    assert_eq!(
        p.effective_j(90).unwrap(),
        (d("2027-09-15"), JOrigin::Confirmed)
    );
}

#[test]
fn works_exceptional_windows_are_longer() {
    let mut p = pursuit("2027-06-30");
    p.market_kind = crate::model::MarketKind::WorksExceptional;
    p.factor = p.market_kind.default_factor();
    let (w, _) = windows_of(&p, &Settings::default()).unwrap();
    assert_eq!(w.prospection.start, d("2025-12-30"));
    assert_eq!(w.publicity.start, d("2027-04-13"));
    p.factor = 9.0;
    assert!(matches!(
        windows_of(&p, &Settings::default()),
        Err(PlanError::Window(_))
    ));
}

#[test]
fn phase_on_j_and_after() {
    let p = pursuit("2027-06-30");
    let (w, _) = windows_of(&p, &Settings::default()).unwrap();
    assert_eq!(Phase::on(&w, d("2027-06-30")), Phase::JDay);
    assert_eq!(
        Phase::on(&w, d("2027-06-29")),
        Phase::Stage(StageId::Publicity)
    );
    assert_eq!(Phase::on(&w, d("2027-07-01")), Phase::After);
}

/// A J confirmed by a notice whose publication date is unknown: the rule
/// set still places the notice (expected J-52, J-35, J-30, J-21…); the
/// confirmation moves nothing and says nothing of a publication.
#[test]
fn confirmed_j_without_publication_date_keeps_the_expected_notice() {
    use crate::model::rules::RuleSet;
    use crate::model::{Procedure, SubmissionMode};
    let j = d("2027-06-30");
    for rules in [RuleSet::Seed, RuleSet::Code2019] {
        for procedure in Procedure::ALL {
            for mode in [SubmissionMode::Paper, SubmissionMode::Electronic] {
                let settings = Settings {
                    rules,
                    ..Settings::default()
                };
                let mut typed = pursuit("2027-06-30");
                typed.procedure_kind = procedure;
                typed.submission = mode;
                let mut confirmed = typed.clone();
                confirmed.j_confirmed = true;
                confirmed.j_time = chrono::NaiveTime::from_hms_opt(12, 0, 0);
                confirmed.notice_ref = "27-12345".into();
                assert_eq!(confirmed.notice_published, None);
                let (w, origin) = windows_of(&confirmed, &settings).unwrap();
                let at = format!("{rules:?} {procedure:?} {mode:?}");
                assert_eq!(origin, JOrigin::Confirmed, "{at}");
                assert_eq!(w.notice.published, None, "{at}");
                let offset = PlanRules::of(&confirmed, &settings).notice(1.0);
                let expected = j - chrono::Days::new(u64::from(offset.days));
                assert_eq!(w.notice.expected, expected, "{at}");
                assert_eq!(
                    w.publicity.start, expected,
                    "{at}: stage 3 at the rule's offset"
                );
                assert_ne!(w.publicity.start, j, "{at}: not 'published on J'");
                // The same windows as a typed J: confirming J moves nothing.
                assert_eq!(windows_of(&typed, &settings).unwrap().0, w, "{at}");
            }
        }
    }
    // The offsets themselves, for the common cases.
    let days = |rules, procedure, mode| {
        let mut p = pursuit("2027-06-30");
        p.j_confirmed = true;
        p.procedure_kind = procedure;
        p.submission = mode;
        let settings = Settings {
            rules,
            ..Settings::default()
        };
        (j - windows_of(&p, &settings).unwrap().0.publicity.start).num_days()
    };
    use crate::model::rules::RuleSet as R;
    use crate::model::{Procedure as P, SubmissionMode as M};
    assert_eq!(days(R::Seed, P::Open, M::Electronic), 52);
    assert_eq!(days(R::Code2019, P::Open, M::Paper), 35);
    assert_eq!(days(R::Code2019, P::Open, M::Electronic), 30);
    assert_eq!(days(R::Code2019, P::Restricted, M::Electronic), 55);
    assert_eq!(days(R::Code2019, P::Adapted, M::Electronic), 21);
}
