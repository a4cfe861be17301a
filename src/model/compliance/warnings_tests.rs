//! Which warnings appear, on which dates.

use chrono::NaiveDate;

use super::*;
use crate::model::compliance::{DocKind, Requirement, RequirementKind, RequirementStatus};
use crate::model::{Authority, Outcome, Portfolio, Pursuit};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn doc(id: &str, kind: DocKind, issued: &str, expires: Option<&str>) -> StandingDocument {
    StandingDocument {
        id: id.into(),
        kind,
        label: String::new(),
        issued: d(issued),
        expires: expires.map(d),
        note: String::new(),
        extra: Default::default(),
    }
}

fn portfolio(j: &str) -> Portfolio {
    let mut a = Authority::new("a1", "Mairie");
    let mut p = Pursuit::new("p1", "Nettoyage");
    p.j = Some(d(j));
    a.pursuits.push(p);
    Portfolio {
        authorities: vec![a].into(),
        documents: vec![doc(
            "d-u",
            DocKind::Urssaf,
            "2026-11-01",
            Some("2027-05-01"),
        )],
        ..Portfolio::default()
    }
}

fn kinds_dates(w: &[Warning]) -> Vec<(WarningKind, NaiveDate)> {
    w.iter().map(|w| (w.kind, w.date)).collect()
}

#[test]
fn a_document_expiring_before_j_warns_with_its_expiry_and_j() {
    let p = portfolio("2027-06-30");
    let w = warnings(&p, d("2026-12-01"));
    assert_eq!(
        kinds_dates(&w),
        vec![(WarningKind::DocumentExpires, d("2027-05-01"))]
    );
    assert_eq!(w[0].j, Some(d("2027-06-30")));
    assert_eq!(w[0].pursuit.map(|x| x.id.as_str()), Some("p1"));
    // J on the expiry day: still valid.
    assert!(warnings(&portfolio("2027-05-01"), d("2026-12-01")).is_empty());
}

#[test]
fn not_required_closed_or_past_pursuits_do_not_warn() {
    let mut p = portfolio("2027-06-30");
    p.authorities[0].pursuits[0]
        .documents_not_required
        .push(DocKind::Urssaf);
    assert!(warnings(&p, d("2026-12-01")).is_empty());
    let mut p = portfolio("2027-06-30");
    p.authorities[0].pursuits[0].outcome = Outcome::Submitted;
    assert!(warnings(&p, d("2026-12-01")).is_empty());
    let p = portfolio("2026-11-30");
    assert!(warnings(&p, d("2026-12-01")).is_empty());
}

#[test]
fn standing_documents_warn_30_days_ahead_unless_renewed() {
    let p = portfolio("2027-03-01");
    assert!(warnings(&p, d("2027-03-31")).is_empty());
    assert_eq!(
        kinds_dates(&warnings(&p, d("2027-04-01"))),
        vec![(WarningKind::DocumentExpiring, d("2027-05-01"))]
    );
    // Expired and not replaced: still said.
    assert_eq!(warnings(&p, d("2027-05-10")).len(), 1);
    let mut p = p;
    p.documents.push(doc(
        "d-u2",
        DocKind::Urssaf,
        "2027-04-15",
        Some("2027-10-15"),
    ));
    assert!(warnings(&p, d("2027-04-20")).is_empty());
    // A kind without expiry never warns.
    p.documents
        .push(doc("d-r", DocKind::References, "2020-01-01", None));
    assert!(warnings(&p, d("2027-04-20")).is_empty());
}

#[test]
fn requirements_warn_at_their_due_date_and_deadlines_a_week_ahead() {
    let mut p = portfolio("2027-03-01");
    p.documents.clear();
    let pursuit = &mut p.authorities[0].pursuits[0];
    let mut dpgf = Requirement::new("r-1", RequirementKind::Document, "DPGF");
    dpgf.status = RequirementStatus::InProgress;
    let mut visit = Requirement::new("r-2", RequirementKind::Visit, "Visite");
    visit.due = Some(d("2027-02-10"));
    let mut questions = Requirement::new("r-3", RequirementKind::Questions, "Questions");
    questions.due = Some(d("2027-02-20"));
    let mut done = Requirement::new("r-4", RequirementKind::Visit, "Autre visite");
    done.due = Some(d("2027-02-10"));
    done.status = RequirementStatus::Ready;
    pursuit.requirements = vec![dpgf, visit, questions, done];
    assert!(warnings(&p, d("2027-02-02")).is_empty());
    assert_eq!(
        kinds_dates(&warnings(&p, d("2027-02-03"))),
        vec![(WarningKind::DeadlineSoon, d("2027-02-10"))]
    );
    assert_eq!(
        kinds_dates(&warnings(&p, d("2027-02-13"))),
        vec![
            (WarningKind::RequirementDue, d("2027-02-10")),
            (WarningKind::DeadlineSoon, d("2027-02-20")),
        ]
    );
    // The document is due on J-1 (28 February), and warns from that day.
    assert_eq!(
        kinds_dates(&warnings(&p, d("2027-02-28"))),
        vec![
            (WarningKind::RequirementDue, d("2027-02-28")),
            (WarningKind::RequirementDue, d("2027-02-10")),
            (WarningKind::RequirementDue, d("2027-02-20")),
        ]
    );
}
