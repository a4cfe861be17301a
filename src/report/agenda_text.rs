//! The agenda as a terminal reads it: one heading per family (late, due
//! soon, calls, decisions, notices, J), the most urgent line first, groups
//! collapsed to one line unless `expand` asks for every member under it.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::agenda::{Agenda, Entry, EntryKind, Family, Line};
use crate::i18n::{Lang, agenda as agenda_words, report as words};
use crate::model::text::clean_line;

/// ANSI colours, used only when stdout is a terminal and `NO_COLOR` is unset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    On,
    Off,
}

fn symbol(kind: EntryKind, state: &str) -> (&'static str, &'static str) {
    match (kind, state) {
        (EntryKind::JDay, _) => ("◆", "1;36"),
        (EntryKind::FollowUp | EntryKind::Nurture | EntryKind::Recall, _) => ("☎", "35"),
        (_, "late") => ("!", "1;31"),
        (_, "due") => ("▶", "33"),
        _ => ("·", "2"),
    }
}

/// The whole agenda as text. Names from the file are cleaned of control
/// characters so a hand-edited file cannot drive the terminal.
pub fn render(
    agenda: &Agenda,
    today: NaiveDate,
    days: u32,
    lang: Lang,
    colour: Colour,
    expand: bool,
) -> String {
    let mut out = String::new();
    let paint = |code: &str, s: &str| match colour {
        Colour::On => format!("\x1b[{code}m{s}\x1b[0m"),
        Colour::Off => s.to_string(),
    };
    let _ = writeln!(
        out,
        "{}",
        paint("1", &words::agenda_title(lang, today, days))
    );
    if agenda.lines.is_empty() {
        let _ = writeln!(out, "\n{}", words::agenda_empty(lang, days));
        return out;
    }
    let mut current: Option<Family> = None;
    for l in &agenda.lines {
        if current != Some(l.family) {
            current = Some(l.family);
            let heading = agenda_words::family_heading(lang, l.family, today, days);
            let _ = writeln!(out, "\n{}", paint("1", &heading));
        }
        line(&mut out, agenda, l, lang, colour);
        if expand && l.members.len() > 1 {
            for &m in &l.members {
                out.push_str("      ");
                entry_text(&mut out, &agenda.entries[m], lang, colour);
                out.push('\n');
            }
        }
    }
    out
}

/// [`clean_line`] only when needed: most names hold nothing to clean.
pub fn safe(s: &str) -> Cow<'_, str> {
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

/// Appends one line (an entry, or a group's summary) to `s`.
fn line(s: &mut String, agenda: &Agenda, l: &Line, lang: Lang, colour: Colour) {
    let Some(lead) = l.members.first().map(|&m| &agenda.entries[m]) else {
        return;
    };
    s.push_str("  ");
    push_date(s, lang, lead.date);
    s.push_str("  ");
    let members: Vec<&Entry> = l.members.iter().map(|&m| &agenda.entries[m]).collect();
    if members.len() > 1 && lead.contact.is_none() {
        mark(s, lead, lang, colour);
        who(s, lead);
        s.push_str(" — ");
        let stages: Vec<u8> = members.iter().filter_map(|e| e.stage).collect();
        s.push_str(&agenda_words::grouped(
            lang,
            lead.kind,
            members.len(),
            &stages,
        ));
        stake(s, lead, lang);
    } else {
        entry_text(s, lead, lang, colour);
        if members.len() > 1 {
            s.push_str(&agenda_words::more_calls(lang, members.len() - 1));
        }
    }
    s.push('\n');
}

fn mark(s: &mut String, e: &Entry, lang: Lang, colour: Colour) {
    let (sym, code) = symbol(e.kind, e.state);
    let kind = words::entry_kind(lang, e.kind);
    let _ = match colour {
        Colour::On => write!(s, "\x1b[{code}m{sym} {kind:<12}\x1b[0m "),
        Colour::Off => write!(s, "{sym} {kind:<12} "),
    };
}

/// "Authority › pursuit" or "Authority › person (role) · phone"; nothing
/// for a standing document's warning, which belongs to no authority.
fn who(s: &mut String, e: &Entry) {
    s.push_str(&safe(e.authority));
    if let Some(p) = e.pursuit.filter(|_| e.contact.is_none()) {
        s.push_str(" › ");
        s.push_str(&safe(p));
    }
    if let Some(c) = e.contact {
        s.push_str(" › ");
        s.push_str(&safe(c));
        if let Some(r) = e.role {
            let _ = write!(s, " ({})", safe(r));
        }
        if let Some(ph) = e.phone {
            let _ = write!(s, " · {}", safe(ph));
        }
    }
}

/// " · J-20" after anything about a pursuit whose J is ahead.
fn stake(s: &mut String, e: &Entry, lang: Lang) {
    if let (Some(d), Some(_)) = (e.days_to_j, e.pursuit_id)
        && e.kind != EntryKind::JDay
    {
        let _ = write!(s, " · {}", agenda_words::j_minus(lang, d));
    }
}

/// One entry, without date or indentation.
fn entry_text(s: &mut String, e: &Entry, lang: Lang, colour: Colour) {
    mark(s, e, lang, colour);
    who(s, e);
    let message = e.compliance.as_ref().map(|c| c.message.as_str());
    let tail = match (message.or(e.item), e.kind) {
        (Some(item), EntryKind::NewNotice) => {
            Some(Cow::Owned(crate::i18n::boamp::notice(lang, &safe(item))))
        }
        (Some(item), _) => Some(safe(item)),
        (None, EntryKind::JDay) => Some(Cow::Borrowed(words::submit_bid(lang))),
        (None, EntryKind::Nurture) => Some(Cow::Borrowed(words::no_contact_since(lang))),
        (None, EntryKind::Notice) => Some(Cow::Borrowed(agenda_words::notice_expected(lang))),
        _ => None,
    };
    if let Some(t) = tail {
        if !e.authority.is_empty() {
            s.push_str(" — ");
        }
        s.push_str(&t);
    }
    if let Some(time) = &e.j_time {
        let _ = write!(s, " · {}", agenda_words::before_time(lang, time));
    }
    if e.kind == EntryKind::Recall
        && let Some(p) = e.pursuit
    {
        let _ = write!(s, " ({})", safe(p));
    }
    stake(s, e, lang);
    if let Some(w) = &e.day_warning {
        let _ = match colour {
            Colour::On => write!(s, " \x1b[33m⚠ {w}\x1b[0m"),
            Colour::Off => write!(s, " ⚠ {w}"),
        };
    }
}
