//! Messages of the personal-data commands (`export person`, `erase person`).

use super::Lang;
use crate::gdpr::{Erased, PersonError};

pub fn person_error(l: Lang, e: &PersonError) -> String {
    match e {
        PersonError::NotFound(who) => l.pick(
            format!("aucun contact n'a l'identifiant ou le courriel « {who} »"),
            format!("no contact has the id or email \"{who}\""),
        ),
        PersonError::Ambiguous(ids) => l.pick(
            format!(
                "plusieurs contacts ont ce courriel : donnez l'identifiant ({})",
                ids.join(", ")
            ),
            format!(
                "several contacts have this email: give the id ({})",
                ids.join(", ")
            ),
        ),
    }
}

/// What replaces an erased person's name or email in other notes.
pub fn redacted(l: Lang) -> &'static str {
    l.pick("[personne effacée]", "[person erased]")
}

/// `from_backup`: the person was no longer in the file, only in its backup.
pub fn erased(l: Lang, e: &Erased, path: &std::path::Path, from_backup: bool) -> String {
    let mut s = if from_backup {
        l.pick(
            format!(
                "{} ({}) n'était plus dans {}, seulement dans sa copie de secours : celle-ci a été réécrite sans cette personne.",
                e.name,
                e.id,
                path.display()
            ),
            format!(
                "{} ({}) was no longer in {}, only in its backup: the backup was rewritten without this person.",
                e.name,
                e.id,
                path.display()
            ),
        )
    } else {
        l.pick(
        format!(
            "Effacé : {} ({}) et {} échange(s). {} et sa copie de secours ont été réécrits sans cette personne.",
            e.name,
            e.id,
            e.interactions,
            path.display()
        ),
        format!(
            "Erased: {} ({}) and {} interaction(s). {} and its backup were rewritten without this person.",
            e.name,
            e.id,
            e.interactions,
            path.display()
        ),
    )
    };
    if e.redacted > 0 {
        s.push_str(&l.pick(
            format!(
                "\nNom ou courriel remplacé dans {} autre(s) note(s).",
                e.redacted
            ),
            format!("\nName or email replaced in {} other note(s).", e.redacted),
        ));
    }
    s.push_str(l.pick(
        "\nLes exports (CSV, agenda, calendrier) faits avant restent à supprimer à la main.",
        "\nExports made earlier (CSV, calendar) must still be deleted by hand.",
    ));
    s
}
