//! The one place the state changes: `update(&mut App, Msg) -> Vec<Effect>`.
//! No I/O: the portfolio changes only by ticking and branching, through the
//! undo history, and the caller is told to save.

use ratatui::layout::Position;

use super::checklist::Line;
use super::edit;
use super::keymap::Action;
use super::layout::{self, Areas};
use super::msg::{Effect, Msg};
use super::{App, Mode, Notice, Pane, SaveState};
use crate::model::template::CHOOSE_BRANCH_ID;

/// Rows a wheel notch scrolls.
const WHEEL_STEP: usize = 3;

/// Apply `msg` to `app`; returns what the edge must do.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        // On a too-small screen the user cannot see what a key would do:
        // only quitting works.
        Msg::Act(action) if too_small(app) && !matches!(action, Action::Quit) => {}
        Msg::Act(action) => return act(app, action),
        Msg::FilterInput(ch) => {
            if !ch.is_control() {
                let mut f = app.filter.clone();
                f.push(ch);
                app.set_filter(f);
            }
        }
        Msg::FilterBackspace => {
            let mut f = app.filter.clone();
            f.pop();
            app.set_filter(f);
        }
        Msg::FilterAccept => {
            app.mode = Mode::Normal;
            // Found by one of its people: go to that person.
            if app.filter_contact().is_some() && !app.filter_finds_authority() {
                app.focus = Pane::Contacts;
            }
        }
        Msg::FilterCancel => {
            app.mode = Mode::Normal;
            app.set_filter(String::new());
        }
        Msg::CloseOverlay => app.mode = Mode::Normal,
        Msg::ConflictCursor(down) => {
            let n = app.portfolio().conflicts.len();
            app.conflict_sel = if down {
                (app.conflict_sel + 1).min(n.saturating_sub(1))
            } else {
                app.conflict_sel.saturating_sub(1)
            };
        }
        Msg::KeepConflict(side) => return settle(app, side),
        Msg::ConfirmQuit => return vec![Effect::QuitNow],
        Msg::RetryQuit => {
            // The edge flushes; if that fails again, it asks again.
            app.mode = Mode::Normal;
            return vec![Effect::Quit];
        }
        Msg::CancelQuit => app.mode = Mode::Normal,
        Msg::Resize(w, h) => {
            app.size = (w, h);
            app.keep_cursors_visible();
            app.rebuild_today();
        }
        Msg::Click { x, y } => click(app, x, y),
        Msg::Wheel { x, y, down } => wheel(app, x, y, down),
        Msg::Saved => {
            if app.save == SaveState::Pending {
                app.save = SaveState::Clean;
            }
        }
        Msg::SaveFailed(why) => app.save = SaveState::Failed(why),
        Msg::ChangedOnDisk => app.save = SaveState::ChangedOnDisk,
        Msg::Conflict(differing) => super::conflict::open(app, differing),
        Msg::ConflictKey(key) => return super::conflict::key(app, key),
        Msg::QuitBlocked(why) => {
            app.save = SaveState::Failed(why);
            app.mode = Mode::ConfirmQuit { retry: true };
        }
        Msg::FormKey(key) => return edit::form_key(app, key),
        Msg::Paste(text) => match app.mode {
            Mode::Form => edit::paste(app, &text),
            Mode::Filter => {
                let mut f = app.filter.clone();
                f.push_str(&crate::model::text::clean_line(&text));
                app.set_filter(f);
            }
            _ => {}
        },
        Msg::ConfirmDelete => return edit::confirm_delete(app),
        Msg::CancelDelete => edit::cancel_delete(app),
        Msg::ConfirmSubmit => return super::compliance::confirm_submit(app),
        Msg::CancelSubmit => super::compliance::cancel_submit(app),
        Msg::DocumentKey(key) => return super::compliance::document_key(app, key),
    }
    Vec::new()
}

