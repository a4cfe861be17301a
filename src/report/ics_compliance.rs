//! The compliance dates in the calendar (issue 13): each open pursuit's
//! visit and question deadlines, and each standing document's renewal.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::Event;

use super::ics::{day_event, uid};
use crate::i18n::{Lang, compliance as words};
use crate::model::compliance::standing::superseded;
use crate::model::text::{clean_line, clean_multiline};
use crate::model::{Portfolio, Pursuit};

/// A day event per visit or question deadline still to meet.
pub(super) fn deadline_events(
    pursuit: &Pursuit,
    j: NaiveDate,
    about: &str,
    stamp: DateTime<Utc>,
) -> Vec<Event> {
    // A closed pursuit's deadlines are still written (the calendar marks
    // them cancelled), so that a client that imported them sees them go.
    pursuit
        .requirements
        .iter()
        .filter(|r| r.kind.is_deadline() && !r.status.is_settled())
        .filter_map(|r| {
            let day = r.due_on(Some(j))?;
            Some(day_event(
                uid(&[&pursuit.id, "requirement", &r.id]),
                day,
                &format!("{} — {about}", clean_line(&r.label)),
                &clean_multiline(&r.note),
                stamp,
            ))
        })
        .collect()
}

/// A day event on the expiry of each standing document still in use.
pub(super) fn document_events(p: &Portfolio, lang: Lang, stamp: DateTime<Utc>) -> Vec<Event> {
    p.documents
        .iter()
        .filter(|d| !superseded(&p.documents, d))
        .filter_map(|d| {
            let e = d.expires?;
            let name = clean_line(&words::doc_name(lang, d));
            Some(day_event(
                uid(&[&d.id, "renew"]),
                e,
                &words::ics_renew(lang, &name),
                &clean_multiline(&d.note),
                stamp,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::model::Authority;
    use crate::model::compliance::{
        DocKind, Requirement, RequirementKind, RequirementStatus, StandingDocument,
    };
    use crate::report::ics::calendar;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn calendar_carries_visit_question_and_renewal_dates() {
        let mut a = Authority::new("a1", "Mairie");
        let mut x = Pursuit::new("p1", "Nettoyage");
        x.j = Some(d("2027-06-30"));
        let mut visit = Requirement::new("r-1", RequirementKind::Visit, "Visite du site");
        visit.due = Some(d("2027-06-10"));
        let mut questions = Requirement::new("r-2", RequirementKind::Questions, "Questions");
        questions.due = Some(d("2027-06-20"));
        let mut done = Requirement::new("r-3", RequirementKind::Visit, "Visite faite");
        done.status = RequirementStatus::Ready;
        let memo = Requirement::new("r-4", RequirementKind::Document, "Mémoire");
        x.requirements = vec![visit, questions, done, memo];
        a.pursuits.push(x);
        let doc = |id: &str, issued: &str, expires: &str| StandingDocument {
            id: id.into(),
            kind: DocKind::Urssaf,
            label: String::new(),
            issued: d(issued),
            expires: Some(d(expires)),
            note: String::new(),
            extra: Default::default(),
        };
        let p = Portfolio {
            authorities: vec![a].into(),
            documents: vec![
                doc("d-old", "2026-05-01", "2026-11-01"),
                doc("d-new", "2026-11-01", "2027-05-01"),
            ],
            ..Portfolio::default()
        };
        let stamp = Utc.with_ymd_and_hms(2026, 11, 28, 9, 30, 0).unwrap();
        let text = calendar(&p, d("2026-12-01"), Lang::Fr, stamp).replace("\r\n ", "");
        for want in [
            "UID:p1.requirement.r-1@retroplan",
            "DTSTART;VALUE=DATE:20270610",
            "SUMMARY:Visite du site — ",
            "UID:p1.requirement.r-2@retroplan",
            "DTSTART;VALUE=DATE:20270620",
            "UID:d-new.renew@retroplan",
            "DTSTART;VALUE=DATE:20270501",
            "SUMMARY:À renouveler : Attestation URSSAF (dernier jour de validité)",
        ] {
            assert!(text.contains(want), "{want} missing in\n{text}");
        }
        for absent in ["r-3", "r-4", "d-old"] {
            assert!(!text.contains(absent), "{absent} in\n{text}");
        }
    }
}
