//! Words that keep data safe: an export refused because it would overwrite
//! the portfolio, a missing file that a copy can bring back, `restore`, and
//! the choices offered when the file changed on disk.

use std::path::Path;

use super::Lang;

/// `-o` names the portfolio or one of its own files.
pub fn protected_output(l: Lang, output: &Path, portfolio: &Path) -> String {
    l.pick(
        format!(
            "{} est le portefeuille {} ou l'un de ses fichiers (copie de secours, verrou, \
             fichier temporaire) : l'export l'aurait détruit. Rien n'a été écrit ; \
             choisissez un autre nom avec -o, ou -o - pour la sortie standard.",
            output.display(),
            portfolio.display()
        ),
        format!(
            "{} is the portfolio {} or one of its own files (backup, lock, temp file): \
             the export would have destroyed it. Nothing was written; choose another \
             name with -o, or -o - for standard output.",
            output.display(),
            portfolio.display()
        ),
    )
}

/// The file is missing but a copy survives.
pub fn missing(l: Lang, path: &Path, copy: &Path) -> String {
    l.pick(
        format!(
            "{p} est introuvable, mais une copie existe : {c}. Restaurez-la avec \
             `retroplan --file {p} restore` (rien n'est écrasé), ou examinez-la d'abord \
             avec `retroplan --file {c} check`.",
            p = path.display(),
            c = copy.display()
        ),
        format!(
            "{p} is missing, but a copy exists: {c}. Bring it back with \
             `retroplan --file {p} restore` (nothing is overwritten), or look at it first \
             with `retroplan --file {c} check`.",
            p = path.display(),
            c = copy.display()
        ),
    )
}

/// `restore` done (a whole line).
pub fn restored(l: Lang, path: &Path, copy: &Path) -> String {
    l.pick(
        format!(
            "{} restauré depuis {} (la copie est gardée).\n",
            path.display(),
            copy.display()
        ),
        format!(
            "{} restored from {} (the copy is kept).\n",
            path.display(),
            copy.display()
        ),
    )
}

/// The tracker found the file missing and a copy beside it.
pub fn ask_restore(l: Lang, path: &Path, copy: &Path) -> String {
    l.pick(
        format!(
            "{p} est introuvable, mais une copie existe : {c}.\n\
             La restaurer ? [O/n] (non : nouveau portefeuille vide, la copie est gardée à part) ",
            p = path.display(),
            c = copy.display()
        ),
        format!(
            "{p} is missing, but a copy exists: {c}.\n\
             Restore it? [Y/n] (no: a new empty portfolio, the copy is kept aside) ",
            p = path.display(),
            c = copy.display()
        ),
    )
}

/// A typed yes or no in either language; `None` when empty or unclear.
pub fn is_yes(answer: &str) -> Option<bool> {
    match answer.to_lowercase().as_str() {
        "o" | "oui" | "y" | "yes" => Some(true),
        "n" | "non" | "no" => Some(false),
        _ => None,
    }
}

pub fn conflict_title(l: Lang) -> &'static str {
    l.pick(" Fichier modifié sur le disque ", " File changed on disk ")
}

/// First line of the question: how many authorities differ.
pub fn conflict_intro(l: Lang, differing: usize) -> String {
    match differing {
        0 => l
            .pick(
                "Un autre programme a modifié le fichier ; vos changements ne sont pas enregistrés.",
                "Another program changed the file; your changes are not saved.",
            )
            .to_string(),
        n => l.pick(
            format!(
                "Un autre programme a modifié le fichier. Vos changements non enregistrés \
                 ({n} organisme(s), remplacés si vous rechargez) :"
            ),
            format!(
                "Another program changed the file. Your unsaved changes ({n} \
                 authorit(y/ies), replaced if you reload):"
            ),
        ),
    }
}

pub fn and_more(l: Lang, n: usize) -> String {
    l.pick(format!("  … et {n} autre(s)"), format!("  … and {n} more"))
}

pub fn conflict_choices(l: Lang) -> [&'static str; 4] {
    match l {
        Lang::Fr => [
            "r  recharger le leur (vos changements sont abandonnés)",
            "g  garder le vôtre (le leur est gardé à part)",
            "c  enregistrer le vôtre dans une copie, puis recharger le leur",
            "Échap plus tard · q quitter sans enregistrer",
        ],
        Lang::En => [
            "r  reload theirs (your changes are dropped)",
            "k  keep yours (theirs is kept aside)",
            "c  save yours as a copy, then reload theirs",
            "Esc later · q quit without saving",
        ],
    }
}

pub fn confirm_keep(l: Lang) -> [&'static str; 2] {
    match l {
        Lang::Fr => [
            "Écrire votre version à la place de la leur ? La leur est gardée dans",
            "portfolio.json.theirs-<date>.   o oui · autre touche : non",
        ],
        Lang::En => [
            "Write your version over theirs? Theirs is kept as",
            "portfolio.json.theirs-<time>.   y yes · any other key: no",
        ],
    }
}

pub fn theirs_kept(l: Lang, path: &str) -> String {
    l.pick(
        format!("Votre version est enregistrée ; la leur est gardée dans {path}"),
        format!("Your version is saved; theirs is kept as {path}"),
    )
}

pub fn mine_copied(l: Lang, path: &str) -> String {
    l.pick(
        format!("Votre version est enregistrée dans {path} ; le fichier a été rechargé"),
        format!("Your version is saved as {path}; the file was reloaded"),
    )
}

pub fn reloaded(l: Lang) -> &'static str {
    l.pick(
        "Fichier rechargé depuis le disque ; vos changements sont abandonnés",
        "File reloaded from disk; your changes are dropped",
    )
}
