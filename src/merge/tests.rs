use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::json;

use super::*;
use crate::i18n::Lang;
use crate::model::{Authority, Contact, Interaction, InteractionKind, Pursuit, Side, Template};
use crate::store::validate;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn labels() -> Labels {
    Labels {
        ours: "Alice".into(),
        theirs: "Bob".into(),
    }
}

fn item_ids() -> Vec<String> {
    Template::get(Lang::Fr)
        .item_ids()
        .into_iter()
        .map(String::from)
        .collect()
}

/// `n` authorities, each with two pursuits and a contact with one call.
fn base(n: usize) -> Portfolio {
    let mut p = Portfolio::default();
    for i in 0..n {
        let mut a = Authority::new(format!("a{i}"), format!("Mairie {i}"));
        for k in 0..2 {
            let mut x = Pursuit::new(format!("p{i}-{k}"), format!("Marché {i}-{k}"));
            x.j = Some(d("2027-06-01"));
            a.pursuits.push(x);
        }
        let mut c = Contact::new(format!("c{i}"), format!("Contact {i}"));
        c.interactions.push(Interaction {
            id: format!("i{i}-0"),
            kind: InteractionKind::Call,
            date: d("2026-10-01"),
            summary: "Premier appel".into(),
            follow_up: None,
            by: String::new(),
            extra: Default::default(),
        });
        a.contacts.push(c);
        p.authorities.push(a);
    }
    p
}

fn run(b: Option<&Portfolio>, o: &Portfolio, t: &Portfolio) -> Merged {
    merge(b, o, t, &labels(), Some(d("2026-12-01"))).unwrap()
}

#[test]
fn one_side_changed_gives_that_side() {
    let b = base(2);
    let mut x = b.clone();
    x.authorities[1].name = "Ville 1".into();
    x.authorities[0].pursuits.remove(0);
    assert_eq!(run(Some(&b), &x, &b).portfolio, x);
    assert_eq!(run(Some(&b), &b, &x).portfolio, x);
    assert_eq!(run(Some(&b), &x, &x).portfolio, x);
}

#[test]
fn edits_of_different_authorities_both_land() {
    let b = base(2);
    let (mut x, mut y) = (b.clone(), b.clone());
    x.authorities[0].town = "Dreux".into();
    y.authorities[1].priority = 1;
    let m = run(Some(&b), &x, &y);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.portfolio.authorities[0].town, "Dreux");
    assert_eq!(m.portfolio.authorities[1].priority, 1);
}

#[test]
fn ticks_and_interactions_are_unions() {
    let b = base(1);
    let ids = item_ids();
    let (mut x, mut y) = (b.clone(), b.clone());
    x.authorities[0].pursuits[0].toggle(&ids[0], d("2026-11-02"));
    y.authorities[0].pursuits[0].toggle(&ids[1], d("2026-11-03"));
    // Both ticked the same item on different days: ticked, on the first.
    x.authorities[0].pursuits[0].toggle(&ids[2], d("2026-11-05"));
    y.authorities[0].pursuits[0].toggle(&ids[2], d("2026-11-04"));
    let call = |id: &str, day: &str| Interaction {
        id: id.into(),
        kind: InteractionKind::Call,
        date: d(day),
        summary: id.into(),
        follow_up: None,
        by: String::new(),
        extra: Default::default(),
    };
    x.authorities[0].contacts[0]
        .interactions
        .push(call("ix", "2026-11-10"));
    y.authorities[0].contacts[0]
        .interactions
        .push(call("iy", "2026-11-11"));
    let m = run(Some(&b), &x, &y);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let p = &m.portfolio.authorities[0].pursuits[0];
    assert_eq!(p.done_on(&ids[0]), Some(d("2026-11-02")));
    assert_eq!(p.done_on(&ids[1]), Some(d("2026-11-03")));
    assert_eq!(p.done_on(&ids[2]), Some(d("2026-11-04")));
    let log: Vec<&str> = m.portfolio.authorities[0].contacts[0]
        .interactions
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(log, ["i0-0", "ix", "iy"]);
    // The other way round gives the same file.
    assert_eq!(run(Some(&b), &y, &x).portfolio, m.portfolio);
}

