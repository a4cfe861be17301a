use chrono::NaiveDate;

use super::*;
use crate::model::{Contact, Interaction, InteractionKind, Outcome};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn one_pursuit(j: &str) -> Portfolio {
    let mut a = Authority::new("a1", "Ville d'Évreux");
    let mut p = Pursuit::new("p1", "Nettoyage");
    p.j = Some(d(j));
    a.pursuits.push(p);
    Portfolio {
        authorities: vec![a],
        ..Portfolio::default()
    }
}

#[test]
fn late_items_come_first_then_days_in_order() {
    // J in 40 days: stage 1 and 2 items are late, the notice stage is open.
    let today = d("2026-11-28");
    let p = one_pursuit("2027-01-07");
    let e = agenda(&p, today, 14, Lang::En);
    assert!(e.iter().any(|x| x.kind == EntryKind::Late));
    assert!(e.windows(2).all(|w| w[0].date <= w[1].date));
    let late: Vec<_> = e.iter().filter(|x| x.kind == EntryKind::Late).collect();
    assert!(late.iter().all(|x| x.date < today && x.state == "late"));
    assert!(late.iter().all(|x| x.pursuit == Some("Nettoyage")));
    assert!(late.iter().all(|x| x.authority == "Ville d'Évreux"));
    // No J within 14 days, none of the closing/opening kinds beyond the horizon.
    assert!(e.iter().all(|x| x.date <= d("2026-12-12")));
    assert!(!e.iter().any(|x| x.kind == EntryKind::JDay));
}

#[test]
fn j_within_horizon_and_windows_opening() {
    let today = d("2026-11-28");
    let p = one_pursuit("2026-12-05");
    let e = agenda(&p, today, 14, Lang::Fr);
    let j = e.iter().find(|x| x.kind == EntryKind::JDay).unwrap();
    assert_eq!(j.date, d("2026-12-05"));
    assert_eq!(j.state, "upcoming");
    // Far J: stage 1 opens within the horizon.
    let p = one_pursuit("2027-12-05");
    let e = agenda(&p, today, 14, Lang::Fr);
    assert!(e.iter().all(|x| x.kind == EntryKind::Opens));
    assert_eq!(e.len(), 5);
    assert_eq!(e[0].date, d("2026-12-05"));
    assert_eq!(e[0].item_id, Some("prospection.targets"));
    // With a 3-day horizon, nothing.
    assert!(agenda(&p, today, 3, Lang::Fr).is_empty());
}

#[test]
fn closed_pursuits_are_silent() {
    let today = d("2026-11-28");
    let mut p = one_pursuit("2027-01-07");
    p.authorities[0].pursuits[0].outcome = Outcome::NoBid;
    assert!(agenda(&p, today, 14, Lang::Fr).is_empty());
}

fn contact(follow_up: Option<&str>, dnc: bool) -> Contact {
    let mut c = Contact::new("c1", "Claire Martin");
    c.do_not_contact = dnc;
    c.interactions.push(Interaction {
        id: "i1".into(),
        kind: InteractionKind::Call,
        date: d("2026-11-20"),
        summary: "Rappeler après le conseil".into(),
        follow_up: follow_up.map(d),
        extra: Default::default(),
    });
    c
}

#[test]
fn follow_ups_and_nurture_skip_do_not_contact() {
    let today = d("2026-11-28");
    let mut p = Portfolio::default();
    let mut a = Authority::new("a1", "Mairie");
    a.contacts.push(contact(Some("2026-11-25"), false));
    let mut never = Contact::new("c2", "Jean Jamais");
    never.interactions.clear();
    a.contacts.push(never);
    let mut dnc = contact(Some("2026-11-25"), true);
    dnc.id = "c3".into();
    dnc.interactions.clear();
    a.contacts.push(dnc);
    p.authorities.push(a);
    let e = agenda(&p, today, 14, Lang::Fr);
    let f = e.iter().find(|x| x.kind == EntryKind::FollowUp).unwrap();
    assert_eq!((f.date, f.state), (d("2026-11-25"), "late"));
    assert_eq!(f.item, Some("Rappeler après le conseil"));
    assert_eq!(f.contact, Some("Claire Martin"));
    let n: Vec<_> = e.iter().filter(|x| x.kind == EntryKind::Nurture).collect();
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].contact, Some("Jean Jamais"));
    assert_eq!(n[0].date, today);
    assert!(
        !e.iter()
            .any(|x| x.contact == Some("Claire Martin") && x.contact_id == Some("c3"))
    );
    assert!(!e.iter().any(|x| x.contact_id == Some("c3")));
}

#[test]
fn a_later_exchange_settles_a_follow_up() {
    let today = d("2026-11-28");
    let mut c = contact(Some("2026-11-25"), false);
    c.interactions.push(Interaction {
        id: "i2".into(),
        kind: InteractionKind::Email,
        date: d("2026-11-24"),
        summary: "Fait".into(),
        follow_up: None,
        extra: Default::default(),
    });
    let mut a = Authority::new("a1", "Mairie");
    a.contacts.push(c);
    let p = Portfolio {
        authorities: vec![a],
        ..Portfolio::default()
    };
    assert!(agenda(&p, today, 14, Lang::Fr).is_empty());
}

#[test]
fn demo_agenda_text_names_authority_and_pursuit() {
    let today = d("2026-11-28");
    let p = crate::demo::portfolio(today);
    let e = agenda(&p, today, 14, Lang::En);
    assert!(!e.is_empty());
    let text = super::super::agenda_text::render(
        &e,
        today,
        14,
        Lang::En,
        super::super::agenda_text::Colour::Off,
    );
    assert!(text.starts_with("Agenda for 2026-11-28 — next 14 days\n"));
    assert!(text.contains("\nOverdue\n"));
    assert!(text.contains("Département d'Eure-et-Loir › Marquage au sol"));
    assert!(!text.contains('\u{1b}'));
    // Nobody flagged do-not-contact shows up.
    for (_, c) in p.contacts().filter(|(_, c)| c.do_not_contact) {
        assert!(!text.contains(&c.name), "{}", c.name);
    }
}

#[test]
fn colour_only_when_asked_and_names_cannot_inject_escapes() {
    use super::super::agenda_text::{Colour, render};
    let today = d("2026-11-28");
    let mut p = one_pursuit("2027-01-07");
    p.authorities[0].name = "Mairie\u{1b}[2J\u{202E}".into();
    let e = agenda(&p, today, 14, Lang::Fr);
    let on = render(&e, today, 14, Lang::Fr, Colour::On);
    let off = render(&e, today, 14, Lang::Fr, Colour::Off);
    assert!(on.contains("\u{1b}[1;31m! en retard"));
    assert!(!off.contains('\u{1b}'));
    assert!(off.contains("  ! en retard    Mairie[2J › Nettoyage — "));
    assert!(!on.contains("\u{1b}[2J") && !on.contains('\u{202E}'));
}
