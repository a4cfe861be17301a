//! The open portfolio and its undo history, as one thing: the portfolio can
//! only be changed through a [`Document`] method, each edit is recorded for
//! undo, and each says what it changed as a [`Change`], so whoever shows the
//! portfolio refreshes exactly that.
//!
//! # Adding an edit
//!
//! Most edits need no new method: pick the narrowest of
//! [`Document::edit_pursuit`], [`Document::edit_authority`],
//! [`Document::edit_settings`] or [`Document::edit_portfolio`] (portfolio-wide
//! data such as standing documents) and pass a closure that makes the change:
//!
//! ```
//! # use retroplan::model::{doc::Document, Authority, Pursuit, Portfolio};
//! # let mut p = Portfolio::default();
//! # let mut a = Authority::new("a-1", "Mairie");
//! # a.pursuits.push(Pursuit::new("p-1", "Voirie"));
//! # p.authorities.push(a);
//! let mut doc = Document::new(p);
//! let (a, pu) = (doc.position("a-1").unwrap(), 0);
//! let change = doc.edit_pursuit(a, pu, |p| p.object = "Espaces verts".into());
//! assert!(change.is_some());
//! assert_eq!(doc.undo().map(|c| c.index()), Some(Some(a)));
//! ```
//!
//! The closure may change anything under its target; the document keeps the
//! version before for undo, and returns `None` (recording nothing) when the
//! closure changed nothing. Authorities are held by `Arc`: an edit copies the
//! one authority it touches, and [`Document::snapshot`] copies pointers.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::authority::Authority;
pub use super::change::Change;
use super::conflict::{Conflict, Side};
use super::history::{History, Step};
use super::portfolio::{Portfolio, Settings};
use super::pursuit::Pursuit;
use super::settle::{SettleError, Settled, settle};

/// The portfolio being edited, its undo history, and an index of its
/// authorities by id.
#[derive(Debug, Clone, Default)]
pub struct Document {
    portfolio: Portfolio,
    history: History,
    /// Authority id → position, for callers that hold ids (forms, deletes).
    positions: HashMap<String, usize>,
    /// The day edits are made: each record an edit changes gets it as its
    /// `updated` date (a two-way merge keeps the newer edit). `None`
    /// stamps nothing.
    today: Option<NaiveDate>,
}

impl Document {
    pub fn new(portfolio: Portfolio) -> Document {
        let mut doc = Document {
            portfolio,
            history: History::default(),
            positions: HashMap::new(),
            today: None,
        };
        doc.index_positions();
        doc
    }

    /// Stamp the records each later edit changes with `today` as their
    /// `updated` date.
    pub fn with_today(mut self, today: NaiveDate) -> Document {
        self.today = Some(today);
        self
    }

    fn index_positions(&mut self) {
        self.positions = self
            .portfolio
            .authorities
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
    }

    /// The portfolio, to read.
    pub fn portfolio(&self) -> &Portfolio {
        &self.portfolio
    }

    /// A copy to save: it shares every authority with the document, so it
    /// costs one pointer per authority, and later edits do not touch it.
    pub fn snapshot(&self) -> Arc<Portfolio> {
        Arc::new(self.portfolio.clone())
    }

    /// Give the portfolio back, dropping the history.
    pub fn into_portfolio(self) -> Portfolio {
        self.portfolio
    }

