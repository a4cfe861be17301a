//! The standing-documents list (`D`): every document with its kind, issue
//! date, validity, and how many open pursuits it fails, over the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{fit, highlight, put};
use crate::app::App;
use crate::i18n::compliance as words;
use crate::model::compliance::standing::superseded;
use crate::report::docs::lines;

pub fn draw(app: &App, sel: usize, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let width = area.width.saturating_sub(4).clamp(20, 100);
    let docs = &app.portfolio().documents;
    let height = (docs.len() as u16 + 5).clamp(7, area.height.saturating_sub(2).max(3));
    let popup = super::help::centred(area, width, height);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.border(true))
        .title(Line::from(Span::styled(
            words::documents_title(l),
            t.bold(),
        )));
    let inner = block.inner(popup);
    block.render(popup, buf);
    if inner.height < 2 {
        return;
    }
    let w = usize::from(inner.width);
    let keys_y = inner.bottom() - 1;
    put(
        buf,
        inner,
        inner.x,
        keys_y,
        &fit(
            &crate::keys::footer(
                crate::app::keymap::DOCUMENTS_KEYS,
                |k| crate::i18n::tui::key_name(l, k),
                |a| words::documents_key(l, a),
            ),
            w,
        ),
        t.dim(),
    );
    if docs.is_empty() {
        put(
            buf,
            inner,
            inner.x + 1,
            inner.y,
            &fit(words::documents_none(l), w),
            t.plain(),
        );
        return;
    }
    // Each document's failing pursuits: one pass over the portfolio, only
    // while the list is open (it has few lines; the portfolio may not).
    let fails = lines(app.portfolio(), app.today, l);
    let rows = usize::from(keys_y.saturating_sub(inner.y + 1)).max(1);
    let offset = sel.saturating_sub(rows - 1);
    let names: Vec<String> = docs
        .iter()
        .map(|d| words::doc_name(l, d).into_owned())
        .collect();
    let states: Vec<String> = docs
        .iter()
        .map(|d| words::document_state(l, d, app.today, superseded(docs, d)))
        .collect();
    // Columns: issue date, name, validity, then what it fails.
    let name_w = names
        .iter()
        .map(|n| n.width())
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let state_w = states.iter().map(|s| s.width()).max().unwrap_or(0);
    for (n, d) in docs.iter().enumerate().skip(offset).take(rows) {
        let y = inner.y + (n - offset) as u16;
        let replaced = superseded(docs, d);
        let expired = d.expires.is_some_and(|e| e < app.today) && !replaced;
        let fail = fails
            .get(n)
            .filter(|f| f.id == d.id)
            .map_or(0, |f| f.fails.len());
        let text = format!(
            "{}  {}  {}  {}",
            l.date(d.issued),
            pad(&fit(&names[n], name_w), name_w),
            pad(&states[n], state_w),
            words::fails_count(l, fail)
        );
        let style = if expired || fail > 0 {
            t.late()
        } else if replaced {
            t.dim()
        } else {
            t.plain()
        };
        put(
            buf,
            inner,
            inner.x + 1,
            y,
            &fit(text.trim_end(), w.saturating_sub(2)),
            style,
        );
        if n == sel {
            highlight(buf, inner, y, t.cursor(true));
        }
    }
}

/// `s` followed by spaces up to `width` columns.
fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}
