//! Words of the save file: errors when reading or writing it, problems found
//! by `check`, and the reports of `init` and `check`. Dates inside problems
//! stay ISO, as in the file, so the user can search for them.

use std::path::Path;

use super::Lang;
use crate::model::FORMAT_VERSION;
use crate::store::validate::{Counts, Location, Problem, ProblemKind, Severity};
use crate::store::{IoAction, StoreError};

fn action(l: Lang, a: IoAction) -> &'static str {
    match a {
        IoAction::Read => l.pick("lire", "read"),
        IoAction::CreateDir => l.pick("créer le dossier", "create the folder"),
        IoAction::CreateTemp => l.pick(
            "créer un fichier temporaire à côté de",
            "create a temporary file beside",
        ),
        IoAction::Write => l.pick("écrire", "write"),
        IoAction::Sync => l.pick("forcer sur le disque", "flush to disk"),
        IoAction::Backup => l.pick("garder la copie de secours", "keep the backup"),
        IoAction::Replace => l.pick("remplacer", "replace"),
        IoAction::SyncDir => l.pick("synchroniser le dossier de", "sync the folder of"),
        IoAction::Lock => l.pick("verrouiller", "lock"),
        IoAction::Inspect => l.pick("examiner", "inspect"),
    }
}

fn bak_hint(l: Lang, path: &Path, bak: Option<&Path>) -> String {
    match bak {
        Some(bak) => l.pick(
            format!(
                " La version précédente est gardée dans {b} : vérifiez-la avec \
                 `retroplan check --file {b}`, puis copiez-la à la place de {p}.",
                b = bak.display(),
                p = path.display()
            ),
            format!(
                " The previous version is kept in {b}: check it with \
                 `retroplan check --file {b}`, then copy it over {p}.",
                b = bak.display(),
                p = path.display()
            ),
        ),
        None => l
            .pick(
                " Corrigez le fichier à cet endroit ou restaurez une copie.",
                " Fix the file at that place or restore a copy.",
            )
            .to_string(),
    }
}

/// serde_json's words for the common cases, in the user's language.
fn json_detail(l: Lang, line: usize, column: usize, detail: &str) -> String {
    if detail.starts_with("EOF while parsing") {
        return if line == 1 && column == 0 {
            l.pick("le fichier est vide", "the file is empty").into()
        } else {
            l.pick(
                "le fichier s'arrête au milieu (tronqué ?)",
                "the file stops midway (truncated?)",
            )
            .into()
        };
    }
    if detail.starts_with("recursion limit exceeded") {
        return l
            .pick("imbrication bien trop profonde", "nesting far too deep")
            .into();
    }
    if detail == "expected value" {
        return l
            .pick(
                "une valeur JSON était attendue (caractère invalide)",
                "a JSON value was expected (invalid character)",
            )
            .into();
    }
    detail.to_string()
}

const UNCHANGED_FR: &str = " Le fichier n'a pas été modifié.";
const UNCHANGED_EN: &str = " The file was not changed.";

