//! Words of the forms: titles, field labels, validation errors, confirmations.

use super::Lang;
use crate::forms::FieldKey;
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

/// What a key of a form does, for the footer ("Échap annuler").
pub fn form_key(l: Lang, k: crate::forms::key::FormKey) -> &'static str {
    use crate::forms::key::FormKey;
    match k {
        FormKey::Next => l.pick("suivant", "next"),
        FormKey::Previous => l.pick("précédent", "previous"),
        FormKey::Choose => l.pick("choix", "choose"),
        // Next, or save on the last field.
        FormKey::Enter => l.pick("suivant", "next"),
        FormKey::Save => l.pick("enregistrer", "save"),
        FormKey::Cancel => l.pick("annuler", "cancel"),
    }
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

/// Field labels, by the form's key.
pub fn label(l: Lang, key: FieldKey) -> &'static str {
    use FieldKey::*;
    match key {
        Name => l.pick("Nom", "Name"),
        Category => l.pick("Catégorie", "Category"),
        Town => l.pick("Commune", "Town"),
        Departement => l.pick("Département", "Département"),
        Siret => l.pick("SIRET", "SIRET"),
        Priority => l.pick("Priorité (1 = haute)", "Priority (1 = high)"),
        Activity => l.pick("Activité, notes", "Activity, notes"),
        Object => l.pick("Objet", "Object"),
        J => l.pick("Jour J (dépôt de l'offre)", "Day J (bid submission)"),
        JConfirmed => l.pick("J confirmé par l'avis", "J confirmed by the notice"),
        MarketKind => l.pick("Type de marché", "Market kind"),
        Factor => l.pick("Facteur des délais", "Window factor"),
        Procedure => l.pick("Procédure (libellé)", "Procedure (label)"),
        ProcedureKind => l.pick("Type de procédure", "Procedure type"),
        JTime => l.pick("Heure limite", "Deadline time"),
        NoticePublished => l.pick("Avis publié le", "Notice published on"),
        NoticeDays => l.pick("Avis attendu à J- (jours)", "Notice expected at J- (days)"),
        CandidatureDays => l.pick("Candidatures à J- (jours)", "Candidatures at J- (days)"),
        Amount => l.pick("Montant estimé (€ HT)", "Estimated amount (€ excl. VAT)"),
        CurrentHolder => l.pick("Titulaire actuel", "Current holder"),
        CurrentExpiry => l.pick("Échéance du marché en cours", "Current contract expiry"),
        AwardCriteria => l.pick("Critères d'attribution", "Award criteria"),
        Lots => l.pick("Allotissement", "Lots"),
        LotCount => l.pick("Nombre de lots", "Number of lots"),
        Ordering => l.pick("Commande", "Ordering"),
        NoticeRef => l.pick("Référence ou URL de l'avis", "Notice reference or URL"),
        Submission => l.pick("Mode de dépôt", "Submission mode"),
        Role => l.pick("Fonction", "Role"),
        Phone => l.pick("Téléphone", "Phone"),
        Mobile => l.pick("Portable", "Mobile"),
        Email => l.pick("Courriel", "Email"),
        DecisionMaker => l.pick("Décideur", "Decision-maker"),
        Influence => l.pick("Influence", "Influence"),
        KeepInTouch => l.pick("Relancer tous les (jours)", "Keep in touch every (days)"),
        DoNotContact => l.pick("Ne pas démarcher", "Do not contact"),
        Notes => l.pick("Notes", "Notes"),
        Summary => l.pick("Résumé", "Summary"),
        Kind => l.pick("Type d'échange", "Kind"),
        Date => l.pick("Date", "Date"),
        FollowUp => l.pick("Relance le", "Follow up on"),
        DetailsChecked => l.pick("Coordonnées vérifiées", "Details checked"),
        Note => l.pick("Note", "Note"),
        Outcome => l.pick("Issue", "Outcome"),
        DoneOn => l.pick("Fait le (vide : non coché)", "Done on (empty: not ticked)"),
        NotApplicable => l.pick(
            "Sans objet, parce que (vide : compte)",
            "Not applicable because (empty: counts)",
        ),
        ExpectedStart => l.pick("Début d'exécution prévu", "Expected start of execution"),
        Owner => l.pick("Responsable", "Owner"),
        Label => l.pick("Libellé", "Label"),
        RequirementKind => l.pick("Type", "Kind"),
        Status => l.pick("Statut", "Status"),
        Due => l.pick("Échéance", "Due"),
        DocKind => l.pick("Pièce", "Document"),
        OtherKind => l.pick("Autre type (nom)", "Other kind (name)"),
        DocLabel => l.pick(
            "Précision (ex. Qualibat 1312)",
            "Detail (e.g. Qualibat 1312)",
        ),
        Issued => l.pick("Délivrée le", "Issued on"),
        Expires => l.pick("Valable jusqu'au", "Valid until"),
        DocNote => l.pick("Où est le fichier, note", "Where the file is, note"),
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
