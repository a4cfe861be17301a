//! The Today view (`T`): in the top pane, what needs doing now, family by
//! family (late, this week, documents, calls, decisions, notices, J), most
//! urgent first. Built from the per-authority records in [`Derived`] once
//! per change, never per frame; each family shows as many lines as the
//! pane has room for, the rest behind a "… N more" line that Enter opens.
//!
//! [`Derived`]: super::Derived

use chrono::{Days, NaiveDate};

use super::{App, Pane, Row};
use crate::report::agenda::{Line, lines_of};
use crate::report::due::{Due, EntryKind, Family, Group, NO_AUTHORITY};

/// Days "this week" spans (windows opening or closing, follow-ups ahead).
pub const WEEK: u64 = 7;

/// A row of the Today pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodayRow {
    Heading(Family),
    /// A line (an entry, or a collapsed group), by index into `lines`.
    Line(usize),
    /// A member of an expanded group: line, position among its members.
    Member(usize, usize),
    /// "… N more" under a family cut short.
    More(Family, usize),
}

impl TodayRow {
    pub fn selectable(self) -> bool {
        !matches!(self, TodayRow::Heading(_))
    }
}

/// The Today view's state: its records, lines and rows, and the cursor.
#[derive(Debug, Clone, Default)]
pub struct TodayView {
    pub open: bool,
    pub dues: Vec<Due>,
    pub lines: Vec<Line>,
    pub rows: Vec<TodayRow>,
    /// Index into `rows` (always a selectable row when there is one).
    pub sel: usize,
    pub offset: usize,
    /// Groups shown member by member.
    pub expanded: Vec<Group>,
    /// Families shown whole.
    pub whole: Vec<Family>,
}

/// What the Today view keeps of `d` (the records look 30 days ahead; the
/// week's windows and follow-ups only 7).
fn shown(d: &Due, today: NaiveDate) -> bool {
    let week = today.checked_add_days(Days::new(WEEK)).unwrap_or(today);
    match d.family(today) {
        Family::Due => d.date <= week,
        Family::Calls => d.kind != EntryKind::FollowUp || d.date <= week,
        _ => true,
    }
}

