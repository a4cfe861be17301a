//! The agenda as a terminal reads it: overdue first, then one heading per
//! day, each line naming the authority and the pursuit (or the person).

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::agenda::{Entry, EntryKind};
use crate::i18n::{Lang, report as words};
use crate::model::text::clean_line;

/// ANSI colours, used only when stdout is a terminal and `NO_COLOR` is unset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    On,
    Off,
}

fn paint(colour: Colour, code: &str, s: &str) -> String {
    match colour {
        Colour::On => format!("\x1b[{code}m{s}\x1b[0m"),
        Colour::Off => s.to_string(),
    }
}

fn symbol(kind: EntryKind, state: &str) -> (&'static str, &'static str) {
    match (kind, state) {
        (EntryKind::JDay, _) => ("◆", "1;36"),
        (_, "late") => ("!", "1;31"),
        (_, "due") => ("▶", "33"),
        _ => ("·", "2"),
    }
}

/// The whole agenda as text. Names from the file are cleaned of control
/// characters so a hand-edited file cannot drive the terminal.
pub fn render(
    entries: &[Entry],
    today: NaiveDate,
    days: u32,
    lang: Lang,
    colour: Colour,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint(colour, "1", &words::agenda_title(lang, today, days))
    );
    if entries.is_empty() {
        let _ = writeln!(out, "\n{}", words::agenda_empty(lang, days));
        return out;
    }
    let mut current: Option<Option<NaiveDate>> = None;
    for e in entries {
        // All past days share one "overdue" group; from today, one per day.
        let group = (e.date >= today).then_some(e.date);
        if current != Some(group) {
            current = Some(group);
            let heading = match group {
                None => words::overdue_heading(lang).to_string(),
                Some(d) => words::day_heading(lang, d, today),
            };
            let _ = writeln!(out, "\n{}", paint(colour, "1", &heading));
        }
        let _ = writeln!(out, "{}", line(e, group.is_none(), lang, colour));
    }
    out
}

fn line(e: &Entry, with_date: bool, lang: Lang, colour: Colour) -> String {
    let (sym, code) = symbol(e.kind, e.state);
    let kind = words::entry_kind(lang, e.kind);
    let mut s = String::from("  ");
    if with_date {
        let _ = write!(s, "{}  ", lang.date(e.date));
    }
    let _ = write!(
        s,
        "{} {:<12} {}",
        paint(colour, code, sym),
        paint(colour, code, kind),
        clean_line(&e.authority)
    );
    if let Some(p) = &e.pursuit {
        let _ = write!(s, " › {}", clean_line(p));
    }
    if let Some(c) = &e.contact {
        let _ = write!(s, " › {}", clean_line(c));
    }
    match (&e.item, e.kind) {
        (Some(item), _) => {
            let _ = write!(s, " — {}", clean_line(item));
        }
        (None, EntryKind::JDay) => {
            let _ = write!(s, " — {}", words::submit_bid(lang));
        }
        (None, EntryKind::Nurture) => {
            let _ = write!(s, " — {}", words::no_contact_since(lang));
        }
        _ => {}
    }
    s
}
