//! Each evidence rule on its own, and manual ticks and unticks winning over
//! evidence both ways.

use chrono::NaiveDate;

use super::*;
use crate::model::contact::{Contact, Interaction};
use crate::model::progress::{ItemState, ItemStatus, items, windows_of};
use crate::model::ticks;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-12-01";

/// An authority with one pursuit whose J (2027-10-31) puts today in stage 1.
fn authority() -> Authority {
    let mut a = Authority::new("a-1", "Ville de Test");
    let mut p = Pursuit::new("p-1", "Nettoyage");
    p.j = Some(d("2027-10-31"));
    a.pursuits.push(p);
    a
}

fn status(a: &Authority, id: &str) -> ItemStatus {
    status_with(a, id, &Settings::default())
}

fn status_with(a: &Authority, id: &str, settings: &Settings) -> ItemStatus {
    let p = &a.pursuits[0];
    let (w, _) = windows_of(p, settings).unwrap();
    items(a, p, &w, settings, d(TODAY))
        .into_iter()
        .find(|i| i.id == id)
        .unwrap()
}

fn contact(name: &str) -> Contact {
    Contact::new(format!("c-{name}"), name)
}

fn log(c: &mut Contact, kind: InteractionKind, date: &str) {
    c.interactions.push(Interaction {
        id: format!("i-{}", c.interactions.len()),
        kind,
        date: d(date),
        summary: String::new(),
        follow_up: None,
        by: String::new(),
        extra: Default::default(),
    });
}

#[test]
fn nothing_recorded_proves_nothing() {
    let a = authority();
    for id in [
        DECISION_MAKER,
        CONTACT,
        MEET,
        RETAIN,
        EXPIRY,
        HOLDER_CRITERIA,
    ] {
        let s = status(&a, id);
        assert_eq!(s.evidence, None, "{id}");
        assert!(s.state.is_pending(), "{id}");
    }
    for id in [
        FUTURE_CONTRACT,
        NATURE,
        ELECTRONIC,
        "branch.choose",
        "j.submit",
    ] {
        assert_eq!(status(&a, id).evidence, None, "{id}");
    }
}

#[test]
fn decision_maker_from_a_flagged_contact() {
    let mut a = authority();
    a.contacts.push(contact("Anne"));
    assert_eq!(status(&a, DECISION_MAKER).state, ItemState::Due);
    let mut luc = contact("Luc Bernard");
    luc.decision_maker = true;
    a.contacts.push(luc);
    let s = status(&a, DECISION_MAKER);
    assert_eq!(s.state, ItemState::Evidence);
    assert_eq!(s.evidence, Some(Evidence::DecisionMaker { contact: 1 }));
    assert_eq!(s.date(), None);
}

#[test]
fn contact_from_influence_or_any_contact_when_the_user_says_so() {
    let mut a = authority();
    let mut low = contact("Low");
    low.influence = Influence::Low;
    a.contacts.push(low);
    assert_eq!(
        status(&a, CONTACT).evidence,
        None,
        "low influence is not enough"
    );
    let settings = Settings {
        any_contact_is_evidence: true,
        ..Settings::default()
    };
    assert_eq!(
        status_with(&a, CONTACT, &settings).evidence,
        Some(Evidence::Contact { contact: 0 })
    );
    let mut mid = contact("Mid");
    mid.influence = Influence::Medium;
    let mut high = contact("High");
    high.influence = Influence::High;
    a.contacts.push(mid);
    a.contacts.push(high);
    assert_eq!(status(&a, CONTACT).state, ItemState::Evidence);
    assert_eq!(
        status(&a, CONTACT).evidence,
        Some(Evidence::Contact { contact: 2 }),
        "the most influential names it"
    );
}

