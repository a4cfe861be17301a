//! The tracker's state and its pure update: no terminal, no files. Keys
//! become [`Msg`]s through the [`keymap`], [`update`] applies them and
//! returns [`Effect`]s for the edge (`crate::tui`) to perform.

pub mod action;
pub mod check_line;
pub mod checklist;
pub mod compliance;
pub mod compliance_state;
pub mod compliance_view;
pub mod conflict;
pub mod contacts;
pub mod deletion;
pub mod departements;
pub mod derived;
pub mod edit;
pub mod items;
pub mod keymap;
pub mod layout;
pub mod msg;
mod rules;
mod target;
#[cfg(test)]
mod test_keys;
pub mod today;
pub mod today_index;
mod undo;
mod update;

use std::sync::Arc;

use chrono::NaiveDate;

pub use checklist::CheckView;
pub use contacts::ContactView;
pub use derived::{Derived, OwnerFilter, Row, SortKey};
pub use keymap::Action;
pub use msg::{Effect, Msg};
pub use today::{TodayRow, TodayView};
pub use update::update;

use crate::i18n::Lang;
use crate::model::doc::{Change, Document};
use crate::model::text::Query;
use crate::model::{Authority, Branch, Portfolio, Pursuit};

/// The three panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Timeline,
    Checklist,
    Contacts,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Timeline, Pane::Checklist, Pane::Contacts];

    pub fn next(self) -> Pane {
        match self {
            Pane::Timeline => Pane::Checklist,
            Pane::Checklist => Pane::Contacts,
            Pane::Contacts => Pane::Timeline,
        }
    }

    pub fn prev(self) -> Pane {
        self.next().next()
    }
}

/// What the keys currently drive.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Normal,
    /// Typing into the timeline filter.
    Filter,
    /// The `?` overlay.
    Help,
    /// The merge conflicts list (`X`).
    Conflicts,
    /// The BOAMP opportunities overlay (`O` on the timeline).
    Opportunities,
    /// Quitting would lose changes that could not be saved (`App::save`
    /// says why). `retry` when a save failed: it may work now (space
    /// freed); never for a file changed on disk, which a retry never
    /// overwrites.
    ConfirmQuit { retry: bool },
    /// A form is open (`App::form` holds it).
    Form,
    /// A delete waits for y/N.
    ConfirmDelete(deletion::Deletion),
    /// Ticking "je soumissionne" on a pursuit not ready to file waits for
    /// y/N; the lines say what is missing.
    ConfirmSubmit(Vec<String>),
    /// The standing-documents list, cursor on this document.
    Documents(usize),
    /// The file changed on disk: reload theirs, keep mine, or save a copy.
    Conflict(conflict::Conflict),
}

/// Timeline scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zoom {
    Weeks,
    Months,
    #[default]
    Year,
}

impl Zoom {
    /// Days one column of the bar stands for.
    pub fn days_per_column(self) -> i64 {
        match self {
            Zoom::Weeks => 1,
            Zoom::Months => 3,
            Zoom::Year => 8,
        }
    }

    pub fn zoom_in(self) -> Zoom {
        match self {
            Zoom::Year => Zoom::Months,
            _ => Zoom::Weeks,
        }
    }

    pub fn zoom_out(self) -> Zoom {
        match self {
            Zoom::Weeks => Zoom::Months,
            _ => Zoom::Year,
        }
    }
}

/// Why the file is open read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// Written by a newer retroplan: never overwritten.
    NewerVersion,
    /// Another retroplan holds the lock.
    Locked,
    /// The lock file could not be made (a read-only file system, no free
    /// inode, a folder we may not write): no save could succeed either.
    CannotWrite(std::io::ErrorKind),
}

/// Where the autosave stands (worded by the UI).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveState {
    #[default]
    Clean,
    /// Submitted, not yet confirmed on disk.
    Pending,
    Failed(crate::store::StoreError),
    /// Someone else changed the file: ours was not written.
    ChangedOnDisk,
}

