use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn stake_falls_one_point_every_three_days_and_stops_at_300() {
    assert_eq!(stake(Some(0)), 100);
    assert_eq!(stake(Some(20)), 94);
    assert_eq!(stake(Some(299)), 1);
    assert_eq!(stake(Some(300)), 0);
    assert_eq!(stake(Some(5000)), 0);
    assert_eq!(stake(Some(-1)), 0, "a J gone by is at stake no more");
    assert_eq!(stake(None), 0);
}

#[test]
fn a_late_item_near_j_outweighs_an_old_nurture_reminder() {
    let late_near = urgency(EntryKind::Late, DueState::Late, Some(20));
    let nurture_far = urgency(EntryKind::Nurture, DueState::Late, Some(400));
    let nurture_near = urgency(EntryKind::Nurture, DueState::Late, Some(20));
    let late_far = urgency(EntryKind::Late, DueState::Late, Some(400));
    assert_eq!((late_near, nurture_far), (154, 10));
    assert!(late_near > nurture_near && nurture_near > late_far && late_far > nurture_far);
}

#[test]
fn families_and_their_spelling() {
    let today = d("2026-12-01");
    assert_eq!(EntryKind::Closes.family(today, today), Family::Late);
    assert_eq!(
        EntryKind::Closes.family(d("2026-12-02"), today),
        Family::Due
    );
    assert_eq!(EntryKind::Recall.family(today, today), Family::Calls);
    assert_eq!(EntryKind::Decision.family(today, today), Family::Decisions);
    assert_eq!(EntryKind::Notice.family(today, today), Family::Notices);
    assert_eq!(EntryKind::JDay.family(today, today), Family::J);
    for f in Family::ALL {
        assert_eq!(Family::parse(f.key()), Some(f));
    }
    assert_eq!(Family::parse(" calls"), Some(Family::Calls));
    assert_eq!(Family::parse("later"), None);
}

#[test]
fn best_contact_is_the_decision_maker_then_influence_never_do_not_contact() {
    use crate::model::{Authority, Contact, Influence};
    let mut a = Authority::new("a1", "Mairie");
    assert_eq!(best_contact(&a), None);
    let mut low = Contact::new("c1", "Low");
    low.influence = Influence::Low;
    let mut high = Contact::new("c2", "High");
    high.influence = Influence::High;
    let mut boss = Contact::new("c3", "Boss");
    boss.decision_maker = true;
    boss.do_not_contact = true;
    a.contacts = vec![low, high, boss];
    assert_eq!(best_contact(&a), Some(1));
    a.contacts[2].do_not_contact = false;
    assert_eq!(best_contact(&a), Some(2));
}
