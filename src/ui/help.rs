//! Overlays: the `?` help, generated from the key table for the focused
//! pane, and the question asked before losing unsaved changes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{fit, put};
use crate::app::{App, keymap};
use crate::i18n::tui as words;

/// One line per binding of the focused pane: its keys, then what it does.
pub fn lines(app: &App) -> Vec<(String, String)> {
    let l = app.lang;
    keymap::for_pane(app.focus)
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| words::key_name(l, k)).collect();
            (keys.join(" "), words::action(l, b.action).to_string())
        })
        .collect()
}

pub(crate) fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    popup
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let keys = lines(app);
    let extra = words::help_extra(l);
    let key_w = keys.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let text_w = keys.iter().map(|(_, a)| a.width()).max().unwrap_or(0);
    let cell_w = key_w + 2 + text_w;
    // One column when it fits the height, else two; the notes go last and
    // are the first thing dropped on a short screen.
    let inner_h = usize::from(area.height.saturating_sub(2));
    let columns = if keys.len() + 1 + extra.len() <= inner_h {
        1
    } else {
        2
    };
    let per_column = keys.len().div_ceil(columns);
    let extra_w = extra.iter().map(|e| e.width()).max().unwrap_or(0);
    let width = (columns * cell_w + (columns - 1) * 3).max(extra_w) + 4;
    let room_for_extra = inner_h.saturating_sub(per_column + 1);
    let shown_extra = extra.len().min(room_for_extra);
    let height = per_column + if shown_extra > 0 { shown_extra + 1 } else { 0 } + 2;
    let popup = centred(area, width as u16, height as u16);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.border(true))
        .title(Line::from(Span::styled(
            words::help_title(l, app.focus),
            t.bold(),
        )));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width);
    for (n, (k, a)) in keys.iter().enumerate() {
        let col = n / per_column;
        let y = inner.y + (n % per_column) as u16;
        let x0 = inner.x + 1 + (col * (cell_w + 3)) as u16;
        let x = put(buf, inner, x0, y, &format!("{k:<key_w$}"), t.bold());
        let room = usize::from(inner.right().saturating_sub(x + 2));
        put(buf, inner, x + 2, y, &fit(a, room), t.plain());
    }
    let top = inner.y + per_column as u16 + 1;
    for (n, e) in extra.iter().take(shown_extra).enumerate() {
        let y = top + n as u16;
        put(
            buf,
            inner,
            inner.x + 1,
            y,
            &fit(e, w.saturating_sub(1)),
            t.dim(),
        );
    }
}

pub fn confirm_quit(app: &App, why: &str, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let lines = words::confirm_quit(l, why);
    let width = lines.iter().map(|s| s.width()).max().unwrap_or(0) as u16 + 4;
    let popup = centred(area, width, 4);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.late())
        .title(Line::from(Span::styled(words::quit_title(l), t.bold())));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width);
    for (n, s) in lines.iter().enumerate() {
        put(
            buf,
            inner,
            inner.x + 1,
            inner.y + n as u16,
            &fit(s, w.saturating_sub(1)),
            if n == 0 { t.late() } else { t.bold() },
        );
    }
}

/// The y/N question before a delete, naming what goes with it.
pub fn confirm_delete(app: &App, question: &str, area: Rect, buf: &mut Buffer, t: Theme) {
    let width = (question.width() as u16 + 4).min(area.width);
    let popup = centred(area, width, 3);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.late())
        .title(Line::from(Span::styled(
            crate::i18n::forms::delete_title(app.lang),
            t.bold(),
        )));
    let inner = block.inner(popup);
    block.render(popup, buf);
    put(
        buf,
        inner,
        inner.x + 1,
        inner.y,
        &fit(question, usize::from(inner.width).saturating_sub(1)),
        t.bold(),
    );
}
