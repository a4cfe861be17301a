use chrono::NaiveDate;

use super::*;
use crate::model::{Authority, Branch, Contact, Interaction, InteractionKind, Outcome, Pursuit};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn pursuit(id: &str, object: &str, j: &str) -> Pursuit {
    let mut p = Pursuit::new(id, object);
    p.j = Some(d(j));
    p
}

fn one_pursuit(j: &str) -> Portfolio {
    let mut a = Authority::new("a1", "Ville d'Évreux");
    a.pursuits.push(pursuit("p1", "Nettoyage", j));
    Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    }
}

fn call(id: &str, date: &str, summary: &str, follow_up: Option<&str>) -> Interaction {
    Interaction {
        id: id.into(),
        kind: InteractionKind::Call,
        date: d(date),
        summary: summary.into(),
        follow_up: follow_up.map(d),
        by: String::new(),
        extra: Default::default(),
    }
}

/// The fixture whose order was worked out by hand (README, "Urgency"), on
/// 2026-12-01 looking 14 days ahead:
/// - "Bourg" (name rank 0): "Cantine" J 2027-03-01 (J-90), stage 1 over
///   since 2026-06-30; "Ancienne" J 2026-06-01 (gone by, still open);
///   Anne Dupont, a follow-up promised for 2025-06-15 and nothing since.
/// - "Mairie" (rank 1): "Voirie" J 2026-12-21 (J-20), stages 1 and 2 over,
///   the H1/H2 choice not made; Luc Bernard, decision-maker, last called
///   2025-11-01 (to nurture).
fn fixture() -> Portfolio {
    let mut bourg = Authority::new("a2", "Bourg");
    bourg.pursuits.push(pursuit("p2", "Cantine", "2027-03-01"));
    bourg.pursuits.push(pursuit("p3", "Ancienne", "2026-06-01"));
    let mut anne = Contact::new("c2", "Anne Dupont");
    anne.phone = "02 38 00 00 00".into();
    anne.interactions.push(call(
        "i2",
        "2025-06-01",
        "Rappeler en juin",
        Some("2025-06-15"),
    ));
    bourg.contacts.push(anne);
    let mut mairie = Authority::new("a1", "Mairie");
    let mut voirie = pursuit("p1", "Voirie", "2026-12-21");
    voirie.branch = Branch::Undecided;
    mairie.pursuits.push(voirie);
    let mut luc = Contact::new("c1", "Luc Bernard");
    luc.decision_maker = true;
    luc.role = "DGS".into();
    luc.phone = "01 23 45 67 89".into();
    luc.interactions
        .push(call("i1", "2025-11-01", "Présentation", None));
    mairie.contacts.push(luc);
    Portfolio {
        authorities: vec![mairie, bourg].into(),
        ..Portfolio::default()
    }
}

/// (family, group or entry, lead's pursuit or contact, members) per line.
fn shape<'a>(a: &'a Agenda<'a>) -> Vec<(Family, Option<&'a str>, usize)> {
    a.lines
        .iter()
        .map(|l| {
            let e = &a.entries[l.members[0]];
            (l.family, e.contact.or(e.pursuit), l.members.len())
        })
        .collect()
}

