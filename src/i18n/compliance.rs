//! Words of the compliance features (issue 13): standing documents,
//! requirements, readiness and their warnings.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::Lang;
use crate::model::compliance::{
    DocKind, Missing, RequirementKind, RequirementStatus, StandingDocument,
};

/// A document kind as users name it.
pub fn doc_kind(l: Lang, k: &DocKind) -> Cow<'_, str> {
    Cow::Borrowed(match k {
        DocKind::Urssaf => l.pick("Attestation URSSAF", "URSSAF certificate"),
        DocKind::Fiscal => l.pick("Attestation fiscale", "Tax certificate"),
        DocKind::Kbis => l.pick("Extrait Kbis", "Kbis extract"),
        DocKind::Insurance => l.pick("Attestation d'assurance", "Insurance certificate"),
        DocKind::Certification => l.pick("Certification", "Certification"),
        DocKind::References => l.pick("Références", "References"),
        DocKind::Dume => l.pick("DUME ou DC1/DC2", "DUME or DC1/DC2"),
        DocKind::Rib => l.pick("RIB", "Bank details (RIB)"),
        DocKind::Delegation => l.pick("Délégation de signature", "Delegation of signature"),
        DocKind::Other(s) => return Cow::Borrowed(s.as_str()),
    })
}

/// "Attestation URSSAF" or "Certification — Qualibat 1312".
pub fn doc_name<'a>(l: Lang, d: &'a StandingDocument) -> Cow<'a, str> {
    let kind = doc_kind(l, &d.kind);
    if d.label.trim().is_empty() {
        kind
    } else {
        Cow::Owned(format!("{kind} — {}", d.label))
    }
}

pub fn requirement_kind(l: Lang, k: RequirementKind) -> &'static str {
    match k {
        RequirementKind::Document => l.pick("pièce", "document"),
        RequirementKind::Visit => l.pick("visite", "site visit"),
        RequirementKind::Questions => l.pick("questions", "questions"),
        RequirementKind::Condition => l.pick("condition", "condition"),
        RequirementKind::Submission => l.pick("dépôt", "submission"),
    }
}

pub fn status(l: Lang, s: RequirementStatus) -> &'static str {
    match s {
        RequirementStatus::Todo => l.pick("à faire", "to do"),
        RequirementStatus::InProgress => l.pick("en cours", "in progress"),
        RequirementStatus::Ready => l.pick("prêt", "ready"),
        RequirementStatus::NotRequired => l.pick("non requis", "not required"),
    }
}

/// The symbol that tells a status without colour.
pub fn status_symbol(s: RequirementStatus) -> &'static str {
    match s {
        RequirementStatus::Todo => "○",
        RequirementStatus::InProgress => "◐",
        RequirementStatus::Ready => "●",
        RequirementStatus::NotRequired => "–",
    }
}

/// "Attestation URSSAF expire le 01/05/2027, avant J le 30/06/2027 — à renouveler".
pub fn expires_before_j(l: Lang, doc: &str, expires: NaiveDate, j: NaiveDate) -> String {
    let (e, j) = (l.date(expires), l.date(j));
    l.pick(
        format!("{doc} expire le {e}, avant J le {j} — à renouveler"),
        format!("{doc} expires on {e}, before J on {j} — renew it"),
    )
}

/// A standing document expiring within 30 days, or expired.
pub fn expiring(l: Lang, doc: &str, expires: NaiveDate, today: NaiveDate) -> String {
    let e = l.date(expires);
    if expires < today {
        l.pick(
            format!("{doc} a expiré le {e} — à renouveler"),
            format!("{doc} expired on {e} — renew it"),
        )
    } else {
        l.pick(
            format!("{doc} expire le {e} — à renouveler"),
            format!("{doc} expires on {e} — renew it"),
        )
    }
}

pub fn requirement_due(l: Lang, label: &str, due: NaiveDate) -> String {
    let d = l.date(due);
    l.pick(
        format!("{label} : pas prêt à l'échéance du {d}"),
        format!("{label}: not ready by its due date {d}"),
    )
}

pub fn deadline_soon(l: Lang, label: &str, due: NaiveDate) -> String {
    let d = l.date(due);
    l.pick(
        format!("{label} : date limite le {d}"),
        format!("{label}: deadline on {d}"),
    )
}

/// One thing that keeps a pursuit from being ready, on one line.
pub fn missing(l: Lang, m: &Missing, j: Option<NaiveDate>) -> String {
    match m {
        Missing::NoJ => l.pick("jour J inconnu", "day J unknown").to_string(),
        Missing::Requirement(r) => format!("{} ({})", r.label, status(l, r.status)),
        Missing::Expired(d) => match (d.expires, j) {
            (Some(e), Some(j)) => expires_before_j(l, &doc_name(l, d), e, j),
            _ => doc_name(l, d).into_owned(),
        },
    }
}
