//! Words of evidence (what the data proves about a checklist item), of
//! not-applicable and backdated ticks, and of `retroplan status`.

use super::{Lang, common};
use crate::model::evidence::{Evidence, Source};
use crate::model::{Authority, Pursuit};

/// "Luc Bernard, décideur", "rendez-vous du 14/09/2026",
/// "échéance 08/08/2027 · DECP": the evidence in words, from the authority
/// and pursuit it was derived from.
pub fn text(l: Lang, e: &Evidence, a: &Authority, p: &Pursuit) -> String {
    let name = |i: usize| a.contacts.get(i).map_or("?", |c| c.name.as_str());
    let role = |i: usize| a.contacts.get(i).map_or("", |c| c.role.trim());
    match *e {
        Evidence::DecisionMaker { contact } => {
            let role = match role(contact) {
                "" => l.pick("décideur", "decision-maker"),
                r => r,
            };
            format!("{}, {role}", name(contact))
        }
        Evidence::Contact { contact } => {
            let influence = a
                .contacts
                .get(contact)
                .map_or(crate::model::Influence::Unknown, |c| c.influence);
            format!("{}, {}", name(contact), common::influence(l, influence))
        }
        Evidence::Met {
            contact,
            kind,
            date,
        } => format!(
            "{} {} {} · {}",
            met_kind(l, kind),
            l.pick("du", "on"),
            l.date(date),
            name(contact)
        ),
        Evidence::Kept {
            contact,
            last,
            checked,
        } => format!(
            "{} · {} {} · {} {}",
            name(contact),
            l.pick("échange du", "exchange on"),
            l.date(last),
            l.pick("coordonnées vérifiées le", "details checked"),
            l.date(checked)
        ),
        Evidence::Expiry { date, source } => {
            let base = format!("{} {}", l.pick("échéance", "expiry"), l.date(date));
            match source {
                Source::User => base,
                Source::Decp => format!("{base} · DECP"),
                Source::Boamp => format!("{base} · BOAMP"),
            }
        }
        Evidence::HolderCriteria => format!(
            "{} {} · {}",
            l.pick("titulaire :", "holder:"),
            p.current_holder.trim(),
            p.award_criteria.trim()
        ),
        Evidence::FutureContract { start } => format!(
            "{} · {} {}",
            p.object.trim(),
            l.pick("exécution prévue le", "execution from"),
            l.date(start)
        ),
        Evidence::Nature { lots, ordering } => format!(
            "{} · {}",
            common::lots(l, lots),
            common::ordering(l, ordering)
        ),
        Evidence::Branch { branch, date } => match date {
            Some(d) => format!(
                "{} {} {}",
                common::branch_short(l, branch),
                l.pick("choisie le", "chosen on"),
                l.date(d)
            ),
            None => format!(
                "{} {}",
                common::branch_short(l, branch),
                l.pick("choisie", "chosen")
            ),
        },
        Evidence::Electronic => l
            .pick("dépôt dématérialisé choisi", "electronic submission chosen")
            .to_string(),
        Evidence::Outcome { outcome, .. } => common::outcome(l, outcome).to_string(),
    }
}

fn met_kind(l: Lang, kind: crate::model::InteractionKind) -> &'static str {
    use crate::model::InteractionKind::*;
    match kind {
        Call => l.pick("appel", "call"),
        Visit => l.pick("visite", "visit"),
        _ => l.pick("rendez-vous", "meeting"),
    }
}

/// `check` on an older file: valid, and what the next save will do.
pub fn check_older(l: Lang, found: u32, keep: &std::path::Path) -> String {
    let v = crate::model::FORMAT_VERSION;
    l.pick(
        format!(
            "format {found} : converti au format {v} au prochain enregistrement, \
             l'original gardé sous {}",
            keep.display()
        ),
        format!(
            "format {found}: converted to format {v} on the next save, the original \
             kept as {}",
            keep.display()
        ),
    )
}

/// The reason shown for a not-applicable item ("sans objet : déjà client").
pub fn not_applicable(l: Lang, reason: &str) -> String {
    let head = l.pick("sans objet", "not applicable");
    match reason.trim() {
        "" => head.to_string(),
        r => l.pick(format!("{head} : {r}"), format!("{head}: {r}")),
    }
}

pub fn marked_not_applicable(l: Lang, label: &str) -> String {
    format!("{} {label}", l.pick("Sans objet :", "Not applicable:"))
}

pub fn marked_applicable(l: Lang, label: &str) -> String {
    format!("{} {label}", l.pick("Compte à nouveau :", "Counts again:"))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::evidence::Source;
    use crate::model::{Contact, InteractionKind, LotsNature, OrderNature};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_issue_examples_in_both_languages() {
        let mut a = Authority::new("a", "A");
        let mut luc = Contact::new("c", "Luc Bernard");
        luc.decision_maker = true;
        a.contacts.push(luc);
        let p = Pursuit::new("p", "Nettoyage");
        let dm = Evidence::DecisionMaker { contact: 0 };
        assert_eq!(text(Lang::Fr, &dm, &a, &p), "Luc Bernard, décideur");
        assert_eq!(text(Lang::En, &dm, &a, &p), "Luc Bernard, decision-maker");
        a.contacts[0].influence = crate::model::Influence::High;
        let contact = Evidence::Contact { contact: 0 };
        assert_eq!(
            text(Lang::Fr, &contact, &a, &p),
            "Luc Bernard, influence forte"
        );
        assert_eq!(
            text(Lang::En, &contact, &a, &p),
            "Luc Bernard, high influence"
        );
        let met = Evidence::Met {
            contact: 0,
            kind: InteractionKind::Meeting,
            date: d("2026-09-14"),
        };
        assert_eq!(
            text(Lang::Fr, &met, &a, &p),
            "rendez-vous du 14/09/2026 · Luc Bernard"
        );
        let exp = Evidence::Expiry {
            date: d("2027-08-08"),
            source: Source::Decp,
        };
        assert_eq!(text(Lang::Fr, &exp, &a, &p), "échéance 08/08/2027 · DECP");
        assert_eq!(text(Lang::En, &exp, &a, &p), "expiry 2027-08-08 · DECP");
        let nature = Evidence::Nature {
            lots: LotsNature::Lots,
            ordering: OrderNature::Firm,
        };
        assert_eq!(
            text(Lang::Fr, &nature, &a, &p),
            "marché alloti · commande ferme"
        );
        assert_eq!(
            not_applicable(Lang::Fr, " déjà client "),
            "sans objet : déjà client"
        );
        assert_eq!(
            not_applicable(Lang::En, "already a customer"),
            "not applicable: already a customer"
        );
        assert_eq!(not_applicable(Lang::En, ""), "not applicable");
    }
}
