//! Words of the forms: titles, field labels, validation errors, confirmations.

use super::Lang;
use crate::model::fields::FieldError;

pub fn yes_no(l: Lang, yes: bool) -> &'static str {
    if yes {
        l.pick("oui", "yes")
    } else {
        l.pick("non", "no")
    }
}

pub fn required(l: Lang) -> &'static str {
    l.pick("Champ obligatoire", "Required")
}

pub fn bad_date(l: Lang, typed: &str) -> String {
    l.pick(
        format!("« {typed} » n'est pas une date : 28/11/2026, 2026-11-28 ou +30"),
        format!("'{typed}' is not a date: 28/11/2026, 2026-11-28 or +30"),
    )
}

/// A paste or a key past a field's maximum length.
pub fn too_long(l: Lang, max: usize) -> String {
    // Digits grouped by three: "10 000" in French, "10,000" in English.
    let digits = max.to_string();
    let sep = l.pick(" ", ",");
    let mut n = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            n.push_str(sep);
        }
        n.push(c);
    }
    l.pick(
        format!("Texte coupé à {n} caractères, le maximum d'un champ"),
        format!("Text cut at {n} characters, a field's maximum"),
    )
}

pub fn bad_time(l: Lang, typed: &str) -> String {
    format!(
        "{} '{typed}' : {}",
        l.pick("Heure", "Time"),
        l.pick("tapez 12:00 ou 12h", "type 12:00 or 12h")
    )
}

pub fn bad_number(l: Lang, min: f64, max: f64) -> String {
    l.pick(
        format!("Un nombre entre {} et {}", l.decimal(min), l.decimal(max)),
        format!("A number between {} and {}", l.decimal(min), l.decimal(max)),
    )
}

pub fn bad_integer(l: Lang, min: u32, max: u32) -> String {
    l.pick(
        format!("Un nombre entier entre {min} et {max}"),
        format!("A whole number between {min} and {max}"),
    )
}

pub fn field_error(l: Lang, e: FieldError) -> String {
    match e {
        FieldError::SiretLength => l.pick("Un SIRET a 14 chiffres", "A SIRET has 14 digits"),
        FieldError::SiretChecksum => l.pick(
            "SIRET invalide (clé de contrôle)",
            "Invalid SIRET (check digit)",
        ),
        FieldError::Phone => l.pick(
            "Numéro invalide : 01 23 45 67 89 ou +33 1 23 45 67 89",
            "Invalid number: 01 23 45 67 89 or +33 1 23 45 67 89",
        ),
        FieldError::Email => l.pick(
            "Adresse invalide : nom@domaine.fr",
            "Invalid address: name@domain.fr",
        ),
    }
    .to_string()
}

pub fn need_j_or_expiry(l: Lang) -> String {
    l.pick(
        "Indiquez J, ou l'échéance pour le prévoir",
        "Enter J, or the expiry to forecast it",
    )
    .into()
}

pub fn done_in_future(l: Lang) -> String {
    l.pick(
        "Un point ne peut être fait après aujourd'hui",
        "An item cannot be done after today",
    )
    .into()
}

pub fn follow_up_before_date(l: Lang) -> String {
    l.pick(
        "La relance ne peut précéder l'échange",
        "The follow-up cannot be before the interaction",
    )
    .into()
}

pub fn forecast_hint(l: Lang, j: &str, lead: u32) -> String {
    l.pick(
        format!("J prévu : {j} (échéance − {lead} jours)"),
        format!("Forecast J: {j} (expiry − {lead} days)"),
    )
}

pub fn keys_footer(l: Lang) -> &'static str {
    l.pick(
        "Tab/↓ suivant · ⇧Tab/↑ précédent · ←/→ choix · Entrée valider · Ctrl-S enregistrer · Échap annuler",
        "Tab/↓ next · ⇧Tab/↑ previous · ←/→ choose · Enter next · Ctrl-S save · Esc cancel",
    )
}

pub fn title_new_authority(l: Lang) -> &'static str {
    l.pick("Nouvelle collectivité", "New authority")
}
pub fn title_edit_authority(l: Lang) -> &'static str {
    l.pick("Modifier la collectivité", "Edit authority")
}
pub fn title_new_pursuit(l: Lang) -> &'static str {
    l.pick("Nouveau marché visé", "New pursuit")
}
pub fn title_edit_pursuit(l: Lang) -> &'static str {
    l.pick("Modifier le marché visé", "Edit pursuit")
}
pub fn title_new_contact(l: Lang) -> &'static str {
    l.pick("Nouveau contact", "New contact")
}
pub fn title_edit_contact(l: Lang) -> &'static str {
    l.pick("Modifier le contact", "Edit contact")
}
pub fn title_new_interaction(l: Lang) -> &'static str {
    l.pick("Noter un échange", "Log an interaction")
}
pub fn title_edit_interaction(l: Lang) -> &'static str {
    l.pick("Modifier l'échange", "Edit interaction")
}
pub fn title_note(l: Lang) -> &'static str {
    l.pick(
        "Point : note, date faite, sans objet",
        "Item: note, done date, not applicable",
    )
}
pub fn title_outcome(l: Lang) -> &'static str {
    l.pick("Issue du marché", "Outcome")
}

