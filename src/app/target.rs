//! Which pursuit an edit of "the selected pursuit" goes to, and making it
//! through the document: shared by the keys of the checklist, the
//! compliance block and the item marks.

use super::msg::Effect;
use super::{App, Notice, Pane};

/// The pursuit an edit of "the selected pursuit" goes to: from the
/// checklist, the pursuit it shows (the Today cursor may have moved on after
/// the last tick); elsewhere, the selection's.
pub(super) fn edited_pursuit(app: &App) -> Option<(usize, usize)> {
    match app.check.target {
        Some(t) if app.focus == Pane::Checklist => Some(t),
        _ => app.selected_row()?.pursuit(),
    }
}

/// Change the selected pursuit through the document; returns Save when it changed.
pub(super) fn edit_pursuit(
    app: &mut App,
    f: impl FnOnce(&mut crate::model::Pursuit),
) -> Option<Vec<Effect>> {
    let (a, p) = edited_pursuit(app)?;
    app.apply(|doc| doc.edit_pursuit(a, p, f))?;
    Some(vec![Effect::Save])
}

/// A read-only tracker changes nothing: says so in the status bar.
pub(super) fn refuse_read_only(app: &mut App) -> bool {
    if app.read_only.is_some() {
        app.notice = Some(Notice::ReadOnly);
        return true;
    }
    false
}
