//! Messages of the spreadsheet import: a file that cannot be read, rows
//! refused and why, the summary. (Headers and cell words are format data,
//! in `sheet::vocab`.)

use super::Lang;
use crate::model::fields::FieldError;
use crate::sheet::columns::Col;
use crate::sheet::import::{ImportReport, Reason};
use crate::sheet::io::{CsvError, SourceEncoding};
use crate::sheet::values::CellError;
use crate::sheet::vocab;

/// A file that cannot be read as a table, with what to do about it.
pub fn csv_error(l: Lang, path: &std::path::Path, e: &CsvError) -> String {
    let p = path.display();
    match e {
        CsvError::Encoding => l.pick(
            format!(
                "{p} : ce fichier n'est pas du texte lisible (UTF-8, Windows-1252 ou UTF-16). \
                 Dans le tableur, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) »."
            ),
            format!(
                "{p}: this file is not readable text (UTF-8, Windows-1252 or UTF-16). \
                 In the spreadsheet, save it as \"CSV UTF-8 (comma delimited)\"."
            ),
        ),
        CsvError::Empty => l.pick(
            format!("{p} : fichier vide, il faut au moins une ligne d'en-têtes."),
            format!("{p}: empty file, a header line is needed."),
        ),
        CsvError::Syntax { line } => l.pick(
            format!("{p}, ligne {line} : CSV mal formé (guillemet non fermé ?)."),
            format!("{p}, line {line}: malformed CSV (an unclosed quote?)."),
        ),
        CsvError::MissingColumn(c) => l.pick(
            format!("{p} : la colonne « {} » (ou « {c} ») est obligatoire.", fr_header(c)),
            format!("{p}: the column \"{c}\" (or \"{}\") is required.", fr_header(c)),
        ),
        CsvError::StrayBom { line } => l.pick(
            format!("{p}, ligne {line} : marque d'ordre des octets (BOM) au milieu du fichier : deux fichiers ont été mis bout à bout ?"),
            format!("{p}, line {line}: a byte order mark (BOM) in the middle of the file: two files joined end to end?"),
        ),
        CsvError::DuplicateColumn(c) => l.pick(
            format!("{p} : la colonne « {} » apparaît deux fois.", fr_header(c)),
            format!("{p}: the column \"{c}\" appears twice."),
        ),
    }
}

fn fr_header(key: &str) -> &'static str {
    use crate::sheet::columns::{AUTHORITY_COLS, CONTACT_COLS, PURSUIT_COLS};
    AUTHORITY_COLS
        .iter()
        .chain(CONTACT_COLS)
        .chain(PURSUIT_COLS)
        .find(|c| c.key() == key)
        .map_or("?", |c| vocab::header_fr(*c))
}

fn field_error(l: Lang, e: FieldError, value: &str) -> String {
    match e {
        FieldError::SiretLength => l.pick(
            format!("SIRET « {value} » : il faut 14 chiffres"),
            format!("SIRET \"{value}\": 14 digits are needed"),
        ),
        FieldError::SiretChecksum => l.pick(
            format!("SIRET « {value} » : clé de contrôle fausse (faute de frappe ?)"),
            format!("SIRET \"{value}\": wrong check digit (a typo?)"),
        ),
        FieldError::Phone => l.pick(
            format!("téléphone « {value} » : numéro non reconnu"),
            format!("phone \"{value}\": not a phone number"),
        ),
        FieldError::Email => l.pick(
            format!("courriel « {value} » : adresse non valable"),
            format!("email \"{value}\": not a valid address"),
        ),
    }
}

