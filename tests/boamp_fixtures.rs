//! Every BOAMP sample file imported into a portfolio holding the samples'
//! buyers: the exact matches each notice must find.

use std::fs::File;

use chrono::NaiveDate;
use retroplan::boamp::{Deadline, Event, Importer, Options, Summary, stream};
use retroplan::i18n::Lang;
use retroplan::model::{Authority, Outcome, Portfolio, Pursuit};

const FIX: &str = "tests/fixtures/boamp";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn pursuit(id: &str, object: &str, cpv: &str) -> Pursuit {
    let mut p = Pursuit::new(id, object);
    p.cpv = cpv.into();
    p.current_expiry = Some(d("2027-04-01"));
    p
}

/// The samples' buyers: one known by name only, one by SIRET only (still
/// named "SIRET …" from a DECP import), one by both, that bid for its
/// contract.
fn portfolio() -> Portfolio {
    let mut stex = Authority::new("a-stex", "Commune de Saint-Exemple-sur-Loire");
    stex.departement = "45".into();
    stex.pursuits.push(pursuit(
        "p-clean",
        "Renouvellement : Nettoyage des locaux communaux",
        "90911200",
    ));
    let mut dept = Authority::new("a-dept", "SIRET 22289999900011");
    dept.siret = Some("22289999900011".into());
    dept.needs_rename = true;
    dept.pursuits.push(pursuit(
        "p-it",
        "Renouvellement : Maintenance informatique",
        "72250000",
    ));
    let mut perche = Authority::new("a-perche", "CC du Perche Exemple");
    perche.siret = Some("20009999900014".into());
    let mut waste = pursuit("p-waste", "Collecte des déchets", "90511000");
    waste.outcome = Outcome::Submitted;
    perche.pursuits.push(waste);
    let mut p = Portfolio {
        authorities: vec![stex, dept, perche].into(),
        ..Portfolio::default()
    };
    p.settings.company_name = "Eco-Tri".into();
    p
}

fn import(p: &mut Portfolio, files: &[&str]) -> Summary {
    let mut imp = Importer::new(
        p,
        Options {
            today: d("2026-12-01"),
            create: false,
            lang: Lang::En,
        },
    );
    for f in files {
        let file = File::open(format!("{FIX}/{f}")).unwrap();
        stream::for_each(file, &mut |v| imp.offer(&v)).unwrap();
    }
    imp.finish()
}

fn at(dl: &Deadline) -> String {
    match dl.time {
        Some(t) => format!("{} {}", dl.date, t.format("%H:%M")),
        None => dl.date.to_string(),
    }
}

/// Each event as "what notice → where, and the facts".
fn lines(s: &Summary) -> Vec<String> {
    s.events
        .iter()
        .map(|e| match e {
            Event::Confirmed {
                idweb,
                object,
                deadline,
                ..
            } => format!("confirmed {idweb} → {object} @ {}", at(deadline)),
            Event::Moved {
                idweb,
                object,
                from,
                to,
                ..
            } => format!(
                "moved {idweb} → {object} @ {} → {}",
                from.as_ref().map(at).unwrap_or_default(),
                at(to)
            ),
            Event::Winners {
                idweb,
                object,
                winners,
                suggested,
                ..
            } => format!(
                "winners {idweb} → {object}: {} ({suggested:?})",
                winners.join(" + ")
            ),
            Event::Opportunity {
                idweb,
                authority,
                deadline,
                ..
            } => format!(
                "opportunity {idweb} at {authority} @ {}",
                deadline.as_ref().map(at).unwrap_or("-".into())
            ),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn api_v2_1_results() {
    let mut p = portfolio();
    let s = import(&mut p, &["boamp-api-v2.1-records.json"]);
    assert_eq!(
        lines(&s),
        [
            "winners 26-117310 → Collecte des déchets: COLLECTE SERVICES OUEST + ECO-TRI SAS (Some(Won))",
            "confirmed 26-118734 → Renouvellement : Nettoyage des locaux communaux @ 2026-12-21 12:00",
            "confirmed 26-119902 → Renouvellement : Maintenance informatique @ 2027-01-08 12:00",
            "opportunity 26-120487 at Commune de Saint-Exemple-sur-Loire @ -",
            "moved 26-121055 → Renouvellement : Nettoyage des locaux communaux @ 2026-12-21 12:00 → 2027-01-07 12:00",
        ]
    );
    assert_eq!((s.read, s.other_buyers, s.renamed), (5, 0, 1));
    assert!(s.ambiguous.is_empty() && s.skipped.is_empty());
    // The eForms notice named the buyer its SIRET matched.
    assert_eq!(p.authorities[1].name, "Département d'Exemple-et-Loir");
    let clean = &p.authorities[0].pursuits[0];
    assert_eq!(clean.notice_ref, "26-118734");
    assert_eq!(clean.notice.linked, ["26-118734", "26-121055"]);
    assert_eq!(clean.notice_published, Some(d("2026-11-24")));
    assert_eq!(clean.procedure, "Procédure adaptée ouverte");
    let waste = &p.authorities[2].pursuits[0];
    assert_eq!(waste.outcome, Outcome::Submitted);
    assert_eq!(waste.notice.suggested_outcome, Some(Outcome::Won));
    assert_eq!(p.boamp.opportunities[0].notice_ref, "26-120487");
    assert_eq!(p.boamp.opportunities[0].authority_id, "a-stex");
}

#[test]
fn api_v2_records() {
    let mut p = portfolio();
    let s = import(&mut p, &["boamp-api-v2-records.json"]);
    assert_eq!(
        lines(&s),
        [
            "confirmed 26-118734 → Renouvellement : Nettoyage des locaux communaux @ 2026-12-21 12:00",
            "confirmed 26-119902 → Renouvellement : Maintenance informatique @ 2027-01-08 12:00",
        ]
    );
    assert_eq!((s.read, s.renamed), (2, 1));
}

#[test]
fn export_bare_array_in_utc() {
    let mut p = portfolio();
    let s = import(&mut p, &["boamp-export.json"]);
    assert_eq!(
        lines(&s),
        [
            "winners 26-117310 → Collecte des déchets: COLLECTE SERVICES OUEST + ECO-TRI SAS (Some(Won))",
            // 11:00Z is noon in Paris in winter.
            "confirmed 26-118734 → Renouvellement : Nettoyage des locaux communaux @ 2026-12-21 12:00",
        ]
    );
    assert_eq!(s.read, 2);
}

#[test]
fn every_file_at_once_then_again() {
    let all = [
        "boamp-export.json",
        "boamp-api-v2-records.json",
        "boamp-api-v2.1-records.json",
    ];
    let mut p = portfolio();
    let s = import(&mut p, &all);
    assert_eq!((s.read, s.duplicates, s.events.len()), (9, 4, 5));
    let clean = &p.authorities[0].pursuits[0];
    assert_eq!(
        (clean.j, clean.j_time.map(|t| t.to_string())),
        (Some(d("2027-01-07")), Some("12:00:00".into()))
    );
    let before = p.clone();
    let again = import(&mut p, &all);
    assert_eq!(p, before);
    assert_eq!((again.unchanged, again.events.len()), (5, 0));
}

#[test]
fn buyers_outside_the_portfolio_are_counted() {
    let mut p = Portfolio::default();
    let s = import(&mut p, &["boamp-api-v2.1-records.json"]);
    assert_eq!((s.read, s.other_buyers, s.events.len()), (5, 5, 0));
    assert_eq!(p, Portfolio::default());
}
