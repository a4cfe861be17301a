//! Stage 3's compliance block in the checklist view: the pursuit's
//! requirements and linked standing documents, and whether it is ready to
//! file on J. Built with the checklist view, read by navigation and drawing.

use chrono::NaiveDate;

use super::check_line::Line;
use crate::model::compliance::{DocKind, is_ready, linked_documents};
use crate::model::{Portfolio, Pursuit};

pub use super::compliance_state::DocState;

/// One linked document as the checklist shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRow {
    pub kind: DocKind,
    pub doc_id: Option<String>,
    pub label: String,
    pub expires: Option<NaiveDate>,
    pub state: DocState,
    /// A candidature document (linked by default: space marks it not required).
    pub by_default: bool,
}

/// The block's facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ComplianceView {
    pub docs: Vec<DocRow>,
    pub j: Option<NaiveDate>,
    pub ready: bool,
    /// Requirements settled (ready or not required) out of all.
    pub settled: (usize, usize),
}

impl ComplianceView {
    pub fn build(p: &Portfolio, pursuit: &Pursuit, j: Option<NaiveDate>) -> ComplianceView {
        // A candidature kind never recorded blocks: shown, so that Space can
        // mark it not required and `D` add it.
        let docs = linked_documents(&p.documents, pursuit)
            .into_iter()
            .map(|l| DocRow {
                state: match (l.not_required, l.doc, j) {
                    (true, _, _) => DocState::NotRequired,
                    (false, None, _) => DocState::NotRecorded,
                    (false, Some(_), Some(j)) if l.fails(j) => DocState::ExpiresBeforeJ,
                    _ => DocState::Valid,
                },
                kind: l.kind,
                doc_id: l.doc.map(|d| d.id.clone()),
                label: l.doc.map(|d| d.label.clone()).unwrap_or_default(),
                expires: l.doc.and_then(|d| d.expires),
                by_default: l.by_default,
            })
            .collect();
        let settled = pursuit
            .requirements
            .iter()
            .filter(|r| r.status.is_settled())
            .count();
        ComplianceView {
            docs,
            j,
            ready: is_ready(&p.documents, pursuit, j),
            settled: (settled, pursuit.requirements.len()),
        }
    }

    /// The block's lines: a head, the requirements, then the documents.
    pub fn lines(&self, pursuit: &Pursuit) -> Vec<Line> {
        let mut out = Vec::with_capacity(2 + pursuit.requirements.len() + self.docs.len());
        out.push(Line::ComplianceHead);
        out.extend((0..pursuit.requirements.len()).map(Line::Requirement));
        // No requirement yet: how to add them, above the documents.
        if pursuit.requirements.is_empty() {
            out.push(Line::ComplianceEmpty);
        }
        out.extend((0..self.docs.len()).map(Line::Document));
        out
    }
}

/// Insert the block at the end of stage 3, before day J's section.
pub fn insert(lines: &mut Vec<Line>, block: Vec<Line>) {
    let at = lines
        .iter()
        .position(|l| *l == Line::SubmitHead)
        // Before the blank line that opens J's section.
        .map(|i| i.saturating_sub(1))
        .unwrap_or(lines.len());
    lines.splice(at..at, block);
}
