//! Words of `retroplan merge` and of the conflict copies and conflicts the
//! tracker, `check` and `agenda` mention.

use std::path::Path;

use super::Lang;

/// `out`: where the result went, when not over OURS (git's temporary file,
/// whose name means nothing to the user).
pub fn merged(l: Lang, out: Option<&Path>, conflicts: usize) -> String {
    let to = out.map_or(String::new(), |p| format!(" → {}", p.display()));
    match (l, conflicts) {
        (Lang::Fr, 0) => format!("retroplan : fusion sans conflit{to}"),
        (Lang::En, 0) => format!("retroplan: merged without conflicts{to}"),
        (Lang::Fr, n) => format!(
            "retroplan : fusion faite avec {n} conflit(s) enregistré(s) dans le fichier{to}. Ouvrez le suivi et tapez X pour choisir."
        ),
        (Lang::En, n) => format!(
            "retroplan: merged with {n} conflict(s) recorded in the file{to}. Open the tracker and press X to choose."
        ),
    }
}

/// One conflict found, on one line.
pub fn conflict_line(l: Lang, c: &crate::model::Conflict) -> String {
    if c.is_deletion() {
        format!("  ! {} ({})", heading(l, c), c.record)
    } else {
        format!(
            "  ! {} ({}) : {} ≠ {}",
            heading(l, c),
            c.record,
            c.ours,
            c.theirs
        )
        .replace(" : ", super::cli::colon(l))
    }
}

pub fn cannot_read(l: Lang, path: &Path, why: &str) -> String {
    l.pick(
        format!(
            "Fusion impossible : {} n'est pas un portefeuille lisible ({why}). Rien n'a été écrit.",
            path.display()
        ),
        format!(
            "Cannot merge: {} is not a readable portfolio ({why}). Nothing was written.",
            path.display()
        ),
    )
}

pub fn base_ignored(l: Lang, path: &Path) -> String {
    l.pick(
        format!("L'ancêtre commun {} est illisible : fusion à deux copies (la modification la plus récente d'un enregistrement l'emporte).", path.display()),
        format!("The common ancestor {} is unreadable: two-way merge (a record's newer edit wins).", path.display()),
    )
}

pub fn failed(l: Lang, why: &str) -> String {
    l.pick(
        format!("Fusion impossible : {why}. Rien n'a été écrit."),
        format!("Cannot merge: {why}. Nothing was written."),
    )
}

pub fn cannot_write(l: Lang, path: &Path, why: &str) -> String {
    l.pick(
        format!("Écriture impossible de {} : {why}", path.display()),
        format!("Cannot write {}: {why}", path.display()),
    )
}

pub fn need_three(l: Lang) -> &'static str {
    l.pick(
        "Donnez BASE OURS THEIRS (ce que git passe : %O %A %B), ou --setup, ou --conflict-copies.",
        "Give BASE OURS THEIRS (what git passes: %O %A %B), or --setup, or --conflict-copies.",
    )
}

pub fn setup_done(l: Lang, s: &crate::merge::git::Setup) -> Vec<String> {
    let attributes = s.attributes.display();
    vec![
        if s.line_added {
            l.pick(
                format!("Ajouté à {attributes} : {}", s.line),
                format!("Added to {attributes}: {}", s.line),
            )
        } else {
            l.pick(
                format!("Déjà dans {attributes} : {}", s.line),
                format!("Already in {attributes}: {}", s.line),
            )
        },
        l.pick(
            format!("Configuration du dépôt : merge.retroplan.driver = {}", s.driver),
            format!("Repository config: merge.retroplan.driver = {}", s.driver),
        ),
        l.pick(
            "Validez .gitattributes (git add .gitattributes && git commit) ; chaque clone lance « retroplan merge --setup » une fois.".to_string(),
            "Commit .gitattributes (git add .gitattributes && git commit); each clone runs `retroplan merge --setup` once.".to_string(),
        ),
    ]
}

pub fn not_a_repository(l: Lang, dir: &Path) -> String {
    l.pick(
        format!(
            "{} n'est pas dans un dépôt git : rien n'a été configuré.",
            dir.display()
        ),
        format!(
            "{} is not inside a git repository: nothing was set up.",
            dir.display()
        ),
    )
}

pub fn setup_failed(l: Lang, why: &str) -> String {
    l.pick(
        format!("Configuration impossible : {why}"),
        format!("Setup failed: {why}"),
    )
}

