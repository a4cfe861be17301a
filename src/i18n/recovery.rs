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
