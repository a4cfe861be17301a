use chrono::TimeZone;

use icalendar::{Calendar, EventStatus};

use super::*;
use crate::model::{Authority, Contact, Interaction, InteractionKind, Pursuit};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 9, 30, 0).unwrap()
}

/// Text users type that RFC 5545 must escape or fold.
fn hostile() -> Portfolio {
    let long = "Établissement public très long ; avec, virgules \\ et 😀 ".repeat(4);
    // 200 characters, many of them several octets long.
    let name: String = long.chars().take(199).chain(['é']).collect();
    assert_eq!(name.chars().count(), 200);
    let mut a = Authority::new("a1", name);
    let mut p = Pursuit::new("p1", "Nettoyage; lot 1, \\ bâtiments\nligne 2 🧹");
    p.j = Some(d("2027-06-30"));
    a.pursuits.push(p);
    let mut c = Contact::new("c1", "Zoé \"Z\" L'Hôte, DG; 👩‍💼");
    c.interactions.push(Interaction {
        id: "i1".into(),
        kind: InteractionKind::Call,
        date: d("2026-11-20"),
        summary: "Rappeler :\nconseil du 3 ; budget, \\ voté ?".into(),
        follow_up: Some(d("2026-12-03")),
        by: String::new(),
        extra: Default::default(),
    });
    a.contacts.push(c);
    let mut dnc = Contact::new("c2", "Ne Pas Appeler");
    dnc.do_not_contact = true;
    dnc.interactions.push(Interaction {
        id: "i2".into(),
        kind: InteractionKind::Call,
        date: d("2026-11-20"),
        summary: "x".into(),
        follow_up: Some(d("2026-12-04")),
        by: String::new(),
        extra: Default::default(),
    });
    a.contacts.push(dnc);
    Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    }
}