fn act(app: &mut App, action: Action) -> Vec<Effect> {
    app.notice = None;
    if app.today_view.open && app.focus == Pane::Timeline && today_act(app, action) {
        return Vec::new();
    }
    match action {
        Action::FocusNext => {
            app.contacts.log = None;
            app.focus = app.focus.next();
        }
        Action::FocusPrev => {
            app.contacts.log = None;
            app.focus = app.focus.prev();
        }
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => step(app, -(page(app) as isize)),
        Action::PageDown => step(app, page(app) as isize),
        Action::Top => step(app, isize::MIN),
        Action::Bottom => step(app, isize::MAX),
        Action::Toggle => return toggle(app),
        Action::Branch => return branch(app),
        Action::Open => {
            if app.selected_pursuit().is_some() {
                app.focus = Pane::Checklist;
            }
        }
        Action::Sort => {
            app.sort = app.sort.next();
            app.rebuild_rows();
            app.notice = Some(Notice::Sort(app.sort));
        }
        Action::ZoomIn => {
            app.zoom = app.zoom.zoom_in();
            app.notice = Some(Notice::Zoom(app.zoom));
        }
        Action::ZoomOut => {
            app.zoom = app.zoom.zoom_out();
            app.notice = Some(Notice::Zoom(app.zoom));
        }
        Action::Today => app.time_shift = 0,
        Action::Earlier => app.time_shift -= time_step(app),
        Action::Later => app.time_shift += time_step(app),
        Action::Filter => {
            // What `/` finds shows on the timeline.
            if app.today_view.open {
                app.toggle_today();
            }
            app.mode = Mode::Filter;
        }
        Action::ClearFilter if app.contacts.log.is_some() => app.contacts.log = None,
        Action::ClearFilter => {
            if !app.filter.is_empty() {
                app.set_filter(String::new());
            }
        }
        Action::Help => app.mode = Mode::Help,
        Action::Conflicts => {
            app.conflict_sel = 0;
            app.mode = Mode::Conflicts;
        }
        Action::Opportunities => app.mode = Mode::Opportunities,
        Action::TodayView => app.toggle_today(),
        Action::Mine => app.toggle_mine(),
        Action::Add
        | Action::AddPursuit
        | Action::LogInteraction
        | Action::Note
        | Action::Outcome
        | Action::Edit => return edit::open(app, action),
        Action::Delete => return edit::ask_delete(app),
        Action::RequirementTemplate => return super::compliance::from_template(app),
        Action::Documents => super::compliance::open_documents(app),
        Action::Log => edit::toggle_log(app),
        Action::Rules => return super::rules::switch(app),
        Action::Undo => return super::undo::undo_redo(app, false),
        Action::Redo => return super::undo::undo_redo(app, true),
        Action::Quit => {
            return match &app.save {
                SaveState::Failed(_) => {
                    app.mode = Mode::ConfirmQuit { retry: true };
                    Vec::new()
                }
                SaveState::ChangedOnDisk => vec![Effect::InspectConflict],
                _ => vec![Effect::Quit],
            };
        }
    }
    Vec::new()
}

/// The keys that mean something else in the Today view's pane; false
/// when `action` is not one of them.
fn today_act(app: &mut App, action: Action) -> bool {
    let page = page(app) as isize;
    let by = match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -page,
        Action::PageDown => page,
        Action::Top => isize::MIN,
        Action::Bottom => isize::MAX,
        Action::Open => {
            app.today_enter();
            return true;
        }
        Action::Earlier | Action::Later => {
            app.today_expand(action == Action::Later);
            return true;
        }
        Action::ClearFilter if app.filter.is_empty() => {
            app.toggle_today();
            return true;
        }
        _ => return false,
    };
    app.today_view.step(by);
    app.keep_today_visible();
    app.sync_today();
    true
}

/// The terminal is known and below the minimum size.
fn too_small(app: &App) -> bool {
    app.size != (0, 0) && areas(app).is_none()
}

