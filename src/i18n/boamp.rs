//! Words of `retroplan import boamp` and `fetch boamp`: one line per thing a
//! notice did, the notices left to the user, the tally, and the errors.

use std::path::Path;

use super::Lang;
use super::cli::colon;
use crate::boamp::fetch::{FetchError, Pages};
use crate::boamp::{Ambiguity, Deadline, Event, Skip, Summary};
use crate::model::Outcome;

/// "21/12/2026 12:00", "2026-12-21 12:00", or the date alone.
pub fn deadline(l: Lang, d: &Deadline) -> String {
    match d.time {
        Some(t) => format!("{} {}", l.date(d.date), t.format("%H:%M")),
        None => l.date(d.date),
    }
}

/// "avis 26-118734" / "notice 26-118734".
pub fn notice(l: Lang, idweb: &str) -> String {
    format!("{} {idweb}", l.pick("avis", "notice"))
}

fn outcome(l: Lang, o: Outcome) -> &'static str {
    super::common::outcome(l, o)
}

/// One line per event.
pub fn event(l: Lang, e: &Event) -> String {
    let head = |mark: &str, a: &str, o: &str| format!("{mark} {a} — {o}{}", colon(l));
    match e {
        Event::Confirmed {
            authority,
            object,
            idweb,
            deadline: d,
        } => format!(
            "{}{} {} ({})",
            head("✓", authority, object),
            l.pick("J confirmé :", "J confirmed:"),
            deadline(l, d),
            notice(l, idweb)
        ),
        Event::Moved {
            authority,
            object,
            idweb,
            from,
            to,
        } => {
            let what = match from {
                Some(f) if f != to => {
                    let days = (to.date - f.date).num_days();
                    l.pick(
                        format!(
                            "J déplacé du {} au {} ({days:+} jours)",
                            deadline(l, f),
                            deadline(l, to)
                        ),
                        format!(
                            "J moved from {} to {} ({days:+} days)",
                            deadline(l, f),
                            deadline(l, to)
                        ),
                    )
                }
                Some(_) => format!(
                    "{} {}",
                    l.pick("rectificatif, J inchangé :", "rectificatif, J unchanged:"),
                    deadline(l, to)
                ),
                None => format!(
                    "{} {}",
                    l.pick("J confirmé :", "J confirmed:"),
                    deadline(l, to)
                ),
            };
            format!(
                "{}{what} (rectificatif {idweb})",
                head("~", authority, object)
            )
        }
        Event::Older {
            authority,
            object,
            idweb,
        } => format!(
            "{}{} ({})",
            head("=", authority, object),
            l.pick(
                "rectificatif antérieur à celui qui a fixé J, J inchangé",
                "rectificatif older than the one that set J, J unchanged"
            ),
            notice(l, idweb)
        ),
        Event::NoDeadline {
            authority,
            object,
            idweb,
        } => format!(
            "{}{} ({})",
            head("?", authority, object),
            l.pick(
                "lié ; date limite dans le dossier de consultation",
                "linked; deadline in the tender documents"
            ),
            notice(l, idweb)
        ),
        Event::Cancelled {
            authority,
            object,
            idweb,
        } => format!(
            "{}{} ({})",
            head("×", authority, object),
            l.pick("procédure annulée", "procedure cancelled"),
            notice(l, idweb)
        ),
        Event::Winners {
            authority,
            object,
            idweb,
            winners,
            suggested,
        } => {
            let mut s = format!(
                "{}{} {} ({})",
                head("★", authority, object),
                l.pick("attribué à", "awarded to"),
                winners.join(", "),
                notice(l, idweb)
            );
            if let Some(o) = suggested {
                s.push_str(&format!(
                    " — {} {}",
                    l.pick("résultat suggéré :", "suggested outcome:"),
                    outcome(l, *o)
                ));
            }
            s
        }
        Event::Holder {
            authority,
            object,
            idweb,
            winners,
        } => format!(
            "{}{} {} ({})",
            head("★", authority, object),
            l.pick("titulaire actuel :", "current holder:"),
            winners.join(", "),
            notice(l, idweb)
        ),
        Event::Opportunity {
            authority,
            idweb,
            object,
            deadline: d,
        } => {
            let j = d.as_ref().map_or_else(
                || {
                    l.pick("date limite dans le dossier", "deadline in the documents")
                        .to_string()
                },
                |d| format!("J {}", deadline(l, d)),
            );
            l.pick(
                format!(
                    "! {authority} : opportunité « {object} », {j} ({})",
                    notice(l, idweb)
                ),
                format!(
                    "! {authority}: opportunity \"{object}\", {j} ({})",
                    notice(l, idweb)
                ),
            )
        }
        Event::NoPursuit {
            authority,
            idweb,
            object,
        } => format!(
            "- {authority} — {object}{}{} ({})",
            colon(l),
            l.pick("aucune piste ne correspond", "no pursuit matches"),
            notice(l, idweb)
        ),
    }
}

