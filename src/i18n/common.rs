//! Words for the domain's enums and states, shared by every screen and report.

use super::Lang;
use crate::model::{
    AuthorityCategory, Branch, Influence, InteractionKind, ItemState, JOrigin, LotsNature,
    MarketKind, OrderNature, Outcome, Phase, StageId, SubmissionMode,
};

pub fn category(l: Lang, c: AuthorityCategory) -> &'static str {
    use AuthorityCategory::*;
    match c {
        Commune => l.pick("Commune", "Municipality"),
        Intercommunalite => l.pick("Intercommunalité", "Inter-municipality"),
        Departement => l.pick("Département", "Département"),
        Region => l.pick("Région", "Region"),
        StateService => l.pick("Service de l'État", "State service"),
        Hospital => l.pick("Hôpital", "Hospital"),
        Other => l.pick("Autre organisme public", "Other public body"),
    }
}

pub fn market_kind(l: Lang, k: MarketKind) -> &'static str {
    match k {
        MarketKind::Services => l.pick("services", "services"),
        MarketKind::Supplies => l.pick("fournitures courantes", "supplies"),
        MarketKind::Works => l.pick("travaux", "works"),
        MarketKind::WorksExceptional => l.pick(
            "travaux d'une dimension exceptionnelle",
            "works, exceptional",
        ),
    }
}

pub fn branch(l: Lang, b: Branch) -> &'static str {
    match b {
        Branch::Undecided => l.pick("hypothèse à choisir", "hypothesis to choose"),
        Branch::H1 => l.pick("H1 : la fidélisation a réussi", "H1: nurturing worked"),
        Branch::H2 => l.pick(
            "H2 : la fidélisation n'a pas réussi",
            "H2: nurturing did not work",
        ),
    }
}

pub fn branch_short(l: Lang, b: Branch) -> &'static str {
    match b {
        Branch::Undecided => l.pick("H?", "H?"),
        Branch::H1 => "H1",
        Branch::H2 => "H2",
    }
}

pub fn outcome(l: Lang, o: Outcome) -> &'static str {
    match o {
        Outcome::Open => l.pick("en cours", "open"),
        Outcome::Submitted => l.pick("offre déposée", "submitted"),
        Outcome::Won => l.pick("gagné", "won"),
        Outcome::Lost => l.pick("perdu", "lost"),
        Outcome::NoBid => l.pick("pas de candidature", "no bid"),
    }
}

pub fn influence(l: Lang, i: Influence) -> &'static str {
    match i {
        Influence::Unknown => l.pick("influence inconnue", "influence unknown"),
        Influence::Low => l.pick("influence faible", "low influence"),
        Influence::Medium => l.pick("influence moyenne", "medium influence"),
        Influence::High => l.pick("influence forte", "high influence"),
    }
}

pub fn interaction_kind(l: Lang, k: InteractionKind) -> &'static str {
    use InteractionKind::*;
    match k {
        Call => l.pick("appel", "call"),
        Meeting => l.pick("rendez-vous", "meeting"),
        Email => l.pick("courriel", "email"),
        Letter => l.pick("courrier", "letter"),
        Visit => l.pick("visite", "visit"),
        DemoInvitation => l.pick("invitation à une démonstration", "demo invitation"),
        TradeShowInvitation => l.pick("invitation à un salon", "trade-show invitation"),
    }
}

pub fn lots(l: Lang, n: LotsNature) -> &'static str {
    match n {
        LotsNature::Unknown => l.pick("non connu", "unknown"),
        LotsNature::Single => l.pick("marché unique", "single contract"),
        LotsNature::Lots => l.pick("marché alloti", "in lots"),
    }
}

pub fn ordering(l: Lang, o: OrderNature) -> &'static str {
    match o {
        OrderNature::Unknown => l.pick("non connu", "unknown"),
        OrderNature::Firm => l.pick("commande ferme", "firm orders"),
        OrderNature::Fractional => l.pick(
            "fractionné (bons de commande, tranches)",
            "fractional (call-off orders, tranches)",
        ),
    }
}

pub fn submission(l: Lang, s: SubmissionMode) -> &'static str {
    match s {
        SubmissionMode::Unknown => l.pick("non choisi", "not chosen"),
        SubmissionMode::Electronic => l.pick("dématérialisé", "electronic"),
        SubmissionMode::Paper => l.pick("papier", "paper"),
    }
}

pub fn j_origin(l: Lang, o: JOrigin) -> &'static str {
    match o {
        JOrigin::Entered => l.pick("estimé", "estimated"),
        JOrigin::Confirmed => l.pick("confirmé par l'avis", "confirmed by the notice"),
        JOrigin::Forecast => l.pick("prévision", "forecast"),
    }
}

/// Short stage name for narrow columns.
pub fn stage_short(l: Lang, s: StageId) -> &'static str {
    match s {
        StageId::Prospection => l.pick("Prospection", "Prospection"),
        StageId::Preparation => l.pick("Préparation", "Preparation"),
        StageId::Publicity => l.pick("Publicité", "Notice"),
    }
}

pub fn phase(l: Lang, p: Phase) -> &'static str {
    match p {
        Phase::Before => l.pick("À venir", "Not yet"),
        Phase::Stage(s) => stage_short(l, s),
        Phase::JDay => l.pick("Jour J", "Day J"),
        Phase::After => l.pick("J passé", "J passed"),
    }
}

/// "J-143", "J", "J+2".
pub fn days_to_j(days: i64) -> String {
    match days {
        0 => "J".to_string(),
        d if d > 0 => format!("J-{d}"),
        d => format!("J+{}", -d),
    }
}

/// A symbol per state, so states read without colour (NO_COLOR).
pub fn state_symbol(s: ItemState) -> &'static str {
    match s {
        ItemState::Done(_) => "✓",
        ItemState::Evidence => "★",
        ItemState::NotApplicable => "⊘",
        ItemState::Late => "!",
        ItemState::Due => "▶",
        ItemState::Upcoming => "·",
    }
}

pub fn state(l: Lang, s: ItemState) -> String {
    match s {
        ItemState::Done(d) => format!("{} {}", l.pick("fait le", "done"), l.date(d)),
        ItemState::Evidence => l
            .pick("prouvé par les données", "proven by the data")
            .to_string(),
        ItemState::NotApplicable => l.pick("sans objet", "not applicable").to_string(),
        ItemState::Late => l.pick("en retard", "late").to_string(),
        ItemState::Due => l.pick("à faire", "due").to_string(),
        ItemState::Upcoming => l.pick("à venir", "upcoming").to_string(),
    }
}

/// Stable lowercase key of a state for JSON output.
pub fn state_key(s: ItemState) -> &'static str {
    match s {
        ItemState::Done(_) => "done",
        ItemState::Evidence => "evidence",
        ItemState::NotApplicable => "not_applicable",
        ItemState::Late => "late",
        ItemState::Due => "due",
        ItemState::Upcoming => "upcoming",
    }
}