fn areas(app: &App) -> Option<Areas> {
    app.areas()
}

/// Rows a page moves in the focused pane.
fn page(app: &App) -> usize {
    let h = areas(app).map_or(10, |a| match app.focus {
        Pane::Timeline => layout::timeline_rows(a.timeline).height,
        Pane::Checklist => layout::checklist_rows(a.checklist).height / 2,
        Pane::Contacts => layout::inner(a.contacts).height / layout::CONTACT_LINES / 2,
    });
    usize::from(h).max(1)
}

/// A quarter of the visible time span, in days.
fn time_step(app: &App) -> i64 {
    let cols = areas(app).map_or(40, |a| i64::from(a.timeline.width) / 2);
    (cols / 4).max(1) * app.zoom.days_per_column()
}

fn moved(sel: usize, by: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    let target = if by < 0 {
        sel.saturating_sub(by.unsigned_abs())
    } else {
        sel.saturating_add(by.unsigned_abs())
    };
    target.min(len - 1)
}

/// Move the focused pane's cursor by `by` rows (clamped).
fn step(app: &mut App, by: isize) {
    match app.focus {
        Pane::Timeline => {
            app.timeline.sel = moved(app.timeline.sel, by, app.rows.len());
            app.sync_views();
        }
        Pane::Checklist => {
            app.check.sel = moved(app.check.sel, by, app.check.selectable.len());
        }
        Pane::Contacts => match app.contacts.log {
            Some(at) => {
                let len = edit::log_len(app);
                app.contacts.log = Some(moved(at, by, len));
            }
            None => {
                app.contacts.sel = moved(app.contacts.sel, by, app.contacts.order.len());
            }
        },
    }
    app.keep_cursors_visible();
}

use super::target::edit_pursuit;

fn toggle(app: &mut App) -> Vec<Effect> {
    if app.focus != Pane::Checklist {
        return Vec::new();
    }
    if app.selected_pursuit().is_some() && app.check.lines.is_empty() {
        app.notice = Some(Notice::NoPlan);
        return Vec::new();
    }
    if let Some(effects) = super::compliance::toggle(app) {
        return effects;
    }
    if app
        .check
        .selected()
        .is_some_and(|i| i.id == CHOOSE_BRANCH_ID)
    {
        return branch(app);
    }
    match super::items::editable_item(app) {
        Some(item) => super::items::toggle(app, item),
        None => Vec::new(),
    }
}

fn branch(app: &mut App) -> Vec<Effect> {
    if app.selected_pursuit().is_none() {
        app.notice = Some(Notice::NothingToTick);
        return Vec::new();
    }
    if app.read_only.is_some() {
        app.notice = Some(Notice::ReadOnly);
        return Vec::new();
    }
    let today = app.today;
    let effects = edit_pursuit(app, |p| p.cycle_branch(today)).unwrap_or_default();
    if let Some(p) = app.selected_pursuit() {
        app.notice = Some(Notice::Branch(p.branch));
    }
    effects
}

/// The pane under a cell.
fn pane_at(a: &Areas, pos: Position) -> Option<Pane> {
    [
        (a.timeline, Pane::Timeline),
        (a.checklist, Pane::Checklist),
        (a.contacts, Pane::Contacts),
    ]
    .into_iter()
    .find(|(r, _)| r.contains(pos))
    .map(|(_, p)| p)
}

