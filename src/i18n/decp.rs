//! Words of `retroplan import decp`: what it creates, why it skips, and its
//! report.

use std::path::Path;

use chrono::NaiveDate;

use super::Lang;
use crate::decp::{ChangeKind, Skip, Summary};

/// Object of an imported pursuit: the renewal of the current contract.
pub fn renewal(l: Lang, object: &str) -> String {
    format!("{}{object}", l.pick("Renouvellement : ", "Renewal: "))
}

/// Name of a buyer the data does not name (2022 schema): to be renamed.
pub fn unnamed_buyer(_l: Lang, siret: &str) -> String {
    format!("SIRET {siret}")
}

pub fn skip(l: Lang, s: Skip) -> &'static str {
    match s {
        Skip::NotAnObject => l.pick(
            "élément qui n'est pas un marché",
            "element that is not a contract",
        ),
        Skip::NoId => l.pick("sans identifiant (id)", "no identifier (id)"),
        Skip::NoBuyer => l.pick("sans SIRET d'acheteur", "no buyer SIRET"),
        Skip::DateMissing => l.pick("date de notification absente", "notification date missing"),
        Skip::DateInvalid => l.pick(
            "date de notification inutilisable",
            "notification date unusable",
        ),
        Skip::DurationNc => l.pick("durée non communiquée (NC)", "duration not given (NC)"),
        Skip::AmendedDurationNc => l.pick(
            "durée d'avenant non communiquée (NC) : échéance inconnue",
            "amendment duration not given (NC): expiry unknown",
        ),
        Skip::Works => l.pick(
            "marché de travaux ponctuel, pas un renouvellement (voir --include-works)",
            "one-off works contract, not a renewal (see --include-works)",
        ),
        Skip::DurationMissing => l.pick("durée absente", "duration missing"),
        Skip::DurationInvalid => l.pick("durée inutilisable", "duration unusable"),
        Skip::Expired => l.pick(
            "marché déjà échu (voir --include-expired)",
            "contract already expired (see --include-expired)",
        ),
        Skip::OtherBuyer => l.pick("autre acheteur (--buyer)", "other buyer (--buyer)"),
        Skip::OtherCpv => l.pick("autre code CPV (--cpv)", "other CPV code (--cpv)"),
    }
}

/// One line per created or updated pursuit.
pub fn change_line(
    l: Lang,
    kind: ChangeKind,
    authority: &str,
    object: &str,
    expiry: Option<NaiveDate>,
    j: Option<NaiveDate>,
    source: &str,
) -> String {
    let mark = match kind {
        ChangeKind::Created => "+",
        ChangeKind::Updated => "~",
    };
    let mut s = format!("{mark} {authority} — {object}");
    if let Some(e) = expiry {
        s.push_str(&format!(
            " · {} {}",
            l.pick("échéance", "expires"),
            l.date(e)
        ));
    }
    if let Some(j) = j {
        s.push_str(&format!(
            " · {} {}",
            l.pick("J prévu", "forecast J"),
            l.date(j)
        ));
    }
    s.push_str(&format!(" ({source})"));
    s
}

/// The tally, one fact per line; skipped reasons indented below their total.
pub fn summary(l: Lang, s: &Summary) -> Vec<String> {
    let mut out = vec![
        format!(
            "{} {} · {} {} · {} {} · {} {}",
            l.pick("Marchés lus :", "Contracts read:"),
            s.read,
            l.pick("pistes créées :", "pursuits created:"),
            s.created,
            l.pick("mises à jour :", "updated:"),
            s.updated,
            l.pick("inchangées :", "unchanged:"),
            s.unchanged,
        ),
        format!(
            "{} {} · {} {}",
            l.pick("Acheteurs créés :", "Buyers created:"),
            s.authorities_created,
            l.pick("renommés :", "renamed:"),
            s.authorities_renamed,
        ),
    ];
    if s.duplicates > 0 {
        out.push(format!(
            "{} {}",
            l.pick(
                "Identifiants répétés (le dernier l'emporte) :",
                "Repeated ids (the last one wins):"
            ),
            s.duplicates
        ));
    }
    out.push(format!(
        "{} {}",
        l.pick("Ignorés :", "Skipped:"),
        s.skipped_total()
    ));
    for (reason, n) in &s.skipped {
        out.push(format!("  {}{}{n}", skip(l, *reason), super::cli::colon(l)));
    }
    out
}

pub fn dry_run(l: Lang) -> &'static str {
    l.pick(
        "Simulation (--dry-run) : rien n'a été écrit.",
        "Dry run (--dry-run): nothing was written.",
    )
}

pub fn saved(l: Lang, path: &Path) -> String {
    format!(
        "{} {}",
        l.pick("Enregistré dans", "Saved to"),
        path.display()
    )
}

pub fn nothing_to_save(l: Lang) -> &'static str {
    l.pick(
        "Aucun changement : le fichier n'a pas été réécrit.",
        "No change: the file was not rewritten.",
    )
}

pub fn renamed_hint(l: Lang) -> &'static str {
    l.pick(
        "Les acheteurs sans nom dans les données sont nommés « SIRET … » : renommez-les dans le suivi.",
        "Buyers the data does not name are called \"SIRET …\": rename them in the tracker.",
    )
}

pub fn cannot_read(l: Lang, path: &Path, err: &std::io::Error) -> String {
    format!(
        "{} {}{}{err}. {}",
        l.pick("Impossible de lire", "Cannot read"),
        path.display(),
        super::cli::colon(l),
        unchanged(l)
    )
}

pub fn not_decp(l: Lang, path: &Path, line: usize, column: usize, detail: &str) -> String {
    l.pick(
        format!(
            "{} n'est pas un fichier DECP lisible (ligne {line}, colonne {column}) : {detail}. {}",
            path.display(),
            unchanged(l)
        ),
        format!(
            "{} is not a readable DECP file (line {line}, column {column}): {detail}. {}",
            path.display(),
            unchanged(l)
        ),
    )
}

/// Valid JSON that holds no DECP data (e.g. a retroplan portfolio).
pub fn other_json(l: Lang, path: &Path) -> String {
    l.pick(
        format!(
            "{} ne contient pas de données DECP : ni liste « marches », ni marché (id, acheteur, dateNotification, dureeMois). {}",
            path.display(),
            unchanged(l)
        ),
        format!(
            "{} holds no DECP data: no \"marches\" list and no contract (id, acheteur, dateNotification, dureeMois). {}",
            path.display(),
            unchanged(l)
        ),
    )
}

fn unchanged(l: Lang) -> &'static str {
    l.pick(
        "Le portefeuille n'a pas été modifié.",
        "The portfolio was not changed.",
    )
}

/// Label of the progress bar for one file.
pub fn reading(l: Lang, path: &Path) -> String {
    format!("{} {}", l.pick("Lecture de", "Reading"), path.display())
}
