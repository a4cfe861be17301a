//! The command line's own words in French: clap writes English (help
//! headings, usage errors); `cli_lang` swaps these in. Help texts are keyed
//! by their English doc comment, so a new option without a translation
//! shows its English help rather than nothing.

use super::Lang;

/// French help of an option, argument or subcommand, by its English text.
pub fn help_fr(en: &str) -> Option<&'static str> {
    Some(match en {
        "Rétroplanning for French public procurement bids" => {
            "Rétroplanning des candidatures aux marchés publics"
        }
        "Tracks public authorities, contacts and the contracts you pursue, on a timeline counted back from day J, the day you submit your bid.\nWithout a subcommand, opens the tracker in the terminal." => {
            "Suit les collectivités, leurs interlocuteurs et les marchés visés, sur un calendrier compté à rebours depuis le jour J, le jour du dépôt de l'offre.\nSans sous-commande, ouvre le suivi dans le terminal."
        }
        "Portfolio file [default: the platform data directory]" => {
            "Fichier du portefeuille [par défaut : le dossier de données de la plateforme]"
        }
        "Language of the interface" => "Langue de l'interface",
        "Fix \"today\" (YYYY-MM-DD or DD/MM/YYYY), for reproducible runs" => {
            "Fixer « aujourd'hui » (AAAA-MM-JJ ou JJ/MM/AAAA), pour des résultats reproductibles"
        }
        "Open the tracker on a temporary copy of the example portfolio" => {
            "Ouvrir le suivi sur une copie temporaire du portefeuille d'exemple"
        }
        "Create a portfolio file (never overwrites one)" => {
            "Créer un fichier de portefeuille (n'en écrase jamais un)"
        }
        "Fill it with the example portfolio" => "Le remplir avec le portefeuille d'exemple",
        "Print the rétroplanning for a day J" => "Afficher le rétroplanning d'un jour J",
        "What is due or late across the portfolio" => {
            "Ce qui est à faire ou en retard dans tout le portefeuille"
        }
        "Look this many days ahead" => "Regarder autant de jours à l'avance",
        "Where every open pursuit stands: stage, J, each item's state and evidence" => {
            "Où en est chaque marché visé ouvert : étape, J, l'état et la preuve de chaque point"
        }
        "Machine-readable output (keys documented in the README)" => {
            "Sortie lisible par un programme (JSON ; clés décrites dans le README)"
        }
        "Machine-readable output" => "Sortie lisible par un programme (JSON)",
        "Validate the portfolio file; exit 1 with every problem found" => {
            "Vérifier le fichier du portefeuille ; code 1 et tous les problèmes trouvés"
        }
        "Bring back a missing portfolio from its backup (never overwrites)" => {
            "Rétablir un portefeuille disparu depuis sa copie de secours (n'écrase jamais)"
        }
        "Export to a calendar, a spreadsheet, or a person's data (GDPR)" => {
            "Exporter vers un agenda, un tableur, ou les données d'une personne (RGPD)"
        }
        "Import spreadsheets or open data (DECP)"
        | "Import spreadsheets or open data (DECP, BOAMP)" => {
            "Importer des tableurs ou des données ouvertes (DECP, BOAMP)"
        }
        "Erase personal data (GDPR)" => "Effacer des données personnelles (RGPD)",
        "Merge two copies of a portfolio by meaning (a git merge driver, sync conflict copies)" => {
            "Fusionner deux copies d'un portefeuille par leur sens (pilote de fusion git, copies en conflit d'un dossier synchronisé)"
        }
        "The common ancestor (git's %O); an empty file means there is none" => {
            "L'ancêtre commun (%O de git) ; un fichier vide : il n'y en a pas"
        }
        "Our copy (git's %A): the result is written over it unless -o is given" => {
            "Notre copie (%A de git) : le résultat y est écrit, sauf avec -o"
        }
        "Their copy (git's %B)" => "Leur copie (%B de git)",
        "Write the result here instead of over OURS" => {
            "Écrire le résultat ici plutôt que sur OURS"
        }
        "Register retroplan as git's merge driver for the portfolio (.gitattributes and the repository's config)" => {
            "Déclarer retroplan comme pilote de fusion git du portefeuille (.gitattributes et configuration du dépôt)"
        }
        "Merge the sync conflict copies (Syncthing, Nextcloud, Dropbox) beside the portfolio into it, then remove them" => {
            "Fusionner dans le portefeuille les copies en conflit (Syncthing, Nextcloud, Dropbox) posées à côté, puis les supprimer"
        }
        "Print a shell completion script (see README for where to put it)" => {
            "Afficher le script de complétion d'un shell (où le mettre : voir le README)"
        }
        "The shell to complete for" => "Le shell à compléter",
        "Print the manual page (roff), e.g. `retroplan man > retroplan.1`" => {
            "Afficher la page de manuel (roff), p. ex. `retroplan man > retroplan.1`"
        }
        "Day J: the day the bid is submitted" => "Jour J : le jour du dépôt de l'offre",
        "Kind of contract (sets the default factor)" => {
            "Type de marché (donne le facteur par défaut)"
        }
        "Window factor in (0, 5] [default: 1.0, or 1.5 for works-exceptional]" => {
            "Facteur des fenêtres dans ]0, 5] [par défaut : 1,0, ou 1,5 pour works-exceptional]"
        }
        "Milestones and pending items as an iCalendar file (RFC 5545)" => {
            "Jalons et points à faire en fichier iCalendar (RFC 5545)"
        }
        "Output file [default: standard output]" => {
            "Fichier de sortie [par défaut : la sortie standard]"
        }
        "Only these parts, comma-separated [default: j,decisions,deadlines,follow-ups,documents]" => {
            "Seulement ces parties, séparées par des virgules [par défaut : j,decisions,deadlines,follow-ups,documents]"
        }
        "Every part: also stage starts and a to-do per checklist item" => {
            "Toutes les parties : aussi les débuts d'étape et une tâche par point de la liste"
        }
        "A table as CSV (';' and a BOM by default, for French Excel)" => {
            "Un tableau en CSV (« ; » et un BOM par défaut, pour Excel en français)"
        }
        "The table to write" => "Le tableau à écrire",
        "The table to fill" => "Le tableau à remplir",
        "Field separator: ';', ',' or 'tab'" => "Séparateur de champs : « ; », « , » ou « tab »",
        "Write a UTF-8 byte-order mark (default)" => "Écrire un BOM UTF-8 (par défaut)",
        "Do not write a byte-order mark" => "Ne pas écrire de BOM",
        "Everything held about one contact, as JSON" => {
            "Tout ce qui est conservé sur un contact, en JSON"
        }
        "Contact id or email" => "Identifiant ou courriel du contact",
        "Authorities, contacts or pursuits from a CSV file (all or nothing)" => {
            "Collectivités, contacts ou marchés visés depuis un fichier CSV (tout ou rien)"
        }
        "The CSV file to read" => "Le fichier CSV à lire",
        "Show what would change; write nothing" => "Montrer ce qui changerait ; ne rien écrire",
        "Award data (DECP) as forecast pursuits" => {
            "Données d'attribution (DECP) en marchés visés prévisionnels"
        }
        "Keep only this buyer SIRET (repeatable)" => {
            "Ne garder que ce SIRET d'acheteur (répétable)"
        }
        "Keep only CPV codes starting with this prefix (repeatable)" => {
            "Ne garder que les codes CPV commençant ainsi (répétable)"
        }
        "Also import contracts that have already expired" => {
            "Importer aussi les marchés déjà échus"
        }
        "Remove a contact and their interactions, from the file and its backup" => {
            "Supprimer un contact et ses échanges, du fichier et de sa copie de secours"
        }
        "Only these families, comma-separated: late, due, documents, calls, decisions, notices, j" => {
            "Seulement ces familles, séparées par des virgules : late, due, documents, calls, decisions, notices, j"
        }
        "Everyone's entries, not only yours and those nobody owns" => {
            "Les entrées de tous, pas seulement les vôtres et celles sans responsable"
        }
        "Print every entry of a collapsed line under it" => {
            "Afficher sous une ligne regroupée chacune de ses entrées"
        }
        "The company's standing documents, their validity and the bids they fail" => {
            "Les documents permanents de l'entreprise, leur validité et les offres qu'ils bloquent"
        }
        "The copy to restore [default: the newest readable backup or temp file]" => {
            "La copie à rétablir [par défaut : la copie de secours ou le fichier temporaire lisible le plus récent]"
        }
        "Ask an open-data API for what is new (BOAMP notices)" => {
            "Demander les nouveautés à une API de données ouvertes (avis BOAMP)"
        }
        "Record a standing document (attestation, Kbis, certification…)" => {
            "Enregistrer un document permanent (attestation, Kbis, certification…)"
        }
        "urssaf, fiscal, kbis, insurance, certification, references, dume, rib, delegation, or any other name" => {
            "urssaf, fiscal, kbis, insurance, certification, references, dume, rib, delegation, ou tout autre nom"
        }
        "Day it was issued" => "Jour de délivrance",
        "Last day it is valid [default: from the kind, e.g. 6 months for urssaf]" => {
            "Dernier jour de validité [par défaut : selon le type, p. ex. 6 mois pour urssaf]"
        }
        "Where the file is (a path), or any note" => "Où est le fichier (un chemin), ou toute note",
        "What tells it from others of its kind (e.g. \"Qualibat 1312\")" => {
            "Ce qui le distingue des autres du même type (p. ex. « Qualibat 1312 »)"
        }
        "Rule set placing the notice: the seed's J-52, or the 2019 code's minimums" => {
            "Règles plaçant l'avis : le J-52 de la méthode, ou les minimums du code de 2019"
        }
        "Award procedure (sets the notice period under code2019)" => {
            "Procédure de passation (donne le délai de l'avis sous code2019)"
        }
        "Days before J the notice is expected, whatever the rule" => {
            "Jours avant J où l'avis est attendu, quelle que soit la règle"
        }
        "Submission mode [default: electronic from 40,000 € HT or when the amount is unknown]" => {
            "Mode de dépôt [par défaut : dématérialisé dès 40 000 € HT ou quand le montant est inconnu]"
        }
        "Estimated amount in euros excluding VAT" => "Montant estimé en euros hors taxes",
        "The day the notice was published, when known: stage 3 starts on it" => {
            "Le jour de publication de l'avis, s'il est connu : l'étape 3 commence ce jour-là"
        }
        "Only this pursuit (for `requirements`)" => {
            "Seulement ce marché visé (pour `requirements`)"
        }
        "Also import one-off works contracts (CPV 45, not a framework agreement)" => {
            "Importer aussi les marchés de travaux ponctuels (CPV 45, hors accord-cadre)"
        }
        "BOAMP notices: confirm J, follow rectificatifs and awards" => {
            "Avis BOAMP : confirmer J, suivre rectificatifs et attributions"
        }
        "Create a pursuit for each call for tenders no pursuit waits for" => {
            "Créer un marché visé pour chaque appel d'offres qu'aucun n'attend"
        }
        "Your company's name as award notices spell it (remembered)" => {
            "Le nom de votre entreprise tel que l'écrivent les avis d'attribution (retenu)"
        }
        "BOAMP notices published since the last fetch, imported as by `import boamp`" => {
            "Avis BOAMP publiés depuis la dernière interrogation, importés comme par `import boamp`"
        }
        "First publication day asked for [default: the last fetch, else 90 days ago]" => {
            "Premier jour de publication demandé [par défaut : la dernière interrogation, sinon il y a 90 jours]"
        }
        "Département code (repeatable) [default: the portfolio's buyers' départements]" => {
            "Code de département (répétable) [par défaut : les départements des acheteurs du portefeuille]"
        }
        "The API's address, for a mirror or a test server" => {
            "L'adresse de l'API, pour un miroir ou un serveur de test"
        }
        "Give up on a request after this many seconds" => {
            "Abandonner une requête après autant de secondes"
        }
        "The compliance matrix: every requirement and linked document per pursuit" => {
            "La matrice de conformité : chaque exigence et document lié par marché visé"
        }
        _ => return None,
    })
}

