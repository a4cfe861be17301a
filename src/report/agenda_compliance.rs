//! The compliance warnings (issue 13) as agenda entries: a linked document
//! expiring before J, a requirement not ready at its due date, a visit or
//! question deadline within a week, a standing document expiring within 30
//! days. They ignore `--days`: each kind has its own notice period.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use super::agenda::{Entry, EntryKind, Place};
use crate::i18n::{Lang, compliance as words};
use crate::model::compliance::warnings::{document_warnings, pursuit_warnings};
use crate::model::compliance::{Warning, WarningKind};
use crate::model::{Portfolio, Pursuit};

/// What a compliance entry adds to the common keys (flattened in JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extra<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_id: Option<&'a str>,
    /// The document's kind as users name it, with its label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Cow<'a, str>>,
    /// The kind's stable key (`urssaf`) or free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<NaiveDate>,
    /// The pursuit's J, for the entries about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub j: Option<NaiveDate>,
    /// The warning in words.
    pub message: String,
}

pub fn entry_kind(k: WarningKind) -> EntryKind {
    match k {
        WarningKind::DocumentExpires => EntryKind::DocumentExpires,
        WarningKind::RequirementDue => EntryKind::RequirementDue,
        WarningKind::DeadlineSoon => EntryKind::DeadlineSoon,
        WarningKind::DocumentExpiring => EntryKind::DocumentExpiring,
    }
}

fn state(w: &Warning, today: NaiveDate) -> &'static str {
    match w.kind {
        // To renew now, whenever it expires.
        WarningKind::DocumentExpires => "due",
        WarningKind::DeadlineSoon => "upcoming",
        _ if w.date < today => "late",
        _ => "due",
    }
}

/// The message and extras of one warning.
pub fn extra<'a>(w: &Warning<'a>, today: NaiveDate, lang: Lang) -> Extra<'a> {
    let doc = w.document.map(|d| words::doc_name(lang, d));
    let message = match (w.kind, &doc, w.requirement) {
        (WarningKind::DocumentExpires, Some(name), _) => {
            words::expires_before_j(lang, name, w.date, w.j.unwrap_or(w.date))
        }
        (WarningKind::DocumentExpiring, Some(name), _) => {
            words::expiring(lang, name, w.date, today)
        }
        (WarningKind::RequirementDue, _, Some(r)) => words::requirement_due(lang, &r.label, w.date),
        (WarningKind::DeadlineSoon, _, Some(r)) => words::deadline_soon(lang, &r.label, w.date),
        _ => String::new(),
    };
    Extra {
        requirement_id: w.requirement.map(|r| r.id.as_str()),
        document_id: w.document.map(|d| d.id.as_str()),
        document_kind: w.document.map(|d| d.kind.key()),
        expires: w.document.and_then(|d| d.expires),
        j: w.j,
        document: doc,
        message,
    }
}

/// The warnings of one pursuit, into `out`.
pub(super) fn pursuit_entries<'a>(
    p: &'a Portfolio,
    at: &Place<'a>,
    pursuit: &'a Pursuit,
    lang: Lang,
    out: &mut Vec<Entry<'a>>,
) {
    let mut ws = Vec::new();
    pursuit_warnings(p, at.a, pursuit, at.today, &mut ws);
    for w in ws {
        let mut e = at.entry(w.date, entry_kind(w.kind), state(&w, at.today), out.len());
        e.pursuit = Some(&pursuit.object);
        e.pursuit_id = Some(&pursuit.id);
        e.item = w.requirement.map(|r| r.label.as_str());
        e.compliance = Some(extra(&w, at.today, lang));
        out.push(e);
    }
}

/// The standing documents' own warnings, into `out`. They belong to no
/// authority: `authority` and `authority_id` are empty.
pub(super) fn document_entries<'a>(
    p: &'a Portfolio,
    today: NaiveDate,
    lang: Lang,
    out: &mut Vec<Entry<'a>>,
) {
    let mut ws = Vec::new();
    document_warnings(&p.documents, today, &mut ws);
    for w in ws {
        out.push(Entry {
            date: w.date,
            kind: entry_kind(w.kind),
            authority: "",
            pursuit: None,
            item: None,
            state: state(&w, today),
            contact: None,
            authority_id: "",
            pursuit_id: None,
            item_id: None,
            contact_id: None,
            compliance: Some(extra(&w, today, lang)),
            // Before every authority of the same day and kind.
            order: (0, 0),
        });
    }
}

#[cfg(test)]
#[path = "agenda_compliance_tests.rs"]
mod tests;
