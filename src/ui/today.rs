//! The Today view in the top pane: family headings, one line per thing to
//! do (the people to call with their phone number first), "… N more"
//! under a family cut short. Only the visible rows are worded.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{fit, highlight, pane_block, put};
use crate::app::{App, Pane, TodayRow};
use crate::i18n::{Lang, agenda as words, report};
use crate::model::Template;
use crate::model::text::fold;
use crate::report::agenda::{Entry, EntryKind, Family, resolve};
use crate::report::agenda_text::safe;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let c = app.derived.counts;
    let title = Line::from(format!(
        " {} ",
        words::today_title(l, app.today, c.late, c.today)
    ))
    .style(t.bold());
    let keys = Line::from(format!(" {} ", words::today_keys(l)));
    let inner = pane_block(app, Pane::Timeline, title, Some(keys), area, buf, t);
    let v = &app.today_view;
    if v.rows.is_empty() {
        put(
            buf,
            inner,
            inner.x + 1,
            inner.y,
            words::today_empty(l),
            t.dim(),
        );
        return;
    }
    let tpl = Template::get(l);
    let focused = app.focus == Pane::Timeline;
    for (n, row) in v
        .rows
        .iter()
        .enumerate()
        .skip(v.offset)
        .take(usize::from(inner.height))
    {
        let y = inner.y + (n - v.offset) as u16;
        let width = usize::from(inner.width);
        match *row {
            TodayRow::Heading(f, hidden) => {
                let count = v
                    .totals
                    .iter()
                    .find(|(x, _)| *x == f)
                    .map_or(0, |(_, n)| *n);
                let h = words::today_heading(l, f, count);
                let x = put(buf, inner, inner.x, y, &fit(&h, width), t.bold());
                if hidden > 0 {
                    // The lines not shown: Enter on the heading shows them.
                    let s = format!("  {}", words::more_lines(l, hidden));
                    let room = width.saturating_sub(usize::from(x - inner.x));
                    put(buf, inner, x, y, &fit(&s, room), t.dim());
                }
            }
            TodayRow::Line(i) | TodayRow::Member(i, _) => {
                let Some(d) = v.due_of(*row) else { continue };
                let e = resolve(app.portfolio(), d, app.today, l, tpl);
                let members = v.lines.get(i).map_or(1, |x| x.members.len());
                let member = matches!(row, TodayRow::Member(..));
                let (text, right) = if member {
                    (member_text(&e, l), String::new())
                } else {
                    line_text(app, &e, members, i)
                };
                let indent: u16 = if member { 4 } else { 0 };
                let (sym, style) = mark(&e, t);
                let x = put(buf, inner, inner.x + indent, y, sym, style);
                let room = width
                    .saturating_sub(usize::from(x - inner.x) + 1)
                    .saturating_sub(if right.is_empty() {
                        0
                    } else {
                        right.width() + 1
                    });
                put(buf, inner, x + 1, y, &fit(&text, room), t.plain());
                if !right.is_empty() {
                    let rx = inner.right().saturating_sub(right.width() as u16);
                    put(buf, inner, rx, y, &right, t.dim());
                }
            }
        }
        if n == v.sel {
            highlight(buf, inner, y, t.cursor(focused));
        }
    }
}

fn mark(e: &Entry, t: Theme) -> (&'static str, Style) {
    match (e.kind, e.state) {
        (EntryKind::JDay, _) => ("◆", t.j_mark()),
        (EntryKind::FollowUp | EntryKind::Nurture | EntryKind::Recall, "late") => ("☎", t.late()),
        (EntryKind::FollowUp | EntryKind::Nurture | EntryKind::Recall, _) => ("☎", t.warn()),
        (_, "late") => ("!", t.late()),
        (_, "due") => ("▶", t.warn()),
        _ => ("·", t.dim()),
    }
}

/// A person to call, number first: "Luc Bernard · 01 23 45 67 89 · DGS".
fn person(e: &Entry) -> String {
    let mut s = String::new();
    for part in [e.contact, e.phone, e.role].into_iter().flatten() {
        if !s.is_empty() {
            s.push_str(" · ");
        }
        s.push_str(&safe(part));
    }
    s
}

/// Why the entry is there, in a few words.
fn why(e: &Entry, l: Lang) -> String {
    let kind = report::entry_kind(l, e.kind);
    let detail = e.compliance.as_ref().map(|c| c.message.as_str()).or(e.item);
    match detail {
        Some(d) if e.kind == EntryKind::Late || e.family == Family::Documents => {
            safe(d).into_owned()
        }
        // "relance : Relance du dossier" says it twice.
        Some(d) if fold(d).starts_with(&fold(kind)) => safe(d).into_owned(),
        Some(d) => format!("{kind}{}{}", l.pick(" : ", ": "), safe(d)),
        None => match e.kind {
            EntryKind::JDay => report::submit_bid(l).to_string(),
            EntryKind::Nurture => report::no_contact_since(l).to_string(),
            EntryKind::Notice => words::notice_expected(l).to_string(),
            _ => kind.to_string(),
        },
    }
}

/// The text of a line and what goes on its right (J-20, a date).
fn line_text(app: &App, e: &Entry, members: usize, i: usize) -> (String, String) {
    let l = app.lang;
    let mut right = match (e.days_to_j, e.pursuit_id) {
        (Some(d), Some(_)) => words::j_minus(l, d),
        _ if e.date != app.today => l.date(e.date),
        _ => String::new(),
    };
    // J confirmed with its time: "J-3 · 12:00".
    if let Some(time) = &e.j_time {
        right = if right.is_empty() {
            time.clone()
        } else {
            format!("{right} · {time}")
        };
    }
    if e.family == Family::Calls && e.contact.is_some() {
        // Whom, the number, where, why; the role last (it is the longest).
        let mut s = String::new();
        for part in [e.contact, e.phone, Some(e.authority)]
            .into_iter()
            .flatten()
        {
            if !s.is_empty() {
                s.push_str(" · ");
            }
            s.push_str(&safe(part));
        }
        s.push_str(" — ");
        s.push_str(&why(e, l));
        if members > 1 {
            s.push_str(&words::more_calls(l, members - 1));
        }
        if let Some(r) = e.role {
            s.push_str(" · ");
            s.push_str(&safe(r));
        }
        return (s, right);
    }
    // What, on which pursuit, then where: the authority's name is long
    // and the first to be cut.
    let what = if members > 1 {
        let v = &app.today_view;
        let stages: Vec<u8> = v.lines[i]
            .members
            .iter()
            .filter_map(|&m| v.dues.get(m)?.stage.map(|s| s as u8 + 1))
            .collect();
        let mut w = words::grouped(l, e.kind, members, &stages);
        w.push_str(words::expand_hint(l));
        w
    } else {
        why(e, l)
    };
    let mut s = String::new();
    if let Some(p) = e.pursuit {
        s.push_str(&safe(p));
        s.push_str(" — ");
    }
    s.push_str(&what);
    if !e.authority.is_empty() {
        s.push_str(" — ");
        s.push_str(&safe(e.authority));
    }
    (s, right)
}

/// A member under its expanded group: the item, or the person.
fn member_text(e: &Entry, l: Lang) -> String {
    if e.family == Family::Calls && e.contact.is_some() {
        format!("{} — {}", person(e), why(e, l))
    } else {
        why(e, l)
    }
}