#[test]
fn same_field_two_values_keeps_ours_and_records_both() {
    let b = base(1);
    let (mut x, mut y) = (b.clone(), b.clone());
    x.authorities[0].pursuits[1].object = "Nettoyage".into();
    x.authorities[0].pursuits[1].updated = Some(d("2026-11-30"));
    y.authorities[0].pursuits[1].object = "Propreté".into();
    y.authorities[0].pursuits[1].updated = Some(d("2026-12-01"));
    let m = run(Some(&b), &x, &y);
    let p = &m.portfolio.authorities[0].pursuits[1];
    assert_eq!(p.object, "Nettoyage");
    assert_eq!(p.updated, Some(d("2026-12-01")));
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.portfolio.conflicts[0];
    assert_eq!(
        (
            c.id.as_str(),
            c.record.as_str(),
            c.kind.as_str(),
            c.field.as_str()
        ),
        ("c:p0-1:object", "p0-1", "pursuit", "object")
    );
    assert_eq!(
        (&c.ours, &c.theirs),
        (&json!("Nettoyage"), &json!("Propreté"))
    );
    assert_eq!((c.ours_by.as_str(), c.theirs_by.as_str()), ("Alice", "Bob"));
    assert_eq!(
        (c.ours_when, c.theirs_when, c.kept),
        (Some(d("2026-11-30")), Some(d("2026-12-01")), Side::Ours)
    );
    assert!(validate::validate(&m.portfolio, None).is_empty());
    // Merging the result again with either side finds nothing new.
    let again = run(Some(&m.portfolio), &m.portfolio, &m.portfolio);
    assert_eq!(again.portfolio, m.portfolio);
}

#[test]
fn an_edit_against_a_deletion_keeps_the_record() {
    let b = base(2);
    let (mut x, mut y) = (b.clone(), b.clone());
    x.authorities[1].pursuits[0].amount = Some(50_000.0);
    y.authorities[1].pursuits.remove(0);
    y.authorities.remove(0);
    let m = run(Some(&b), &x, &y);
    let ids: Vec<&str> = m.portfolio.pursuits().map(|(_, p)| p.id.as_str()).collect();
    // a0 deleted (untouched by ours); p1-0 edited by ours, kept.
    assert_eq!(ids, ["p1-0", "p1-1"]);
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert!(c.is_deletion());
    assert_eq!((c.record.as_str(), c.kind.as_str()), ("p1-0", "pursuit"));
    assert_eq!((&c.ours, &c.theirs), (&json!("Marché 1-0"), &json!(null)));
}

#[test]
fn a_settings_disagreement_is_named_by_its_section() {
    let b = base(0);
    let (mut x, mut y) = (b.clone(), b.clone());
    x.settings.lead_time_days = 60;
    y.settings.lead_time_days = 120;
    let m = run(Some(&b), &x, &y);
    assert_eq!(m.portfolio.settings.lead_time_days, 60);
    let c = &m.conflicts[0];
    assert_eq!(
        (c.record.as_str(), c.kind.as_str(), c.field.as_str()),
        ("settings", "settings", "lead_time_days")
    );
}

#[test]
fn without_a_base_the_newer_record_wins_and_nothing_is_dropped() {
    let b = base(1);
    let (mut x, mut y) = (b.clone(), b.clone());
    x.authorities[0].pursuits[0].object = "Ancien".into();
    x.authorities[0].pursuits[0].updated = Some(d("2026-11-01"));
    y.authorities[0].pursuits[0].object = "Nouveau".into();
    y.authorities[0].pursuits[0].updated = Some(d("2026-11-20"));
    // Records on one side only are kept: no base says they were deleted.
    x.authorities[0].pursuits.remove(1);
    y.authorities.push(Authority::new("a9", "Région"));
    let m = run(None, &x, &y);
    let p = &m.portfolio;
    assert_eq!(p.authorities[0].pursuits[0].object, "Nouveau");
    assert_eq!(p.authorities[0].pursuits.len(), 2);
    assert_eq!(p.authorities.len(), 2);
    let c = &m.conflicts[0];
    assert_eq!((c.kept, &c.ours), (Side::Theirs, &json!("Ancien")));
}

