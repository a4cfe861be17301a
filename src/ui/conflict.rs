//! The question asked when the file changed on disk under our changes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
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
    super::dialogs::question(area, buf, t, words::conflict_title(l), &lines, t.bold());
}
