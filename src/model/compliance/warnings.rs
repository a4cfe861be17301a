//! The compliance warnings of the Today view and the agenda: a linked
//! document that expires before J, a requirement not ready at its due date,
//! a visit or question deadline within a week, a standing document that
//! expires within 30 days.

use chrono::NaiveDate;

use super::readiness::linked_documents;
use super::requirement::Requirement;
use super::standing::{StandingDocument, superseded};
use crate::model::dates::add_days;
use crate::model::{Authority, Portfolio, Pursuit};

/// Days ahead a visit or question deadline is announced.
pub const DEADLINE_NOTICE_DAYS: u32 = 7;
/// Days ahead a standing document's expiry is announced.
pub const EXPIRY_NOTICE_DAYS: u32 = 30;

/// What a warning is about. The JSON spelling (`snake_case`) is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// A document linked to a pursuit expires before its J.
    DocumentExpires,
    /// A requirement is not ready on or after its due date.
    RequirementDue,
    /// A visit or question deadline falls within the next week.
    DeadlineSoon,
    /// A standing document expires within 30 days (or has expired).
    DocumentExpiring,
}

impl WarningKind {
    pub fn key(self) -> &'static str {
        match self {
            WarningKind::DocumentExpires => "document_expires",
            WarningKind::RequirementDue => "requirement_due",
            WarningKind::DeadlineSoon => "deadline_soon",
            WarningKind::DocumentExpiring => "document_expiring",
        }
    }
}

/// One warning, borrowing from the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning<'a> {
    pub kind: WarningKind,
    /// The day it is about: the expiry, or the requirement's due date.
    pub date: NaiveDate,
    pub authority: Option<&'a Authority>,
    pub pursuit: Option<&'a Pursuit>,
    pub requirement: Option<&'a Requirement>,
    pub document: Option<&'a StandingDocument>,
    /// The pursuit's J, for the warnings about one.
    pub j: Option<NaiveDate>,
}

/// Every compliance warning on `today`, in portfolio order: standing
/// documents first, then pursuit by pursuit. Closed pursuits and those
/// whose J is past are left out.
pub fn warnings(p: &Portfolio, today: NaiveDate) -> Vec<Warning<'_>> {
    let mut out = Vec::new();
    document_warnings(&p.documents, today, &mut out);
    for a in &p.authorities {
        for pursuit in &a.pursuits {
            pursuit_warnings(p, a, pursuit, today, &mut out);
        }
    }
    out
}

/// Standing documents that expire within 30 days (or already have), unless
/// a newer one of the same kind replaced them.
pub fn document_warnings<'a>(
    docs: &'a [StandingDocument],
    today: NaiveDate,
    out: &mut Vec<Warning<'a>>,
) {
    let soon = add_days(today, EXPIRY_NOTICE_DAYS).unwrap_or(NaiveDate::MAX);
    for d in docs {
        if let Some(e) = d.expires
            && e <= soon
            && !superseded(docs, d)
        {
            out.push(Warning {
                kind: WarningKind::DocumentExpiring,
                date: e,
                authority: None,
                pursuit: None,
                requirement: None,
                document: Some(d),
                j: None,
            });
        }
    }
}

/// The warnings of one pursuit.
pub fn pursuit_warnings<'a>(
    p: &'a Portfolio,
    a: &'a Authority,
    pursuit: &'a Pursuit,
    today: NaiveDate,
    out: &mut Vec<Warning<'a>>,
) {
    if pursuit.outcome.is_closed() {
        return;
    }
    let Some((j, _)) = pursuit.effective_j(p.settings.lead_time_days) else {
        return;
    };
    if j < today {
        return;
    }
    let warn = |kind, date, requirement, document| Warning {
        kind,
        date,
        authority: Some(a),
        pursuit: Some(pursuit),
        requirement,
        document,
        j: Some(j),
    };
    for l in linked_documents(&p.documents, pursuit) {
        if l.fails(j)
            && let Some(d) = l.doc
            && let Some(e) = d.expires
        {
            out.push(warn(WarningKind::DocumentExpires, e, None, Some(d)));
        }
    }
    let soon = add_days(today, DEADLINE_NOTICE_DAYS).unwrap_or(NaiveDate::MAX);
    for r in &pursuit.requirements {
        if r.status.is_settled() {
            continue;
        }
        let Some(due) = r.due_on(Some(j)) else {
            continue;
        };
        if due <= today {
            out.push(warn(WarningKind::RequirementDue, due, Some(r), None));
        } else if r.kind.is_deadline() && due <= soon {
            out.push(warn(WarningKind::DeadlineSoon, due, Some(r), None));
        }
    }
}

#[cfg(test)]
#[path = "warnings_tests.rs"]
mod tests;
