//! The rules of the compliance data (issue 13): standing documents and each
//! pursuit's requirements and links. All warnings: the program copes.

use std::collections::HashSet;

use super::problem::{Location, Problem, ProblemKind, sane_date};
use crate::model::Portfolio;
use crate::model::compliance::DocKind;

pub(super) fn check(p: &Portfolio, out: &mut Vec<Problem>) {
    for months in p.settings.document_validity_months.values() {
        if *months > 240 {
            out.push(Problem::new(
                Location::Settings,
                ProblemKind::SettingOutOfRange {
                    name: "document_validity_months",
                    value: *months,
                },
            ));
        }
    }
    for d in &p.documents {
        let at = || Location::Document { id: d.id.clone() };
        if d.kind == DocKind::Other(String::new()) {
            out.push(Problem::new(at(), ProblemKind::EmptyDocumentKind));
        }
        sane_date("issued", d.issued, &at, out);
        if let Some(e) = d.expires {
            sane_date("expires", e, &at, out);
            if e < d.issued {
                out.push(Problem::new(
                    at(),
                    ProblemKind::ExpiresBeforeIssued {
                        issued: d.issued,
                        expires: e,
                    },
                ));
            }
        }
    }
    for (a, x) in p.pursuits() {
        let mut seen = HashSet::new();
        for r in &x.requirements {
            let at = || Location::Requirement {
                authority: a.id.clone(),
                pursuit: x.id.clone(),
                id: r.id.clone(),
            };
            if r.id.trim().is_empty() {
                out.push(Problem::new(at(), ProblemKind::EmptyId));
            } else if !seen.insert(r.id.as_str()) {
                out.push(Problem::new(
                    at(),
                    ProblemKind::DuplicateRequirementId(r.id.clone()),
                ));
            }
            if r.label.trim().is_empty() {
                out.push(Problem::new(at(), ProblemKind::EmptyName));
            }
            if let Some(due) = r.due {
                sane_date("due", due, &at, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::compliance::{Requirement, RequirementKind, StandingDocument};
    use crate::model::{Authority, Pursuit};
    use crate::store::validate::{Severity, validate};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn flags_bad_documents_links_and_requirements() {
        let mut a = Authority::new("a-1", "Mairie");
        let mut x = Pursuit::new("p-1", "Nettoyage");
        x.j = Some(d("2027-06-30"));
        x.documents = vec!["d-gone".into()];
        let r = Requirement::new("r-1", RequirementKind::Document, "DPGF");
        x.requirements = vec![
            r.clone(),
            r,
            Requirement::new("r-2", RequirementKind::Visit, " "),
        ];
        a.pursuits.push(x);
        let doc = StandingDocument {
            id: "d-1".into(),
            kind: DocKind::Other(String::new()),
            label: String::new(),
            issued: d("2026-11-01"),
            expires: Some(d("2026-10-01")),
            note: String::new(),
            extra: Default::default(),
        };
        let mut p = Portfolio {
            authorities: vec![a].into(),
            documents: vec![doc.clone(), doc],
            ..Portfolio::default()
        };
        p.settings
            .document_validity_months
            .insert("kbis".into(), 1000);
        let problems = validate(&p, None);
        let kinds: Vec<&ProblemKind> = problems.iter().map(|x| &x.kind).collect();
        assert!(kinds.contains(&&ProblemKind::DuplicateId {
            id: "d-1".into(),
            count: 2
        }));
        assert!(kinds.contains(&&ProblemKind::EmptyDocumentKind));
        assert!(kinds.contains(&&ProblemKind::ExpiresBeforeIssued {
            issued: d("2026-11-01"),
            expires: d("2026-10-01")
        }));
        // A link to a deleted document is harmless (undo brings it back).
        assert!(!problems.iter().any(|x| format!("{x:?}").contains("d-gone")));
        assert!(kinds.contains(&&ProblemKind::DuplicateRequirementId("r-1".into())));
        assert!(kinds.contains(&&ProblemKind::EmptyName));
        assert!(kinds.contains(&&ProblemKind::SettingOutOfRange {
            name: "document_validity_months",
            value: 1000
        }));
        // Only the duplicate id stops a load.
        let errors: Vec<_> = problems
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(crate::store::validate::errors(&p).len() == 1);
    }
}
