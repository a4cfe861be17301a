//! Words of the agenda's families and collapsed lines (shared by
//! `retroplan agenda` and the Today view).

use chrono::{Days, NaiveDate};

use super::Lang;
use crate::report::due::{EntryKind, Family};

/// The heading of a family in the agenda looking `days` ahead.
pub fn family_heading(l: Lang, f: Family, today: NaiveDate, days: u32) -> String {
    let until = today
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(today);
    match f {
        Family::Late => l.pick("En retard · aujourd'hui", "Late · today").into(),
        Family::Due => l.pick(
            format!("À faire d'ici le {}", l.date(until)),
            format!("Due by {}", l.date(until)),
        ),
        Family::Documents => l
            .pick("Pièces et exigences", "Documents and requirements")
            .into(),
        Family::Calls => l.pick("Appels à passer", "Calls to make").into(),
        Family::Decisions => l.pick("Décisions H1/H2", "H1/H2 decisions").into(),
        Family::Notices => l.pick("Avis attendus", "Notices expected").into(),
        Family::J => l.pick("Dates J", "J dates").into(),
    }
}

/// The collapsed line of `n` entries of `kind`: "3 points de l'étape 1
/// non faits", "5 points non faits (étapes 1, 2)", "4 points commencent".
pub fn grouped(l: Lang, kind: EntryKind, n: usize, stages: &[u8]) -> String {
    match kind {
        EntryKind::Opens => l.pick(format!("{n} points commencent"), format!("{n} items open")),
        EntryKind::Closes => l.pick(
            format!("{n} points se terminent"),
            format!("{n} items close"),
        ),
        _ => undone(l, n, stages),
    }
}

/// "3 points de l'étape 1 non faits", "5 points non faits (étapes 1, 2)".
pub fn undone(l: Lang, n: usize, stages: &[u8]) -> String {
    let mut st: Vec<u8> = stages.to_vec();
    st.sort_unstable();
    st.dedup();
    let list = st.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
    match (l, st.len()) {
        (Lang::Fr, 1) => format!("{n} points de l'étape {list} non faits"),
        (Lang::Fr, _) => format!("{n} points non faits (étapes {list})"),
        (Lang::En, 1) => format!("{n} items of stage {list} not done"),
        (Lang::En, _) => format!("{n} items not done (stages {list})"),
    }
}

/// After a call line standing for several: " (+2 autres à appeler)".
pub fn more_calls(l: Lang, n: usize) -> String {
    match (l, n) {
        (Lang::Fr, 1) => " (+1 autre personne à appeler)".into(),
        (Lang::Fr, _) => format!(" (+{n} autres personnes à appeler)"),
        (Lang::En, 1) => " (+1 more person to call)".into(),
        (Lang::En, _) => format!(" (+{n} more people to call)"),
    }
}

pub fn notice_expected(l: Lang) -> &'static str {
    l.pick(
        "l'avis de publicité est attendu (étape 3)",
        "the contract notice is expected (stage 3)",
    )
}

/// "avant 12:00": the deadline's time on the J entry.
pub fn before_time(l: Lang, time: &str) -> String {
    format!("{} {time}", l.pick("avant", "by"))
}

/// "J-20"; "J+3" once past.
pub fn j_minus(_l: Lang, days: i64) -> String {
    if days >= 0 {
        format!("J-{days}")
    } else {
        format!("J+{}", -days)
    }
}

/// The Today pane's title: "Aujourd'hui, 01/12/2026 — 2 en retard · 4 aujourd'hui".
pub fn today_title(l: Lang, today: NaiveDate, late: usize, due: usize) -> String {
    l.pick(
        format!("Aujourd'hui, {} — {}", l.date(today), counts(l, late, due)),
        format!("Today, {} — {}", l.date(today), counts(l, late, due)),
    )
}

/// "2 en retard · 4 aujourd'hui", as the status bar shows it too.
/// Under the agenda when others' entries were left out.
pub fn hidden_others(l: Lang, n: usize) -> String {
    l.pick(
        format!(
            "{n} entrée(s) d'autres membres de l'équipe non affichée(s) (--all pour tout voir)."
        ),
        format!("{n} entry(ies) owned by others not shown (--all shows everything)."),
    )
}

pub fn counts(l: Lang, late: usize, due: usize) -> String {
    l.pick(
        format!("{late} en retard · {due} aujourd'hui"),
        format!("{late} late · {due} today"),
    )
}

/// A family's heading in the Today view, with its number of lines.
pub fn today_heading(l: Lang, f: Family, n: usize) -> String {
    let name = match f {
        Family::Late => l.pick("En retard · aujourd'hui", "Late · today"),
        Family::Due => l.pick("Cette semaine", "This week"),
        Family::Documents => l.pick("Pièces et exigences", "Documents and requirements"),
        Family::Calls => l.pick("Appels à passer", "Calls to make"),
        Family::Decisions => l.pick("Décisions H1/H2", "H1/H2 decisions"),
        Family::Notices => l.pick("Avis attendus", "Notices expected"),
        Family::J => l.pick("Dates J à 30 jours", "J dates within 30 days"),
    };
    format!("{name} ({n})")
}

pub fn more_lines(l: Lang, n: usize) -> String {
    l.pick(
        format!("… {n} de plus — Entrée pour tout voir"),
        format!("… {n} more — Enter shows them all"),
    )
}

/// After a collapsed line: how to open it.
pub fn expand_hint(l: Lang) -> &'static str {
    l.pick(" (→ détail)", " (→ details)")
}

pub fn today_keys(l: Lang) -> &'static str {
    l.pick(
        "Entrée ouvrir · → déplier · T retour",
        "Enter open · → expand · T back",
    )
}

pub fn today_empty(l: Lang) -> &'static str {
    l.pick(
        "Rien en retard, rien cette semaine, personne à appeler.",
        "Nothing late, nothing this week, nobody to call.",
    )
}