fn cell_error(l: Lang, e: &CellError) -> String {
    match e {
        CellError::Bool(v) => l.pick(
            format!("« {v} » : oui ou non attendu"),
            format!("\"{v}\": yes or no expected"),
        ),
        CellError::Category(v) => l.pick(
            format!("catégorie « {v} » inconnue (commune, intercommunalité, département, région, service de l'État, hôpital, autre)"),
            format!("unknown category \"{v}\" (municipality, inter-municipality, département, region, state service, hospital, other)"),
        ),
        CellError::Influence(v) => l.pick(
            format!("influence « {v} » inconnue (faible, moyenne, forte, inconnue)"),
            format!("unknown influence \"{v}\" (low, medium, high, unknown)"),
        ),
        CellError::Priority(v) => l.pick(
            format!("priorité « {v} » : un nombre de 1 à 5"),
            format!("priority \"{v}\": a number from 1 to 5"),
        ),
        CellError::Date(v) => l.pick(
            format!("date « {v} » : AAAA-MM-JJ ou JJ/MM/AAAA, et un jour qui existe"),
            format!("date \"{v}\": YYYY-MM-DD or DD/MM/YYYY, and a day that exists"),
        ),
        CellError::Choice(v, choices) => {
            let list: Vec<&str> = choices.iter().map(|(fr, en)| l.pick(*fr, *en)).collect();
            let list = list.join(", ");
            l.pick(
                format!("« {v} » inconnu (attendu : {list})"),
                format!("unknown \"{v}\" (expected: {list})"),
            )
        }
        CellError::Factor(v) => l.pick(
            format!("facteur « {v} » : un nombre supérieur à 0 et au plus 5"),
            format!("factor \"{v}\": a number above 0 and at most 5"),
        ),
        CellError::Amount(v) => l.pick(
            format!("montant « {v} » : un nombre d'euros"),
            format!("amount \"{v}\": a number of euros"),
        ),
        CellError::Time(v) => l.pick(
            format!("heure « {v} » : HH:MM"),
            format!("time \"{v}\": HH:MM"),
        ),
        CellError::Days(v) => l.pick(
            format!("« {v} » : un nombre de jours de 0 à 3650"),
            format!("\"{v}\": a number of days from 0 to 3650"),
        ),
    }
}

/// Why one row was refused.
pub fn row_reason(l: Lang, r: &Reason) -> String {
    match r {
        Reason::EmptyName => l.pick("le nom est vide", "the name is empty").into(),
        Reason::EmptyObject => l.pick("l'objet est vide", "the object is empty").into(),
        Reason::Field(e, v) => field_error(l, *e, v),
        Reason::Cell(e) => cell_error(l, e),
        Reason::Ambiguous(v) => l.pick(
            format!("plusieurs fiches correspondent à « {v} » : ajoutez l'identifiant ou le SIRET"),
            format!("several records match \"{v}\": add the id or the SIRET"),
        ),
        Reason::NoAuthority => l
            .pick(
                "aucune collectivité indiquée (colonne « collectivité » : nom ou SIRET)",
                "no authority given (column \"authority\": name or SIRET)",
            )
            .into(),
        Reason::UnknownAuthority(v) => l.pick(
            format!("collectivité « {v} » introuvable : importez d'abord les collectivités"),
            format!("authority \"{v}\" not found: import the authorities first"),
        ),
        Reason::SameAsRow(line) => l.pick(
            format!("même fiche que la ligne {line}"),
            format!("same record as line {line}"),
        ),
        Reason::RepeatedHeader => l
            .pick(
                "la ligne d'en-têtes répétée (deux fichiers collés l'un après l'autre ?)",
                "the header line again (two files pasted one after the other?)",
            )
            .into(),
        Reason::NotRestorable(c, v) => {
            let what = column_name(l, *c);
            let expected = match c {
                Col::Departement => l.pick(
                    "un numéro de département (01 à 95, 2A, 2B, 971 à 989)",
                    "a département number (01 to 95, 2A, 2B, 971 to 989)",
                ),
                Col::Postcode => l.pick("un code postal de 5 chiffres", "a 5-digit postcode"),
                Col::Cpv => l.pick("un code CPV de 8 chiffres", "an 8-digit CPV code"),
                _ => l.pick("un nombre entier", "a whole number"),
            };
            l.pick(
                format!("{what} « {v} » : il faut {expected} ; le tableur a-t-il supprimé des zéros ?"),
                format!("{what} \"{v}\": {expected} is needed; did the spreadsheet drop zeros?"),
            )
        }
        Reason::ExtraCells(n) => l.pick(
            format!("{n} cellule(s) remplie(s) au-delà de la dernière colonne : à quelle colonne appartiennent-elles ?"),
            format!("{n} filled cell(s) past the last column: which column do they belong to?"),
        ),
    }
}

