//! Words of the reports outside the tracker: agenda, calendar, spreadsheets
//! and personal data.

use chrono::NaiveDate;

use super::Lang;
use crate::model::Influence;
use crate::model::fields::FieldError;
use crate::report::agenda::EntryKind;
use crate::report::csv_columns::Col;
use crate::report::csv_import::{ImportReport, Reason};
use crate::report::csv_io::{CsvError, SourceEncoding};
use crate::report::csv_values::CellError;
use crate::report::person::{Erased, PersonError};

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

/// French spreadsheet headers (the English ones are the column keys).
pub fn csv_header_fr(c: Col) -> &'static str {
    use Col::*;
    match c {
        Id => "identifiant",
        Name => "nom",
        Category => "catégorie",
        Town => "commune",
        Departement => "département",
        Siret => "SIRET",
        Activity => "activité",
        Priority => "priorité",
        Authority => "collectivité",
        AuthoritySiret => "SIRET collectivité",
        Role => "fonction",
        Phone => "téléphone",
        Email => "courriel",
        DecisionMaker => "décideur",
        Influence => "influence",
        Notes => "notes",
        DetailsChecked => "coordonnées vérifiées le",
        KeepInTouchDays => "relancer tous les (jours)",
        DoNotContact => "ne pas contacter",
        Object => "objet",
        J => "J",
        JConfirmed => "J confirmé",
        MarketKind => "type de marché",
        Factor => "facteur",
        Branch => "hypothèse",
        Outcome => "issue",
        Procedure => "procédure",
        Amount => "montant HT",
        CurrentHolder => "titulaire actuel",
        CurrentExpiry => "échéance du marché actuel",
        Cpv => "CPV",
        NoticeRef => "référence de l'avis",
    }
}

/// Other headers users write for a column (compared folded, punctuation ignored).
pub fn csv_aliases(c: Col) -> &'static [&'static str] {
    use Col::*;
    match c {
        Id => &["identifier", "ref"],
        Name => &["nom complet", "full name", "raison sociale", "denomination"],
        Category => &["type", "categorie de personne publique"],
        Town => &["ville", "city", "localite"],
        Departement => &["department", "dept", "dep", "departement numero"],
        Siret => &["numero siret", "siret number"],
        Activity => &["activite", "activites", "description"],
        Priority => &["priorite", "prio"],
        Authority => &[
            "collectivite publique",
            "autorite",
            "acheteur",
            "organisme",
            "personne publique",
            "buyer",
        ],
        AuthoritySiret => &["siret acheteur", "buyer siret", "siret de la collectivite"],
        Role => &["poste", "titre", "job title", "title", "fonction occupee"],
        Phone => &[
            "tel",
            "telephone",
            "portable",
            "mobile",
            "numero de telephone",
        ],
        Email => &[
            "e-mail",
            "mail",
            "adresse email",
            "adresse e-mail",
            "adresse electronique",
        ],
        DecisionMaker => &["decisionnaire", "decision maker"],
        Influence => &[],
        Notes => &["note", "remarques", "commentaires", "comments"],
        DetailsChecked => &["coordonnees verifiees", "verifie le", "details checked on"],
        KeepInTouchDays => &["relance jours", "keep in touch days"],
        DoNotContact => &["ne plus contacter", "do not contact"],
        Object => &["objet du marche", "contract"],
        J => &["jour j", "day j", "date de depot"],
        JConfirmed => &["j confirme par l avis"],
        MarketKind => &["type de marche", "kind"],
        Factor => &["coefficient"],
        Branch => &["hypothese"],
        Outcome => &["resultat", "statut"],
        Procedure => &["type de procedure"],
        Amount => &["montant", "montant ht", "amount excl vat"],
        CurrentHolder => &["titulaire", "holder"],
        CurrentExpiry => &["echeance", "fin du marche actuel", "expiry"],
        Cpv => &["code cpv"],
        NoticeRef => &["reference de l avis", "avis", "notice"],
    }
}

pub fn yes_no(l: Lang, b: bool) -> &'static str {
    match b {
        true => l.pick("oui", "yes"),
        false => l.pick("non", "no"),
    }
}

/// Short influence words for spreadsheet cells.
pub fn influence_cell(l: Lang, i: Influence) -> &'static str {
    match i {
        Influence::Unknown => l.pick("inconnue", "unknown"),
        Influence::Low => l.pick("faible", "low"),
        Influence::Medium => l.pick("moyenne", "medium"),
        Influence::High => l.pick("forte", "high"),
    }
}

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
        CsvError::DuplicateColumn(c) => l.pick(
            format!("{p} : la colonne « {} » apparaît deux fois.", fr_header(c)),
            format!("{p}: the column \"{c}\" appears twice."),
        ),
    }
}

fn fr_header(key: &str) -> &'static str {
    use crate::report::csv_columns::{AUTHORITY_COLS, CONTACT_COLS};
    AUTHORITY_COLS
        .iter()
        .chain(CONTACT_COLS)
        .find(|c| c.key() == key)
        .map_or("?", |c| csv_header_fr(*c))
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
    if !r.ignored_columns.is_empty() {
        let cols = r.ignored_columns.join(", ");
        out.push_str(&l.pick(
            format!("\nColonnes ignorées (inconnues) : {cols}"),
            format!("\nColumns ignored (unknown): {cols}"),
        ));
    }
    out
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