#[test]
fn meet_from_a_call_meeting_or_visit_not_an_email() {
    let mut a = authority();
    let mut c = contact("Claire");
    log(&mut c, InteractionKind::Email, "2026-11-20");
    log(&mut c, InteractionKind::Letter, "2026-11-21");
    log(&mut c, InteractionKind::DemoInvitation, "2026-11-22");
    a.contacts.push(c.clone());
    assert_eq!(status(&a, MEET).evidence, None);
    for kind in [
        InteractionKind::Call,
        InteractionKind::Meeting,
        InteractionKind::Visit,
    ] {
        let mut c = c.clone();
        log(&mut c, kind, "2026-09-14");
        a.contacts = vec![c];
        let s = status(&a, MEET);
        assert_eq!(s.state, ItemState::Evidence, "{kind:?}");
        assert_eq!(s.date(), Some(d("2026-09-14")));
    }
    // The latest exchange names it; one logged in the future does not count.
    let mut other = contact("Paul");
    log(&mut other, InteractionKind::Meeting, "2026-10-02");
    log(&mut other, InteractionKind::Meeting, "2027-01-02");
    a.contacts.push(other);
    assert_eq!(
        status(&a, MEET).evidence,
        Some(Evidence::Met {
            contact: 1,
            kind: InteractionKind::Meeting,
            date: d("2026-10-02")
        })
    );
}

#[test]
fn keep_needs_a_recent_exchange_and_recently_checked_details() {
    let mut a = authority();
    let mut c = contact("Claire");
    // Ordinary contact: 90-day interval; details: 6 months.
    log(&mut c, InteractionKind::Email, "2026-10-01");
    a.contacts.push(c.clone());
    assert_eq!(status(&a, RETAIN).evidence, None, "details never checked");
    a.contacts[0].details_checked = Some(d("2026-06-02"));
    let s = status(&a, RETAIN);
    assert_eq!(s.state, ItemState::Evidence);
    assert_eq!(
        s.evidence,
        Some(Evidence::Kept {
            contact: 0,
            last: d("2026-10-01"),
            checked: d("2026-06-02")
        })
    );
    // Details checked 6 whole months ago are stale.
    a.contacts[0].details_checked = Some(d("2026-06-01"));
    assert_eq!(status(&a, RETAIN).evidence, None);
    // An exchange older than the interval is not enough.
    a.contacts[0].details_checked = Some(d("2026-11-01"));
    a.contacts[0].interactions[0].date = d("2026-09-01");
    assert_eq!(status(&a, RETAIN).evidence, None, "91 days > 90");
    a.contacts[0].interactions[0].date = d("2026-09-02");
    assert!(status(&a, RETAIN).evidence.is_some(), "90 days is within");
}

#[test]
fn stage_two_facts() {
    let mut a = authority();
    let p = &mut a.pursuits[0];
    p.current_expiry = Some(d("2027-08-08"));
    p.source = Some("decp:123".into());
    p.current_holder = "Propre SA".into();
    p.lots = LotsNature::Lots;
    p.expected_start = Some(d("2027-11-01"));
    assert_eq!(
        status(&a, EXPIRY).evidence,
        Some(Evidence::Expiry {
            date: d("2027-08-08"),
            source: Source::Decp
        })
    );
    assert_eq!(
        status(&a, HOLDER_CRITERIA).evidence,
        None,
        "criteria missing"
    );
    assert_eq!(status(&a, NATURE).evidence, None, "ordering missing");
    assert_eq!(
        status(&a, FUTURE_CONTRACT).evidence,
        Some(Evidence::FutureContract {
            start: d("2027-11-01")
        })
    );
    let p = &mut a.pursuits[0];
    p.award_criteria = "prix 60 %, valeur technique 40 %".into();
    p.ordering = OrderNature::Fractional;
    assert_eq!(status(&a, HOLDER_CRITERIA).state, ItemState::Evidence);
    assert_eq!(status(&a, NATURE).state, ItemState::Evidence);
    // An object of blanks is not known.
    a.pursuits[0].object = "  ".into();
    assert_eq!(status(&a, FUTURE_CONTRACT).evidence, None);
    assert_eq!(Source::of(&Pursuit::new("x", "y")), Source::User);
}

#[test]
fn branch_electronic_and_outcome() {
    let mut a = authority();
    a.pursuits[0].submission = SubmissionMode::Paper;
    assert_eq!(status(&a, ELECTRONIC).evidence, None);
    a.pursuits[0].submission = SubmissionMode::Electronic;
    assert_eq!(status(&a, ELECTRONIC).state, ItemState::Evidence);
    a.pursuits[0].cycle_branch(d("2026-11-20"));
    let s = status(&a, "branch.choose");
    assert_eq!(s.state, ItemState::Evidence);
    assert_eq!(s.date(), Some(d("2026-11-20")));
    a.pursuits[0].outcome = Outcome::NoBid;
    assert_eq!(
        status(&a, "j.submit").evidence,
        None,
        "no bid is no submission"
    );
    a.pursuits[0].outcome = Outcome::Lost;
    let s = status(&a, "j.submit");
    assert_eq!(s.state, ItemState::Evidence);
    assert_eq!(s.date(), Some(d(TODAY)), "J is not past yet: dated today");
}