/// Clap's fixed words.
pub fn usage(l: Lang) -> &'static str {
    l.pick("Utilisation :", "Usage:")
}

/// Clap adds the colon itself: the trailing space gives French spacing.
pub fn commands_heading(l: Lang) -> &'static str {
    l.pick("Commandes ", "Commands")
}

pub fn arguments_heading(l: Lang) -> &'static str {
    l.pick("Arguments ", "Arguments")
}

pub fn options_heading(l: Lang) -> &'static str {
    l.pick("Options ", "Options")
}

pub fn print_help(l: Lang) -> &'static str {
    l.pick("Afficher l'aide", "Print help")
}

pub fn print_version(l: Lang) -> &'static str {
    l.pick("Afficher la version", "Print version")
}

pub fn help_subcommand(l: Lang) -> &'static str {
    l.pick(
        "Afficher cette aide ou celle des sous-commandes données",
        "Print this message or the help of the given subcommand(s)",
    )
}

pub fn default_value(l: Lang, v: &str) -> String {
    l.pick(format!("[par défaut : {v}]"), format!("[default: {v}]"))
}

pub fn possible_values(l: Lang, v: &str) -> String {
    l.pick(
        format!("[valeurs possibles : {v}]"),
        format!("[possible values: {v}]"),
    )
}