/// The full message of a store error.
pub fn error(l: Lang, e: &StoreError) -> String {
    let unchanged = l.pick(UNCHANGED_FR, UNCHANGED_EN);
    match e {
        StoreError::NoDataDir => l
            .pick(
                "Aucun dossier de données trouvé (pas de dossier personnel) : \
                 indiquez le fichier avec --file CHEMIN ou RETROPLAN_FILE.",
                "No data folder found (no home directory): name the file with \
                 --file PATH or RETROPLAN_FILE.",
            )
            .into(),
        StoreError::NotFound { path } => l.pick(
            format!(
                "{} : fichier introuvable. Créez-le avec `retroplan init` (ou \
                 `retroplan init --demo` pour l'exemple), ou indiquez-en un autre avec --file.",
                path.display()
            ),
            format!(
                "{}: no such file. Create it with `retroplan init` (or \
                 `retroplan init --demo` for the example), or name another with --file.",
                path.display()
            ),
        ),
        StoreError::Io {
            path,
            action: a,
            source,
        } => {
            let writing = !matches!(a, IoAction::Read | IoAction::Inspect | IoAction::Lock);
            let hint = if writing {
                l.pick(
                    " Le fichier d'origine est intact ; vérifiez l'espace disque et les droits du dossier.",
                    " The original file is intact; check the free space and the folder's permissions.",
                )
            } else {
                ""
            };
            l.pick(
                format!(
                    "Impossible de {} {} : {source}.{hint}",
                    action(l, *a),
                    path.display()
                ),
                format!(
                    "Cannot {} {}: {source}.{hint}",
                    action(l, *a),
                    path.display()
                ),
            )
        }
        StoreError::Syntax {
            path,
            line,
            column,
            detail,
            bak,
        } => {
            let what = json_detail(l, *line, *column, detail);
            let hint = bak_hint(l, path, bak.as_deref());
            l.pick(
                format!(
                    "{}:{line}:{column} : JSON illisible : {what}.{unchanged}{hint}",
                    path.display()
                ),
                format!(
                    "{}:{line}:{column}: unreadable JSON: {what}.{unchanged}{hint}",
                    path.display()
                ),
            )
        }
        StoreError::NotOurs { path, bak } => {
            let hint = match bak {
                Some(_) => bak_hint(l, path, bak.as_deref()),
                None => String::new(),
            };
            l.pick(
                format!(
                    "{} n'est pas un portefeuille retroplan (il manque \"format\": \"retroplan\"). \
                     Vérifiez --file.{unchanged}{hint}",
                    path.display()
                ),
                format!(
                    "{} is not a retroplan portfolio (no \"format\": \"retroplan\"). \
                     Check --file.{unchanged}{hint}",
                    path.display()
                ),
            )
        }
        StoreError::NewerVersion { path, found } => l.pick(
            format!(
                "{} vient d'une version plus récente de retroplan (format {found} ; \
                 celle-ci connaît le format {FORMAT_VERSION}). Mettez retroplan à jour : \
                 cette version ne l'écrira jamais.",
                path.display()
            ),
            format!(
                "{} comes from a newer retroplan (format {found}; this one knows \
                 format {FORMAT_VERSION}). Update retroplan: this version will never write it.",
                path.display()
            ),
        ),
        StoreError::BadVersion { path, found } => l.pick(
            format!(
                "{} : version de format {found} inconnue (attendue : {FORMAT_VERSION}).{unchanged}",
                path.display()
            ),
            format!(
                "{}: unknown format version {found} (expected {FORMAT_VERSION}).{unchanged}",
                path.display()
            ),
        ),
        StoreError::Invalid { path, problems } => {
            let list: String = problems
                .iter()
                .map(|p| format!("\n  {}", problem(l, p)))
                .collect();
            l.pick(
                format!(
                    "{} enfreint les règles du format :{list}\nCorrigez le fichier \
                     (`retroplan check --file {}` liste tout).{unchanged}",
                    path.display(),
                    path.display()
                ),
                format!(
                    "{} breaks the rules of the format:{list}\nFix the file \
                     (`retroplan check --file {}` lists everything).{unchanged}",
                    path.display(),
                    path.display()
                ),
            )
        }
        StoreError::Locked { path, lock } => l.pick(
            format!(
                "{} est déjà ouvert par un autre retroplan (verrou {}). Fermez l'autre \
                 fenêtre ; en attendant, ce fichier ne peut être que lu.",
                path.display(),
                lock.display()
            ),
            format!(
                "{} is in use by another retroplan (lock {}). Close the other window; \
                 until then this file can only be read.",
                path.display(),
                lock.display()
            ),
        ),
        StoreError::ChangedOnDisk { path } => l.pick(
            format!(
                "{} a été modifié par un autre programme depuis son ouverture : rien n'a \
                 été écrit. Rechargez-le, ou enregistrez sous un autre nom.",
                path.display()
            ),
            format!(
                "{} was changed by another program since it was opened: nothing was \
                 written. Reload it, or save under another name.",
                path.display()
            ),
        ),
        StoreError::NotDurable { path, source, .. } => l.pick(
            format!(
                "{} est enregistré, mais le dossier n'a pas pu être synchronisé ({source}) : \
                 une coupure de courant pourrait encore annuler cet enregistrement.",
                path.display()
            ),
            format!(
                "{} is saved, but its folder could not be synced ({source}): a power cut \
                 could still undo this save.",
                path.display()
            ),
        ),
        StoreError::Exists { path } => l.pick(
            format!(
                "{} existe déjà : retroplan n'écrase jamais un portefeuille. Vérifiez-le avec \
                 `retroplan check`, ou choisissez un autre fichier avec --file.",
                path.display()
            ),
            format!(
                "{} already exists: retroplan never overwrites a portfolio. Check it with \
                 `retroplan check`, or choose another file with --file.",
                path.display()
            ),
        ),
        StoreError::ProtectedOutput { output, portfolio } => {
            super::recovery::protected_output(l, output, portfolio)
        }
        StoreError::MissingWithCopy { path, copy } => super::recovery::missing(l, path, copy),
        StoreError::Unsavable { path, what } => l.pick(
            format!(
                "Impossible d'enregistrer {} : « {what} » contient un nombre non fini. \
                 Rien n'a été écrit.",
                path.display()
            ),
            format!(
                "Cannot save {}: '{what}' holds a number that is not finite. Nothing was written.",
                path.display()
            ),
        ),
    }
}