#[test]
fn a_manual_untick_beats_evidence_and_a_manual_tick_beats_no_evidence() {
    let mut a = authority();
    a.pursuits[0].current_expiry = Some(d("2027-08-08"));
    let today = d(TODAY);
    // Untick the proven item: not done any more, the evidence still known.
    ticks::toggle(&mut a.pursuits[0].checklist, EXPIRY, today, true, "");
    let s = status(&a, EXPIRY);
    assert_eq!(s.state, ItemState::Upcoming);
    assert!(s.evidence.is_some());
    // Space again gives it back.
    ticks::toggle(&mut a.pursuits[0].checklist, EXPIRY, today, true, "");
    assert_eq!(status(&a, EXPIRY).state, ItemState::Evidence);
    // A manual tick wins over evidence, with its own date.
    ticks::tick_on(&mut a.pursuits[0].checklist, EXPIRY, d("2026-02-01"), "");
    assert_eq!(status(&a, EXPIRY).state, ItemState::Done(d("2026-02-01")));
    // And a tick stands where the data proves nothing.
    ticks::tick_on(&mut a.checklist, DECISION_MAKER, d("2026-04-01"), "");
    assert_eq!(
        status(&a, DECISION_MAKER).state,
        ItemState::Done(d("2026-04-01"))
    );
    // Stage 1 too: a decision-maker, then untick by hand.
    let mut luc = contact("Luc");
    luc.decision_maker = true;
    a.contacts.push(luc);
    a.checklist.clear();
    ticks::toggle(&mut a.checklist, DECISION_MAKER, today, true, "");
    assert_eq!(status(&a, DECISION_MAKER).state, ItemState::Due);
}

#[test]
fn not_applicable_stops_counting_and_is_never_late() {
    let mut a = authority();
    // J 2027-06-30: on 2026-12-01 stage 1 is over, its items late.
    a.pursuits[0].j = Some(d("2027-06-30"));
    assert_eq!(status(&a, MEET).state, ItemState::Late);
    let settings = Settings::default();
    let summary = |a: &Authority| {
        crate::model::progress::summarize(a, &a.pursuits[0], &settings, d(TODAY)).unwrap()
    };
    let before = summary(&a);
    ticks::set_not_applicable(&mut a.checklist, MEET, Some("déjà client".into()));
    assert_eq!(status(&a, MEET).state, ItemState::NotApplicable);
    let after = summary(&a);
    assert_eq!(after.late, before.late - 1);
    assert_eq!(after.progress[0], (0, 4), "counted out of four");
    // Even ticked, N/A wins; clearing it brings the tick back.
    ticks::tick_on(&mut a.checklist, MEET, d("2026-03-01"), "");
    assert_eq!(status(&a, MEET).state, ItemState::NotApplicable);
    ticks::set_not_applicable(&mut a.checklist, MEET, None);
    assert_eq!(status(&a, MEET).state, ItemState::Done(d("2026-03-01")));
}

#[test]
fn stage_one_is_shared_and_the_earliest_open_j_drives_lateness() {
    let mut a = authority();
    // p-1: J 2027-10-31 (stage 1 open until 2027-02-28); p-2: J 2027-06-30
    // (stage 1 over since 2026-10-30).
    let mut p2 = Pursuit::new("p-2", "Espaces verts");
    p2.j = Some(d("2027-06-30"));
    a.pursuits.push(p2);
    let s = status(&a, MEET);
    assert_eq!(s.window.last_day(), d("2027-02-27"), "its own window");
    assert_eq!(s.state, ItemState::Late, "late for the earlier J");
    // Once p-2 is closed, only open pursuits drive it.
    a.pursuits[1].outcome = Outcome::NoBid;
    assert_eq!(status(&a, MEET).state, ItemState::Due);
    // A tick held by the authority counts for every pursuit.
    a.pursuits[1].outcome = Outcome::Open;
    ticks::tick_on(&mut a.checklist, MEET, d("2026-05-05"), "");
    let settings = Settings::default();
    for p in &a.pursuits {
        let (w, _) = windows_of(p, &settings).unwrap();
        let it = items(a_ref(&a), p, &w, &settings, d(TODAY));
        let meet = it.iter().find(|i| i.id == MEET).unwrap();
        assert_eq!(meet.state, ItemState::Done(d("2026-05-05")), "{}", p.id);
    }
    // A stage-1 entry left on a pursuit is not read.
    ticks::tick_on(&mut a.pursuits[0].checklist, CONTACT, d("2026-05-05"), "");
    assert!(status(&a, CONTACT).state.is_pending());
}