fn click(app: &mut App, x: u16, y: u16) {
    if app.mode != Mode::Normal {
        if matches!(app.mode, Mode::Help | Mode::Conflicts | Mode::Opportunities) {
            app.mode = Mode::Normal;
        }
        return;
    }
    let Some(a) = areas(app) else { return };
    let pos = Position::new(x, y);
    let Some(pane) = pane_at(&a, pos) else { return };
    app.focus = pane;
    match pane {
        Pane::Timeline if app.today_view.open => {
            let rows = layout::inner(a.timeline);
            let i = app.today_view.offset + usize::from(y.saturating_sub(rows.y));
            if rows.contains(pos) && app.today_view.rows.get(i).is_some_and(|r| r.selectable()) {
                app.today_view.sel = i;
                app.sync_today();
            }
        }
        Pane::Timeline => {
            let rows = layout::timeline_rows(a.timeline);
            if rows.contains(pos) {
                let i = app.timeline.offset + usize::from(y - rows.y);
                if i < app.rows.len() {
                    app.timeline.sel = i;
                    app.sync_views();
                }
            }
        }
        Pane::Checklist => {
            let rows = layout::checklist_rows(a.checklist);
            if rows.contains(pos) {
                let line = app.check.offset + usize::from(y - rows.y);
                // A click on a sub-point selects the item it belongs to.
                if let Some(p) = app.check.selectable.iter().rposition(|&l| l <= line)
                    && line < app.check.lines.len()
                    && !matches!(
                        app.check.lines[line],
                        Line::Stage(_)
                            | Line::BranchHead
                            | Line::SubmitHead
                            | Line::Notice(_)
                            | Line::Blank
                            | Line::ComplianceHead
                            | Line::ComplianceEmpty
                    )
                {
                    app.check.sel = p;
                }
            }
        }
        Pane::Contacts => {
            let (list, _) = layout::contact_parts(a.contacts, app.contacts.order.len());
            if list.contains(pos) {
                let i = app.contacts.offset + usize::from((y - list.y) / layout::CONTACT_LINES);
                if i < app.contacts.order.len() {
                    app.contacts.sel = i;
                }
            }
        }
    }
    app.keep_cursors_visible();
}

fn wheel(app: &mut App, x: u16, y: u16, down: bool) {
    if app.mode != Mode::Normal {
        return;
    }
    let Some(a) = areas(app) else { return };
    let Some(pane) = pane_at(&a, Position::new(x, y)) else {
        return;
    };
    let by = if down { 1 } else { -1 };
    match pane {
        Pane::Timeline if app.today_view.open => {
            app.today_view.step(by);
            app.keep_today_visible();
            app.sync_today();
        }
        Pane::Timeline => {
            // Scroll the view; drag the cursor along only when it leaves it.
            let h = usize::from(layout::timeline_rows(a.timeline).height).max(1);
            let len = app.rows.len();
            let max_off = len.saturating_sub(h);
            let off = moved(app.timeline.offset, by * WHEEL_STEP as isize, max_off + 1);
            app.timeline.offset = off;
            let sel = app
                .timeline
                .sel
                .clamp(off, (off + h - 1).min(len.saturating_sub(1)));
            if sel != app.timeline.sel {
                app.timeline.sel = sel;
                app.sync_views();
            }
        }
        Pane::Checklist => {
            app.check.sel = moved(app.check.sel, by, app.check.selectable.len());
            app.keep_cursors_visible();
        }
        Pane::Contacts => {
            app.contacts.sel = moved(app.contacts.sel, by, app.contacts.order.len());
            app.keep_cursors_visible();
        }
    }
}

/// Keep `side` of the selected conflict: an ordinary undoable change.
fn settle(app: &mut App, side: crate::model::Side) -> Vec<Effect> {
    let Some(c) = app.portfolio().conflicts.get(app.conflict_sel).cloned() else {
        return Vec::new();
    };
    let mut failed = false;
    let change = app.apply(|doc| match doc.settle_conflict(&c, side) {
        Ok(change) => change,
        Err(_) => {
            failed = true;
            None
        }
    });
    let left = app.portfolio().conflicts.len();
    if failed {
        app.notice = Some(Notice::NotSettled);
    } else if change.is_some() {
        app.notice = Some(Notice::Settled(left));
    }
    app.conflict_sel = app.conflict_sel.min(left.saturating_sub(1));
    if left == 0 {
        app.mode = Mode::Normal;
    }
    if change.is_some() {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}
