//! Words of the command-line reports (`timeline`, errors at start-up).

use super::Lang;

pub fn plan_title(l: Lang) -> &'static str {
    l.pick("Rétroplanning", "Retro-plan")
}

pub fn j_day(l: Lang) -> &'static str {
    l.pick("Jour J", "Day J")
}

pub fn factor(l: Lang) -> &'static str {
    l.pick("facteur", "factor")
}

pub fn today(l: Lang) -> &'static str {
    l.pick("Aujourd'hui", "Today")
}

pub fn branch_due(l: Lang) -> &'static str {
    l.pick("choix à faire avant le", "choose by")
}

pub fn only_under_h2(l: Lang) -> &'static str {
    l.pick("(comptées seulement sous H2)", "(counted only under H2)")
}

/// French typography puts a space before a colon.
pub fn colon(l: Lang) -> &'static str {
    l.pick(" : ", ": ")
}