#[test]
fn a_record_moved_on_one_side_and_edited_on_the_other_is_kept_once() {
    let b = base(2);
    let (mut x, mut y) = (b.clone(), b.clone());
    x.authorities[0].pursuits[0].object = "Voirie".into();
    let moved = y.authorities[0].pursuits.remove(0);
    y.authorities[1].pursuits.push(moved);
    let m = run(Some(&b), &x, &y);
    assert!(validate::errors(&m.portfolio).is_empty());
    let n = m
        .portfolio
        .pursuits()
        .filter(|(_, p)| p.id == "p0-0")
        .count();
    assert_eq!(n, 1);
}

// ---- properties ----

/// One random edit: what, which authority, which record, a number.
type Op = (u8, usize, usize, u32);

fn op() -> impl Strategy<Value = Op> {
    (0u8..12, 0usize..8, 0usize..4, 0u32..1000)
}

/// Apply `op` to `p`, touching only authorities `allowed` lets through;
/// new ids carry `tag` so that two sides never invent the same one.
fn apply(p: &mut Portfolio, op: Op, tag: &str, n: usize, allowed: &dyn Fn(&str) -> bool) {
    let (kind, ai, ri, v) = op;
    let ids = item_ids();
    let targets: Vec<usize> = (0..p.authorities.len())
        .filter(|&i| allowed(&p.authorities[i].id))
        .collect();
    if kind == 11 {
        let mut a = Authority::new(format!("a-{tag}{n}"), format!("Nouvelle {tag}{n}"));
        a.updated = Some(d("2026-11-01"));
        p.authorities.push(a);
        return;
    }
    let Some(&i) = targets.get(ai % targets.len().max(1)) else {
        return;
    };
    let date = d("2026-01-01") + chrono::Days::new(u64::from(v % 300));
    let a = &mut p.authorities[i];
    let np = a.pursuits.len();
    match kind {
        0 => a.name = format!("Nom {v}"),
        1 => a.priority = (v % 5) as u8 + 1,
        2 if np > 0 => a.pursuits[ri % np].object = format!("Objet {v}"),
        3 if np > 0 => a.pursuits[ri % np].toggle(&ids[ri % ids.len()], date),
        4 if np > 0 => a.pursuits[ri % np].j = Some(date),
        5 if np > 0 => {
            a.pursuits.remove(ri % np);
        }
        6 => {
            let mut x = Pursuit::new(format!("p-{tag}{n}"), format!("Ajout {v}"));
            x.j = Some(date);
            a.pursuits.push(x);
        }
        7 if !a.contacts.is_empty() => {
            let c = ri % a.contacts.len();
            a.contacts[c].interactions.push(Interaction {
                id: format!("i-{tag}{n}"),
                kind: InteractionKind::Meeting,
                date,
                summary: format!("Rendez-vous {v}"),
                follow_up: None,
                by: String::new(),
                extra: Default::default(),
            });
        }
        8 if !a.contacts.is_empty() => {
            let c = ri % a.contacts.len();
            a.contacts[c].phone = format!("02 37 {v:02}");
        }
        9 => {
            p.authorities.remove(i);
        }
        10 if np > 0 => a.pursuits[ri % np].notice.linked.push(format!("26-{v}")),
        _ => {}
    }
}

fn edited(b: &Portfolio, ops: &[Op], tag: &str, allowed: &dyn Fn(&str) -> bool) -> Portfolio {
    let mut p = b.clone();
    for (n, op) in ops.iter().enumerate() {
        apply(&mut p, *op, tag, n, allowed);
    }
    p
}