fn location(l: Lang, at: &Location) -> String {
    match at {
        Location::Settings => l.pick("réglages", "settings").into(),
        Location::Authority { id, name } => l.pick(
            format!("organisme {id} « {name} »"),
            format!("authority {id} '{name}'"),
        ),
        Location::Pursuit { authority, id } => l.pick(
            format!("organisme {authority} › marché {id}"),
            format!("authority {authority} › pursuit {id}"),
        ),
        Location::Contact { authority, id } => l.pick(
            format!("organisme {authority} › contact {id}"),
            format!("authority {authority} › contact {id}"),
        ),
        Location::Interaction {
            authority,
            contact,
            id,
        } => l.pick(
            format!("organisme {authority} › contact {contact} › échange {id}"),
            format!("authority {authority} › contact {contact} › interaction {id}"),
        ),
        Location::Opportunity { notice } => l.pick(
            format!("opportunité BOAMP {notice}"),
            format!("BOAMP opportunity {notice}"),
        ),
        Location::Document { id } => l.pick(
            format!("pièce administrative {id}"),
            format!("standing document {id}"),
        ),
        Location::Requirement {
            authority,
            pursuit,
            id,
        } => l.pick(
            format!("organisme {authority} › marché {pursuit} › exigence {id}"),
            format!("authority {authority} › pursuit {pursuit} › requirement {id}"),
        ),
    }
}

fn kind(l: Lang, k: &ProblemKind) -> String {
    use ProblemKind::*;
    match k {
        EmptyId => l.pick("identifiant vide", "empty id").into(),
        DuplicateId { id, count } => l.pick(
            format!("l'identifiant « {id} » apparaît {count} fois ; il doit être unique"),
            format!("id '{id}' appears {count} times; it must be unique"),
        ),
        FactorOutOfRange(f) => l.pick(
            format!("facteur {f} hors de ]0 ; 5]"),
            format!("factor {f} outside (0, 5]"),
        ),
        PriorityOutOfRange(p) => l.pick(
            format!("priorité {p} hors de 1 à 5"),
            format!("priority {p} outside 1 to 5"),
        ),
        EmptyName => l.pick("nom vide", "empty name").into(),
        UnknownChecklistItem(id) => l.pick(
            format!("point de liste « {id} » inconnu du modèle (faute de frappe ?)"),
            format!("checklist item '{id}' unknown to the template (typo?)"),
        ),
        FollowUpBeforeDate { date, follow_up } => l.pick(
            format!("relance prévue le {follow_up}, avant l'échange lui-même ({date})"),
            format!("follow-up on {follow_up}, before the interaction itself ({date})"),
        ),
        NoJNorExpiry => l
            .pick(
                "ni jour J ni échéance du marché en cours : le rétroplanning ne peut être placé",
                "neither a day J nor a current-contract expiry: the plan cannot be placed",
            )
            .into(),
        ConfirmedWithoutJ => l
            .pick(
                "J marqué « confirmé par l'avis » mais absent",
                "J marked 'confirmed by the notice' but missing",
            )
            .into(),
        NoticeNotBeforeJ { published, j } => format!(
            "{} {} {} {} : {}",
            l.pick("avis publié le", "notice published on"),
            l.date(*published),
            l.pick("pas avant J", "not before J"),
            l.date(*j),
            l.pick("date ignorée", "the date is ignored")
        ),
        TimeWithoutConfirmedJ => l
            .pick(
                "heure limite sur un J non confirmé par l'avis : elle n'est pas montrée",
                "deadline time on a J not confirmed by the notice: it is not shown",
            )
            .into(),
        CandidatureBeforeNotice {
            candidature_days,
            notice_days,
        } => format!(
            "{} J-{candidature_days} {} J-{notice_days}",
            l.pick("candidatures à", "candidatures at"),
            l.pick("avant l'avis attendu à", "before the notice expected at")
        ),
        TimeWithoutJ => l
            .pick(
                "heure de J (j_time) sans jour J",
                "a time for J (j_time) but no J",
            )
            .into(),
        UnknownAuthority(id) => l.pick(
            format!("organisme « {id} » absent du fichier"),
            format!("authority '{id}' is not in the file"),
        ),
        DoneInFuture { item, date } => l.pick(
            format!("point « {item} » coché le {date}, dans le futur"),
            format!("item '{item}' ticked on {date}, in the future"),
        ),
        ContractStartAfterExpiry { start, expiry } => l.pick(
            format!("le marché en cours commence ({start}) après son échéance ({expiry})"),
            format!("the current contract starts ({start}) after it expires ({expiry})"),
        ),
        DateOutOfRange { field, date } => l.pick(
            format!("date « {field} » invraisemblable : {date}"),
            format!("implausible '{field}' date: {date}"),
        ),
        NegativeAmount(a) => l.pick(
            format!("montant négatif : {a}"),
            format!("negative amount: {a}"),
        ),
        SettingOutOfRange { name, value } => l.pick(
            format!("réglage « {name} » = {value}, invraisemblable"),
            format!("setting '{name}' = {value} is implausible"),
        ),
        ExpiresBeforeIssued { issued, expires } => l.pick(
            format!("expire le {expires}, avant sa date de délivrance ({issued})"),
            format!("expires on {expires}, before it was issued ({issued})"),
        ),
        EmptyDocumentKind => l.pick("type de pièce vide", "empty document kind").into(),
        DuplicateRequirementId(id) => l.pick(
            format!("deux exigences portent l'identifiant « {id} »"),
            format!("two requirements share the id '{id}'"),
        ),
    }
}