/// Rows for `lines` in `height` rows: every non-empty family gets its
/// heading and at least one line; more lines go, one at a time, to the
/// families in the order of `Family::ALL` while they fit. `whole` families
/// show every line.
fn rows_for(lines: &[Line], height: usize, whole: &[Family], expanded: &[Group]) -> Vec<TodayRow> {
    let families: Vec<(Family, Vec<usize>)> = Family::ALL
        .into_iter()
        .map(|f| {
            (
                f,
                (0..lines.len())
                    .filter(|&i| lines[i].family == f)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let mut caps: Vec<usize> = families
        .iter()
        .map(|(f, l)| if whole.contains(f) { l.len() } else { 1 })
        .collect();
    let used = |caps: &[usize]| -> usize {
        families
            .iter()
            .zip(caps)
            .map(|((_, l), &c)| 1 + c + usize::from(c < l.len()))
            .sum()
    };
    loop {
        let mut grew = false;
        for (n, (_, l)) in families.iter().enumerate() {
            if caps[n] < l.len() {
                caps[n] += 1;
                if used(&caps) <= height {
                    grew = true;
                } else {
                    caps[n] -= 1;
                }
            }
        }
        if !grew {
            break;
        }
    }
    let mut rows = Vec::new();
    for ((f, l), cap) in families.iter().zip(caps) {
        rows.push(TodayRow::Heading(*f));
        for &i in l.iter().take(cap) {
            rows.push(TodayRow::Line(i));
            let line = &lines[i];
            if line.members.len() > 1 && line.group.is_some_and(|g| expanded.contains(&g)) {
                rows.extend((0..line.members.len()).map(|m| TodayRow::Member(i, m)));
            }
        }
        if cap < l.len() {
            rows.push(TodayRow::More(*f, l.len() - cap));
        }
    }
    rows
}

impl TodayView {
    /// The record under the cursor: a line's lead, or a member.
    pub fn selected(&self) -> Option<&Due> {
        match self.rows.get(self.sel)? {
            TodayRow::Line(l) => self.dues.get(*self.lines.get(*l)?.members.first()?),
            TodayRow::Member(l, m) => self.dues.get(*self.lines.get(*l)?.members.get(*m)?),
            _ => None,
        }
    }

    /// The record of a row, for drawing.
    pub fn due_of(&self, row: TodayRow) -> Option<&Due> {
        match row {
            TodayRow::Line(l) => self.dues.get(*self.lines.get(l)?.members.first()?),
            TodayRow::Member(l, m) => self.dues.get(*self.lines.get(l)?.members.get(m)?),
            _ => None,
        }
    }

    /// Move the cursor by `by` selectable rows (clamped).
    pub fn step(&mut self, by: isize) {
        let selectable: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].selectable())
            .collect();
        if selectable.is_empty() {
            self.sel = 0;
            return;
        }
        let at = selectable.iter().position(|&i| i >= self.sel).unwrap_or(0);
        let to = if by < 0 {
            at.saturating_sub(by.unsigned_abs())
        } else {
            at.saturating_add(by.unsigned_abs())
                .min(selectable.len() - 1)
        };
        self.sel = selectable[to];
    }

    /// Identifies the selection across rebuilds.
    fn anchor(&self) -> Option<Anchor> {
        self.selected().map(anchor_of)
    }
}

/// What a record is about: authority, pursuit, contact, item, kind.
type Anchor = (
    u32,
    Option<u32>,
    Option<u32>,
    Option<&'static str>,
    EntryKind,
);

fn anchor_of(d: &Due) -> Anchor {
    (d.authority, d.pursuit, d.contact, d.item, d.kind)
}

impl App {
    /// Recompute the Today list from the derived records (after a change,
    /// a resize, an expansion), keeping the cursor on the same thing.
    pub fn rebuild_today(&mut self) {
        if !self.today_view.open {
            return;
        }
        let anchor = self.today_view.anchor();
        let old_sel = self.today_view.sel;
        let today = self.today;
        // Records keep the authority's position of the day they were made:
        // set it again, authorities may have been inserted or removed since.
        let dues: Vec<Due> = self
            .derived
            .dues
            .iter()
            .enumerate()
            .flat_map(|(a, list)| list.iter().map(move |d| d.at(a)))
            .filter(|d| shown(d, today))
            .chain(crate::report::agenda_compliance::document_dues(
                self.portfolio(),
                today,
            ))
            .collect();
        let lines = lines_of(&dues, today, &[], |_| true);
        let height = self.today_rows_height();
        let v = &mut self.today_view;
        v.rows = rows_for(&lines, height, &v.whole, &v.expanded);
        v.lines = lines;
        v.dues = dues;
        let find = |same: &dyn Fn(&Due) -> bool| {
            (0..v.rows.len()).find(|&i| v.due_of(v.rows[i]).is_some_and(same))
        };
        // The same thing, else something of the same pursuit (its item
        // was just ticked), else the same place.
        let found = anchor.and_then(|a| {
            find(&|d| anchor_of(d) == a)
                .or_else(|| find(&|d| a.1.is_some() && (d.authority, d.pursuit) == (a.0, a.1)))
        });
        v.sel = found.unwrap_or(old_sel.min(v.rows.len().saturating_sub(1)));
        if v.rows.get(v.sel).is_some_and(|r| !r.selectable()) {
            v.step(0);
        }
        self.keep_today_visible();
    }

    /// Rows the Today pane shows at the current size.
    fn today_rows_height(&self) -> usize {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        super::layout::areas_for(area, true)
            .map_or(20, |a| usize::from(super::layout::inner(a.timeline).height))
    }

    pub(crate) fn keep_today_visible(&mut self) {
        let h = self.today_rows_height();
        let v = &mut self.today_view;
        // Keep the family's heading in view above its first line.
        let top = if v.sel > 0 && !v.rows[v.sel - 1].selectable() {
            v.sel - 1
        } else {
            v.sel
        };
        let off = super::layout::keep_visible(v.offset, v.sel, v.rows.len(), h);
        v.offset = off.min(top);
    }

    /// The timeline row the Today selection is about (the bottom panes
    /// follow it).
    pub(crate) fn today_row(&self) -> Option<Row> {
        let d = self.today_view.selected()?;
        if d.authority == NO_AUTHORITY {
            return None;
        }
        let a = d.authority as usize;
        Some(match d.pursuit {
            Some(p) => Row::Pursuit(a, p as usize),
            None => Row::Authority(a),
        })
    }

    /// After the Today cursor moved: the checklist shows the pursuit with
    /// the item selected, the contacts pane the person.
    pub(crate) fn sync_today(&mut self) {
        self.sync_views();
        let Some(d) = self.today_view.selected().copied() else {
            return;
        };
        if let Some(item) = d.item {
            self.check.reselect(item);
        }
        if let Some(c) = d.contact
            && let Some(pos) = self.contacts.order.iter().position(|&o| o == c as usize)
        {
            self.contacts.sel = pos;
            self.contacts.log = None;
        }
        self.keep_cursors_visible();
    }

    /// `T`: open the Today view, or go back to the timeline on the same
    /// pursuit.
    pub fn toggle_today(&mut self) {
        if self.today_view.open {
            let row = self.today_row();
            self.today_view.open = false;
            if let Some(row) = row
                && let Some(i) = self.rows.iter().position(|r| *r == row)
            {
                self.timeline.sel = i;
            }
            self.sync_views();
            self.keep_cursors_visible();
        } else {
            self.today_view.open = true;
            self.today_view.sel = 0;
            self.today_view.offset = 0;
            self.rebuild_today();
            self.focus = Pane::Timeline;
            self.sync_today();
        }
    }

    /// Enter on a Today row: a "more" line shows its family whole; a call
    /// goes to the person in the contacts pane, anything else to the
    /// pursuit's checklist on its item.
    pub fn today_enter(&mut self) {
        let v = &mut self.today_view;
        if let Some(TodayRow::More(f, _)) = v.rows.get(v.sel).copied() {
            v.whole.push(f);
            self.rebuild_today();
            return;
        }
        let Some(d) = self.today_view.selected().copied() else {
            return;
        };
        self.sync_today();
        if d.contact.is_some() && d.family(self.today) == Family::Calls {
            self.focus = Pane::Contacts;
        } else if d.pursuit.is_some() {
            self.focus = Pane::Checklist;
        }
    }

    /// → opens the group under the cursor (or the family's "more" line),
    /// ← closes it again.
    pub fn today_expand(&mut self, open: bool) {
        let v = &mut self.today_view;
        let line = match v.rows.get(v.sel).copied() {
            Some(TodayRow::Line(l) | TodayRow::Member(l, _)) => l,
            Some(TodayRow::More(f, _)) if open => {
                v.whole.push(f);
                self.rebuild_today();
                return;
            }
            _ => return,
        };
        let Some(g) = v.lines.get(line).and_then(|l| l.group) else {
            return;
        };
        if open && !v.expanded.contains(&g) {
            v.expanded.push(g);
        } else if !open {
            v.expanded.retain(|x| *x != g);
            // Back on the group's own line.
            if let Some(i) = v.rows.iter().position(|r| *r == TodayRow::Line(line)) {
                v.sel = i;
            }
        }
        self.rebuild_today();
    }
}

#[cfg(test)]
#[path = "today_tests.rs"]
mod tests;