fn is_even(id: &str) -> bool {
    id.trim_start_matches('a')
        .parse::<usize>()
        .is_ok_and(|n| n % 2 == 0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_change_against_an_unchanged_base_is_the_change(n in 0usize..5, ops in prop::collection::vec(op(), 0..12)) {
        let b = base(n);
        let x = edited(&b, &ops, "x", &|_| true);
        prop_assert_eq!(&run(Some(&b), &x, &b).portfolio, &x);
        prop_assert_eq!(&run(Some(&b), &b, &x).portfolio, &x);
    }

    #[test]
    fn merging_a_change_with_itself_is_the_change(n in 0usize..5, ops in prop::collection::vec(op(), 0..12)) {
        let b = base(n);
        let x = edited(&b, &ops, "x", &|_| true);
        let m = run(Some(&b), &x, &x);
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.portfolio, &x);
    }

    #[test]
    fn disjoint_edits_commute_and_both_land(
        n in 0usize..6,
        xs in prop::collection::vec(op(), 0..10),
        ys in prop::collection::vec(op(), 0..10),
    ) {
        let b = base(n);
        let x = edited(&b, &xs, "x", &|id| is_even(id));
        let y = edited(&b, &ys, "y", &|id| !is_even(id) && !id.starts_with("a-x"));
        let xy = run(Some(&b), &x, &y);
        let yx = run(Some(&b), &y, &x);
        prop_assert!(xy.conflicts.is_empty(), "{:?}", xy.conflicts);
        prop_assert_eq!(&xy.portfolio, &yx.portfolio);
        // Each side's own records come out as that side left them.
        for a in &x.authorities {
            if is_even(&a.id) || a.id.starts_with("a-x") {
                prop_assert_eq!(xy.portfolio.authority(&a.id), Some(a));
            }
        }
        for a in &y.authorities {
            if !is_even(&a.id) {
                prop_assert_eq!(xy.portfolio.authority(&a.id), Some(a));
            }
        }
    }

    #[test]
    fn every_merge_validates(
        n in 0usize..5,
        xs in prop::collection::vec(op(), 0..12),
        ys in prop::collection::vec(op(), 0..12),
        two_way in any::<bool>(),
    ) {
        let b = base(n);
        let x = edited(&b, &xs, "x", &|_| true);
        let y = edited(&b, &ys, "y", &|_| true);
        let m = run((!two_way).then_some(&b), &x, &y);
        let problems = validate::validate(&m.portfolio, None);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        // It saves and loads back as it is.
        let bytes = crate::store::to_bytes(&m.portfolio);
        let (back, _) = crate::store::parse(std::path::Path::new("p.json"), &bytes).unwrap();
        prop_assert_eq!(back, m.portfolio.clone());
        // And merging it again with itself is stable.
        prop_assert_eq!(&run(Some(&m.portfolio), &m.portfolio, &m.portfolio).portfolio, &m.portfolio);
    }
}

/// Issue 17 item 3: a sync copy merged against our previous save (the
/// `.bak`) must not bring back a value older than that save. The copy's
/// record was last edited before the base's, so where only the copy
/// differs it is listed as a conflict and ours stays; a copy edited after
/// the base still lands.
#[test]
fn a_stale_sync_copy_never_restores_an_older_value() {
    let mut ancestor = base(1);
    ancestor.authorities[0].pursuits[0].updated = Some(d("2026-11-01"));
    // We renamed the pursuit on 20/11 (the .bak), then changed the town.
    let mut bak = ancestor.clone();
    bak.authorities[0].pursuits[0].object = "Voirie 2027".into();
    bak.authorities[0].pursuits[0].updated = Some(d("2026-11-20"));
    let mut ours = bak.clone();
    ours.authorities[0].town = "Dreux".into();
    // The copy was saved elsewhere from the ancestor, untouched since.
    let copy = ancestor.clone();
    let m = merge_copy(Some(&bak), &ours, &copy, &labels(), Some(d("2026-12-01"))).unwrap();
    assert_eq!(m.portfolio.authorities[0].pursuits[0].object, "Voirie 2027");
    assert_eq!(m.portfolio.authorities[0].town, "Dreux");
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].field, "object");
    assert_eq!(m.conflicts[0].kept, Side::Ours);
    assert_eq!(m.conflicts[0].theirs, serde_json::json!("Marché 0-0"));

    // A copy whose record was edited after the base: its edit lands.
    let mut fresh = bak.clone();
    fresh.authorities[0].pursuits[0].amount = Some(90_000.0);
    fresh.authorities[0].pursuits[0].updated = Some(d("2026-11-25"));
    let m = merge_copy(Some(&bak), &ours, &fresh, &labels(), Some(d("2026-12-01"))).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(
        m.portfolio.authorities[0].pursuits[0].amount,
        Some(90_000.0)
    );
    assert_eq!(m.portfolio.authorities[0].town, "Dreux");
}