/// A notice left to the user.
pub fn ambiguity(l: Lang, a: &Ambiguity) -> String {
    let (what, at) = match &a.authority {
        Some(authority) => (
            l.pick("plusieurs pistes possibles", "several possible pursuits"),
            format!(" {} {authority}", l.pick("chez", "at")),
        ),
        None => (
            l.pick("plusieurs acheteurs possibles", "several possible buyers"),
            String::new(),
        ),
    };
    format!(
        "? {} ({} — {}){at}{}{what}{}{}",
        notice(l, &a.idweb),
        a.buyer,
        a.object,
        colon(l),
        colon(l),
        a.candidates.join(" | ")
    )
}

pub fn ambiguous_header(l: Lang) -> &'static str {
    l.pick(
        "À confirmer par vous (rien n'a été appliqué) :",
        "For you to confirm (nothing was applied):",
    )
}

fn skip(l: Lang, s: Skip) -> &'static str {
    match s {
        Skip::NotAnObject => l.pick(
            "élément qui n'est pas un avis",
            "element that is not a notice",
        ),
        Skip::NoId => l.pick("sans numéro d'avis (idweb)", "no notice number (idweb)"),
        Skip::NoBuyer => l.pick("sans acheteur", "no buyer"),
    }
}

/// The tally, one fact per line.
pub fn summary(l: Lang, s: &Summary) -> Vec<String> {
    let opportunities = s
        .events
        .iter()
        .filter(|e| matches!(e, Event::Opportunity { .. }))
        .count();
    let applied = s.changed.len();
    let mut out = vec![
        format!(
            "{} {} · {} {} · {} {} · {} {}",
            l.pick("Avis lus :", "Notices read:"),
            s.read,
            l.pick("appliqués :", "applied:"),
            applied,
            l.pick("inchangés :", "unchanged:"),
            s.unchanged,
            l.pick("à confirmer :", "to confirm:"),
            s.ambiguous.len(),
        ),
        format!(
            "{} {} · {} {} · {} {}",
            l.pick("Opportunités :", "Opportunities:"),
            opportunities,
            l.pick("pistes créées :", "pursuits created:"),
            s.created,
            l.pick("acheteurs renommés :", "buyers renamed:"),
            s.renamed,
        ),
        format!(
            "{} {}",
            l.pick(
                "Avis d'acheteurs hors portefeuille (non importés) :",
                "Notices from buyers not in the portfolio (not imported):"
            ),
            s.other_buyers
        ),
    ];
    if s.duplicates > 0 {
        out.push(format!(
            "{} {}",
            l.pick("Avis répétés (ignorés) :", "Repeated notices (ignored):"),
            s.duplicates
        ));
    }
    if s.unused > 0 {
        out.push(format!(
            "{} {}",
            l.pick(
                "Autres avis (préinformation…) :",
                "Other notices (prior information…):"
            ),
            s.unused
        ));
    }
    if s.skipped_total() > 0 {
        out.push(format!(
            "{} {}",
            l.pick("Ignorés :", "Skipped:"),
            s.skipped_total()
        ));
        for (reason, n) in &s.skipped {
            out.push(format!("  {}{}{n}", skip(l, *reason), colon(l)));
        }
    }
    out
}

/// Said when opportunities were found without `--new`.
pub fn new_hint(l: Lang) -> &'static str {
    l.pick(
        "Relancez avec --new pour créer une piste par opportunité.",
        "Run again with --new to create a pursuit for each opportunity.",
    )
}

