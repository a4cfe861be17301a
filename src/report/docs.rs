//! `retroplan docs`: the standing documents with their validity and the
//! open pursuits each one fails (its expiry falls before their J).

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{Lang, compliance as words};
use crate::model::Portfolio;
use crate::model::compliance::standing::superseded;
use crate::model::compliance::{StandingDocument, linked_documents};
use crate::model::text::clean_line;

/// An open pursuit a document fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fail<'a> {
    pub id: &'a str,
    pub object: &'a str,
    pub j: NaiveDate,
    pub authority: &'a str,
}

/// One standing document as `docs --json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocLine<'a> {
    pub id: &'a str,
    /// The kind's key (`urssaf`) or free text.
    pub kind: &'a str,
    /// The kind as users name it, with the label.
    pub name: Cow<'a, str>,
    pub label: &'a str,
    pub issued: NaiveDate,
    pub expires: Option<NaiveDate>,
    /// Valid today (through its expiry day).
    pub valid: bool,
    /// A newer document of the same kind replaced it.
    pub superseded: bool,
    pub note: &'a str,
    /// The open pursuits (J today or later) linked to it whose J falls after `expires`.
    pub fails: Vec<Fail<'a>>,
}

/// Every standing document, in file order, with what it fails.
pub fn lines(p: &Portfolio, today: NaiveDate, lang: Lang) -> Vec<DocLine<'_>> {
    let mut out: Vec<DocLine<'_>> = p
        .documents
        .iter()
        .map(|d| DocLine {
            id: &d.id,
            kind: d.kind.key(),
            name: words::doc_name(lang, d),
            label: &d.label,
            issued: d.issued,
            expires: d.expires,
            valid: d.valid_on(today),
            superseded: superseded(&p.documents, d),
            note: &d.note,
            fails: Vec::new(),
        })
        .collect();
    let lead = p.settings.lead_time_days;
    for (a, x) in p.pursuits() {
        if x.outcome.is_closed() {
            continue;
        }
        let Some((j, _)) = x.effective_j(lead).filter(|(j, _)| *j >= today) else {
            continue;
        };
        for l in linked_documents(&p.documents, x) {
            let Some(d) = l.doc.filter(|_| l.fails(j)) else {
                continue;
            };
            if let Some(line) = out.iter_mut().find(|o| o.id == d.id) {
                line.fails.push(Fail {
                    id: &x.id,
                    object: &x.object,
                    j,
                    authority: &a.name,
                });
            }
        }
    }
    out
}

/// The list as a terminal reads it.
pub fn render(lines: &[DocLine], today: NaiveDate, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", words::docs_title(lang, today));
    if lines.is_empty() {
        let _ = writeln!(out, "\n{}", words::docs_empty(lang));
        return out;
    }
    for d in lines {
        let _ = writeln!(out, "\n  {}  {}", d.id, clean_line(&d.name));
        let _ = writeln!(
            out,
            "      {}",
            words::validity(lang, d.issued, d.expires, d.valid, d.superseded)
        );
        if !d.note.is_empty() {
            let _ = writeln!(out, "      {}", clean_line(d.note));
        }
        for f in &d.fails {
            if let Some(e) = d.expires {
                let _ = writeln!(
                    out,
                    "      ✗ {} › {} — {}",
                    clean_line(f.authority),
                    clean_line(f.object),
                    words::expires_before_j(lang, &clean_line(&d.name), e, f.j)
                );
            }
        }
    }
    out
}

/// A new document of `kind` issued on `issued`, its expiry defaulted from
/// the kind (and the portfolio's settings) unless given.
pub fn new_document(
    p: &Portfolio,
    id: String,
    kind: crate::model::compliance::DocKind,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
    note: String,
) -> StandingDocument {
    let expires = expires.or_else(|| {
        crate::model::compliance::default_expiry(
            &kind,
            issued,
            &p.settings.document_validity_months,
        )
    });
    StandingDocument {
        id,
        kind,
        label: String::new(),
        issued,
        expires,
        note,
        extra: Default::default(),
    }
}
