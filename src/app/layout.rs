//! Screen geometry, shared by drawing and by mouse hit-testing so a click
//! lands where the eye saw the row.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the panes are replaced by a "terminal too small" message.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// Lines above the checklist's items: the pursuit's object, its J, and
/// where J comes from.
pub const CHECK_HEADER: u16 = 3;
/// Lines per contact in the contacts list.
pub const CONTACT_LINES: u16 = 3;

/// The panes and the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub timeline: Rect,
    pub checklist: Rect,
    pub contacts: Rect,
    pub status: Rect,
}

/// Where everything goes in `area`, or `None` when it is too small.
pub fn areas(area: Rect) -> Option<Areas> {
    areas_for(area, false)
}

/// The same, with the top pane given three fifths of the height when it
/// holds the Today view (its first screen must answer without scrolling).
pub fn areas_for(area: Rect, today: bool) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let body = area.height - 1;
    let share = if today { 3 } else { 2 };
    let top = ((u32::from(body) * share / 5) as u16).max(6);
    let [timeline, bottom, status] = Layout::vertical([
        Constraint::Length(top),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let [checklist, contacts] =
        Layout::horizontal([Constraint::Percentage(56), Constraint::Fill(1)]).areas(bottom);
    Some(Areas {
        timeline,
        checklist,
        contacts,
        status,
    })
}

/// Inside a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The timeline's data rows (below the axis header line).
pub fn timeline_rows(timeline: Rect) -> Rect {
    let i = inner(timeline);
    Rect::new(
        i.x,
        i.y.saturating_add(1),
        i.width,
        i.height.saturating_sub(1),
    )
}

/// The checklist's scrolling lines (below the pursuit header).
pub fn checklist_rows(checklist: Rect) -> Rect {
    let i = inner(checklist);
    Rect::new(
        i.x,
        i.y.saturating_add(CHECK_HEADER),
        i.width,
        i.height.saturating_sub(CHECK_HEADER),
    )
}

/// The contacts list and, below it, the selected contact's log.
pub fn contact_parts(contacts: Rect, count: usize) -> (Rect, Rect) {
    let i = inner(contacts);
    let wanted = u16::try_from(count.max(1))
        .unwrap_or(u16::MAX)
        .saturating_mul(CONTACT_LINES);
    let cap = ((u32::from(i.height) * 3 / 5) as u16 / CONTACT_LINES).max(1) * CONTACT_LINES;
    let list_h = wanted.min(cap).min(i.height);
    let list = Rect::new(i.x, i.y, i.width, list_h);
    let log = Rect::new(i.x, i.y + list_h, i.width, i.height - list_h);
    (list, log)
}

/// The first row to show so that `sel` is visible, moving `offset` as
/// little as possible.
pub fn keep_visible(offset: usize, sel: usize, len: usize, height: usize) -> usize {
    if height == 0 || len == 0 {
        return 0;
    }
    let max_offset = len.saturating_sub(height);
    let offset = offset.min(max_offset);
    if sel < offset {
        sel
    } else if sel >= offset + height {
        sel + 1 - height
    } else {
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_and_tiny_areas() {
        assert!(areas(Rect::new(0, 0, 0, 0)).is_none());
        assert!(areas(Rect::new(0, 0, 59, 40)).is_none());
        assert!(areas(Rect::new(0, 0, 120, 15)).is_none());
        let a = areas(Rect::new(0, 0, 60, 16)).unwrap();
        assert_eq!(a.status.y, 15);
        assert!(timeline_rows(a.timeline).height >= 3);
    }

    #[test]
    fn keep_visible_moves_least() {
        assert_eq!(keep_visible(0, 5, 100, 10), 0);
        assert_eq!(keep_visible(0, 10, 100, 10), 1);
        assert_eq!(keep_visible(20, 5, 100, 10), 5);
        assert_eq!(keep_visible(95, 99, 100, 10), 90);
        assert_eq!(keep_visible(3, 0, 0, 10), 0);
    }
}