pub fn env_var(l: Lang, v: &str) -> String {
    l.pick(format!("[variable : {v}]"), format!("[env: {v}]"))
}

/// A usage error, from clap's own context.
pub enum UsageError<'a> {
    UnknownArgument(&'a str),
    UnknownSubcommand(&'a str),
    InvalidValue {
        arg: &'a str,
        value: &'a str,
    },
    /// A value the option's parser refused, with its reason.
    Refused {
        arg: &'a str,
        value: &'a str,
        why: String,
    },
    Missing(Vec<String>),
    Conflict {
        arg: &'a str,
        with: &'a str,
    },
    NoValue(&'a str),
}

pub fn usage_error(l: Lang, e: &UsageError) -> String {
    let head = l.pick("erreur : ", "error: ");
    let body = match e {
        UsageError::UnknownArgument(a) => l.pick(
            format!("argument inattendu « {a} »"),
            format!("unexpected argument '{a}' found"),
        ),
        UsageError::UnknownSubcommand(a) => l.pick(
            format!("sous-commande inconnue « {a} »"),
            format!("unrecognized subcommand '{a}'"),
        ),
        UsageError::InvalidValue { arg, value } => l.pick(
            format!("valeur « {value} » non valable pour « {arg} »"),
            format!("invalid value '{value}' for '{arg}'"),
        ),
        UsageError::Refused { arg, value, why } => l.pick(
            format!("valeur « {value} » non valable pour « {arg} » : {why}"),
            format!("invalid value '{value}' for '{arg}': {why}"),
        ),
        UsageError::Missing(args) => l.pick(
            format!(
                "arguments obligatoires manquants :\n  {}",
                args.join("\n  ")
            ),
            format!(
                "the following required arguments were not provided:\n  {}",
                args.join("\n  ")
            ),
        ),
        UsageError::Conflict { arg, with } => l.pick(
            format!("« {arg} » ne peut pas être utilisé avec « {with} »"),
            format!("the argument '{arg}' cannot be used with '{with}'"),
        ),
        UsageError::NoValue(a) => l.pick(
            format!("une valeur est nécessaire pour « {a} »"),
            format!("a value is required for '{a}' but none was supplied"),
        ),
    };
    format!("{head}{body}")
}

pub fn did_you_mean(l: Lang, v: &str) -> String {
    l.pick(
        format!("  vouliez-vous dire « {v} » ?"),
        format!("  tip: did you mean '{v}'?"),
    )
}

pub fn try_help(l: Lang) -> &'static str {
    l.pick(
        "Pour en savoir plus, essayez « --help ».",
        "For more information, try '--help'.",
    )
}

/// Messages of the command line's value parsers.
pub fn not_a_date(l: Lang, s: &str) -> String {
    l.pick(
        format!("« {s} » n'est pas une date : AAAA-MM-JJ ou JJ/MM/AAAA, et un jour qui existe"),
        format!("'{s}' is not a date: use YYYY-MM-DD or DD/MM/YYYY, and a day that exists"),
    )
}

pub fn not_a_number(l: Lang, s: &str) -> String {
    l.pick(
        format!("« {s} » n'est pas un nombre"),
        format!("'{s}' is not a number"),
    )
}

pub fn factor_range(l: Lang, s: &str) -> String {
    l.pick(
        format!("facteur « {s} » hors limites : il doit être dans ]0, 5]"),
        format!("factor '{s}' is out of range: it must be in (0, 5]"),
    )
}

pub fn not_an_amount(l: Lang, s: &str) -> String {
    l.pick(
        format!("« {s} » n'est pas un montant en euros"),
        format!("'{s}' is not an amount in euros"),
    )
}

pub fn bad_delimiter(l: Lang, s: &str) -> String {
    l.pick(
        format!("séparateur « {s} » : « ; », « , » ou « tab »"),
        format!("delimiter '{s}' is not one of ';' ',' 'tab'"),
    )
}
