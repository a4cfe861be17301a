//! The readiness rule over every combination of a missing requirement, an
//! expired document and a not-required item.

use chrono::NaiveDate;

use super::*;
use crate::model::compliance::{RequirementKind, RequirementStatus};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn urssaf(issued: &str, expires: &str) -> StandingDocument {
    StandingDocument {
        id: "d-urssaf".into(),
        kind: DocKind::Urssaf,
        label: String::new(),
        issued: d(issued),
        expires: Some(d(expires)),
        note: String::new(),
        extra: Default::default(),
    }
}

fn req(id: &str, status: RequirementStatus) -> Requirement {
    let mut r = Requirement::new(id, RequirementKind::Document, id);
    r.status = status;
    r
}

#[test]
fn every_combination_of_requirement_document_and_not_required() {
    use RequirementStatus::*;
    let j = Some(d("2027-06-30"));
    // The other candidature documents are not asked for here.
    let others = [DocKind::Fiscal, DocKind::Kbis, DocKind::Insurance];
    for req_status in [Todo, InProgress, Ready, NotRequired] {
        for doc_expired in [false, true] {
            for doc_waived in [false, true] {
                for no_requirements in [false, true] {
                    let docs = vec![if doc_expired {
                        urssaf("2026-11-01", "2027-05-01")
                    } else {
                        urssaf("2027-01-15", "2027-07-15")
                    }];
                    let mut p = Pursuit::new("p", "X");
                    p.documents_not_required = others.to_vec();
                    if !no_requirements {
                        p.requirements = vec![req("r-1", Ready), req("r-2", req_status)];
                    }
                    if doc_waived {
                        p.documents_not_required.push(DocKind::Urssaf);
                    }
                    let requirement_blocks = !no_requirements && !req_status.is_settled();
                    let doc_blocks = doc_expired && !doc_waived;
                    let m = missing(&docs, &p, j);
                    assert_eq!(
                        is_ready(&docs, &p, j),
                        !requirement_blocks && !doc_blocks,
                        "{req_status:?} expired={doc_expired} waived={doc_waived} none={no_requirements}: {m:?}"
                    );
                    assert_eq!(
                        m.iter()
                            .any(|x| matches!(x, Missing::Requirement(r) if r.id == "r-2")),
                        requirement_blocks
                    );
                    assert_eq!(
                        m.iter().any(|x| matches!(x, Missing::Expired(_))),
                        doc_blocks
                    );
                }
            }
        }
    }
}

#[test]
fn valid_on_j_itself_and_renewal_replaces_the_old_document() {
    let mut docs = vec![urssaf("2026-11-01", "2027-05-01")];
    let mut p = Pursuit::new("p", "X");
    p.documents_not_required = vec![DocKind::Fiscal, DocKind::Kbis, DocKind::Insurance];
    assert!(is_ready(&docs, &p, Some(d("2027-05-01"))));
    assert!(!is_ready(&docs, &p, Some(d("2027-05-02"))));
    let mut renewed = urssaf("2027-04-01", "2027-10-01");
    renewed.id = "d-new".into();
    docs.push(renewed);
    assert!(is_ready(&docs, &p, Some(d("2027-06-30"))));
    // A document linked by hand counts too, and only once.
    docs.push(StandingDocument {
        id: "d-iso".into(),
        kind: DocKind::Certification,
        label: "ISO 9001".into(),
        issued: d("2024-01-01"),
        expires: Some(d("2027-01-01")),
        note: String::new(),
        extra: Default::default(),
    });
    p.documents = vec!["d-iso".into(), "d-iso".into(), "gone".into()];
    let linked = linked_documents(&docs, &p);
    assert_eq!(linked.len(), 5);
    assert!(!linked[4].by_default);
    assert_eq!(
        missing(&docs, &p, Some(d("2027-06-30"))),
        vec![Missing::Expired(&docs[2])]
    );
}

#[test]
fn unknown_j_is_never_ready_and_unrecorded_candidature_documents_block() {
    let mut p = Pursuit::new("p", "X");
    let j = Some(d("2027-06-30"));
    let all_four: Vec<Missing> = DocKind::CANDIDATURE
        .iter()
        .cloned()
        .map(Missing::NotRecorded)
        .collect();
    // Nothing recorded: ready would be a lie (it said "ready ✓ 0/0").
    assert_eq!(missing(&[], &p, j), all_four);
    let mut with_no_j = all_four.clone();
    with_no_j.push(Missing::NoJ);
    assert_eq!(missing(&[], &p, None), with_no_j);
    let linked = linked_documents(&[], &p);
    assert_eq!(linked.len(), 4);
    assert!(linked.iter().all(|l| l.doc.is_none() && l.by_default));
    // Recorded and valid on J, or marked not required: no longer missing.
    let docs = vec![urssaf("2027-01-15", "2027-07-15")];
    p.documents_not_required = vec![DocKind::Fiscal, DocKind::Kbis];
    assert_eq!(
        missing(&docs, &p, j),
        vec![Missing::NotRecorded(DocKind::Insurance)]
    );
    p.documents_not_required.push(DocKind::Insurance);
    assert!(is_ready(&docs, &p, j));
    // A kind linked by hand and never recorded is not a candidature one:
    // only the four block.
    p.documents.push("d-gone".into());
    assert!(is_ready(&docs, &p, j));
}