    /// Position of the authority `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied().filter(|&i| {
            self.portfolio
                .authorities
                .get(i)
                .is_some_and(|a| a.id == id)
        })
    }

    /// Position of the pursuit `id` in the authority at `index`.
    pub fn pursuit_position(&self, index: usize, id: &str) -> Option<usize> {
        self.portfolio
            .authorities
            .get(index)?
            .pursuits
            .iter()
            .position(|p| p.id == id)
    }

    /// Change the authority at `index` with `f`, recorded for undo. `None`
    /// (nothing recorded) when there is no such authority or `f` changed
    /// nothing.
    pub fn edit_authority(
        &mut self,
        index: usize,
        f: impl FnOnce(&mut Authority),
    ) -> Option<Change> {
        let list = &mut self.portfolio.authorities;
        let before = Arc::clone(list.shared(index)?);
        // `before` is held here, so this writes to a copy of that one authority.
        let edited = list.get_mut(index)?;
        f(edited);
        if *edited == *before {
            list.set_shared(index, before);
            return None;
        }
        if let Some(today) = self.today {
            stamp(&before, edited, today);
        }
        let after = Arc::clone(list.shared(index)?);
        if after.id != before.id {
            self.index_positions();
        }
        let step = Step::Replace {
            index,
            before,
            after,
        };
        let change = step.change();
        self.history.push(step);
        Some(change)
    }

    /// Change pursuit `pursuit` of the authority at `index` with `f`.
    pub fn edit_pursuit(
        &mut self,
        index: usize,
        pursuit: usize,
        f: impl FnOnce(&mut Pursuit),
    ) -> Option<Change> {
        self.portfolio
            .authorities
            .get(index)?
            .pursuits
            .get(pursuit)?;
        self.edit_authority(index, |a| {
            if let Some(p) = a.pursuits.get_mut(pursuit) {
                f(p);
            }
        })
    }

    /// Change portfolio-wide data (settings, standing documents, anything
    /// but the authorities) with `f`, recorded for undo. `f` sees the
    /// portfolio with its authorities set aside: edit those through
    /// [`Document::edit_authority`] and friends.
    pub fn edit_portfolio(&mut self, f: impl FnOnce(&mut Portfolio)) -> Option<Change> {
        let authorities = std::mem::take(&mut self.portfolio.authorities);
        let before = self.portfolio.clone();
        f(&mut self.portfolio);
        let changed = self.portfolio != before;
        let after = changed.then(|| self.portfolio.clone());
        self.portfolio.authorities = authorities;
        self.history.push(Step::Head {
            before: Box::new(before),
            after: Box::new(after?),
        });
        Some(Change::Portfolio)
    }

    /// Change the settings with `f`, recorded for undo.
    pub fn edit_settings(&mut self, f: impl FnOnce(&mut Settings)) -> Option<Change> {
        self.edit_portfolio(|p| f(&mut p.settings))
    }

    /// Append a new authority, recorded for undo.
    pub fn add_authority(&mut self, mut authority: Authority) -> Change {
        if let Some(today) = self.today {
            authority.updated = Some(today);
        }
        let index = self.portfolio.authorities.len();
        let authority = Arc::new(authority);
        self.portfolio
            .authorities
            .insert_shared(index, Arc::clone(&authority));
        self.positions.insert(authority.id.clone(), index);
        let step = Step::Insert { index, authority };
        let change = step.change();
        self.history.push(step);
        change
    }

    /// Remove the authority at `index` with everything under it, recorded for undo.
    pub fn remove_authority(&mut self, index: usize) -> Option<Change> {
        self.portfolio.authorities.get(index)?;
        let authority = self.portfolio.authorities.remove_shared(index);
        self.index_positions();
        let step = Step::Remove { index, authority };
        let change = step.change();
        self.history.push(step);
        Some(change)
    }

    /// Settle the merge conflict `c` by keeping `side`: the record takes
    /// that side's value (or goes, when that side deleted it) and the
    /// conflict leaves the list, as one undoable step. `Err` when the
    /// record is gone or the value no longer fits; nothing changes then.
    pub fn settle_conflict(
        &mut self,
        c: &Conflict,
        side: Side,
    ) -> Result<Option<Change>, SettleError> {
        let mut steps = Vec::new();
        if !c.authority.is_empty() {
            let index = self.position(&c.authority).ok_or(SettleError::Missing)?;
            let list = &mut self.portfolio.authorities;
            let before = Arc::clone(list.shared(index).ok_or(SettleError::Missing)?);
            let mut a = (*before).clone();
            match settle(&mut a, c, side)? {
                Settled::Remove => {
                    let authority = list.remove_shared(index);
                    self.index_positions();
                    steps.push(Step::Remove { index, authority });
                }
                Settled::Kept if a != *before => {
                    if let Some(today) = self.today {
                        stamp(&before, &mut a, today);
                    }
                    let after = Arc::new(a);
                    list.set_shared(index, Arc::clone(&after));
                    steps.push(Step::Replace {
                        index,
                        before,
                        after,
                    });
                }
                Settled::Kept => {}
            }
        }
        // The head without the authorities: settings, documents, conflicts.
        let authorities = std::mem::take(&mut self.portfolio.authorities);
        let before = self.portfolio.clone();
        let mut after = before.clone();
        if c.authority.is_empty()
            && let Err(e) = settle(&mut after, c, side)
        {
            self.portfolio.authorities = authorities;
            return Err(e);
        }
        after.conflicts.retain(|k| k.id != c.id);
        self.portfolio = after.clone();
        self.portfolio.authorities = authorities;
        if after != before {
            steps.push(Step::Head {
                before: Box::new(before),
                after: Box::new(after),
            });
        }
        let step = match steps.len() {
            0 => return Ok(None),
            1 => steps.remove(0),
            _ => Step::Many(steps),
        };
        let change = step.change();
        self.history.push(step);
        Ok(Some(change))
    }

    /// Undo the last edit; `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<Change> {
        let step = self.history.undo(&mut self.portfolio)?;
        Some(self.after_replay(&step))
    }

    /// Redo the last undone edit; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Option<Change> {
        let step = self.history.redo(&mut self.portfolio)?;
        Some(self.after_replay(&step))
    }

    fn after_replay(&mut self, step: &Step) -> Change {
        let change = step.change();
        if change.is_structural()
            || matches!(&change, Change::Updated { id, index, .. } if self.position(id) != Some(*index))
        {
            self.index_positions();
        }
        change
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }
}

/// Give `today` as `updated` to what changed from `before` to `after`: the
/// authority's own fields, and each pursuit and contact (by id) that is new
/// or different. Costs one authority, never the portfolio.
fn stamp(before: &Authority, after: &mut Authority, today: NaiveDate) {
    fn same<T: Clone + PartialEq>(x: &T, y: &T, clear: fn(&mut T)) -> bool {
        let (mut x, mut y) = (x.clone(), y.clone());
        clear(&mut x);
        clear(&mut y);
        x == y
    }
    for p in &mut after.pursuits {
        let old = before.pursuits.iter().find(|q| q.id == p.id);
        if old.is_none_or(|q| !same(q, p, |p| p.updated = None)) {
            p.updated = Some(today);
        }
    }
    for c in &mut after.contacts {
        let old = before.contacts.iter().find(|d| d.id == c.id);
        if old.is_none_or(|d| !same(d, c, |c| c.updated = None)) {
            c.updated = Some(today);
        }
    }
    let head = |a: &Authority| Authority {
        contacts: Vec::new(),
        pursuits: Vec::new(),
        updated: None,
        ..a.clone()
    };
    if head(before) != head(after) {
        after.updated = Some(today);
    }
}

#[cfg(test)]
#[path = "doc_tests.rs"]
mod tests;
