//! The Today view (`T`): in the top pane, what needs doing now, family by
//! family (late, this week, documents, calls, decisions, notices, J), most
//! urgent first. Each family shows as many lines as the pane has room for,
//! the rest counted on its heading, where Enter shows them. The lines come
//! from the [`TodayIndex`], kept in step per authority; a change copies only
//! the lines the pane has room for, never per frame.

use super::today_index::TodayIndex;
use super::{App, Pane, Row};
use crate::report::agenda::Line;
use crate::report::due::{Due, EntryKind, Family, Group, NO_AUTHORITY};

pub use super::today_index::WEEK;

/// A row of the Today pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodayRow {
    /// A family's heading, and how many of its lines are not shown: then
    /// Enter (or →) on it shows them all.
    Heading(Family, usize),
    /// A line (an entry, or a collapsed group), by index into `lines`.
    Line(usize),
    /// A member of an expanded group: line, position among its members.
    Member(usize, usize),
}

impl TodayRow {
    pub fn selectable(self) -> bool {
        !matches!(self, TodayRow::Heading(_, 0))
    }
}

/// The Today view's state: the lines it has room for (copied from the
/// [`TodayIndex`], with their records), its rows, and the cursor.
#[derive(Debug, Clone, Default)]
pub struct TodayView {
    pub open: bool,
    /// The records of `lines`.
    pub dues: Vec<Due>,
    /// The lines shown, each family's first ones.
    pub lines: Vec<Line>,
    /// Every non-empty family and how many lines it has in all.
    pub totals: Vec<(Family, usize)>,
    pub rows: Vec<TodayRow>,
    /// Index into `rows` (always a selectable row when there is one).
    pub sel: usize,
    pub offset: usize,
    /// Groups shown member by member.
    pub expanded: Vec<Group>,
    /// Families shown whole.
    pub whole: Vec<Family>,
}

/// How many lines each family of `totals` shows in `height` rows: every
/// family gets its heading and at least one line; more lines go, one at a
/// time, to the families in order while they fit (a family cut short says
/// so on its heading). `whole` families show every line.
fn caps_for(totals: &[(Family, usize)], height: usize, whole: &[Family]) -> Vec<usize> {
    let mut caps: Vec<usize> = totals
        .iter()
        .map(|(f, n)| if whole.contains(f) { *n } else { 1 })
        .collect();
    let used = |caps: &[usize]| -> usize { totals.iter().zip(caps).map(|(_, &c)| 1 + c).sum() };
    loop {
        let mut grew = false;
        for (n, (_, total)) in totals.iter().enumerate() {
            if caps[n] < *total {
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
    caps
}

/// Rows over `lines`, which hold, family after family, the first lines of
/// each family of `totals`: heading, lines (members of `expanded` groups
/// under theirs); the heading counts the lines not there.
fn rows_over(lines: &[Line], totals: &[(Family, usize)], expanded: &[Group]) -> Vec<TodayRow> {
    let mut rows = Vec::new();
    for &(f, total) in totals {
        let shown = lines.iter().filter(|l| l.family == f).count();
        rows.push(TodayRow::Heading(f, total.saturating_sub(shown)));
        for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.family == f) {
            rows.push(TodayRow::Line(i));
            if line.members.len() > 1 && line.group.is_some_and(|g| expanded.contains(&g)) {
                rows.extend((0..line.members.len()).map(|m| TodayRow::Member(i, m)));
            }
        }
    }
    rows
}

/// Rows for `lines` (every line of every family) in `height` rows.
#[cfg(test)]
fn rows_for(lines: &[Line], height: usize, whole: &[Family], expanded: &[Group]) -> Vec<TodayRow> {
    let totals: Vec<(Family, usize)> = Family::ALL
        .into_iter()
        .map(|f| (f, lines.iter().filter(|l| l.family == f).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let caps = caps_for(&totals, height, whole);
    let mut kept: Vec<Line> = Vec::new();
    let mut index: Vec<usize> = Vec::new();
    for ((f, _), cap) in totals.iter().zip(&caps) {
        for (i, l) in lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.family == *f)
            .take(*cap)
        {
            kept.push(l.clone());
            index.push(i);
        }
    }
    rows_over(&kept, &totals, expanded)
        .into_iter()
        .map(|r| match r {
            TodayRow::Line(i) => TodayRow::Line(index[i]),
            TodayRow::Member(i, m) => TodayRow::Member(index[i], m),
            other => other,
        })
        .collect()
}

/// Copy the first `caps` lines of each family of `index` (with their
/// records) into `dues` and `lines`.
fn copy_lines(index: &TodayIndex, records: &[Vec<Due>], caps: &[usize]) -> (Vec<Due>, Vec<Line>) {
    let mut dues = Vec::new();
    let mut lines = Vec::new();
    for ((f, range), &cap) in index.families().into_iter().zip(caps) {
        for l in &index.lines[range.start..range.start + cap.min(range.len())] {
            let first = dues.len();
            dues.extend(l.members.iter().filter_map(|&m| index.due(records, l, m)));
            lines.push(Line {
                family: f,
                urgency: l.urgency(),
                members: (first..dues.len()).collect(),
                group: l.group,
            });
        }
    }
    (dues, lines)
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
        let height = self.today_rows_height();
        let scope = self.today_scope().map(str::to_string);
        self.derived
            .ensure_today_index(self.doc.portfolio(), self.today, scope.as_deref());
        let Some(index) = &self.derived.today_index else {
            return;
        };
        let v = &mut self.today_view;
        v.totals = index
            .families()
            .into_iter()
            .map(|(f, r)| (f, r.len()))
            .collect();
        let caps = caps_for(&v.totals, height, &v.whole);
        let (dues, lines) = copy_lines(index, &self.derived.dues, &caps);
        v.rows = rows_over(&lines, &v.totals, &v.expanded);
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
        let top = if v.sel > 0 && matches!(v.rows[v.sel - 1], TodayRow::Heading(..)) {
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
            // On the most urgent line, not on a heading.
            let v = &mut self.today_view;
            if let Some(i) = v.rows.iter().position(|r| matches!(r, TodayRow::Line(_))) {
                v.sel = i;
            }
            self.keep_today_visible();
            self.focus = Pane::Timeline;
            self.sync_today();
        }
    }

    /// Enter on a Today row: a heading shows its family whole; a call
    /// goes to the person in the contacts pane, anything else to the
    /// pursuit's checklist on its item.
    pub fn today_enter(&mut self) {
        let v = &mut self.today_view;
        if let Some(TodayRow::Heading(f, 1..)) = v.rows.get(v.sel).copied() {
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

    /// → opens the group under the cursor (or the family under a heading),
    /// ← closes it again.
    pub fn today_expand(&mut self, open: bool) {
        let v = &mut self.today_view;
        let line = match v.rows.get(v.sel).copied() {
            Some(TodayRow::Line(l) | TodayRow::Member(l, _)) => l,
            Some(TodayRow::Heading(f, 1..)) if open => {
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
