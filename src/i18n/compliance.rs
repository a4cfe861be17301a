//! Words of the compliance features (issue 13): standing documents,
//! requirements, readiness and their warnings.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::Lang;
use crate::app::compliance_state::{DocState as DocLineState, Said};
use crate::model::compliance::{
    DocKind, LinkedDoc, Missing, RequirementKind, RequirementStatus, StandingDocument,
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
        Missing::NotRecorded(kind) => l.pick(
            format!("{} : aucune enregistrée", doc_kind(l, kind)),
            format!("{}: none recorded", doc_kind(l, kind)),
        ),
        Missing::Expired(d) => match (d.expires, j) {
            (Some(e), Some(j)) => expires_before_j(l, &doc_name(l, d), e, j),
            _ => doc_name(l, d).into_owned(),
        },
    }
}

pub fn docs_title(l: Lang, today: NaiveDate) -> String {
    l.pick(
        format!("Pièces administratives au {}", l.date(today)),
        format!("Standing documents on {}", l.date(today)),
    )
}

pub fn docs_empty(l: Lang) -> &'static str {
    l.pick(
        "Aucune pièce enregistrée. Ajoutez-en une : retroplan docs add urssaf --issued JJ/MM/AAAA",
        "No document recorded. Add one: retroplan docs add urssaf --issued YYYY-MM-DD",
    )
}

/// "délivrée le 01/11/2026, expire le 01/05/2027 (valide)".
pub fn validity(
    l: Lang,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
    valid: bool,
    superseded: bool,
) -> String {
    let i = l.date(issued);
    let state = match (superseded, valid) {
        (true, _) => l.pick("remplacée", "replaced"),
        (false, true) => l.pick("valide", "valid"),
        (false, false) => l.pick("expirée", "expired"),
    };
    match expires {
        Some(e) => l.pick(
            format!("délivrée le {i}, expire le {} ({state})", l.date(e)),
            format!("issued {i}, expires {} ({state})", l.date(e)),
        ),
        None => l.pick(
            format!("délivrée le {i}, sans expiration ({state})"),
            format!("issued {i}, no expiry ({state})"),
        ),
    }
}

/// `docs add`'s answer.
pub fn recorded(
    l: Lang,
    id: &str,
    name: &str,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
) -> String {
    let i = l.date(issued);
    match expires {
        Some(e) => l.pick(
            format!(
                "Enregistrée {id} : {name}, délivrée le {i}, expire le {}.",
                l.date(e)
            ),
            format!("Recorded {id}: {name}, issued {i}, expires {}.", l.date(e)),
        ),
        None => l.pick(
            format!("Enregistrée {id} : {name}, délivrée le {i}, sans expiration."),
            format!("Recorded {id}: {name}, issued {i}, no expiry."),
        ),
    }
}

pub fn expires_before_issued(l: Lang) -> &'static str {
    l.pick(
        "la date d'expiration précède la date de délivrance",
        "the expiry date comes before the issue date",
    )
}

pub fn empty_kind(l: Lang) -> &'static str {
    l.pick("le type de pièce est vide", "the document kind is empty")
}

/// The compliance matrix's columns.
pub fn matrix_headers(l: Lang) -> [&'static str; 14] {
    match l {
        Lang::Fr => [
            "Organisme",
            "Id marché",
            "Marché",
            "Jour J",
            "Prêt à déposer",
            "Ligne",
            "Id",
            "Type",
            "Libellé",
            "Statut",
            "Échéance",
            "Responsable",
            "Note",
            "Expire le",
        ],
        Lang::En => [
            "Authority",
            "Pursuit id",
            "Pursuit",
            "Day J",
            "Ready to file",
            "Line",
            "Id",
            "Kind",
            "Label",
            "Status",
            "Due",
            "Owner",
            "Note",
            "Expires",
        ],
    }
}

pub fn yes_no(l: Lang, yes: bool) -> &'static str {
    match yes {
        true => l.pick("oui", "yes"),
        false => l.pick("non", "no"),
    }
}

pub fn line_requirement(l: Lang) -> &'static str {
    l.pick("exigence", "requirement")
}

pub fn line_document(l: Lang) -> &'static str {
    l.pick("pièce", "document")
}

/// How a linked document stands for a pursuit whose J is `j`.
pub fn link_state(l: Lang, link: &LinkedDoc, j: Option<NaiveDate>) -> &'static str {
    if link.not_required {
        return l.pick("non requise", "not required");
    }
    match (link.doc, j) {
        (None, _) => l.pick("aucune enregistrée", "none recorded"),
        (Some(_), Some(j)) if link.fails(j) => l.pick("expire avant J", "expires before J"),
        (Some(_), Some(_)) => l.pick("valide à J", "valid on J"),
        (Some(_), None) => l.pick("J inconnu", "J unknown"),
    }
}