#[test]
fn hand_ordered_fixture_urgency_then_grouping() {
    let today = d("2026-12-01");
    let p = fixture();
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    assert_eq!(
        shape(&a),
        vec![
            // Voirie, J-20: 10 items of stages 1 and 2 (60 + 94), less
            // the decision-maker and the meeting, which Luc Bernard's
            // record and his logged call prove (evidence).
            (Family::Late, Some("Voirie"), 8),
            // Cantine, J-90: the 5 items of stage 1 (60 + 70), less the
            // meeting that Anne Dupont's logged call proves.
            (Family::Late, Some("Cantine"), 4),
            // Ancienne, J gone by: the oldest, yet last (60 + 0); its
            // submission is among its 8 undone items. Stage 1 is the
            // authority's, listed once, on Cantine (the J ahead).
            (Family::Late, Some("Ancienne"), 8),
            // Luc, to nurture at an authority whose J is 20 days away
            // (10 + 94), before Anne's year-old follow-up whose
            // authority's nearest J is 90 days away (50 + 70 = 120)?
            // No: 120 > 104, Anne's promise comes first, with her
            // nurture reminder on the same line.
            (Family::Calls, Some("Anne Dupont"), 2),
            (Family::Calls, Some("Luc Bernard"), 1),
            // Decisions: Voirie (70 + 94), Cantine (70 + 70), Ancienne (70).
            (Family::Decisions, Some("Voirie"), 1),
            (Family::Decisions, Some("Cantine"), 1),
            (Family::Decisions, Some("Ancienne"), 1),
        ]
    );
    // Entries come in line order, each member keeping its group key.
    assert_eq!(a.entries.len(), 8 + 4 + 8 + 2 + 1 + 3);
    assert!(
        a.entries[..8]
            .iter()
            .all(|e| e.group.as_deref() == Some("undone:p1"))
    );
    assert_eq!(a.entries[20].group.as_deref(), Some("calls:a2"));
    assert_eq!(a.entries[22].group, None, "alone on its line");
    assert_eq!(a.entries[22].phone, Some("01 23 45 67 89"));
    assert_eq!(a.entries[22].role, Some("DGS"));
    // Within the first group, most urgent then oldest then checklist order.
    assert_eq!(a.entries[0].item_id, Some("prospection.targets"));
    assert_eq!(a.entries[0].stage, Some(1));
    let text = super::super::agenda_text::render(
        &a,
        today,
        14,
        Lang::Fr,
        super::super::agenda_text::Colour::Off,
        false,
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "Agenda du 01/12/2026 — 14 prochains jours",
            "",
            "En retard · aujourd'hui",
            "  20/04/2026  ! en retard    Mairie › Voirie — 8 points non faits (étapes 1, 2) · J-20",
            "  30/06/2026  ! en retard    Bourg › Cantine — 4 points de l'étape 1 non faits · J-90",
            "  09/04/2026  ! en retard    Bourg › Ancienne — 8 points non faits (étapes 2, 3) · J+183",
            "",
            "Appels à passer",
            "  15/06/2025  ☎ relance      Bourg › Anne Dupont · 02 38 00 00 00 — Rappeler en juin (+1 autre personne à appeler)",
            "  01/01/2026  ☎ à entretenir Mairie › Luc Bernard (DGS) · 01 23 45 67 89 — pas d'échange depuis trop longtemps",
            "",
            "Décisions H1/H2",
            "  05/05/2026  ! décision     Mairie › Voirie — Choisir l'hypothèse 1 ou 2 · J-20",
            "  15/07/2026  ! décision     Bourg › Cantine — Choisir l'hypothèse 1 ou 2 · J-90",
            "  15/10/2025  ! décision     Bourg › Ancienne — Choisir l'hypothèse 1 ou 2 · J+183",
        ]
    );
    // --expand prints every member under its line.
    let expanded = super::super::agenda_text::render(
        &a,
        today,
        14,
        Lang::Fr,
        super::super::agenda_text::Colour::Off,
        true,
    );
    assert_eq!(expanded.lines().count(), lines.len() + 8 + 4 + 8 + 2);
}

#[test]
fn kinds_filter_families() {
    let today = d("2026-12-01");
    let p = fixture();
    let a = agenda(&p, today, 14, Lang::En, &[Family::Calls]);
    assert!(a.lines.iter().all(|l| l.family == Family::Calls));
    assert_eq!(a.entries.len(), 3);
    let a = agenda(&p, today, 14, Lang::En, &[Family::Late, Family::J]);
    assert_eq!(a.lines.len(), 3);
    assert!(
        agenda(&p, today, 14, Lang::En, &[Family::Notices])
            .lines
            .is_empty()
    );
}

#[test]
fn a_single_late_item_keeps_its_own_words() {
    // J in 40 days with everything of stages 1 and 2 ticked but one.
    let today = d("2026-11-28");
    let mut p = one_pursuit("2027-01-07");
    let authority = &mut p.authorities[0];
    authority.pursuits[0].branch = Branch::H1;
    for id in [
        "prospection.targets",
        "prospection.decision_maker",
        "prospection.contact",
        "prospection.meet",
        "preparation.expiry",
        "preparation.holder_criteria",
        "preparation.future_contract",
        "preparation.nature",
        "preparation.inform_buyer",
    ] {
        // Stage 1's ticks are the authority's, the others the pursuit's.
        if let Some(entries) = authority.entries_mut(0, id) {
            crate::model::ticks::tick_on(entries, id, d("2026-01-01"), "");
        }
    }
    let a = agenda(&p, today, 14, Lang::En, &[]);
    let late: Vec<_> = a
        .lines
        .iter()
        .filter(|l| l.family == Family::Late)
        .collect();
    assert_eq!(late.len(), 1);
    let e = &a.entries[late[0].members[0]];
    assert_eq!(
        (e.item_id, e.group.as_deref()),
        (Some("prospection.retain"), None)
    );
}

