//! The questions asked over the panes: before quitting with unsaved
//! changes, and before a delete. Both are worded here, when drawn, from
//! what the state holds (an error, ids).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::help::centred;
use super::theme::Theme;
use super::{fit, put};
use crate::app::edit::Deletion;
use crate::app::{App, SaveState};
use crate::i18n::Localize;
use crate::i18n::compliance as compliance_words;
use crate::i18n::forms as delete_words;
use crate::i18n::tui as words;

/// A bordered question centred over the panes: `lines` one per row, the
/// first in `first`'s style and the rest bold, each cut to the width.
pub fn question(
    area: Rect,
    buf: &mut Buffer,
    t: Theme,
    title: &str,
    lines: &[String],
    first: Style,
) {
    let width = (lines.iter().map(|s| s.width()).max().unwrap_or(0) as u16 + 4).min(area.width);
    let popup = centred(area, width, lines.len() as u16 + 2);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.late())
        .title(Line::from(Span::styled(title, t.bold())));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width).saturating_sub(1);
    for (n, s) in lines.iter().enumerate() {
        let style = if n == 0 { first } else { t.bold() };
        put(
            buf,
            inner,
            inner.x + 1,
            inner.y + n as u16,
            &fit(s, w),
            style,
        );
    }
}

/// A list over the panes (conflicts, opportunities): a titled box at most
/// 110 wide with `rows` body lines and a footer, its inner area returned;
/// `footer` on the last inner line, `empty` on the first when there are no
/// rows.
pub fn list_box(
    area: Rect,
    buf: &mut Buffer,
    t: Theme,
    title: &str,
    rows: usize,
    empty: Option<&str>,
    footer: &str,
) -> Rect {
    let width = area.width.saturating_sub(4).min(110);
    let body = if empty.is_some() { 1 } else { rows };
    let popup = centred(area, width, (body + 4) as u16);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.border(true))
        .title(Line::from(Span::styled(title, t.bold())));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width.saturating_sub(1));
    if let Some(empty) = empty {
        put(buf, inner, inner.x + 1, inner.y, &fit(empty, w), t.dim());
    }
    let bottom = inner.bottom().saturating_sub(1);
    put(buf, inner, inner.x + 1, bottom, &fit(footer, w), t.dim());
    inner
}

/// Why quitting now would lose changes.
pub fn confirm_quit(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let why = match &app.save {
        SaveState::Failed(e) => e.localized(l),
        _ => String::new(),
    };
    let lines = words::confirm_quit(l, &why);
    question(area, buf, t, words::quit_title(l), &lines, t.late());
}

/// The y/N question before a delete, naming what goes with it.
pub fn confirm_delete(app: &App, what: &Deletion, area: Rect, buf: &mut Buffer, t: Theme) {
    let Some(asked) = delete_question(app, what) else {
        return;
    };
    let title = crate::i18n::forms::delete_title(app.lang);
    question(area, buf, t, title, &[asked], t.bold());
}

/// The question for `what`, naming what goes with it; `None` when the ids
/// no longer name anything (the delete will then do nothing).
pub fn delete_question(app: &App, what: &Deletion) -> Option<String> {
    let l = app.lang;
    let authority = |id: &str| {
        let at = app.document().position(id)?;
        app.portfolio().authorities.get(at)
    };
    Some(match what {
        Deletion::Authority { authority: a } => {
            let a = authority(a)?;
            let (pursuits, contacts, interactions) = a.weight();
            delete_words::confirm_delete_authority(l, &a.name, pursuits, contacts, interactions)
        }
        Deletion::Pursuit {
            authority: a,
            pursuit,
        } => {
            let p = authority(a)?.pursuits.iter().find(|p| p.id == *pursuit)?;
            let done = p.checklist.values().filter(|e| e.done.is_some()).count();
            delete_words::confirm_delete_pursuit(l, &p.object, done)
        }
        Deletion::Contact {
            authority: a,
            contact,
        } => {
            let c = authority(a)?.contacts.iter().find(|c| c.id == *contact)?;
            delete_words::confirm_delete_contact(l, &c.name, c.interactions.len())
        }
        Deletion::Interaction {
            authority: a,
            contact,
            interaction,
        } => {
            let c = authority(a)?.contacts.iter().find(|c| c.id == *contact)?;
            let i = c.interactions.iter().find(|i| i.id == *interaction)?;
            delete_words::confirm_delete_interaction(l, &i.summary)
        }
        Deletion::Requirement {
            authority: a,
            pursuit,
            requirement,
        } => {
            let p = authority(a)?.pursuits.iter().find(|p| p.id == *pursuit)?;
            let r = p.requirements.iter().find(|r| r.id == *requirement)?;
            compliance_words::confirm_delete_requirement(l, &r.label)
        }
        Deletion::Document { document, .. } => {
            let d = app
                .portfolio()
                .documents
                .iter()
                .find(|d| d.id == *document)?;
            compliance_words::confirm_delete_document(l, &compliance_words::doc_name(l, d))
        }
    })
}
