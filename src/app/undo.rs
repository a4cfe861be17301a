//! Undo and redo, and putting the cursors on what an edit, an undo or a
//! redo touched.

use super::derived::Row;
use super::msg::Effect;
use super::{App, Notice};
use crate::forms::Selection;
use crate::model::doc::Document;

/// `u` and `Ctrl-R`.
pub fn undo_redo(app: &mut App, redo: bool) -> Vec<Effect> {
    if super::target::refuse_read_only(app) {
        return Vec::new();
    }
    let step = if redo { Document::redo } else { Document::undo };
    let Some(change) = app.apply(step) else {
        app.notice = Some(if redo {
            Notice::NothingToRedo
        } else {
            Notice::NothingToUndo
        });
        return Vec::new();
    };
    if let Some(authority) = change.authority_id()
        && app.document().position(authority).is_some()
    {
        select(
            app,
            &Selection {
                authority: authority.to_string(),
                ..Selection::default()
            },
        );
    }
    app.notice = Some(if redo { Notice::Redone } else { Notice::Undone });
    vec![Effect::Save]
}

/// Put the cursors on what a form created or edited.
pub(super) fn select(app: &mut App, s: &Selection) {
    let Some(a) = app.document().position(&s.authority) else {
        return;
    };
    let pursuit = s
        .pursuit
        .as_ref()
        .and_then(|pid| app.document().pursuit_position(a, pid));
    let want = match pursuit {
        Some(p) => Row::Pursuit(a, p),
        // A contact or an interaction: stay on the pursuit row if it is this authority's.
        None => match app.selected_row() {
            Some(row) if row.authority() == a => row,
            _ => Row::Authority(a),
        },
    };
    let row = app
        .rows
        .iter()
        .position(|r| *r == want)
        .or_else(|| app.rows.iter().position(|r| r.authority() == a));
    match row {
        Some(row) => {
            app.timeline.sel = row;
            app.sync_views();
        }
        None if !app.filter.is_empty() => {
            // Hidden by the filter: clear it so the new thing is on screen.
            app.set_filter(String::new());
            return select(app, s);
        }
        None => {}
    }
    if let Some(cid) = &s.contact {
        let contacts = &app.portfolio().authorities[a].contacts;
        if let Some(ci) = contacts.iter().position(|c| &c.id == cid)
            && let Some(sel) = app.contacts.order.iter().position(|&i| i == ci)
        {
            app.contacts.sel = sel;
        }
    }
    app.keep_cursors_visible();
}