/// Every evidence rule, one by one: the data proves it; Space unticks it
/// against the evidence (pending again, the evidence still known) and
/// gives it back; a tick by hand, with its own date, beats the evidence;
/// and without the data a tick by hand stands alone.
#[test]
fn every_rule_and_its_manual_override_both_ways() {
    let today = d(TODAY);
    type Setup = fn(&mut Authority);
    let rules: [(&str, Setup); 10] = [
        (DECISION_MAKER, |a| {
            let mut c = contact("Luc");
            c.decision_maker = true;
            a.contacts.push(c);
        }),
        (CONTACT, |a| {
            let mut c = contact("Anne");
            c.influence = Influence::High;
            a.contacts.push(c);
        }),
        (MEET, |a| {
            let mut c = contact("Claire");
            log(&mut c, InteractionKind::Visit, "2026-09-14");
            a.contacts.push(c);
        }),
        (RETAIN, |a| {
            let mut c = contact("Paul");
            log(&mut c, InteractionKind::Email, "2026-11-01");
            c.details_checked = Some(d("2026-10-01"));
            a.contacts.push(c);
        }),
        (EXPIRY, |a| {
            a.pursuits[0].current_expiry = Some(d("2027-12-31"))
        }),
        (HOLDER_CRITERIA, |a| {
            a.pursuits[0].current_holder = "Propre SA".into();
            a.pursuits[0].award_criteria = "prix 60 %".into();
        }),
        (FUTURE_CONTRACT, |a| {
            a.pursuits[0].expected_start = Some(d("2028-01-01"));
        }),
        (NATURE, |a| {
            a.pursuits[0].lots = LotsNature::Single;
            a.pursuits[0].ordering = OrderNature::Firm;
        }),
        (ELECTRONIC, |a| {
            a.pursuits[0].submission = SubmissionMode::Electronic;
        }),
        ("j.submit", |a| a.pursuits[0].outcome = Outcome::Submitted),
    ];
    for (id, setup) in rules {
        let bare = authority();
        let mut a = bare.clone();
        setup(&mut a);
        assert!(
            status(&bare, id).state.is_pending(),
            "{id}: nothing proves it"
        );
        let s = status(&a, id);
        assert_eq!(s.state, ItemState::Evidence, "{id}: proven");
        assert!(s.evidence.is_some(), "{id}");
        // Untick against the evidence, then give it back.
        let entries = a.entries_mut(0, id).unwrap();
        ticks::toggle(entries, id, today, true, "");
        let s = status(&a, id);
        assert!(s.state.is_pending(), "{id}: unticked by hand");
        assert!(s.evidence.is_some(), "{id}: the evidence is still known");
        let entries = a.entries_mut(0, id).unwrap();
        ticks::toggle(entries, id, today, true, "");
        assert_eq!(status(&a, id).state, ItemState::Evidence, "{id}: back");
        // A backdated tick by hand wins, with its own date.
        let entries = a.entries_mut(0, id).unwrap();
        ticks::tick_on(entries, id, d("2026-03-01"), "");
        assert_eq!(
            status(&a, id).state,
            ItemState::Done(d("2026-03-01")),
            "{id}"
        );
        // Without the data, a tick by hand stands; Space takes it away.
        let mut b = bare.clone();
        let entries = b.entries_mut(0, id).unwrap();
        ticks::toggle(entries, id, today, false, "");
        assert_eq!(status(&b, id).state, ItemState::Done(today), "{id}");
        let entries = b.entries_mut(0, id).unwrap();
        ticks::toggle(entries, id, today, false, "");
        assert!(status(&b, id).state.is_pending(), "{id}: unticked");
        assert!(
            b.entries_mut(0, id).unwrap().get(id).is_none(),
            "{id}: tidied"
        );
    }
}

fn a_ref(a: &Authority) -> &Authority {
    a
}