pub fn no_copies(l: Lang, path: &Path) -> String {
    l.pick(
        format!("Aucune copie en conflit à côté de {}.", path.display()),
        format!("No conflict copy beside {}.", path.display()),
    )
}

pub fn copy_merged(l: Lang, copy: &Path, by: &str, conflicts: usize, with_base: bool) -> String {
    let by = if by.is_empty() {
        String::new()
    } else {
        l.pick(format!(" (de {by})"), format!(" (from {by})"))
    };
    let how = match (l, with_base) {
        (Lang::Fr, true) => "ancêtre : la sauvegarde .bak",
        (Lang::En, true) => "ancestor: the .bak backup",
        (Lang::Fr, false) => "sans ancêtre : la modification la plus récente l'emporte",
        (Lang::En, false) => "no ancestor: the newer edit wins",
    };
    l.pick(
        format!(
            "Fusionné et supprimé : {}{by} — {conflicts} conflit(s) ; {how}",
            copy.display()
        ),
        format!(
            "Merged and removed: {}{by} — {conflicts} conflict(s); {how}",
            copy.display()
        ),
    )
}

pub fn copy_unreadable(l: Lang, copy: &Path, why: &str) -> String {
    l.pick(
        format!(
            "Copie illisible, laissée en place : {} ({why})",
            copy.display()
        ),
        format!("Unreadable copy, left in place: {} ({why})", copy.display()),
    )
}

pub fn copy_not_removed(l: Lang, copy: &Path, why: &str) -> String {
    l.pick(
        format!(
            "Copie fusionnée mais non supprimée : {} ({why})",
            copy.display()
        ),
        format!("Copy merged but not removed: {} ({why})", copy.display()),
    )
}

/// `check`, `agenda`: conflict copies beside the portfolio.
pub fn copies_found(l: Lang, copies: &[crate::merge::copies::Copy]) -> Vec<String> {
    let mut out = vec![l.pick(
        format!(
            "{} copie(s) en conflit d'un dossier synchronisé à côté du portefeuille : lancez « retroplan merge --conflict-copies ».",
            copies.len()
        ),
        format!(
            "{} sync conflict copy(ies) beside the portfolio: run `retroplan merge --conflict-copies`.",
            copies.len()
        ),
    )];
    out.extend(copies.iter().map(|c| format!("  {}", c.path.display())));
    out
}

/// `check`, `agenda`: conflicts recorded in the file.
pub fn conflicts_recorded(l: Lang, n: usize) -> String {
    l.pick(
        format!("{n} conflit(s) de fusion à trancher : ouvrez le suivi et tapez X."),
        format!("{n} merge conflict(s) to settle: open the tracker and press X."),
    )
}

/// The status bar's count of conflicts waiting (`X` lists them).
pub fn status_count(l: Lang, n: usize) -> String {
    l.pick(
        format!("⚠ {n} conflit(s) : X"),
        format!("⚠ {n} conflict(s): X"),
    )
}

pub fn list_title(l: Lang, n: usize) -> String {
    l.pick(
        format!("Conflits de fusion ({n})"),
        format!("Merge conflicts ({n})"),
    )
}

pub fn none(l: Lang) -> &'static str {
    l.pick(
        "Aucun conflit : tout est tranché.",
        "No conflict: everything is settled.",
    )
}

/// What a key does in the conflicts list, for its footer.
pub fn list_key(l: Lang, k: crate::app::action::ConflictsKey) -> &'static str {
    use crate::app::action::ConflictsKey as K;
    match k {
        K::KeepOurs => l.pick("garder la nôtre", "keep ours"),
        K::KeepTheirs => l.pick("garder la leur", "keep theirs"),
        K::Previous => l.pick("précédent", "previous"),
        K::Next => l.pick("suivant", "next"),
        K::Undo => l.pick("annuler", "undo"),
    }
}

/// After the list's keys: what every other key does.
pub fn list_others(l: Lang) -> &'static str {
    l.pick("autre touche : fermer", "any other key closes")
}