#[test]
fn lines_are_crlf_folded_at_75_octets_on_char_boundaries() {
    let text = calendar(&hostile(), d("2026-11-28"), Lang::Fr, stamp());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//retroplan//"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

#[test]
fn a_real_parser_reads_back_every_component_and_the_hostile_text() {
    let p = hostile();
    let text = calendar(&p, d("2026-11-28"), Lang::Fr, stamp());
    let cal: Calendar = text.parse().expect("parses");
    let events: Vec<&Event> = cal.events().collect();
    let todos: Vec<&Todo> = cal.todos().collect();
    // J, 3 stage starts, the branch decision, one follow-up (not the do-not-contact one).
    assert_eq!(events.len(), 6);
    assert!(!todos.is_empty());
    let name = &p.authorities[0].name;
    let j = events
        .iter()
        .find(|e| e.get_uid() == Some("p1.j@retroplan"))
        .unwrap();
    let summary = j.get_summary().unwrap();
    assert!(summary.contains(name.as_str()), "{summary}");
    assert!(summary.contains("Nettoyage; lot 1, \\ bâtiments ligne 2 🧹"));
    assert_eq!(
        j.get_start(),
        Some(icalendar::DatePerhapsTime::Date(d("2027-06-30")))
    );
    assert_eq!(
        j.get_end(),
        Some(icalendar::DatePerhapsTime::Date(d("2027-07-01")))
    );
    let f = events
        .iter()
        .find(|e| e.get_uid() == Some("i1.follow-up@retroplan"))
        .unwrap();
    assert_eq!(
        f.get_description(),
        Some("Rappeler :\nconseil du 3 ; budget, \\ voté ?")
    );
    assert!(
        f.get_summary()
            .unwrap()
            .contains("Zoé \"Z\" L'Hôte, DG; 👩‍💼")
    );
    assert!(!text.contains("Ne Pas Appeler"));
    for e in &events {
        assert_eq!(e.get_timestamp(), Some(stamp()));
    }
    let first = todos
        .iter()
        .find(|t| t.get_uid() == Some("p1.prospection.targets@retroplan"))
        .unwrap();
    assert_eq!(
        first.get_due(),
        Some(icalendar::DatePerhapsTime::Date(d("2026-10-29")))
    );
}

#[test]
fn uids_are_stable_and_done_items_stay_as_completed() {
    let mut p = hostile();
    let a = calendar(&p, d("2026-11-28"), Lang::En, stamp());
    let b = calendar(
        &p,
        d("2026-11-28"),
        Lang::En,
        stamp() + chrono::Duration::days(3),
    );
    let uids = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(uids(&a), uids(&b));
    // Stage 1 is the authority's: ticked there, for all its pursuits.
    let authority = &mut p.authorities[0];
    crate::model::ticks::tick_on(
        &mut authority.checklist,
        "prospection.targets",
        d("2026-11-01"),
        "",
    );
    let c = calendar(&p, d("2026-11-28"), Lang::En, stamp());
    assert!(a.contains("UID:p1.prospection.targets@retroplan"));
    // Issue 16 item 4: a client that imported it once must see it done.
    let cal: Calendar = c.parse().unwrap();
    let done = cal
        .todos()
        .find(|t| t.get_uid() == Some("p1.prospection.targets@retroplan"))
        .unwrap();
    assert_eq!(done.get_status(), Some(TodoStatus::Completed));
    assert_eq!(
        done.get_completed().map(|t| t.date_naive()),
        Some(d("2026-11-01"))
    );
}

/// Issue 16 item 4: closed pursuits cancelled, SEQUENCE, LAST-MODIFIED,
/// TRANSP, a forecast J said to be one, PRODID in the export's language.
#[test]
fn updates_carry_status_sequence_and_last_modified() {
    let mut p = hostile();
    let mut closed = Pursuit::new("p2", "Fermé");
    closed.j = Some(d("2027-03-01"));
    closed.outcome = crate::model::Outcome::Lost;
    closed.toggle("preparation.nature", d("2026-10-01"));
    let mut forecast = Pursuit::new("p3", "Prévu");
    forecast.current_expiry = Some(d("2027-12-31"));
    p.authorities[0].pursuits.push(closed);
    p.authorities[0].pursuits.push(forecast);
    let modified = stamp() - chrono::Duration::days(2);
    let o = Options {
        parts: Part::ALL.to_vec(),
        stamp: stamp(),
        modified,
    };
    let text = calendar_with(&p, d("2026-11-28"), Lang::En, &o);
    assert!(text.contains("PRODID:-//retroplan//retroplan "));
    assert!(text.contains("//EN\r\n"), "English PRODID");
    let cal: Calendar = text.parse().unwrap();
    for e in cal.events() {
        assert_eq!(e.get_last_modified(), Some(modified));
        assert!(e.get_sequence().is_some_and(|s| s > 0));
        assert_eq!(e.property_value("TRANSP"), Some("TRANSPARENT"));
        let uid = e.get_uid().unwrap();
        let want = uid.starts_with("p2.").then_some(EventStatus::Cancelled);
        assert_eq!(e.get_status(), want, "{uid}");
    }
    let todo = |uid: &str| cal.todos().find(|t| t.get_uid() == Some(uid)).unwrap();
    assert_eq!(
        todo("p2.preparation.nature@retroplan").get_status(),
        Some(TodoStatus::Completed)
    );
    // The logged call proves "meet" (evidence): an item nothing proves.
    assert_eq!(
        todo("p1.prospection.meet@retroplan").get_status(),
        Some(TodoStatus::Completed)
    );
    assert_eq!(
        todo("p2.prospection.targets@retroplan").get_status(),
        Some(TodoStatus::Cancelled)
    );
    assert_eq!(
        todo("p1.prospection.targets@retroplan").get_status(),
        Some(TodoStatus::NeedsAction)
    );
    let j = |uid: &str| {
        cal.events()
            .find(|e| e.get_uid() == Some(uid))
            .and_then(|e| e.get_summary().map(str::to_string))
            .unwrap()
    };
    assert!(j("p3.j@retroplan").starts_with("≈ Day J (forecast): bid submission"));
    assert!(j("p1.j@retroplan").starts_with("Day J: bid submission"));
    // A later save gives a higher SEQUENCE.
    let later = Options {
        modified: stamp(),
        ..o.clone()
    };
    assert!(later.sequence() > o.sequence());
    let fr = calendar_with(&p, d("2026-11-28"), Lang::Fr, &o);
    assert!(fr.contains("//FR\r\n"));
    assert!(fr.contains("SUMMARY:≈ J (prévision) : dépôt de l'offre"));
}

#[test]
fn only_the_chosen_parts_are_written() {
    let p = hostile();
    let o = Options {
        parts: vec![Part::J, Part::FollowUps],
        stamp: stamp(),
        modified: stamp(),
    };
    let cal: Calendar = calendar_with(&p, d("2026-11-28"), Lang::Fr, &o)
        .parse()
        .unwrap();
    let uids: Vec<&str> = cal.events().filter_map(|e| e.get_uid()).collect();
    assert_eq!(uids, ["p1.j@retroplan", "i1.follow-up@retroplan"]);
    assert_eq!(cal.todos().count(), 0);
}

/// Every octet length around the fold points, in one- to four-octet
/// characters: the crate's own folding let a last continuation line reach
/// 76 octets when exactly 75 were left after a fold.
#[test]
fn no_line_passes_75_octets_whatever_the_name_length() {
    for unit in ["x", "é", "—", "😀"] {
        for n in 0..=90 {
            let mut p = hostile();
            let name = unit.repeat(n);
            p.authorities[0].pursuits[0].object = name.clone();
            let text = calendar(&p, d("2026-11-28"), Lang::Fr, stamp());
            for line in text.split("\r\n") {
                assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
            }
            let cal: Calendar = text.parse().expect("parses");
            let j = cal
                .events()
                .find(|e| e.get_uid() == Some("p1.j@retroplan"))
                .unwrap();
            assert!(j.get_summary().unwrap().contains(&name), "{unit} × {n}");
        }
    }
}

/// A hand-edited file can hold control characters in a summary: a bare CR
/// ends a content line early, and escapes have no place in a calendar.
#[test]
fn control_characters_never_reach_the_calendar() {
    let mut p = hostile();
    p.authorities[0].contacts[0].interactions[0].summary =
        "ligne 1\r\nligne 2\rX\u{1b}[31mrouge\u{7}".into();
    let text = calendar(&p, d("2026-11-28"), Lang::Fr, stamp());
    let body = text.replace("\r\n", "");
    assert!(
        !body.chars().any(|c| c.is_control()),
        "control character in {body:?}"
    );
    let cal: Calendar = text.parse().expect("parses");
    let f = cal
        .events()
        .find(|e| e.get_uid() == Some("i1.follow-up@retroplan"))
        .unwrap();
    assert_eq!(f.get_description(), Some("ligne 1\nligne 2X[31mrouge"));
}
