//! The question asked when the file changed on disk under our changes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::help::centred;
use super::theme::Theme;
use super::{fit, put};
use crate::app::App;
use crate::app::conflict::{Conflict, ConflictStep};
use crate::i18n::recovery as words;

/// Authorities listed by name before "and N more".
const LISTED: usize = 6;

pub fn draw(app: &App, c: &Conflict, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let lines = match c.step {
        ConflictStep::Ask => {
            let mut lines = vec![words::conflict_intro(l, c.differing.len())];
            lines.extend(c.differing.iter().take(LISTED).map(|n| format!("  • {n}")));
            if c.differing.len() > LISTED {
                lines.push(words::and_more(l, c.differing.len() - LISTED));
            }
            lines.push(String::new());
            lines.extend(words::conflict_choices(l).iter().map(|s| s.to_string()));
            lines
        }
        ConflictStep::ConfirmKeep => words::confirm_keep(l)
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    let width = lines.iter().map(|s| s.width()).max().unwrap_or(0) as u16 + 4;
    let popup = centred(area, width, lines.len() as u16 + 2);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.late())
        .title(Line::from(Span::styled(words::conflict_title(l), t.bold())));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width).saturating_sub(1);
    for (n, s) in lines.iter().enumerate() {
        put(
            buf,
            inner,
            inner.x + 1,
            inner.y + n as u16,
            &fit(s, w),
            t.bold(),
        );
    }
}
