//! The `?` help overlay, generated from the key table for the focused pane.

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

/// A `width` × `height` box in the middle of `area`.
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
    // One column when it fits the height, else two; the notes go last and
    // are the first thing dropped on a short screen.
    let inner_h = usize::from(area.height.saturating_sub(2));
    let columns = if keys.len() + 1 + extra.len() <= inner_h {
        1
    } else {
        2
    };
    let per_column = keys.len().div_ceil(columns).max(1);
    let chunks: Vec<&[(String, String)]> = keys.chunks(per_column).collect();
    // Each column as wide as its own keys and words need…
    let key_ws: Vec<usize> = chunks
        .iter()
        .map(|c| c.iter().map(|(k, _)| k.width()).max().unwrap_or(0))
        .collect();
    let needs: Vec<usize> = chunks
        .iter()
        .zip(&key_ws)
        .map(|(c, kw)| kw + 2 + c.iter().map(|(_, a)| a.width()).max().unwrap_or(0))
        .collect();
    let gaps = 3 * (chunks.len().saturating_sub(1));
    // …unless the screen is narrower: then the wider column gives way, so
    // a long line on one side never cuts every line on the other.
    let avail = usize::from(area.width.saturating_sub(6)).saturating_sub(gaps);
    let widths = fit_columns(&needs, avail);
    let extra_w = extra.iter().map(|e| e.width()).max().unwrap_or(0);
    let width = (widths.iter().sum::<usize>() + gaps).max(extra_w) + 4;
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
    let mut x0 = inner.x + 1;
    for (col, chunk) in chunks.iter().enumerate() {
        let key_w = key_ws[col];
        let room = widths[col].saturating_sub(key_w + 2);
        for (n, (k, a)) in chunk.iter().enumerate() {
            let y = inner.y + n as u16;
            let x = put(buf, inner, x0, y, &format!("{k:<key_w$}"), t.bold());
            put(buf, inner, x + 2, y, &fit(a, room), t.plain());
        }
        x0 += (widths[col] + 3) as u16;
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

/// Widths for columns that need `needs` within `avail`: all they need when
/// it fits; else a column that needs at most an even share keeps it and
/// the others share the rest evenly.
fn fit_columns(needs: &[usize], avail: usize) -> Vec<usize> {
    if needs.iter().sum::<usize>() <= avail || needs.is_empty() {
        return needs.to_vec();
    }
    let mut widths = needs.to_vec();
    let mut open: Vec<usize> = (0..needs.len()).collect();
    let mut left = avail;
    // Settle the columns that fit their share, then share what remains.
    loop {
        let share = left / open.len().max(1);
        let (fits, wide): (Vec<usize>, Vec<usize>) = open.iter().partition(|&&c| needs[c] <= share);
        if fits.is_empty() {
            for (n, &c) in wide.iter().enumerate() {
                // The first wide column takes the odd cell.
                widths[c] = share + usize::from(n == 0) * (left % wide.len().max(1));
            }
            return widths;
        }
        for &c in &fits {
            left -= needs[c];
        }
        open = wide;
        if open.is_empty() {
            return widths;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_share_a_narrow_screen_the_wide_one_giving_way() {
        assert_eq!(fit_columns(&[30, 20], 60), vec![30, 20]);
        // The right column fits its half: the left one gives way.
        assert_eq!(fit_columns(&[70, 25], 80), vec![55, 25]);
        assert_eq!(fit_columns(&[25, 70], 80), vec![25, 55]);
        // Both wider than half: even shares, nothing beyond the room.
        assert_eq!(fit_columns(&[60, 50], 81), vec![41, 40]);
        assert_eq!(fit_columns(&[], 10), Vec::<usize>::new());
    }
}