/// Stage 1 is the authority's: late once, on the pursuit whose J is
/// nearest, not again on every later pursuit of the same authority.
#[test]
fn stage_one_is_listed_once_per_authority() {
    let today = d("2026-11-28");
    let mut p = one_pursuit("2027-01-07");
    p.authorities[0]
        .pursuits
        .push(pursuit("p2", "Plus tard", "2027-11-30"));
    let a = agenda(&p, today, 14, Lang::En, &[]);
    let stage_one: Vec<_> = a
        .entries
        .iter()
        .filter(|e| e.item_id.is_some_and(|i| i.starts_with("prospection.")))
        .collect();
    assert_eq!(stage_one.len(), 5, "{stage_one:?}");
    assert!(stage_one.iter().all(|e| e.pursuit_id == Some("p1")));
    assert!(stage_one.iter().all(|e| e.kind == EntryKind::Late));
}

#[test]
fn j_within_horizon_windows_opening_and_the_notice_expected() {
    let today = d("2026-11-28");
    let p = one_pursuit("2026-12-05");
    let a = agenda(&p, today, 14, Lang::Fr, &[Family::J]);
    let j = &a.entries[0];
    assert_eq!(
        (j.kind, j.date, j.state),
        (EntryKind::JDay, d("2026-12-05"), "upcoming")
    );
    // Far J: stage 1 opens within the horizon, five items on one line.
    let p = one_pursuit("2027-12-05");
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    assert!(a.entries.iter().all(|x| x.kind == EntryKind::Opens));
    assert_eq!((a.entries.len(), a.lines.len()), (5, 1));
    assert_eq!(a.entries[0].date, d("2026-12-05"));
    assert_eq!(a.entries[0].item_id, Some("prospection.targets"));
    assert_eq!(a.entries[0].group.as_deref(), Some("opens:p1"));
    assert!(agenda(&p, today, 3, Lang::Fr, &[]).entries.is_empty());
    // Stage 3 opens in 10 days: one "notice expected" line, not two items.
    let p = one_pursuit("2027-01-29");
    let a = agenda(&p, d("2026-11-28"), 14, Lang::En, &[Family::Notices]);
    assert_eq!(a.entries.len(), 1);
    assert_eq!(
        (a.entries[0].kind, a.entries[0].date),
        (EntryKind::Notice, d("2026-12-08"))
    );
}

#[test]
fn h2_action_a_names_whom_to_call() {
    let today = d("2026-12-01");
    let mut p = fixture();
    let pu = &mut p.authorities[0].pursuits[0];
    pu.branch = Branch::H2;
    let a = agenda(&p, today, 14, Lang::En, &[Family::Calls]);
    let recall = a
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Recall)
        .unwrap();
    assert_eq!(recall.contact, Some("Luc Bernard"));
    assert_eq!(recall.phone, Some("01 23 45 67 89"));
    assert_eq!(recall.pursuit, Some("Voirie"));
}

#[test]
fn closed_pursuits_are_silent() {
    let today = d("2026-11-28");
    let mut p = one_pursuit("2027-01-07");
    p.authorities[0].pursuits[0].outcome = Outcome::NoBid;
    assert!(agenda(&p, today, 14, Lang::Fr, &[]).entries.is_empty());
}

fn contact(follow_up: Option<&str>, dnc: bool) -> Contact {
    let mut c = Contact::new("c1", "Claire Martin");
    c.do_not_contact = dnc;
    c.interactions.push(call(
        "i1",
        "2026-11-20",
        "Rappeler après le conseil",
        follow_up,
    ));
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
    let e = agenda(&p, today, 14, Lang::Fr, &[]).entries;
    let f = e.iter().find(|x| x.kind == EntryKind::FollowUp).unwrap();
    assert_eq!((f.date, f.state), (d("2026-11-25"), "late"));
    assert_eq!(f.item, Some("Rappeler après le conseil"));
    assert_eq!(f.contact, Some("Claire Martin"));
    let n: Vec<_> = e.iter().filter(|x| x.kind == EntryKind::Nurture).collect();
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].contact, Some("Jean Jamais"));
    assert_eq!(n[0].date, today);
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
        by: String::new(),
        extra: Default::default(),
    });
    let mut a = Authority::new("a1", "Mairie");
    a.contacts.push(c);
    let p = Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    };
    assert!(agenda(&p, today, 14, Lang::Fr, &[]).entries.is_empty());
}