/// Field labels, by the form's internal key.
pub fn label(l: Lang, key: &str) -> &'static str {
    match key {
        "name" => l.pick("Nom", "Name"),
        "category" => l.pick("Catégorie", "Category"),
        "town" => l.pick("Commune", "Town"),
        "departement" => l.pick("Département", "Département"),
        "siret" => l.pick("SIRET", "SIRET"),
        "priority" => l.pick("Priorité (1 = haute)", "Priority (1 = high)"),
        "activity" => l.pick("Activité, notes", "Activity, notes"),
        "object" => l.pick("Objet", "Object"),
        "j" => l.pick("Jour J (dépôt de l'offre)", "Day J (bid submission)"),
        "j_confirmed" => l.pick("J confirmé par l'avis", "J confirmed by the notice"),
        "market_kind" => l.pick("Type de marché", "Market kind"),
        "factor" => l.pick("Facteur des délais", "Window factor"),
        "procedure" => l.pick("Procédure (libellé)", "Procedure (label)"),
        "procedure_kind" => l.pick("Type de procédure", "Procedure type"),
        "j_time" => l.pick("Heure limite", "Deadline time"),
        "notice_published" => l.pick("Avis publié le", "Notice published on"),
        "notice_days" => l.pick("Avis attendu à J- (jours)", "Notice expected at J- (days)"),
        "candidature_days" => l.pick("Candidatures à J- (jours)", "Candidatures at J- (days)"),
        "amount" => l.pick("Montant estimé (€ HT)", "Estimated amount (€ excl. VAT)"),
        "current_holder" => l.pick("Titulaire actuel", "Current holder"),
        "current_expiry" => l.pick("Échéance du marché en cours", "Current contract expiry"),
        "award_criteria" => l.pick("Critères d'attribution", "Award criteria"),
        "lots" => l.pick("Allotissement", "Lots"),
        "lot_count" => l.pick("Nombre de lots", "Number of lots"),
        "ordering" => l.pick("Commande", "Ordering"),
        "notice_ref" => l.pick("Référence ou URL de l'avis", "Notice reference or URL"),
        "submission" => l.pick("Mode de dépôt", "Submission mode"),
        "role" => l.pick("Fonction", "Role"),
        "phone" => l.pick("Téléphone", "Phone"),
        "mobile" => l.pick("Portable", "Mobile"),
        "email" => l.pick("Courriel", "Email"),
        "decision_maker" => l.pick("Décideur", "Decision-maker"),
        "influence" => l.pick("Influence", "Influence"),
        "keep_in_touch" => l.pick("Relancer tous les (jours)", "Keep in touch every (days)"),
        "do_not_contact" => l.pick("Ne pas démarcher", "Do not contact"),
        "notes" => l.pick("Notes", "Notes"),
        "summary" => l.pick("Résumé", "Summary"),
        "kind" => l.pick("Type d'échange", "Kind"),
        "date" => l.pick("Date", "Date"),
        "follow_up" => l.pick("Relance le", "Follow up on"),
        "details_checked" => l.pick("Coordonnées vérifiées", "Details checked"),
        "note" => l.pick("Note", "Note"),
        "done_on" => l.pick("Fait le (vide : non coché)", "Done on (empty: not ticked)"),
        "not_applicable" => l.pick(
            "Sans objet, parce que (vide : compte)",
            "Not applicable because (empty: counts)",
        ),
        "expected_start" => l.pick("Début d'exécution prévu", "Expected start of execution"),
        "outcome" => l.pick("Issue", "Outcome"),
        "owner" => l.pick("Responsable", "Owner"),
        _ => "",
    }
}

/// "Supprimer X avec 2 marchés, 3 contacts, 12 échanges ? o/N"
pub fn confirm_delete_authority(
    l: Lang,
    name: &str,
    pursuits: usize,
    contacts: usize,
    interactions: usize,
) -> String {
    l.pick(
        format!("Supprimer {name} avec {pursuits} marché(s), {contacts} contact(s), {interactions} échange(s) ? o/N"),
        format!("Delete {name} with {pursuits} pursuit(s), {contacts} contact(s), {interactions} interaction(s)? y/N"),
    )
}

pub fn confirm_delete_pursuit(l: Lang, object: &str, ticked: usize) -> String {
    l.pick(
        format!("Supprimer le marché « {object} » et ses {ticked} point(s) cochés ? o/N"),
        format!("Delete the pursuit '{object}' and its {ticked} ticked item(s)? y/N"),
    )
}

pub fn confirm_delete_contact(l: Lang, name: &str, interactions: usize) -> String {
    l.pick(
        format!("Supprimer {name} avec {interactions} échange(s) ? o/N"),
        format!("Delete {name} with {interactions} interaction(s)? y/N"),
    )
}

pub fn confirm_delete_interaction(l: Lang, summary: &str) -> String {
    l.pick(
        format!("Supprimer l'échange « {summary} » ? o/N"),
        format!("Delete the interaction '{summary}'? y/N"),
    )
}

pub fn nothing_selected(l: Lang) -> &'static str {
    l.pick(
        "Rien de sélectionné pour cette touche ici",
        "Nothing selected for that key here",
    )
}
pub fn deleted(l: Lang) -> &'static str {
    l.pick("Supprimé — u pour annuler", "Deleted — u to undo")
}
pub fn undone(l: Lang) -> &'static str {
    l.pick("Annulé — Ctrl-R pour rétablir", "Undone — Ctrl-R to redo")
}
pub fn redone(l: Lang) -> &'static str {
    l.pick("Rétabli", "Redone")
}
pub fn nothing_to_undo(l: Lang) -> &'static str {
    l.pick("Rien à annuler", "Nothing to undo")
}
pub fn nothing_to_redo(l: Lang) -> &'static str {
    l.pick("Rien à rétablir", "Nothing to redo")
}
pub fn delete_title(l: Lang) -> &'static str {
    l.pick("Supprimer ?", "Delete?")
}