/// A transient message for the status bar (worded by the UI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Ticked(&'static str),
    Unticked(&'static str),
    /// Marked not applicable.
    NotApplicable(&'static str),
    /// Counts again.
    Applicable(&'static str),
    Branch(Branch),
    ReadOnly,
    NothingToTick,
    NoPlan,
    Sort(SortKey),
    Zoom(Zoom),
    /// The rule set now in force.
    Rules(crate::model::RuleSet),
    Saved,
    /// The key needs a selection (an authority, a pursuit, a contact) there is not.
    NothingSelected,
    Deleted,
    Undone,
    Redone,
    NothingToUndo,
    NothingToRedo,
    /// `m`: only the user's and nobody's (true), or everything.
    Mine(bool),
    /// First run: an empty portfolio was created at this path.
    Created(String),
    /// Requirements and standing documents (issue 13).
    Compliance(compliance::Said),
    /// A merge conflict was settled; this many remain.
    Settled(usize),
    /// The conflict could not be settled (its record is gone, or the value
    /// no longer fits).
    NotSettled,
    /// A synced folder left this many conflict copies beside the file.
    ConflictCopies(usize),
    /// The file changed on disk; ours was saved over it, theirs kept here.
    TheirsKept(String),
    /// Ours was saved as this copy, and the file on disk reloaded.
    MineCopied(String),
    /// The file on disk was reloaded; ours is gone.
    Reloaded,
}

/// The selected row by ids: an authority, and the pursuit when on one.
type Anchor = (String, Option<String>);

/// A cursor over rows of a pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub sel: usize,
    pub offset: usize,
}

/// Everything the screen shows, and nothing about the terminal.
#[derive(Debug, Clone)]
pub struct App {
    /// The portfolio and its undo history: read it with [`App::portfolio`],
    /// change it with [`App::apply`] only.
    doc: Document,
    pub lang: Lang,
    pub today: NaiveDate,
    /// False under `NO_COLOR`: states are then told by symbol only.
    pub color: bool,
    /// A temporary copy of the example portfolio.
    pub demo: bool,
    pub read_only: Option<ReadOnly>,
    /// Terminal size in cells, from the last resize.
    pub size: (u16, u16),
    pub focus: Pane,
    pub mode: Mode,
    pub sort: SortKey,
    pub zoom: Zoom,
    /// Days the timeline is scrolled from its home position (`t` resets).
    pub time_shift: i64,
    pub filter: String,
    /// `filter` folded for matching.
    query: Query,
    pub derived: Derived,
    pub rows: Vec<Row>,
    pub timeline: Cursor,
    pub check: CheckView,
    pub contacts: ContactView,
    pub save: SaveState,
    pub notice: Option<Notice>,
    /// The selected line of the conflicts list.
    pub conflict_sel: usize,
    /// The open form, while `mode` is `Mode::Form`.
    pub form: Option<Box<crate::forms::Form>>,
    /// The Today view (`T`), in the top pane when open.
    pub today_view: TodayView,
    /// Who uses this machine (issue 17): recorded on ticks and logged
    /// exchanges, and what "mine" means. Empty when unknown.
    pub user: String,
    /// Whose pursuits the timeline lists (`m`, and `@name` after `/`).
    pub owners: OwnerFilter,
    /// The Today view shows everyone's records (`m` there), not only the
    /// user's and nobody's.
    pub today_all: bool,
}

impl App {
    /// The app on `portfolio`, cursor on the first row.
    pub fn new(portfolio: Portfolio, lang: Lang, today: NaiveDate) -> App {
        let derived = Derived::build(&portfolio, today, lang);
        let mut app = App {
            doc: Document::new(portfolio).with_today(today),
            lang,
            today,
            color: true,
            demo: false,
            read_only: None,
            size: (0, 0),
            focus: Pane::Timeline,
            mode: Mode::Normal,
            sort: SortKey::default(),
            zoom: Zoom::default(),
            time_shift: 0,
            filter: String::new(),
            query: Query::default(),
            derived,
            rows: Vec::new(),
            timeline: Cursor::default(),
            check: CheckView::default(),
            contacts: ContactView::default(),
            save: SaveState::Clean,
            notice: None,
            conflict_sel: 0,
            form: None,
            today_view: TodayView::default(),
            user: String::new(),
            owners: OwnerFilter::default(),
            today_all: false,
        };
        app.rows = app.derived.rows(app.doc.portfolio(), app.sort, &app.query);
        // Open on the first pursuit rather than its authority's header.
        app.timeline.sel = app
            .rows
            .iter()
            .position(|r| matches!(r, Row::Pursuit(..)))
            .unwrap_or(0);
        app.sync_views();
        app
    }

    /// The portfolio, to read.
    pub fn portfolio(&self) -> &Portfolio {
        self.doc.portfolio()
    }

    /// The portfolio with its history, to read (positions by id, undo state).
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// What the autosave writes: shares every authority with the app, so
    /// it costs a pointer per authority.
    pub fn snapshot(&self) -> Arc<Portfolio> {
        self.doc.snapshot()
    }

    /// The one way the app changes the portfolio: `edit` makes one change
    /// through the [`Document`] (an `edit_*` method, `undo`, `redo`, ...)
    /// and returns what it changed; derived data, rows and views are then
    /// brought up to date from that [`Change`], and the autosave is due.
    /// Returns the change, or `None` when nothing changed or the file is
    /// read-only (the notice then says so).
    ///
    /// ```ignore
    /// let (a, p) = app.selected_row()?.pursuit()?;
    /// app.apply(|doc| doc.edit_pursuit(a, p, |p| p.object = "Voirie".into()));
    /// ```
    pub fn apply(&mut self, edit: impl FnOnce(&mut Document) -> Option<Change>) -> Option<Change> {
        if self.read_only.is_some() {
            self.notice = Some(Notice::ReadOnly);
            return None;
        }
        let anchor = self.anchor();
        let change = edit(&mut self.doc)?;
        self.refresh(&change, anchor);
        self.save = SaveState::Pending;
        Some(change)
    }

    /// The selected pursuit or authority: the timeline's, or the Today
    /// view's when it is open.
    pub fn selected_row(&self) -> Option<Row> {
        if self.today_view.open {
            return self.today_row();
        }
        self.rows.get(self.timeline.sel).copied()
    }

    /// Where the panes are at the current size, in the current view.
    /// Text width of the checklist's rows on the current screen (0 before
    /// the first resize): the checklist wraps the hypothesis text to it.
    pub fn check_width(&self) -> usize {
        self.areas().map_or(0, |a| {
            usize::from(layout::checklist_rows(a.checklist).width)
        })
    }

    /// Rebuild the checklist for a new width, keeping its cursor and scroll.
    pub(crate) fn rewrap_check(&mut self) {
        let width = self.check_width();
        if self.check.width == width {
            return;
        }
        let anchor = self.check.anchor();
        let offset = self.check.offset;
        // The top line stays on top: a wrapped one from its first part.
        let top = self.check.lines.get(offset).map(|l| l.first_part());
        let target = self.check.target;
        self.check = CheckView::build(self.doc.portfolio(), target, self.today, self.lang, width);
        if let Some(anchor) = anchor {
            self.check.restore(&anchor);
        }
        self.check.offset = top
            .and_then(|top| self.check.lines.iter().position(|l| *l == top))
            .unwrap_or(offset);
    }

    pub fn areas(&self) -> Option<layout::Areas> {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        layout::areas_for(area, self.today_view.open)
    }

    pub fn selected_authority(&self) -> Option<&Authority> {
        self.portfolio()
            .authorities
            .get(self.selected_row()?.authority())
    }

    pub fn selected_pursuit(&self) -> Option<&Pursuit> {
        let (a, p) = self.selected_row()?.pursuit()?;
        self.portfolio().authorities.get(a)?.pursuits.get(p)
    }

    /// The filter, as matched against the search text.
    pub fn query(&self) -> &Query {
        &self.query
    }

    pub(crate) fn set_filter(&mut self, text: String) {
        let (words, at) = derived::split_owner(&text);
        self.query = Query::new(&words);
        self.owners.at = at;
        self.filter = text;
        self.rebuild_rows();
        // The authority may be the same, its matching person another.
        self.follow_filter_contact();
    }

    /// The person of the selected authority the filter found, if the
    /// filter found them rather than the authority itself (in display
    /// order, so the decision-maker wins a tie).
    pub fn filter_contact(&self) -> Option<usize> {
        if self.query.is_empty() {
            return None;
        }
        let a = self.portfolio().authorities.get(self.contacts.authority?)?;
        self.contacts.order.iter().copied().find(|&c| {
            a.contacts
                .get(c)
                .is_some_and(|c| self.query.found_in(&derived::contact_search_of(c)))
        })
    }

    /// Whether the filter finds the selected authority by its own words
    /// (name, town, pursuits) rather than only by one of its people.
    pub fn filter_finds_authority(&self) -> bool {
        self.selected_authority()
            .is_some_and(|a| self.query.found_in(&derived::own_search_of(a, self.lang)))
    }

    /// Put the contacts cursor on the person the filter found.
    fn follow_filter_contact(&mut self) {
        if let Some(c) = self.filter_contact()
            && let Some(pos) = self.contacts.order.iter().position(|&o| o == c)
        {
            self.contacts.sel = pos;
            self.contacts.log = None;
            self.keep_cursors_visible();
        }
    }

    /// Set who uses this machine (the tracker does it once, at start).
    pub fn set_user(&mut self, user: String) {
        self.user = user;
        self.sync_count_scope();
        if self.owners.mine.is_some() {
            self.owners.mine = Some(self.user.clone());
        }
        self.rebuild_rows();
    }

    /// The status bar counts what the Today view lists: the user's and
    /// nobody's, or everyone's after `m` there (or with no user known).
    pub(crate) fn sync_count_scope(&mut self) {
        let scope = self.today_scope().map(str::to_string);
        self.derived
            .set_count_scope(self.doc.portfolio(), scope.as_deref());
    }

    /// Whose records the Today view and the counts keep: the user's and
    /// nobody's, or everyone's after `m` (or while no user is known).
    pub fn today_scope(&self) -> Option<&str> {
        (!self.today_all && !self.user.is_empty()).then_some(self.user.as_str())
    }

    /// `m`: in the Today view, everyone's records or only the user's and
    /// nobody's; on the timeline, only the user's and nobody's pursuits
    /// or everything.
    pub fn toggle_mine(&mut self) {
        let mine = if self.today_view.open {
            self.today_all = !self.today_all;
            self.sync_count_scope();
            self.rebuild_today();
            self.sync_today();
            !self.today_all
        } else {
            self.owners.mine = match self.owners.mine {
                Some(_) => None,
                None => Some(self.user.clone()),
            };
            self.rebuild_rows();
            self.owners.mine.is_some()
        };
        self.notice = Some(Notice::Mine(mine));
    }

    /// Ids of the selected row, to find it again after rows change.
    fn anchor(&self) -> Option<Anchor> {
        let row = self.selected_row()?;
        let a = self.portfolio().authorities.get(row.authority())?;
        let p = row
            .pursuit()
            .and_then(|(_, p)| a.pursuits.get(p))
            .map(|p| p.id.clone());
        Some((a.id.clone(), p))
    }

    /// Recompute the rows (sort, filter or structure changed), keeping the
    /// cursor on the same authority or pursuit when it is still listed.
    pub fn rebuild_rows(&mut self) {
        let anchor = self.anchor();
        self.relist(anchor);
    }

    /// Recompute the rows and put the cursor back on `anchor` (ids taken
    /// before positions may have moved), or near where it was.
    fn relist(&mut self, anchor: Option<Anchor>) {
        if !self.query.is_empty() {
            self.derived.ensure_search(self.doc.portfolio(), self.lang);
        }
        self.rows =
            self.derived
                .rows_owned(self.doc.portfolio(), self.sort, &self.query, &self.owners);
        let wanted = anchor.and_then(|(aid, pid)| {
            let a = self.doc.position(&aid)?;
            let p = pid.and_then(|pid| self.doc.pursuit_position(a, &pid));
            Some((a, p))
        });
        let find = |want: Row| self.rows.iter().position(|r| *r == want);
        let sel = wanted
            .and_then(|(a, p)| {
                p.and_then(|p| find(Row::Pursuit(a, p)))
                    .or_else(|| find(Row::Authority(a)))
            })
            .unwrap_or(self.timeline.sel.min(self.rows.len().saturating_sub(1)));
        self.timeline.sel = sel;
        self.timeline.offset = 0;
        self.sync_views();
        self.keep_cursors_visible();
        if self.today_view.open {
            self.rebuild_today();
            self.sync_views();
        }
    }

    /// Rebuild the checklist and contacts views when the selection moved to
    /// another pursuit or authority.
    pub(crate) fn sync_views(&mut self) {
        let row = self.selected_row();
        let target = row.and_then(Row::pursuit);
        if self.check.target != target || (target.is_none() && !self.check.lines.is_empty()) {
            self.check = CheckView::build(
                self.doc.portfolio(),
                target,
                self.today,
                self.lang,
                self.check_width(),
            );
        }
        let authority = row.map(Row::authority);
        if self.contacts.authority != authority {
            self.contacts = ContactView::build(
                authority,
                authority.and_then(|a| self.doc.portfolio().authorities.get(a)),
            );
            self.follow_filter_contact();
        }
    }

    /// Bring derived data, rows and views up to date after `change`; the
    /// cursors stay on what they were on (`anchor` for the timeline).
    fn refresh(&mut self, change: &Change, anchor: Option<Anchor>) {
        let (p, today, lang) = (self.doc.portfolio(), self.today, self.lang);
        let relist = match change {
            Change::Updated { index, relist, .. } => {
                self.derived.refresh(p, *index, today, lang);
                *relist
            }
            Change::Inserted { index, .. } => {
                self.derived.insert(p, *index, today, lang);
                true
            }
            Change::Removed { index, .. } => {
                self.derived.remove(*index);
                true
            }
            Change::Portfolio => {
                let scope = self.derived.count_scope.take();
                self.derived = Derived::build(p, today, lang);
                self.derived.set_count_scope(p, scope.as_deref());
                true
            }
        };
        let item = self.check.anchor();
        let pursuit = self.selected_pursuit().map(|p| p.id.clone());
        // Under the Today view the checklist stays on the pursuit just
        // edited (positions do not move on an update), wherever the Today
        // cursor goes once its item is done.
        let kept = match change {
            Change::Updated { .. } if self.today_view.open => self.check.target,
            _ => None,
        };
        let check_offset = self.check.offset;
        let (contact, log) = (self.contacts.sel, self.contacts.log);
        if relist {
            self.relist(anchor);
        }
        // Positions under the views may have moved: rebuild both.
        let row = match kept {
            Some((a, p)) => Some(Row::Pursuit(a, p)),
            None => self.selected_row(),
        };
        let width = self.check_width();
        let p = self.doc.portfolio();
        self.check = CheckView::build(p, row.and_then(Row::pursuit), today, lang, width);
        if let Some(anchor) = item {
            self.check.restore(&anchor);
        }
        if kept.is_some()
            || pursuit.is_some() && self.selected_pursuit().map(|p| &p.id) == pursuit.as_ref()
        {
            self.check.offset = check_offset;
        }
        let authority = row.map(Row::authority);
        self.contacts = ContactView::build(authority, authority.and_then(|a| p.authorities.get(a)));
        self.contacts.sel = contact.min(self.contacts.order.len().saturating_sub(1));
        let log_len = edit::log_len(self);
        self.contacts.log = log.filter(|_| log_len > 0).map(|at| at.min(log_len - 1));
        self.keep_cursors_visible();
        self.rebuild_today();
    }

    /// Move each pane's scroll offset so its cursor is on screen.
    pub(crate) fn keep_cursors_visible(&mut self) {
        // A new screen size (or the Today pane) may change the checklist's width.
        self.rewrap_check();
        let Some(areas) = self.areas() else {
            return;
        };
        let h = usize::from(layout::timeline_rows(areas.timeline).height);
        self.timeline.offset =
            layout::keep_visible(self.timeline.offset, self.timeline.sel, self.rows.len(), h);
        let h = usize::from(layout::checklist_rows(areas.checklist).height);
        if let Some(line) = self.check.selected_line() {
            let span = self.check.selected_span();
            let len = self.check.lines.len();
            // Keep the item's sub-points in view too when they fit.
            let last = (line + span - 1).min(len.saturating_sub(1));
            let off = layout::keep_visible(self.check.offset, last, len, h);
            let mut off = layout::keep_visible(off, line, len, h);
            // Not from the middle of a wrapped sentence: from its next line.
            while off < line
                && self
                    .check
                    .lines
                    .get(off)
                    .is_some_and(|l| *l != l.first_part())
            {
                off += 1;
            }
            self.check.offset = off;
        }
        let (list, _) = layout::contact_parts(areas.contacts, self.contacts.order.len());
        let h = usize::from(list.height / layout::CONTACT_LINES);
        self.contacts.offset = layout::keep_visible(
            self.contacts.offset,
            self.contacts.sel,
            self.contacts.order.len(),
            h,
        );
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[path = "owners_tests.rs"]
mod owners_tests;
