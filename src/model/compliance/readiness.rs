//! "Ready to file" (prêt à déposer): every requirement ready and every
//! linked standing document still valid on J. Pure functions of the model.

use chrono::NaiveDate;

use super::requirement::Requirement;
use super::standing::{DocKind, StandingDocument, current_of};
use crate::model::Pursuit;

/// A standing document as one pursuit sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedDoc<'a> {
    pub kind: DocKind,
    /// The document that counts; `None` when none of this kind is recorded.
    pub doc: Option<&'a StandingDocument>,
    /// A candidature document, linked by default (else linked by hand).
    pub by_default: bool,
    /// The pursuit marked it not required.
    pub not_required: bool,
}

impl LinkedDoc<'_> {
    /// The document fails this pursuit: it is required and expires before J.
    pub fn fails(&self, j: NaiveDate) -> bool {
        !self.not_required && self.doc.is_some_and(|d| !d.valid_on(j))
    }
}

/// The candidature kinds (whether recorded or not, so the pursuit can mark
/// them not required), then the documents linked by hand, in that order.
pub fn linked_documents<'a>(docs: &'a [StandingDocument], p: &Pursuit) -> Vec<LinkedDoc<'a>> {
    let mut out: Vec<LinkedDoc<'a>> = DocKind::CANDIDATURE
        .iter()
        .map(|k| LinkedDoc {
            kind: k.clone(),
            doc: current_of(docs, k),
            by_default: true,
            not_required: p.documents_not_required.contains(k),
        })
        .collect();
    for id in &p.documents {
        if let Some(d) = docs.iter().find(|d| &d.id == id)
            && !out.iter().any(|l| l.doc.is_some_and(|x| x.id == d.id))
        {
            out.push(LinkedDoc {
                kind: d.kind.clone(),
                doc: Some(d),
                by_default: false,
                not_required: false,
            });
        }
    }
    out
}

/// What keeps a pursuit from being ready to file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing<'a> {
    /// J is unknown: validity on J cannot be told.
    NoJ,
    /// A requirement neither ready nor marked not required.
    Requirement(&'a Requirement),
    /// A linked document that expires before J.
    Expired(&'a StandingDocument),
    /// A candidature document every bid files (URSSAF, fiscal, Kbis,
    /// insurance) of which none is recorded: its validity cannot be told.
    NotRecorded(DocKind),
}

/// Everything that keeps `p` from being ready to file on `j` (its effective
/// J); empty means ready.
pub fn missing<'a>(
    docs: &'a [StandingDocument],
    p: &'a Pursuit,
    j: Option<NaiveDate>,
) -> Vec<Missing<'a>> {
    let mut out: Vec<Missing<'a>> = p
        .requirements
        .iter()
        .filter(|r| !r.status.is_settled())
        .map(Missing::Requirement)
        .collect();
    let linked = linked_documents(docs, p);
    // Not recorded blocks whatever J: "ready" must never rest on a
    // document nobody has.
    out.extend(
        linked
            .iter()
            .filter(|l| l.by_default && !l.not_required && l.doc.is_none())
            .map(|l| Missing::NotRecorded(l.kind.clone())),
    );
    match j {
        None => out.push(Missing::NoJ),
        Some(j) => out.extend(
            linked
                .into_iter()
                .filter(|l| l.fails(j))
                .filter_map(|l| l.doc.map(Missing::Expired)),
        ),
    }
    out
}

pub fn is_ready(docs: &[StandingDocument], p: &Pursuit, j: Option<NaiveDate>) -> bool {
    missing(docs, p, j).is_empty()
}

#[cfg(test)]
#[path = "readiness_tests.rs"]
mod tests;