fn kind_name(l: Lang, kind: &str) -> String {
    let (fr, en) = match kind {
        "authority" => ("acheteur", "authority"),
        "pursuit" => ("marché", "pursuit"),
        "contact" => ("contact", "contact"),
        "interaction" => ("échange", "interaction"),
        "document" => ("document", "document"),
        "requirement" => ("exigence", "requirement"),
        "opportunity" => ("opportunité", "opportunity"),
        "settings" => ("réglages", "settings"),
        other => (other, other),
    };
    l.pick(fr, en).to_string()
}

/// A field of the file as the user knows it (the key itself when rare).
fn field_name(l: Lang, key: &str) -> String {
    let (fr, en) = match key {
        "name" => ("nom", "name"),
        "object" => ("objet", "object"),
        "town" => ("commune", "town"),
        "departement" => ("département", "département"),
        "priority" => ("priorité", "priority"),
        "activity" => ("activité", "activity"),
        "category" => ("catégorie", "category"),
        "amount" => ("montant", "amount"),
        "j" => ("J", "J"),
        "j_time" => ("heure de J", "J's time"),
        "outcome" => ("issue", "outcome"),
        "branch" => ("hypothèse", "branch"),
        "procedure" => ("procédure", "procedure"),
        "current_holder" => ("titulaire", "holder"),
        "current_expiry" => ("échéance du marché en cours", "current contract's expiry"),
        "checklist" => ("étapes", "checklist"),
        "note" => ("note", "note"),
        "done" => ("fait le", "done on"),
        "role" => ("fonction", "role"),
        "phone" => ("téléphone", "phone"),
        "mobile" => ("portable", "mobile"),
        "email" => ("courriel", "email"),
        "notes" => ("notes", "notes"),
        "summary" => ("résumé", "summary"),
        "follow_up" => ("relance", "follow-up"),
        "lead_time_days" => ("préavis (jours)", "lead time (days)"),
        other => (other, other),
    };
    l.pick(fr, en).to_string()
}

/// The conflict's first line: what record, what field.
pub fn heading(l: Lang, c: &crate::model::Conflict) -> String {
    let name = if c.label.is_empty() {
        &c.record
    } else {
        &c.label
    };
    let what = if c.is_deletion() {
        l.pick(
            "supprimé d'un côté, modifié de l'autre",
            "deleted on one side, edited on the other",
        )
        .to_string()
    } else {
        c.field
            .split('/')
            .map(|k| field_name(l, k))
            .collect::<Vec<_>>()
            .join(" › ")
    };
    let (open, close) = l.pick(("« ", " »"), ("\"", "\""));
    format!("{} {open}{name}{close} — {what}", kind_name(l, &c.kind))
}

/// One side of a conflict: whose, when, what; "in place" on the kept one.
pub fn side_line(l: Lang, c: &crate::model::Conflict, side: crate::model::Side) -> String {
    use crate::model::Side;
    let (name, by, when) = match side {
        Side::Ours => (l.pick("nôtre", "ours"), &c.ours_by, c.ours_when),
        Side::Theirs => (l.pick("leur", "theirs"), &c.theirs_by, c.theirs_when),
    };
    let value = match c.value(side) {
        serde_json::Value::Null if c.is_deletion() => l.pick("(supprimé)", "(deleted)").to_string(),
        serde_json::Value::Null => l.pick("(vide)", "(empty)").to_string(),
        serde_json::Value::String(s) => crate::model::text::clean_line(s),
        other => other.to_string(),
    };
    let mut who: Vec<String> = Vec::new();
    if !by.is_empty() {
        who.push(crate::model::text::clean_line(by));
    }
    if let Some(d) = when {
        who.push(l.date(d));
    }
    let who = if who.is_empty() {
        String::new()
    } else {
        format!(" ({})", who.join(", "))
    };
    let key = match side {
        Side::Ours => "o",
        Side::Theirs => "t",
    };
    let here = if c.kept == side {
        l.pick(" ← en place", " ← in place")
    } else {
        ""
    };
    format!("[{key}] {name}{who} : {value}{here}").replace(" : ", super::cli::colon(l))
}

pub fn settled(l: Lang, left: usize) -> String {
    l.pick(
        format!("Conflit tranché ({left} restant(s)) — u pour annuler"),
        format!("Conflict settled ({left} left) — u to undo"),
    )
}

pub fn not_settled(l: Lang) -> &'static str {
    l.pick(
        "Impossible : l'enregistrement n'existe plus ou la valeur ne convient plus.",
        "Cannot: the record is gone or the value no longer fits.",
    )
}
