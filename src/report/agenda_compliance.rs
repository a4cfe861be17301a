//! The compliance warnings (issue 13) as agenda entries: a linked document
//! expiring before J, a requirement not ready at its due date, a visit or
//! question deadline within a week, a standing document expiring within 30
//! days. They ignore `--days`: each kind has its own notice period.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use super::due::{Ctx, Due, DueState, EntryKind, NO_AUTHORITY, idx, urgency};
use crate::i18n::{Lang, compliance as words};
use crate::model::compliance::warnings::{document_warnings, pursuit_warnings};
use crate::model::compliance::{Warning, WarningKind};
use crate::model::progress::windows_of;
use crate::model::{Authority, Portfolio, Pursuit};

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

fn state(w: &Warning, today: NaiveDate) -> DueState {
    match w.kind {
        // To renew now, whenever it expires.
        WarningKind::DocumentExpires => DueState::Due,
        WarningKind::DeadlineSoon => DueState::Upcoming,
        _ if w.date < today => DueState::Late,
        _ => DueState::Due,
    }
}

/// A warning as a record; its words are found again by position.
fn due_of(ctx: &Ctx, w: &Warning, n: usize, days_to_j: Option<i64>) -> Due {
    let mut d = ctx.due(entry_kind(w.kind), w.date, days_to_j);
    d.state = state(w, ctx.today);
    d.urgency = urgency(d.kind, d.state, days_to_j);
    d.warning = Some(idx(n));
    d
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

/// The warnings of every pursuit of the authority (a [`super::due::Producer`]).
pub fn pursuit_dues(ctx: &Ctx, out: &mut Vec<Due>) {
    let mut ws = Vec::new();
    for (pi, pursuit) in ctx.a.pursuits.iter().enumerate() {
        ws.clear();
        pursuit_warnings(ctx.p, ctx.a, pursuit, ctx.today, &mut ws);
        let to_j = windows_of(pursuit, &ctx.p.settings)
            .ok()
            .map(|(w, _)| w.days_to_j(ctx.today));
        for (n, w) in ws.iter().enumerate() {
            let mut d = due_of(ctx, w, n, to_j);
            d.pursuit = Some(idx(pi));
            out.push(d);
        }
    }
}

/// The standing documents' own warnings: they belong to no authority
/// ([`NO_AUTHORITY`]).
pub fn document_dues(p: &Portfolio, today: NaiveDate) -> Vec<Due> {
    let mut ws = Vec::new();
    document_warnings(&p.documents, today, &mut ws);
    ws.iter()
        .enumerate()
        .map(|(n, w)| lone_due(w, n, today))
        .collect()
}

fn lone_due(w: &Warning, n: usize, today: NaiveDate) -> Due {
    let kind = entry_kind(w.kind);
    let state = state(w, today);
    Due {
        date: w.date,
        kind,
        state,
        authority: NO_AUTHORITY,
        pursuit: None,
        contact: None,
        interaction: None,
        warning: Some(idx(n)),
        item: None,
        stage: None,
        days_to_j: None,
        urgency: urgency(kind, state, None),
        group: None,
        seq: idx(n),
    }
}

/// The words of warning `n` of `pursuit` (or of the standing documents
/// when `pursuit` is `None`): the requirement's label and the extras.
pub fn resolve<'a>(
    p: &'a Portfolio,
    authority: Option<&'a Authority>,
    pursuit: Option<&'a Pursuit>,
    n: u32,
    today: NaiveDate,
    lang: Lang,
) -> Option<(Option<&'a str>, Extra<'a>)> {
    let mut ws = Vec::new();
    match (authority, pursuit) {
        (Some(a), Some(pu)) => pursuit_warnings(p, a, pu, today, &mut ws),
        _ => document_warnings(&p.documents, today, &mut ws),
    }
    let w = ws.get(n as usize)?;
    Some((
        w.requirement.map(|r| r.label.as_str()),
        extra(w, today, lang),
    ))
}

#[cfg(test)]
#[path = "agenda_compliance_tests.rs"]
mod tests;
