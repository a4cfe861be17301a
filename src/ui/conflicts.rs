//! The merge conflicts overlay (`X`): each disagreement a merge recorded —
//! record, field, our value and theirs with who and when — and one key to
//! keep either side (`o` ours, `t` theirs), an ordinary undoable change.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::{fit, put};
use crate::app::App;
use crate::i18n::merge as words;
use crate::model::Side;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let list = &app.portfolio().conflicts;
    // Three lines per conflict, the hint below; a window around the cursor.
    let room = (usize::from(area.height.saturating_sub(5)) / 3).max(1);
    let sel = app.conflict_sel.min(list.len().saturating_sub(1));
    let first = sel.saturating_sub(room - 1);
    let shown = list.len().saturating_sub(first).min(room);
    let inner = super::dialogs::list_box(
        area,
        buf,
        t,
        &words::list_title(l, list.len()),
        shown * 3,
        list.is_empty().then(|| words::none(l)),
        &list_footer(l),
    );
    let w = usize::from(inner.width.saturating_sub(1));
    let x = inner.x + 1;
    for (n, c) in list.iter().enumerate().skip(first).take(shown) {
        let y = inner.y + ((n - first) * 3) as u16;
        let marker = if n == sel { "▸ " } else { "  " };
        let style = if n == sel { t.bold() } else { t.plain() };
        put(
            buf,
            inner,
            x,
            y,
            &fit(&format!("{marker}{}", words::heading(l, c)), w),
            style,
        );
        for (k, side) in [Side::Ours, Side::Theirs].into_iter().enumerate() {
            put(
                buf,
                inner,
                x + 4,
                y + 1 + k as u16,
                &fit(&words::side_line(l, c, side), w.saturating_sub(4)),
                if c.kept == side { t.plain() } else { t.dim() },
            );
        }
    }
}

/// "o keep ours · t keep theirs · ↑ previous · … · any other key closes",
/// from the list's key table.
fn list_footer(l: crate::i18n::Lang) -> String {
    let keys = crate::keys::footer(
        crate::app::keymap::CONFLICTS_KEYS,
        |k| crate::i18n::tui::key_name(l, k),
        |a| words::list_key(l, a),
    );
    format!("{keys} · {}", words::list_others(l))
}
