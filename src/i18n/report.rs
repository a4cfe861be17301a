//! Words of the reports outside the tracker: agenda and calendar, and the
//! file messages the report commands share. Spreadsheet messages are in
//! `i18n::sheet`, personal-data ones in `i18n::gdpr`.

use chrono::NaiveDate;

use super::Lang;
use crate::report::agenda::EntryKind;

pub fn agenda_title(l: Lang, today: NaiveDate, days: u32) -> String {
    let span = match days {
        0 => l.pick("aujourd'hui".to_string(), "today".to_string()),
        1 => l.pick("jusqu'à demain".to_string(), "through tomorrow".to_string()),
        n => l.pick(format!("{n} prochains jours"), format!("next {n} days")),
    };
    l.pick(
        format!("Agenda du {} — {span}", l.date(today)),
        format!("Agenda for {} — {span}", l.date(today)),
    )
}

pub fn agenda_empty(l: Lang, days: u32) -> String {
    l.pick(
        format!("Rien en retard ni prévu dans les {days} jours à venir."),
        format!("Nothing late or coming up in the next {days} day(s)."),
    )
}

pub fn entry_kind(l: Lang, k: EntryKind) -> &'static str {
    match k {
        EntryKind::Late => l.pick("en retard", "late"),
        EntryKind::JDay => l.pick("jour J", "day J"),
        EntryKind::Closes => l.pick("se termine", "closes"),
        EntryKind::FollowUp => l.pick("relance", "follow-up"),
        EntryKind::Nurture => l.pick("à entretenir", "to nurture"),
        EntryKind::Opens => l.pick("commence", "opens"),
        EntryKind::Decision => l.pick("décision", "decision"),
        EntryKind::Notice => l.pick("avis attendu", "notice due"),
        EntryKind::Recall => l.pick("rappeler", "call again"),
        EntryKind::DocumentExpires => l.pick("expire av. J", "doc before J"),
        EntryKind::RequirementDue => l.pick("exigence", "requirement"),
        EntryKind::DeadlineSoon => l.pick("date limite", "deadline"),
        EntryKind::DocumentExpiring => l.pick("pièce expire", "doc expiring"),
        EntryKind::NewNotice => l.pick("nouvel avis", "new notice"),
    }
}

pub fn submit_bid(l: Lang) -> &'static str {
    l.pick("dépôt de l'offre", "bid submission")
}

pub fn no_contact_since(l: Lang) -> &'static str {
    l.pick(
        "pas d'échange depuis trop longtemps",
        "no exchange for too long",
    )
}

pub fn cannot_write(l: Lang, path: &std::path::Path, e: &std::io::Error) -> String {
    l.pick(
        format!("impossible d'écrire {} : {e}", path.display()),
        format!("cannot write {}: {e}", path.display()),
    )
}

pub fn cannot_write_stdout(l: Lang, e: &std::io::Error) -> String {
    l.pick(
        format!("impossible d'écrire sur la sortie standard : {e}"),
        format!("cannot write to standard output: {e}"),
    )
}

pub fn newer_file(l: Lang, path: &std::path::Path) -> String {
    l.pick(
        format!(
            "{} a été écrit par une version plus récente de retroplan : il n'est jamais modifié par celle-ci. Mettez retroplan à jour.",
            path.display()
        ),
        format!(
            "{} was written by a newer retroplan: this version never modifies it. Update retroplan.",
            path.display()
        ),
    )
}

pub fn cannot_read(l: Lang, path: &std::path::Path, e: &std::io::Error) -> String {
    l.pick(
        format!("impossible de lire {} : {e}", path.display()),
        format!("cannot read {}: {e}", path.display()),
    )
}

pub fn calendar_name(l: Lang) -> &'static str {
    l.pick("Rétroplanning", "Retroplanning")
}

/// "Nettoyage (Ville d'Évreux)".
pub fn pursuit_at(_l: Lang, object: &str, authority: &str) -> String {
    format!("{object} ({authority})")
}

pub fn ics_j(l: Lang, about: &str) -> String {
    l.pick(
        format!("Jour J : dépôt de l'offre — {about}"),
        format!("Day J: bid submission — {about}"),
    )
}

/// A forecast J: the date is an estimate from the current contract's end.
pub fn ics_j_forecast(l: Lang, about: &str) -> String {
    l.pick(
        format!("≈ J (prévision) : dépôt de l'offre — {about}"),
        format!("≈ Day J (forecast): bid submission — {about}"),
    )
}

pub fn ics_stage(_l: Lang, stage: &str, about: &str) -> String {
    format!("{stage} — {about}")
}

pub fn ics_branch(l: Lang, about: &str) -> String {
    l.pick(
        format!("J-8 mois : choisir H1 ou H2 — {about}"),
        format!("J-8 months: choose H1 or H2 — {about}"),
    )
}

pub fn ics_follow_up(l: Lang, who: &str, authority: &str) -> String {
    l.pick(
        format!("Relancer {who} ({authority})"),
        format!("Follow up with {who} ({authority})"),
    )
}

/// `retroplan status` with no open pursuit.
pub fn status_nothing_open(l: Lang) -> &'static str {
    l.pick("Aucune poursuite ouverte.", "No open pursuit.")
}

/// "2 en retard" on a pursuit's header line.
pub fn status_late(l: Lang, n: usize) -> String {
    l.pick(format!("{n} en retard"), format!("{n} late"))
}

/// Heading of the open pursuits that have neither J nor an expiry.
pub fn status_without_j(l: Lang) -> &'static str {
    l.pick(
        "Sans J (ni J ni échéance du marché en cours) :",
        "Without J (neither J nor the current contract's expiry):",
    )
}
