//! Stage 3's compliance block in the checklist pane: the head saying
//! whether the pursuit is ready to file, each requirement with its status
//! by colour and symbol, each linked standing document with its validity.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{fit, put};
use crate::app::compliance_view::DocState;
use crate::app::{Action, App};
use crate::i18n::{compliance as words, tui};
use crate::model::compliance::RequirementStatus;
use crate::model::{ItemState, Pursuit};

fn green(t: Theme) -> Style {
    t.state(ItemState::Done(chrono::NaiveDate::MIN))
}

fn status_style(t: Theme, s: RequirementStatus, overdue: bool) -> Style {
    match s {
        RequirementStatus::Ready => green(t),
        RequirementStatus::NotRequired => t.dim(),
        RequirementStatus::InProgress => t.state(ItemState::Due),
        RequirementStatus::Todo if overdue => t.late(),
        RequirementStatus::Todo => t.plain(),
    }
}

/// Left text and right text on one row, the right side in `style`.
fn row(
    buf: &mut Buffer,
    rows: Rect,
    y: u16,
    symbol: (&str, Style),
    left: &str,
    right: (&str, Style),
) {
    let room = usize::from(rows.width).saturating_sub(right.0.width() + 8);
    let x = put(buf, rows, rows.x + 4, y, symbol.0, symbol.1);
    put(buf, rows, x + 1, y, &fit(left, room), Style::new());
    let rx = rows.right().saturating_sub(right.0.width() as u16);
    if rx > x + 1 {
        put(buf, rows, rx, y, right.0, right.1);
    }
}

pub fn head(app: &App, rows: Rect, y: u16, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let c = &app.check.compliance;
    let right = words::block_state(l, c.ready, c.settled);
    let style = if c.ready { green(t) } else { t.warn() };
    let room = usize::from(rows.width).saturating_sub(right.width() + 3);
    put(
        buf,
        rows,
        rows.x + 2,
        y,
        &fit(words::block_title(l), room),
        t.bold(),
    );
    let rx = rows.right().saturating_sub(right.width() as u16);
    if rx > rows.x + 2 {
        put(buf, rows, rx, y, &right, style);
    }
}

/// The line under an empty block: how to fill it.
pub fn empty(app: &App, rows: Rect, y: u16, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let hint = words::block_empty(l, &tui::key_for(l, Action::RequirementTemplate));
    put(
        buf,
        rows,
        rows.x,
        y,
        &fit(&hint, usize::from(rows.width)),
        t.dim(),
    );
}

pub fn requirement(
    app: &App,
    pu: &Pursuit,
    n: usize,
    rows: Rect,
    y: u16,
    buf: &mut Buffer,
    t: Theme,
) {
    let Some(r) = pu.requirements.get(n) else {
        return;
    };
    let l = app.lang;
    let due = r.due_on(app.check.compliance.j);
    let overdue = due.is_some_and(|d| d <= app.today) && !r.status.is_settled();
    let style = status_style(t, r.status, overdue);
    let mut left = r.label.clone();
    if !r.owner.is_empty() {
        left.push_str(&format!(" ({})", r.owner));
    }
    if !r.note.is_empty() {
        left.push_str(" ✎");
    }
    let right = words::requirement_state(l, r.status, due);
    row(
        buf,
        rows,
        y,
        (words::status_symbol(r.status), style),
        &left,
        (&right, style),
    );
}

pub fn document(app: &App, n: usize, rows: Rect, y: u16, buf: &mut Buffer, t: Theme) {
    let Some(d) = app.check.compliance.docs.get(n) else {
        return;
    };
    let l = app.lang;
    let (symbol, style) = match d.state {
        DocState::Valid => ("▣", green(t)),
        DocState::ExpiresBeforeJ => ("▣", t.late()),
        // Not recorded keeps the bid from being ready: it must stand out
        // from a waived one.
        DocState::NotRecorded => ("□", t.warn()),
        DocState::NotRequired => ("□", t.dim()),
    };
    let mut name = words::doc_kind(l, &d.kind).into_owned();
    if !d.label.is_empty() {
        name.push_str(&format!(" — {}", d.label));
    }
    let mut right = words::doc_state(l, d.state, d.expires);
    // Keep names readable in a narrow pane (the same form on every row):
    // the short form says the same.
    let longest = words::doc_state(l, DocState::ExpiresBeforeJ, Some(app.today)).width();
    if usize::from(rows.width) < longest + 32 {
        right = words::doc_state_short(l, d.state, d.expires);
    }
    row(buf, rows, y, (symbol, style), &name, (&right, style));
}

/// "Not ready to file": what is missing, then the y/N question.
pub fn confirm_submit(app: &App, missing: &[String], area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let question = words::submit_question(l);
    let shown = missing
        .len()
        .min(usize::from(area.height.saturating_sub(6)).max(1));
    let width = missing
        .iter()
        .map(|s| s.width() + 2)
        .chain([question.width()])
        .max()
        .unwrap_or(0) as u16
        + 4;
    let popup = super::help::centred(area, width.min(area.width), shown as u16 + 5);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.late())
        .title(TextLine::from(Span::styled(
            words::submit_title(l),
            t.bold(),
        )));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width).saturating_sub(1);
    let mut y = inner.y;
    put(
        buf,
        inner,
        inner.x + 1,
        y,
        &fit(words::submit_missing(l), w),
        t.bold(),
    );
    for m in missing.iter().take(shown) {
        y += 1;
        put(
            buf,
            inner,
            inner.x + 1,
            y,
            &fit(&format!("• {m}"), w),
            t.warn(),
        );
    }
    if missing.len() > shown {
        put(buf, inner, inner.x + 1, y, &fit("…", w), t.warn());
    }
    put(buf, inner, inner.x + 1, y + 2, &fit(question, w), t.bold());
}
