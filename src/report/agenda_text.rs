//! The agenda as a terminal reads it: overdue first, then one heading per
//! day, each line naming the authority and the pursuit (or the person).

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::agenda::{Entry, EntryKind};
use crate::i18n::{Lang, report as words};
use std::borrow::Cow;

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
        line(&mut out, e, group.is_none(), lang, colour);
    }
    out
}

/// [`clean_line`] only when needed: most names hold nothing to clean.
fn safe(s: &str) -> Cow<'_, str> {
    let plain_ascii = s.bytes().all(|b| (0x20..0x7f).contains(&b));
    let needs = if plain_ascii {
        false
    } else {
        s.chars().any(|c| {
            c.is_control()
                || ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
    };
    if needs || s.trim().len() != s.len() {
        Cow::Owned(clean_line(s))
    } else {
        Cow::Borrowed(s)
    }
}

/// The date as `Lang::date` writes it, without re-reading a format string
/// for each of thousands of lines.
fn push_date(out: &mut String, lang: Lang, d: NaiveDate) {
    let (y, m, day) = (d.year(), d.month(), d.day());
    let _ = match lang {
        Lang::Fr => write!(out, "{day:02}/{m:02}/{y:04}"),
        Lang::En => write!(out, "{y:04}-{m:02}-{day:02}"),
    };
}

/// Appends one entry's line to `s`.
fn line(s: &mut String, e: &Entry, with_date: bool, lang: Lang, colour: Colour) {
    let (sym, code) = symbol(e.kind, e.state);
    let kind = words::entry_kind(lang, e.kind);
    s.push_str("  ");
    if with_date {
        push_date(s, lang, e.date);
        s.push_str("  ");
    }
    match colour {
        Colour::On => {
            let _ = write!(s, "\x1b[{code}m{sym} {kind:<12}\x1b[0m ");
        }
        Colour::Off => {
            let _ = write!(s, "{sym} {kind:<12} ");
        }
    }
    // A standing document's warning belongs to no authority.
    let mut sep = "";
    for part in [Some(e.authority), e.pursuit, e.contact]
        .into_iter()
        .flatten()
    {
        if !part.is_empty() {
            s.push_str(sep);
            s.push_str(&safe(part));
            sep = " › ";
        }
    }
    let message = e.compliance.as_ref().map(|c| c.message.as_str());
    let tail = match (message.or(e.item), e.kind) {
        (Some(item), _) => Some(safe(item)),
        (None, EntryKind::JDay) => Some(Cow::Borrowed(words::submit_bid(lang))),
        (None, EntryKind::Nurture) => Some(Cow::Borrowed(words::no_contact_since(lang))),
        _ => None,
    };
    if let Some(t) = tail {
        if !sep.is_empty() {
            s.push_str(" — ");
        }
        s.push_str(&t);
    }
    s.push('\n');
}
