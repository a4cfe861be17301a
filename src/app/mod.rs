//! The tracker's state and its pure update: no terminal, no files. Keys
//! become [`Msg`]s through the [`keymap`], [`update`] applies them and
//! returns [`Effect`]s for the edge (`crate::tui`) to perform.

pub mod checklist;
pub mod compliance;
pub mod compliance_view;
pub mod contacts;
pub mod departements;
pub mod derived;
pub mod edit;
pub mod keymap;
pub mod layout;
pub mod msg;
mod rules;
mod update;

use chrono::NaiveDate;

pub use checklist::CheckView;
pub use contacts::ContactView;
pub use derived::{Derived, Row, SortKey};
pub use keymap::Action;
pub use msg::{Effect, Msg};
pub use update::update;

use crate::i18n::Lang;
use crate::model::history::History;
use crate::model::text::fold;
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
    /// Quitting would lose changes that could not be saved (the reason).
    ConfirmQuit(String),
    /// A form is open (`App::form` holds it).
    Form,
    /// A delete waits for y/N.
    ConfirmDelete(edit::PendingDelete),
    /// Ticking "je soumissionne" on a pursuit not ready to file waits for
    /// y/N; the lines say what is missing.
    ConfirmSubmit(Vec<String>),
    /// The standing-documents list, cursor on this document.
    Documents(usize),
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
}

/// Where the autosave stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveState {
    #[default]
    Clean,
    /// Submitted, not yet confirmed on disk.
    Pending,
    Failed(String),
    /// Someone else changed the file: ours was not written.
    ChangedOnDisk,
}

/// A transient message for the status bar (worded by the UI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Ticked(&'static str),
    Unticked(&'static str),
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
    /// First run: an empty portfolio was created at this path.
    Created(String),
    /// Requirements and standing documents (issue 13).
    Compliance(compliance::Said),
}

/// A cursor over rows of a pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub sel: usize,
    pub offset: usize,
}

/// Everything the screen shows, and nothing about the terminal.
#[derive(Debug, Clone)]
pub struct App {
    pub portfolio: Portfolio,
    /// Every change goes through here so it can be undone (issue 5).
    pub history: History,
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
    filter_folded: String,
    pub derived: Derived,
    pub rows: Vec<Row>,
    pub timeline: Cursor,
    pub check: CheckView,
    pub contacts: ContactView,
    pub save: SaveState,
    pub notice: Option<Notice>,
    /// The open form, while `mode` is `Mode::Form`.
    pub form: Option<Box<crate::forms::Form>>,
}

impl App {
    /// The app on `portfolio`, cursor on the first row.
    pub fn new(portfolio: Portfolio, lang: Lang, today: NaiveDate) -> App {
        let derived = Derived::build(&portfolio, today, lang);
        let mut app = App {
            portfolio,
            history: History::default(),
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
            filter_folded: String::new(),
            derived,
            rows: Vec::new(),
            timeline: Cursor::default(),
            check: CheckView::default(),
            contacts: ContactView::default(),
            save: SaveState::Clean,
            notice: None,
            form: None,
        };
        app.rows = app
            .derived
            .rows(&app.portfolio, app.sort, &app.filter_folded);
        // Open on the first pursuit rather than its authority's header.
        app.timeline.sel = app
            .rows
            .iter()
            .position(|r| matches!(r, Row::Pursuit(..)))
            .unwrap_or(0);
        app.sync_views();
        app
    }

    pub fn selected_row(&self) -> Option<Row> {
        self.rows.get(self.timeline.sel).copied()
    }

    pub fn selected_authority(&self) -> Option<&Authority> {
        self.portfolio
            .authorities
            .get(self.selected_row()?.authority())
    }

    pub fn selected_pursuit(&self) -> Option<&Pursuit> {
        let (a, p) = self.selected_row()?.pursuit()?;
        self.portfolio.authorities.get(a)?.pursuits.get(p)
    }

    /// The folded filter, as matched against the search text.
    pub fn filter_folded(&self) -> &str {
        &self.filter_folded
    }

    pub(crate) fn set_filter(&mut self, text: String) {
        self.filter_folded = fold(&text);
        self.filter = text;
        self.rebuild_rows();
    }

    /// Ids of the selected row, to find it again after rows change.
    fn anchor(&self) -> Option<(String, Option<String>)> {
        let row = self.selected_row()?;
        let a = self.portfolio.authorities.get(row.authority())?;
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
        if !self.filter_folded.is_empty() {
            self.derived.ensure_search(&self.portfolio, self.lang);
        }
        self.rows = self
            .derived
            .rows(&self.portfolio, self.sort, &self.filter_folded);
        let find = |want_pursuit: bool| {
            let (aid, pid) = anchor.as_ref()?;
            self.rows.iter().position(|r| {
                let Some(a) = self.portfolio.authorities.get(r.authority()) else {
                    return false;
                };
                if a.id != *aid {
                    return false;
                }
                match (r.pursuit(), want_pursuit) {
                    (Some((_, p)), true) => {
                        pid.as_deref() == a.pursuits.get(p).map(|p| p.id.as_str())
                    }
                    (None, false) => true,
                    _ => false,
                }
            })
        };
        let sel = find(true)
            .or_else(|| find(false))
            .unwrap_or(self.timeline.sel.min(self.rows.len().saturating_sub(1)));
        self.timeline.sel = sel;
        self.timeline.offset = 0;
        self.sync_views();
        self.keep_cursors_visible();
    }

    /// Rebuild the checklist and contacts views when the selection moved to
    /// another pursuit or authority.
    pub(crate) fn sync_views(&mut self) {
        let row = self.selected_row();
        let target = row.and_then(Row::pursuit);
        if self.check.target != target || (target.is_none() && !self.check.lines.is_empty()) {
            self.check = CheckView::build(&self.portfolio, target, self.today, self.lang);
        }
        let authority = row.map(Row::authority);
        if self.contacts.authority != authority {
            self.contacts = ContactView::build(
                authority,
                authority.and_then(|a| self.portfolio.authorities.get(a)),
            );
        }
    }

    /// After authority `index` changed: refresh its derived data and the
    /// views, keeping the checklist cursor on the same item.
    pub fn refresh_authority(&mut self, index: usize) {
        self.derived
            .refresh(&self.portfolio, index, self.today, self.lang);
        let keep = self.check.anchor();
        let contact_sel = self.contacts.sel;
        let check_offset = self.check.offset;
        self.check = CheckView::build(&self.portfolio, self.check.target, self.today, self.lang);
        if let Some(anchor) = keep {
            self.check.restore(&anchor);
        }
        self.check.offset = check_offset;
        let authority = self.contacts.authority;
        self.contacts = ContactView::build(
            authority,
            authority.and_then(|a| self.portfolio.authorities.get(a)),
        );
        self.contacts.sel = contact_sel.min(self.contacts.order.len().saturating_sub(1));
        self.keep_cursors_visible();
    }

    /// Move each pane's scroll offset so its cursor is on screen.
    pub(crate) fn keep_cursors_visible(&mut self) {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        let Some(areas) = layout::areas(area) else {
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
            self.check.offset = layout::keep_visible(off, line, len, h);
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
