//! Drawing: a pure function of `&App` into a buffer. Panes first, then the
//! status bar, then overlays over `Clear`, in a fixed order.

pub mod checklist;
pub mod compliance;
pub mod conflict;
pub mod conflicts;
pub mod contacts;
pub mod dialogs;
pub mod documents;
pub mod form;
mod help;
pub mod opportunities;
pub mod status;
pub mod theme;
pub mod timeline;
pub mod today;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::{App, Mode, Pane, layout};
use crate::i18n::tui as words;
use theme::Theme;

/// Draw the whole screen for `app`.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    // The form's text cursor is the terminal's, so wide characters and IME land right.
    if let Some(pos) = draw(app, area, frame.buffer_mut()) {
        frame.set_cursor_position(pos);
    }
}

/// Draw into any buffer (tests and benches use this directly); returns
/// where the terminal cursor belongs when a form is open.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = Theme { color: app.color };
    let Some(areas) = layout::areas_for(area, app.today_view.open) else {
        too_small(app, area, buf, theme);
        return None;
    };
    if app.today_view.open {
        today::draw(app, areas.timeline, buf, theme);
    } else {
        timeline::draw(app, areas.timeline, buf, theme);
    }
    checklist::draw(app, areas.checklist, buf, theme);
    contacts::draw(app, areas.contacts, buf, theme);
    status::draw(app, areas.status, buf, theme);
    match &app.mode {
        Mode::Help => help::draw(app, area, buf, theme),
        Mode::Conflicts => conflicts::draw(app, area, buf, theme),
        Mode::Opportunities => opportunities::draw(app, area, buf, theme),
        Mode::ConfirmQuit { .. } => dialogs::confirm_quit(app, area, buf, theme),
        Mode::ConfirmDelete(what) => dialogs::confirm_delete(app, what, area, buf, theme),
        Mode::Form => {
            if let Some(form) = &app.form {
                return form::render(form, area, buf, app.color);
            }
        }
        Mode::ConfirmSubmit(missing) => compliance::confirm_submit(app, missing, area, buf, theme),
        Mode::Documents(sel) => documents::draw(app, *sel, area, buf, theme),
        Mode::Conflict(c) => conflict::draw(app, c, area, buf, theme),
        Mode::Normal | Mode::Filter => {}
    }
    None
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let lines = words::too_small(app.lang, area.width, area.height);
    let top = area.y + area.height.saturating_sub(2) / 2;
    for (n, line) in lines.iter().enumerate() {
        let y = top + n as u16;
        let w = line.width().min(usize::from(area.width)) as u16;
        let x = area.x + (area.width - w) / 2;
        put(
            buf,
            area,
            x,
            y,
            line,
            if n == 0 { theme.bold() } else { theme.plain() },
        );
    }
}

/// A bordered pane with its title; returns the inner area.
pub(crate) fn pane_block(
    app: &App,
    pane: Pane,
    title: Line<'_>,
    bottom: Option<Line<'_>>,
    area: Rect,
    buf: &mut Buffer,
    theme: Theme,
) -> Rect {
    let focused = app.focus == pane;
    let mut block = Block::bordered()
        .border_style(theme.border(focused))
        .title(title);
    if let Some(b) = bottom {
        block = block.title_bottom(b.right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Write `text` at (x, y), clipped to `clip`; returns the x after it.
pub(crate) fn put(buf: &mut Buffer, clip: Rect, x: u16, y: u16, text: &str, style: Style) -> u16 {
    if y < clip.y || y >= clip.bottom() || x >= clip.right() || x < clip.x {
        return x;
    }
    let max = usize::from(clip.right() - x);
    buf.set_stringn(x, y, text, max, style).0
}

/// `s` cut to `width` columns, with an ellipsis when cut.
pub(crate) fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Fill a row with `style` (the cursor's highlight).
pub(crate) fn highlight(buf: &mut Buffer, clip: Rect, y: u16, style: Style) {
    if y >= clip.y && y < clip.bottom() {
        buf.set_style(Rect::new(clip.x, y, clip.width, 1), style);
    }
}
