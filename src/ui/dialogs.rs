//! The questions asked over the panes: before quitting with unsaved
//! changes, and before a delete. Both are worded here, when drawn, from
//! what the state holds (an error, ids).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
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

/// Why quitting now would lose changes.
pub fn confirm_quit(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let why = match &app.save {
        SaveState::Failed(e) => e.localized(l),
        _ => String::new(),
    };
    let lines = words::confirm_quit(l, &why);
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
pub fn confirm_delete(app: &App, what: &Deletion, area: Rect, buf: &mut Buffer, t: Theme) {
    let Some(question) = delete_question(app, what) else {
        return;
    };
    let question = question.as_str();
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