#[test]
fn demo_agenda_text_names_authority_and_pursuit() {
    let today = d("2026-11-28");
    let p = crate::demo::portfolio(today);
    let a = agenda(&p, today, 14, Lang::En, &[]);
    assert!(!a.entries.is_empty());
    let text = super::super::agenda_text::render(
        &a,
        today,
        14,
        Lang::En,
        super::super::agenda_text::Colour::Off,
        false,
    );
    assert!(text.starts_with("Agenda for 2026-11-28 — next 14 days\n"));
    assert!(text.contains("\nLate · today\n"));
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
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    let on = render(&a, today, 14, Lang::Fr, Colour::On, false);
    let off = render(&a, today, 14, Lang::Fr, Colour::Off, false);
    assert!(on.contains("\u{1b}[1;31m! en retard"));
    assert!(!off.contains('\u{1b}'));
    assert!(off.contains("! en retard    Mairie[2J › Nettoyage — "));
    assert!(!on.contains("\u{1b}[2J") && !on.contains('\u{202E}'));
}

#[test]
fn a_closed_j_and_paper_over_40k_warn_on_the_j_entry() {
    let today = d("2027-04-28");
    let mut p = one_pursuit("2027-05-06");
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    let j = a
        .entries
        .iter()
        .find(|x| x.kind == EntryKind::JDay)
        .unwrap();
    assert_eq!(
        j.day_warning.as_deref(),
        Some("J tombe un jour férié : Ascension (06/05/2027)")
    );
    let text = crate::report::agenda_text::render(
        &a,
        today,
        14,
        Lang::Fr,
        crate::report::agenda_text::Colour::Off,
        true,
    );
    assert!(
        text.contains("⚠ J tombe un jour férié : Ascension"),
        "{text}"
    );
    let json = serde_json::to_value(j).unwrap();
    assert!(json["day_warning"].as_str().unwrap().contains("Ascension"));
    // Paper on 40,000 €: both warnings; on 39,999 €: only the holiday.
    let pu = &mut p.authorities[0].pursuits[0];
    pu.submission = crate::model::SubmissionMode::Paper;
    pu.amount = Some(40_000.0);
    let a = agenda(&p, today, 14, Lang::En, &[]);
    let j = a
        .entries
        .iter()
        .find(|x| x.kind == EntryKind::JDay)
        .unwrap();
    let w = j.day_warning.as_deref().unwrap();
    assert!(w.contains("Ascension") && w.contains("40,000"), "{w}");
    p.authorities[0].pursuits[0].amount = Some(39_999.0);
    let a = agenda(&p, today, 14, Lang::En, &[]);
    let j = a
        .entries
        .iter()
        .find(|x| x.kind == EntryKind::JDay)
        .unwrap();
    assert!(!j.day_warning.as_deref().unwrap().contains("40,000"));
    // A working-day J carries nothing, and other entries never do.
    let p = one_pursuit("2027-05-07");
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    assert!(a.entries.iter().all(|x| x.day_warning.is_none()));
}

#[test]
fn a_confirmed_j_entry_carries_its_time() {
    let today = d("2027-04-28");
    let mut p = one_pursuit("2027-05-07");
    let pu = &mut p.authorities[0].pursuits[0];
    pu.j_time = chrono::NaiveTime::from_hms_opt(12, 0, 0);
    // Not confirmed: the time is not shown (it is not known to hold).
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    assert!(a.entries.iter().all(|x| x.j_time.is_none()));
    p.authorities[0].pursuits[0].j_confirmed = true;
    let a = agenda(&p, today, 14, Lang::Fr, &[]);
    let j = a
        .entries
        .iter()
        .find(|x| x.kind == EntryKind::JDay)
        .unwrap();
    assert_eq!(j.j_time.as_deref(), Some("12:00"));
    assert_eq!(serde_json::to_value(j).unwrap()["j_time"], "12:00");
    assert!(
        a.entries
            .iter()
            .filter(|x| x.kind != EntryKind::JDay)
            .all(|x| x.j_time.is_none())
    );
    let text = crate::report::agenda_text::render(
        &a,
        today,
        14,
        Lang::Fr,
        crate::report::agenda_text::Colour::Off,
        false,
    );
    let line = text.lines().find(|l| l.contains("◆")).unwrap();
    assert!(line.contains(" · avant 12:00"), "{line}");
}
