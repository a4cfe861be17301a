//! What the user decides about the checklist item under the cursor: tick
//! or untick (against the evidence too), mark not applicable, backdate a
//! tick. Stage-1 items go to the authority, the others to the pursuit;
//! every edit goes through the history, so each is undoable.

use chrono::NaiveDate;

use super::msg::Effect;
use super::{App, Notice, Pane};
use crate::model::progress::ItemStatus;
use crate::model::template::CHOOSE_BRANCH_ID;
use crate::model::ticks::{self, Entries};

/// The checklist item under the cursor when the keys may change it;
/// otherwise says why not in the status bar.
pub(crate) fn editable_item(app: &mut App) -> Option<ItemStatus> {
    if app.focus != Pane::Checklist {
        return None;
    }
    if app.selected_pursuit().is_some() && app.check.lines.is_empty() {
        app.notice = Some(Notice::NoPlan);
        return None;
    }
    let Some(item) = app.check.selected().copied() else {
        app.notice = Some(Notice::NothingToTick);
        return None;
    };
    if app.read_only.is_some() {
        app.notice = Some(Notice::ReadOnly);
        return None;
    }
    Some(item)
}

/// Change the entries that hold `item` for the selected pursuit (the
/// authority's for stage 1) through the document; Save when it changed.
/// The change is the authority's: all its pursuits are refreshed, as
/// stage 1 counts for each of them.
pub(crate) fn edit_entries(app: &mut App, item: &str, f: impl FnOnce(&mut Entries)) -> Vec<Effect> {
    let Some((a, p)) = super::target::edited_pursuit(app) else {
        return Vec::new();
    };
    let change = app.apply(|doc| {
        doc.edit_authority(a, |auth| {
            if let Some(entries) = auth.entries_mut(p, item) {
                f(entries);
            }
        })
    });
    match change {
        Some(_) => vec![Effect::Save],
        None => Vec::new(),
    }
}

/// Space: tick, untick, or untick against the evidence (see [`ticks::toggle`]).
pub(crate) fn toggle(app: &mut App, item: ItemStatus) -> Vec<Effect> {
    if super::compliance::guard_submit(app, item.id, item.state.is_done()) {
        return Vec::new();
    }
    let today = app.today;
    let proven = item.evidence.is_some();
    let user = app.user.clone();
    let effects = edit_entries(app, item.id, |e| {
        ticks::toggle(e, item.id, today, proven, &user)
    });
    let done = app.check.selected().is_some_and(|i| i.state.is_done());
    app.notice = Some(if done {
        Notice::Ticked(item.id)
    } else {
        Notice::Unticked(item.id)
    });
    effects
}

/// Mark the item not applicable with `reason`, or make it count again.
pub fn set_not_applicable(
    app: &mut App,
    item: &'static str,
    reason: Option<String>,
) -> Vec<Effect> {
    let marked = reason.is_some();
    let effects = edit_entries(app, item, |e| ticks::set_not_applicable(e, item, reason));
    app.notice = Some(if marked {
        Notice::NotApplicable(item)
    } else {
        Notice::Applicable(item)
    });
    effects
}

/// Tick the item on `day` (earlier than today for a backdated tick).
pub fn tick_on(app: &mut App, item: &'static str, day: NaiveDate) -> Vec<Effect> {
    let user = app.user.clone();
    let effects = edit_entries(app, item, |e| ticks::tick_on(e, item, day, &user));
    app.notice = Some(Notice::Ticked(item));
    effects
}

/// Whether the item can be marked not applicable or backdated: not the
/// branch decision, which the `b` key makes.
pub fn takes_marks(item: &ItemStatus) -> bool {
    item.id != CHOOSE_BRANCH_ID
}