/// Said when an award suggests an outcome without a company name set.
pub fn company_hint(l: Lang) -> &'static str {
    l.pick(
        "Indiquez le nom de votre entreprise (--company) pour qu'un avis d'attribution qui la nomme suggère « gagné ».",
        "Give your company's name (--company) so that an award naming it suggests \"won\".",
    )
}

/// `--company` was given and remembered.
pub fn company_set(l: Lang, name: &str) -> String {
    format!(
        "{} {name}",
        l.pick("Nom de l'entreprise retenu :", "Company name remembered:")
    )
}

pub fn not_boamp(l: Lang, path: &Path, line: usize, column: usize, detail: &str) -> String {
    format!(
        "{} {} ({} {line}, {} {column}){}{detail}. {}",
        path.display(),
        l.pick(
            "n'est pas un fichier BOAMP lisible",
            "is not a readable BOAMP file"
        ),
        l.pick("ligne", "line"),
        l.pick("colonne", "column"),
        colon(l),
        unchanged(l)
    )
}

pub fn other_json(l: Lang, path: &Path) -> String {
    format!(
        "{} {}. {}",
        path.display(),
        l.pick(
            "ne contient pas d'avis BOAMP : ni « results », ni « records », ni liste d'avis",
            "holds no BOAMP notices: no \"results\", no \"records\", no array of notices"
        ),
        unchanged(l)
    )
}

pub fn unchanged(l: Lang) -> &'static str {
    l.pick(
        "Le portefeuille n'a pas été modifié.",
        "The portfolio was not changed.",
    )
}

/// A fetch that failed: what happened and what to do.
pub fn fetch_error(l: Lang, e: &FetchError) -> String {
    let what = match e {
        FetchError::Offline { url, detail } => format!(
            "{} {url}{}{detail}. {}",
            l.pick("Impossible de joindre", "Cannot reach"),
            colon(l),
            l.pick(
                "Êtes-vous connecté ? (--base-url pour un autre serveur)",
                "Are you online? (--base-url for another server)"
            )
        ),
        FetchError::Timeout { url, seconds } => format!(
            "{url} {} {seconds} s. {}",
            l.pick("n'a pas répondu en", "did not answer within"),
            l.pick(
                "Réessayez plus tard ou allongez --timeout.",
                "Try again later or raise --timeout."
            )
        ),
        FetchError::Http { url, status } => format!(
            "{url} {} HTTP {status}{}",
            l.pick("a répondu", "answered"),
            if *status >= 500 {
                l.pick(
                    " : le serveur a un problème, réessayez plus tard.",
                    ": the server has a problem, try again later.",
                )
            } else {
                l.pick(" : la requête est refusée.", ": the request was refused.")
            }
        ),
        FetchError::Body { url, detail } => format!(
            "{url} {}{}{detail}",
            l.pick(
                "a renvoyé autre chose que des avis BOAMP",
                "sent something that is not BOAMP notices"
            ),
            colon(l)
        ),
    };
    format!("{what} {}", unchanged(l))
}

/// The fetch's own tally, before the import's.
pub fn fetched(l: Lang, p: &Pages, since: chrono::NaiveDate) -> Vec<String> {
    let mut out = vec![format!(
        "{} {} · {} {} · {} {}",
        l.pick("Avis publiés depuis le", "Notices published since"),
        l.date(since),
        l.pick("pages :", "pages:"),
        p.pages,
        l.pick("avis reçus :", "notices received:"),
        p.notices
    )];
    if p.empty_page {
        out.push(format!(
            "{} {} / {}",
            l.pick(
                "L'API a renvoyé une page vide : arrêt à",
                "The API returned an empty page: stopped at"
            ),
            p.notices,
            p.total.unwrap_or_default()
        ));
    }
    if p.truncated {
        out.push(
            l.pick(
                "Limite de l'API atteinte (10 000 avis) : relancez avec un --since plus récent ou des --departement.",
                "The API's limit was reached (10,000 notices): run again with a later --since or with --departement.",
            )
            .to_string(),
        );
    }
    out
}