pub fn unknown_pursuit(l: Lang, id: &str) -> String {
    l.pick(
        format!("aucun marché d'identifiant « {id} » dans le portefeuille"),
        format!("no pursuit with id '{id}' in the portfolio"),
    )
}

pub fn ics_renew(l: Lang, doc: &str) -> String {
    l.pick(
        format!("À renouveler : {doc} (dernier jour de validité)"),
        format!("Renew: {doc} (last valid day)"),
    )
}

/// The checklist's compliance head.
pub fn block_title(l: Lang) -> &'static str {
    l.pick("Exigences et pièces", "Requirements and documents")
}

/// Right side of the head: ready or not, and requirements settled.
pub fn block_state(l: Lang, ready: bool, settled: (usize, usize)) -> String {
    let (done, total) = settled;
    // "0/0" would read as a score: without requirements, no count.
    let count = match total {
        0 => String::new(),
        _ => format!("  {done}/{total}"),
    };
    match ready {
        true => l.pick(
            format!("prêt à déposer ✓{count}"),
            format!("ready to file ✓{count}"),
        ),
        false => l.pick(
            format!("pas prêt à déposer{count}"),
            format!("not ready to file{count}"),
        ),
    }
}

pub fn block_empty(l: Lang, key: &str) -> String {
    l.pick(
        format!("      aucune exigence — {key} : partir du modèle, a : ajouter"),
        format!("      no requirement — {key}: start from the template, a: add"),
    )
}

/// A requirement's right-hand side: status and due date.
pub fn requirement_state(l: Lang, s: RequirementStatus, due: Option<NaiveDate>) -> String {
    match due {
        Some(d) if !s.is_settled() => format!("{} · {}", status(l, s), l.date(d)),
        _ => status(l, s).to_string(),
    }
}

/// A linked document's right-hand side.
pub fn doc_state(l: Lang, state: DocLineState, expires: Option<NaiveDate>) -> String {
    let e = expires.map(|e| l.date(e));
    match (state, e) {
        (DocLineState::ExpiresBeforeJ, Some(e)) => l.pick(
            format!("expire le {e}, avant J — à renouveler"),
            format!("expires {e}, before J — renew"),
        ),
        (DocLineState::Valid, Some(e)) => l.pick(
            format!("valide à J · jusqu'au {e}"),
            format!("valid on J · until {e}"),
        ),
        (DocLineState::Valid, None) => l.pick("valide, sans expiration", "valid, no expiry").into(),
        (DocLineState::NotRequired, _) => l.pick("non requise", "not required").into(),
        _ => l.pick("aucune enregistrée", "none recorded").into(),
    }
}

pub fn title_new_requirement(l: Lang) -> &'static str {
    l.pick("Nouvelle exigence", "New requirement")
}

pub fn title_edit_requirement(l: Lang) -> &'static str {
    l.pick("Modifier l'exigence", "Edit requirement")
}

pub fn title_new_document(l: Lang) -> &'static str {
    l.pick("Nouvelle pièce administrative", "New standing document")
}

pub fn title_edit_document(l: Lang) -> &'static str {
    l.pick("Modifier la pièce", "Edit document")
}

pub fn other_kind(l: Lang) -> &'static str {
    l.pick("Autre…", "Other…")
}

pub fn due_hint(l: Lang) -> &'static str {
    l.pick("vide : la veille de J", "empty: the day before J")
}

pub fn expiry_hint(l: Lang, date: Option<&str>) -> String {
    match date {
        Some(d) => l.pick(
            format!("vide : {d}, selon le type"),
            format!("empty: {d}, from the kind"),
        ),
        None => l
            .pick("vide : sans expiration", "empty: no expiry")
            .to_string(),
    }
}

pub fn confirm_delete_requirement(l: Lang, label: &str) -> String {
    l.pick(
        format!("Supprimer l'exigence « {label} » ? o/N"),
        format!("Delete the requirement '{label}'? y/N"),
    )
}

pub fn confirm_delete_document(l: Lang, name: &str) -> String {
    l.pick(
        format!("Supprimer la pièce « {name} » ? o/N"),
        format!("Delete the document '{name}'? y/N"),
    )
}

