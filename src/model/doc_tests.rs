use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::model::history::HISTORY_LIMIT;
use crate::model::{Branch, Contact};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn sample() -> Portfolio {
    crate::demo::portfolio(today())
}

/// A random mutation, as the TUI can make them.
#[derive(Debug, Clone)]
enum Op {
    Tick(usize, usize, usize),
    Branch(usize, usize),
    Rename(usize, String),
    AddContact(usize),
    AddPursuit(usize),
    AddAuthority(String),
    Remove(usize),
    RemoveContact(usize),
    LeadTime(u32),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..10usize, 0..3usize, 0..18usize).prop_map(|(a, p, i)| Op::Tick(a, p, i)),
        (0..10usize, 0..3usize).prop_map(|(a, p)| Op::Branch(a, p)),
        (0..10usize, "[a-zA-Zé ]{0,12}").prop_map(|(a, s)| Op::Rename(a, s)),
        (0..10usize).prop_map(Op::AddContact),
        (0..10usize).prop_map(Op::AddPursuit),
        "[a-z]{1,8}".prop_map(Op::AddAuthority),
        (0..10usize).prop_map(Op::Remove),
        (0..10usize).prop_map(Op::RemoveContact),
        (0..200u32).prop_map(Op::LeadTime),
    ]
}

fn run(d: &mut Document, op: &Op, n: usize) -> Option<Change> {
    let ids = crate::model::Template::get(crate::i18n::Lang::Fr).item_ids();
    let len = d.portfolio().authorities.len();
    let at = |i: usize| i % len.max(1);
    match op {
        Op::AddAuthority(name) => {
            Some(d.add_authority(Authority::new(format!("a-{n}"), name.clone())))
        }
        Op::LeadTime(days) => d.edit_settings(|s| s.lead_time_days = *days),
        _ if len == 0 => None,
        Op::Tick(a, pi, i) => {
            d.edit_pursuit(at(*a), *pi, |p| p.toggle(ids[i % ids.len()], today()))
        }
        Op::Branch(a, pi) => d.edit_pursuit(at(*a), *pi, |p| p.cycle_branch(today())),
        Op::Rename(a, name) => d.edit_authority(at(*a), |a| a.name = name.clone()),
        Op::AddContact(a) => d.edit_authority(at(*a), |a| {
            a.contacts.push(Contact::new(format!("c-{n}"), "X"))
        }),
        Op::AddPursuit(a) => d.edit_authority(at(*a), |a| {
            a.pursuits.push(Pursuit::new(format!("p-{n}"), "Y"))
        }),
        Op::Remove(a) => d.remove_authority(at(*a)),
        Op::RemoveContact(a) => d.edit_authority(at(*a), |a| {
            a.contacts.pop();
        }),
    }
}

/// The index of ids agrees with the list.
fn positions_hold(d: &Document) -> bool {
    d.portfolio()
        .authorities
        .iter()
        .enumerate()
        .all(|(i, a)| d.position(&a.id) == Some(i))
}

proptest! {
    #[test]
    fn undo_all_restores_and_redo_replays(ops in prop::collection::vec(op(), 0..60)) {
        let original = sample();
        let mut d = Document::new(original.clone());
        let mut steps = 0;
        for (n, op) in ops.iter().enumerate() {
            let before = d.portfolio().clone();
            let change = run(&mut d, op, n);
            // An edit reports a change exactly when it made one.
            prop_assert_eq!(change.is_some(), *d.portfolio() != before);
            if change.is_some() {
                steps += 1;
            }
            prop_assert!(positions_hold(&d));
        }
        let changed = d.portfolio().clone();
        for _ in 0..steps {
            prop_assert!(d.undo().is_some());
            prop_assert!(positions_hold(&d));
        }
        prop_assert_eq!(d.portfolio(), &original);
        prop_assert!(d.undo().is_none());
        for _ in 0..steps {
            prop_assert!(d.redo().is_some());
        }
        prop_assert_eq!(d.portfolio(), &changed);
        prop_assert!(positions_hold(&d));
    }
}

#[test]
fn a_new_change_clears_redo_and_limit_holds() {
    let mut d = Document::new(sample());
    d.edit_pursuit(0, 0, |p| p.cycle_branch(today()));
    assert_eq!(d.portfolio().authorities[0].pursuits[0].branch, Branch::H2);
    d.undo();
    assert!(d.can_redo());
    d.edit_authority(0, |a| a.name = "Autre".into());
    assert!(!d.can_redo());
    for n in 0..(HISTORY_LIMIT + 50) {
        d.edit_authority(0, |a| a.priority = (n % 5) as u8 + 1);
    }
    let mut undone = 0;
    while d.undo().is_some() {
        undone += 1;
    }
    assert!((100..=HISTORY_LIMIT).contains(&undone));
}