pub fn rows_refused(l: Lang, path: &std::path::Path, n: usize) -> String {
    l.pick(
        format!(
            "{} : {n} ligne(s) refusée(s), rien n'a été importé :",
            path.display()
        ),
        format!(
            "{}: {n} row(s) refused, nothing was imported:",
            path.display()
        ),
    )
}

pub fn row_line(l: Lang, line: u64, reason: &str) -> String {
    l.pick(
        format!("  ligne {line} : {reason}"),
        format!("  line {line}: {reason}"),
    )
}

/// The import summary; `dry_run` words it as what would happen.
pub fn import_summary(l: Lang, r: &ImportReport, dry_run: bool) -> String {
    let mut out = if dry_run {
        l.pick(
            format!(
                "Simulation, rien n'est écrit : {} créé(s), {} mis à jour, {} inchangé(s).",
                r.created, r.updated, r.skipped
            ),
            format!(
                "Dry run, nothing written: {} would be created, {} updated, {} unchanged.",
                r.created, r.updated, r.skipped
            ),
        )
    } else {
        l.pick(
            format!(
                "Importé : {} créé(s), {} mis à jour, {} inchangé(s).",
                r.created, r.updated, r.skipped
            ),
            format!(
                "Imported: {} created, {} updated, {} unchanged.",
                r.created, r.updated, r.skipped
            ),
        )
    };
    match r.encoding {
        SourceEncoding::Utf8 => {}
        SourceEncoding::Windows1252 => out.push_str(l.pick(
            "\nLe fichier était en Windows-1252 (ancien Excel) : il a été converti en UTF-8.",
            "\nThe file was in Windows-1252 (older Excel): it was converted to UTF-8.",
        )),
        SourceEncoding::Utf16 => out.push_str(l.pick(
            "\nLe fichier était en UTF-16 (« Texte Unicode ») : il a été converti en UTF-8.",
            "\nThe file was in UTF-16 (\"Unicode text\"): it was converted to UTF-8.",
        )),
    }
    if !r.converted_lines.is_empty() {
        let lines = line_list(&r.converted_lines);
        out.push_str(&l.pick(
            format!("\nLigne(s) {lines} en Windows-1252 dans un fichier UTF-8 : converties en UTF-8, vérifiez-les."),
            format!("\nLine(s) {lines} in Windows-1252 in a UTF-8 file: converted to UTF-8, check them."),
        ));
    }
    if !r.restored.is_empty() {
        let list: Vec<String> = r
            .restored
            .iter()
            .take(10)
            .map(|x| {
                let c = column_name(l, x.column);
                l.pick(
                    format!("ligne {} {c} « {} » → « {} »", x.line, x.from, x.to),
                    format!("line {} {c} \"{}\" → \"{}\"", x.line, x.from, x.to),
                )
            })
            .collect();
        let more = if r.restored.len() > 10 { ", …" } else { "" };
        out.push_str(&l.pick(
            format!(
                "\n{} valeur(s) rétablie(s) (zéros ou format perdus par le tableur) : {}{more}",
                r.restored.len(),
                list.join(", ")
            ),
            format!(
                "\n{} value(s) restored (zeros or format lost by the spreadsheet): {}{more}",
                r.restored.len(),
                list.join(", ")
            ),
        ));
    }
    if !r.ignored_columns.is_empty() {
        let cols = r.ignored_columns.join(", ");
        out.push_str(&l.pick(
            format!("\nColonnes ignorées (inconnues) : {cols}"),
            format!("\nColumns ignored (unknown): {cols}"),
        ));
    }
    out
}

/// "3, 7, 12" — the first ten, then "…".
fn line_list(lines: &[u64]) -> String {
    let mut s: Vec<String> = lines.iter().take(10).map(u64::to_string).collect();
    if lines.len() > 10 {
        s.push("…".into());
    }
    s.join(", ")
}

/// A column as the user's language heads it.
fn column_name(l: Lang, c: Col) -> &'static str {
    c.header(l)
}