/// The progress line on a terminal.
pub fn progress(l: Lang, p: &Pages) -> String {
    match p.total {
        Some(t) => format!(
            "BOAMP{}{} {} · {}/{t} {}",
            colon(l),
            l.pick("page", "page"),
            p.pages,
            p.notices,
            l.pick("avis", "notices")
        ),
        None => format!(
            "BOAMP{}{} {} · {} {}",
            colon(l),
            l.pick("page", "page"),
            p.pages,
            p.notices,
            l.pick("avis", "notices")
        ),
    }
}

/// How J was obtained, naming the notice: "confirmé par l'avis 26-118734".
pub fn confirmed_by(l: Lang, notice_ref: &str) -> String {
    format!(
        "{} {notice_ref}",
        l.pick("confirmé par l'avis", "confirmed by notice")
    )
}

/// What the notices said about a pursuit, for the line under J: the
/// publication, rectificatifs, no deadline, cancellation, winners.
pub fn notice_status(l: Lang, p: &crate::model::Pursuit) -> String {
    let mut parts = Vec::new();
    if !p.notice_ref.is_empty() {
        let mut s = notice(l, &p.notice_ref);
        if let Some(d) = p.notice_published {
            s.push_str(&format!(
                " {} {}",
                l.pick("publié le", "published"),
                l.date(d)
            ));
        }
        parts.push(s);
    }
    let corrections = p
        .notice
        .linked
        .iter()
        .filter(|n| **n != p.notice_ref)
        .count()
        .saturating_sub(usize::from(!p.notice.winners.is_empty()))
        .saturating_sub(usize::from(p.notice.cancelled));
    if corrections > 0 {
        parts.push(format!(
            "{corrections} {}",
            l.pick("rectificatif(s)", "rectificatif(s)")
        ));
    }
    if p.notice.no_deadline {
        parts.push(
            l.pick(
                "date limite dans le dossier de consultation",
                "deadline in the tender documents",
            )
            .to_string(),
        );
    }
    if p.notice.cancelled {
        parts.push(
            l.pick("procédure annulée", "procedure cancelled")
                .to_string(),
        );
    }
    if !p.notice.winners.is_empty() {
        let mut s = format!(
            "{} {}",
            l.pick("attribué à", "awarded to"),
            p.notice.winners.join(", ")
        );
        if let Some(o) = p.notice.suggested_outcome {
            s.push_str(&format!(
                " ({} {})",
                l.pick("suggéré :", "suggested:"),
                outcome(l, o)
            ));
        }
        parts.push(s);
    }
    parts.join(" · ")
}

pub fn opportunities_title(l: Lang, n: usize) -> String {
    format!(
        " {} ({n}) ",
        l.pick("Opportunités BOAMP", "BOAMP opportunities")
    )
}

pub fn no_opportunity(l: Lang) -> &'static str {
    l.pick(
        "Aucune : `retroplan import boamp` ou `fetch boamp` repèrent les avis de vos acheteurs qu'aucun marché suivi n'attend.",
        "None: `retroplan import boamp` or `fetch boamp` find your buyers' notices that no pursuit waits for.",
    )
}

/// "J 21/12/2026 12:00 · publié le 24/11/2026 · Procédure adaptée · URL".
pub fn opportunity_detail(l: Lang, o: &crate::model::Opportunity) -> String {
    let mut parts = vec![match o.j {
        Some(date) => format!(
            "J {}",
            deadline(
                l,
                &Deadline {
                    date,
                    time: o.j_time
                }
            )
        ),
        None => l
            .pick("date limite dans le dossier", "deadline in the documents")
            .to_string(),
    }];
    if let Some(d) = o.published {
        parts.push(format!(
            "{} {}",
            l.pick("publié le", "published"),
            l.date(d)
        ));
    }
    if !o.procedure.is_empty() {
        parts.push(o.procedure.clone());
    }
    if !o.url.is_empty() {
        parts.push(o.url.clone());
    }
    parts.join(" · ")
}

/// Under the list: how to act on it, and how many did not fit.
pub fn opportunities_hint(l: Lang, more: usize) -> String {
    let base = l.pick(
        "`retroplan import boamp --new` en fait des marchés suivis · une touche pour fermer",
        "`retroplan import boamp --new` turns them into pursuits · any key closes",
    );
    if more > 0 {
        format!("(+{more}) {base}")
    } else {
        base.to_string()
    }
}