#[test]
fn no_op_edit_records_nothing() {
    let mut d = Document::new(sample());
    assert_eq!(d.edit_authority(0, |_| {}), None);
    assert_eq!(d.edit_authority(999, |a| a.name.clear()), None);
    assert_eq!(d.edit_pursuit(0, 999, |p| p.object.clear()), None);
    assert_eq!(d.edit_settings(|_| {}), None);
    assert!(!d.can_undo());
}

#[test]
fn each_edit_says_what_it_changed() {
    let mut d = Document::new(sample());
    let id = d.portfolio().authorities[1].id.clone();
    let item = crate::model::Template::get(crate::i18n::Lang::Fr).item_ids()[0];
    assert_eq!(
        d.edit_pursuit(1, 0, |p| p.toggle(item, today())),
        Some(Change::Updated {
            index: 1,
            id: id.clone(),
            relist: false
        }),
        "a tick never moves a row"
    );
    assert_eq!(
        d.edit_authority(1, |a| a.contacts.clear()),
        Some(Change::Updated {
            index: 1,
            id: id.clone(),
            relist: false
        })
    );
    assert_eq!(
        d.edit_authority(1, |a| a.name = "Autre".into()),
        Some(Change::Updated {
            index: 1,
            id: id.clone(),
            relist: true
        })
    );
    assert_eq!(
        d.remove_authority(1),
        Some(Change::Removed {
            index: 1,
            id: id.clone()
        })
    );
    assert_eq!(d.position(&id), None);
    assert_eq!(
        d.undo(),
        Some(Change::Inserted {
            index: 1,
            id: id.clone()
        })
    );
    assert_eq!(d.position(&id), Some(1));
    let n = d.portfolio().authorities.len();
    assert_eq!(
        d.add_authority(Authority::new("a-new", "Nouvelle")),
        Change::Inserted {
            index: n,
            id: "a-new".into()
        }
    );
    assert_eq!(
        d.undo(),
        Some(Change::Removed {
            index: n,
            id: "a-new".into()
        })
    );
    assert_eq!(
        d.edit_settings(|s| s.lead_time_days = 30),
        Some(Change::Portfolio)
    );
    assert_eq!(d.undo(), Some(Change::Portfolio));
    assert_eq!(d.portfolio().settings.lead_time_days, 90);
}

#[test]
fn an_edit_copies_only_the_authority_it_touches() {
    let mut d = Document::new(sample());
    let snapshot = d.snapshot();
    d.edit_authority(1, |a| a.name = "Autre".into());
    let (now, then) = (&d.portfolio().authorities, &snapshot.authorities);
    assert!(!Arc::ptr_eq(
        now.shared(1).unwrap(),
        then.shared(1).unwrap()
    ));
    for i in (0..now.len()).filter(|&i| i != 1) {
        assert!(Arc::ptr_eq(now.shared(i).unwrap(), then.shared(i).unwrap()));
    }
    assert_eq!(
        then[1].name,
        sample().authorities[1].name,
        "the snapshot keeps its version"
    );
}

#[test]
fn portfolio_wide_edits_leave_authorities_alone_and_undo() {
    let mut d = Document::new(sample());
    let before = d.portfolio().clone();
    let change = d.edit_portfolio(|p| {
        assert!(p.authorities.is_empty(), "set aside while f runs");
        p.settings.stale_details_months = 3;
    });
    assert_eq!(change, Some(Change::Portfolio));
    assert_eq!(d.portfolio().authorities, before.authorities);
    assert_eq!(d.portfolio().settings.stale_details_months, 3);
    assert_eq!(d.edit_portfolio(|_| {}), None);
    assert_eq!(d.undo(), Some(Change::Portfolio));
    assert_eq!(*d.portfolio(), before);
}

#[test]
fn edits_stamp_what_they_changed_with_today() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut doc = Document::new(sample()).with_today(day);
    let a = doc.position("a-demo-saint-aubin").unwrap();
    let before = doc.portfolio().authorities[a].clone();
    doc.edit_pursuit(a, 1, |p| p.object = "Voirie".into())
        .unwrap();
    let after = &doc.portfolio().authorities[a];
    assert_eq!(after.pursuits[1].updated, Some(day));
    // Only that pursuit: the authority's own fields, its other pursuit and
    // its contacts keep their dates.
    assert_eq!(after.updated, before.updated);
    assert_eq!(after.pursuits[0].updated, before.pursuits[0].updated);
    assert_eq!(after.contacts, before.contacts);
    doc.edit_authority(a, |x| x.town = "Dreux".into()).unwrap();
    assert_eq!(doc.portfolio().authorities[a].updated, Some(day));
    // Undo gives back the record as it was, date included.
    doc.undo();
    doc.undo();
    assert_eq!(doc.portfolio().authorities[a], before);
    // A document without a day stamps nothing.
    let mut plain = Document::new(sample());
    plain.edit_pursuit(a, 1, |p| p.object = "Voirie".into());
    assert_eq!(plain.portfolio().authorities[a].pursuits[1].updated, None);
}
