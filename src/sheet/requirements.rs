//! The compliance matrix (`export csv requirements`): one row per
//! requirement and per linked standing document of each pursuit, with its
//! status, due date, owner and validity on J, for whoever assembles the bid.

use crate::i18n::{Lang, compliance as words};
use crate::model::Portfolio;
use crate::model::compliance::{is_ready, linked_documents};

/// The matrix of pursuit `only` (by id), or of every open pursuit. `None`
/// when `only` names no pursuit.
pub fn matrix(
    p: &Portfolio,
    only: Option<&str>,
    lang: Lang,
) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let headers = words::matrix_headers(lang)
        .iter()
        .map(|h| h.to_string())
        .collect();
    let mut rows = Vec::new();
    let mut found = false;
    let lead = p.settings.lead_time_days;
    for (a, x) in p.pursuits() {
        match only {
            Some(id) if x.id != id => continue,
            None if x.outcome.is_closed() => continue,
            _ => {}
        }
        found = true;
        let j = x.effective_j(lead).map(|(j, _)| j);
        let ready = words::yes_no(lang, is_ready(&p.documents, x, j)).to_string();
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let head = |line: &str| {
            vec![
                a.name.clone(),
                x.id.clone(),
                x.object.clone(),
                date(j),
                ready.clone(),
                line.to_string(),
            ]
        };
        for r in &x.requirements {
            let mut row = head(words::line_requirement(lang));
            row.extend([
                r.id.clone(),
                words::requirement_kind(lang, r.kind).to_string(),
                r.label.clone(),
                words::status(lang, r.status).to_string(),
                date(r.due_on(j)),
                r.owner.clone(),
                r.note.clone(),
                String::new(),
            ]);
            rows.push(row);
        }
        for l in linked_documents(&p.documents, x) {
            let mut row = head(words::line_document(lang));
            row.extend([
                l.doc.map(|d| d.id.clone()).unwrap_or_default(),
                words::doc_kind(lang, &l.kind).into_owned(),
                l.doc
                    .map(|d| words::doc_name(lang, d).into_owned())
                    .unwrap_or_default(),
                words::link_state(lang, &l, j).to_string(),
                String::new(),
                String::new(),
                l.doc.map(|d| d.note.clone()).unwrap_or_default(),
                date(l.doc.and_then(|d| d.expires)),
            ]);
            rows.push(row);
        }
    }
    (found || only.is_none()).then_some((headers, rows))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::compliance::{
        DocKind, Requirement, RequirementKind, RequirementStatus, StandingDocument,
    };
    use crate::model::{Authority, Outcome, Pursuit};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn one_row_per_requirement_and_linked_document() {
        let mut a = Authority::new("a-1", "Mairie");
        let mut x = Pursuit::new("p-1", "Nettoyage");
        x.j = Some(d("2027-06-30"));
        let mut r = Requirement::new("r-1", RequirementKind::Visit, "Visite");
        r.status = RequirementStatus::InProgress;
        r.owner = "Paul".into();
        x.requirements.push(r);
        x.documents_not_required.push(DocKind::Insurance);
        let mut closed = Pursuit::new("p-2", "Ancien");
        closed.outcome = Outcome::Lost;
        a.pursuits = vec![x, closed];
        let p = Portfolio {
            authorities: vec![a].into(),
            documents: vec![StandingDocument {
                id: "d-1".into(),
                kind: DocKind::Urssaf,
                label: String::new(),
                issued: d("2026-11-01"),
                expires: Some(d("2027-05-01")),
                note: "Admin/urssaf.pdf".into(),
                extra: Default::default(),
            }],
            ..Portfolio::default()
        };
        let (headers, rows) = matrix(&p, None, Lang::En).unwrap();
        assert_eq!(headers.len(), rows[0].len());
        assert_eq!(rows.len(), 5, "{rows:#?}");
        assert_eq!(
            rows[0],
            [
                "Mairie",
                "p-1",
                "Nettoyage",
                "2027-06-30",
                "no",
                "requirement",
                "r-1",
                "site visit",
                "Visite",
                "in progress",
                "2027-06-29",
                "Paul",
                "",
                ""
            ]
        );
        assert_eq!(
            rows[1][6..],
            [
                "d-1",
                "URSSAF certificate",
                "URSSAF certificate",
                "expires before J",
                "",
                "",
                "Admin/urssaf.pdf",
                "2027-05-01"
            ]
        );
        assert_eq!(rows[2][9], "none recorded");
        assert_eq!(rows[4][9], "not required");
        assert!(matrix(&p, Some("p-2"), Lang::En).unwrap().1.len() == 4);
        assert!(matrix(&p, Some("nope"), Lang::En).is_none());
    }
}