/// One problem on one line: "error: authority a-1 › pursuit p-2: …".
pub fn problem(l: Lang, p: &Problem) -> String {
    let level = match p.severity {
        Severity::Error => l.pick("erreur", "error"),
        Severity::Warning => l.pick("avertissement", "warning"),
    };
    let sep = l.pick(" : ", ": ");
    format!(
        "{level}{sep}{}{sep}{}",
        location(l, &p.at),
        kind(l, &p.kind)
    )
}

/// `check`'s one-line verdict on a good file.
pub fn check_ok(l: Lang, path: &Path, c: &Counts) -> String {
    l.pick(
        format!(
            "{} : valide — {} organismes, {} marchés, {} contacts, {} échanges, {} points cochés.",
            path.display(),
            c.authorities,
            c.pursuits,
            c.contacts,
            c.interactions,
            c.ticks
        ),
        format!(
            "{}: valid — {} authorities, {} pursuits, {} contacts, {} interactions, {} ticked items.",
            path.display(),
            c.authorities,
            c.pursuits,
            c.contacts,
            c.interactions,
            c.ticks
        ),
    )
}

/// `check`'s heading over the list of problems.
pub fn check_failed(l: Lang, path: &Path, count: usize) -> String {
    l.pick(
        format!("{} : {count} problème(s) :", path.display()),
        format!("{}: {count} problem(s):", path.display()),
    )
}

/// `check` on a file from a newer version: readable, never written.
pub fn check_newer(l: Lang, found: u32) -> String {
    l.pick(
        format!(
            "erreur : écrit par une version plus récente de retroplan (format {found}, \
             celle-ci connaît {FORMAT_VERSION}) : il ne peut pas être validé ici, et ne \
             sera ouvert qu'en lecture"
        ),
        format!(
            "error: written by a newer retroplan (format {found}, this one knows \
             {FORMAT_VERSION}): it cannot be validated here, and opens read-only"
        ),
    )
}

/// A key the model does not know: kept as it is, but this version ignores it.
pub fn unknown_key(l: Lang, path: &str) -> String {
    l.pick(
        format!(
            "avertissement : clé inconnue « {path} » : conservée telle quelle, mais \
             ignorée par cette version (faute de frappe ?)"
        ),
        format!(
            "warning: unknown key '{path}': kept as it is, but ignored by this version (typo?)"
        ),
    )
}

/// `init` done.
pub fn created(l: Lang, path: &Path, authorities: usize, demo: bool) -> String {
    match (demo, l) {
        (true, Lang::Fr) => format!(
            "Portefeuille d'exemple créé : {} ({authorities} organismes fictifs).",
            path.display()
        ),
        (true, Lang::En) => format!(
            "Example portfolio created: {} ({authorities} fictional authorities).",
            path.display()
        ),
        (false, _) => l.pick(
            format!("Portefeuille vide créé : {}", path.display()),
            format!("Empty portfolio created: {}", path.display()),
        ),
    }
}