/// The status bar's word for what a compliance key did.
pub fn said(l: Lang, s: &Said) -> String {
    match s {
        Said::TemplateApplied(n) => l.pick(
            format!("{n} exigences ajoutées depuis le modèle — à compléter ou supprimer"),
            format!("{n} requirements added from the template — adapt or delete them"),
        ),
        Said::AlreadyHasRequirements => l
            .pick(
                "Ce marché a déjà des exigences : le modèle n'est pas ajouté",
                "This pursuit already has requirements: the template is not added",
            )
            .to_string(),
        Said::Status(st) => l.pick(
            format!("Exigence : {}", status(l, *st)),
            format!("Requirement: {}", status(l, *st)),
        ),
        Said::NotRequired(true) => l
            .pick(
                "Pièce non requise pour ce marché",
                "Document not required for this pursuit",
            )
            .to_string(),
        Said::NotRequired(false) => l
            .pick(
                "Pièce de nouveau requise pour ce marché",
                "Document required again for this pursuit",
            )
            .to_string(),
        Said::Linked(true) => l
            .pick(
                "Pièce liée au marché sélectionné",
                "Document linked to the selected pursuit",
            )
            .to_string(),
        Said::Linked(false) => l
            .pick(
                "Pièce détachée du marché",
                "Document unlinked from the pursuit",
            )
            .to_string(),
        Said::SubmitCancelled => l
            .pick("Dépôt non coché", "Submission left unticked")
            .to_string(),
    }
}

pub fn submit_title(l: Lang) -> &'static str {
    l.pick(" Pas prêt à déposer ", " Not ready to file ")
}

pub fn submit_question(l: Lang) -> &'static str {
    l.pick(
        "Cocher « je soumissionne » quand même ? o/N",
        "Tick 'I submit' anyway? y/N",
    )
}

pub fn submit_missing(l: Lang) -> &'static str {
    l.pick("Il manque :", "Missing:")
}

pub fn documents_title(l: Lang) -> &'static str {
    l.pick(" Pièces administratives ", " Standing documents ")
}

/// What a key does in the standing-documents list, for its footer.
pub fn documents_key(l: Lang, k: crate::app::action::DocumentsKey) -> &'static str {
    use crate::app::action::DocumentsKey as K;
    match k {
        K::Add => l.pick("ajouter", "add"),
        K::Edit => l.pick("modifier", "edit"),
        K::Delete => l.pick("supprimer", "delete"),
        K::Link => l.pick(
            "lier au marché / non requise",
            "link to the pursuit / not required",
        ),
        K::Undo => l.pick("annuler", "undo"),
        K::Redo => l.pick("rétablir", "redo"),
        K::Next => l.pick("suivante", "next"),
        K::Previous => l.pick("précédente", "previous"),
        K::First => l.pick("première", "first"),
        K::Last => l.pick("dernière", "last"),
        K::Close => l.pick("fermer", "close"),
    }
}

pub fn documents_none(l: Lang) -> &'static str {
    l.pick(
        "Aucune pièce enregistrée : a pour ajouter l'attestation URSSAF, le Kbis…",
        "No document recorded: a to add the URSSAF certificate, the Kbis…",
    )
}

/// The list's state column for one document, today.
pub fn document_state(l: Lang, d: &StandingDocument, today: NaiveDate, replaced: bool) -> String {
    if replaced {
        return l.pick("remplacée", "replaced").to_string();
    }
    match d.expires {
        None => l.pick("sans expiration", "no expiry").to_string(),
        Some(e) if e < today => l.pick(
            format!("expirée le {}", l.date(e)),
            format!("expired {}", l.date(e)),
        ),
        Some(e) => l.pick(
            format!("jusqu'au {}", l.date(e)),
            format!("until {}", l.date(e)),
        ),
    }
}

/// "échoue 2 marchés" for a document expiring before some J.
pub fn fails_count(l: Lang, n: usize) -> String {
    match n {
        0 => String::new(),
        _ => l.pick(
            format!("⚠ expire avant J de {n} marché(s)"),
            format!("⚠ expires before J of {n} pursuit(s)"),
        ),
    }
}

/// [`doc_state`] for a narrow pane.
pub fn doc_state_short(l: Lang, state: DocLineState, expires: Option<NaiveDate>) -> String {
    let e = expires.map(|e| l.date(e)).unwrap_or_default();
    match state {
        DocLineState::ExpiresBeforeJ => l.pick(format!("⚠ {e} < J"), format!("⚠ {e} < J")),
        DocLineState::Valid if expires.is_some() => format!("✓ {e}"),
        _ => doc_state(l, state, expires),
    }
}
