//! The spreadsheet vocabulary: French headers, the other headers users
//! write for a column, and the words of yes/no and influence cells. This is
//! format data (what `export csv` writes and `import csv` reads back), not UI
//! wording: changing a word here changes what older exports import as.

use super::col::Col;
use crate::i18n::Lang;
use crate::model::Influence;

/// French spreadsheet headers (the English ones are the column keys).
pub fn header_fr(c: Col) -> &'static str {
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
        Mobile => "portable",
        Email => "courriel",
        FirstName => "prénom",
        Service => "service",
        Postcode => "code postal",
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
        JOrigin => "origine de J",
        ProcedureKind => "famille de procédure",
        NoticeDays => "avis à J- (jours)",
        CandidatureDays => "candidatures à J- (jours)",
        NoticePublished => "avis publié le",
        JTime => "heure limite",
        ContractStart => "début du marché actuel",
        ExpectedStart => "début d'exécution prévu",
        AwardCriteria => "critères d'attribution",
        Lots => "allotissement",
        LotCount => "nombre de lots",
        Ordering => "forme du marché",
        Submission => "mode de dépôt",
        Source => "source",
    }
}

/// Other headers users write for a column (compared folded, punctuation ignored).
pub fn aliases(c: Col) -> &'static [&'static str] {
    use Col::*;
    match c {
        Id => &["identifier", "ref"],
        Name => &[
            "nom complet",
            "full name",
            "raison sociale",
            "denomination",
            "nom du contact",
            "nom de famille",
            "last name",
            "surname",
            "interlocuteur",
        ],
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
            "nom de la collectivite",
            "nom de l acheteur",
            "nom de l organisme",
            "collectivite territoriale",
            "etablissement",
        ],
        AuthoritySiret => &["siret acheteur", "buyer siret", "siret de la collectivite"],
        Role => &["poste", "titre", "job title", "title", "fonction occupee"],
        Phone => &[
            "tel",
            "telephone",
            "numero de telephone",
            "tel fixe",
            "telephone fixe",
            "ligne directe",
            "tel bureau",
        ],
        Mobile => &[
            "mobile",
            "tel portable",
            "tel mobile",
            "telephone portable",
            "telephone mobile",
            "gsm",
            "mobile phone",
            "cell phone",
        ],
        Email => &[
            "e-mail",
            "mail",
            "mel",
            "adresse mail",
            "adresse mel",
            "adresse email",
            "adresse e-mail",
            "adresse electronique",
        ],
        FirstName => &["prenom", "first name", "firstname", "given name"],
        Service => &["direction", "pole", "department service"],
        Postcode => &[
            "cp",
            "code postal",
            "postcode",
            "postal code",
            "zip",
            "zip code",
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
        JOrigin => &["source de j", "statut de j", "j source"],
        ProcedureKind => &["famille", "procedure family"],
        NoticeDays => &["avis a j moins", "notice days before j"],
        CandidatureDays => &["candidatures a j moins", "candidature days before j"],
        NoticePublished => &[
            "date de publication",
            "date de l avis",
            "notice published on",
        ],
        JTime => &[
            "heure",
            "heure de depot",
            "heure limite de depot",
            "deadline time",
        ],
        ContractStart => &["date de notification", "debut du marche", "contract start"],
        ExpectedStart => &["debut d execution", "demarrage prevu", "expected start"],
        AwardCriteria => &["criteres", "criteres de jugement"],
        Lots => &["alloti", "marche alloti"],
        LotCount => &["lots nombre", "number of lots"],
        Ordering => &["bons de commande", "forme des commandes"],
        Submission => &["depot", "mode de remise", "submission mode"],
        Source => &["provenance"],
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
