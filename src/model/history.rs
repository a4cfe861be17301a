//! Undo and redo steps, kept by [`super::doc::Document`]. Each step touches
//! one authority (and what is nested under it) or the settings, and keeps
//! the versions before and after by pointer: exact to restore, cheap to
//! keep, simple to trust.

use std::collections::VecDeque;
use std::sync::Arc;

use super::authority::Authority;
use super::change::{Change, same_listing};
use super::portfolio::Portfolio;

/// One reversible step.
#[derive(Debug, Clone)]
pub(super) enum Step {
    /// The authority at `index` went from `before` to `after`.
    Replace {
        index: usize,
        before: Arc<Authority>,
        after: Arc<Authority>,
    },
    /// `authority` was inserted at `index`.
    Insert {
        index: usize,
        authority: Arc<Authority>,
    },
    /// `authority` was removed from `index`.
    Remove {
        index: usize,
        authority: Arc<Authority>,
    },
    /// Portfolio-wide data (settings, standing documents, ...) went from
    /// `before` to `after`: portfolios without their authorities.
    Head {
        before: Box<Portfolio>,
        after: Box<Portfolio>,
    },
    /// Several steps undone and redone as one (settling a merge conflict:
    /// the record's value and the conflicts list).
    Many(Vec<Step>),
}

impl Step {
    fn inverse(&self) -> Step {
        match self {
            Step::Replace {
                index,
                before,
                after,
            } => Step::Replace {
                index: *index,
                before: Arc::clone(after),
                after: Arc::clone(before),
            },
            Step::Insert { index, authority } => Step::Remove {
                index: *index,
                authority: Arc::clone(authority),
            },
            Step::Remove { index, authority } => Step::Insert {
                index: *index,
                authority: Arc::clone(authority),
            },
            Step::Head { before, after } => Step::Head {
                before: after.clone(),
                after: before.clone(),
            },
            Step::Many(steps) => Step::Many(steps.iter().rev().map(Step::inverse).collect()),
        }
    }

    /// What this step does, as the app must hear it.
    pub(super) fn change(&self) -> Change {
        match self {
            Step::Replace {
                index,
                before,
                after,
            } => Change::Updated {
                index: *index,
                id: after.id.clone(),
                relist: !same_listing(before, after),
            },
            Step::Insert { index, authority } => Change::Inserted {
                index: *index,
                id: authority.id.clone(),
            },
            Step::Remove { index, authority } => Change::Removed {
                index: *index,
                id: authority.id.clone(),
            },
            Step::Head { .. } => Change::Portfolio,
            // What moved the plans: the authority's step; the head only
            // held the conflicts list, which no plan reads.
            Step::Many(steps) => steps
                .iter()
                .find(|s| !matches!(s, Step::Head { .. }))
                .map_or(Change::Portfolio, Step::change),
        }
    }

    /// Apply to `p`. Only the document changes its portfolio and it replays
    /// steps in order, so indices hold; a mismatch would be a bug: refuse.
    fn apply(&self, p: &mut Portfolio) -> bool {
        let list = &mut p.authorities;
        match self {
            Step::Replace {
                index,
                before,
                after,
            } => match list.shared(*index) {
                Some(a) if Arc::ptr_eq(a, before) || **a == **before => {
                    list.set_shared(*index, Arc::clone(after));
                    true
                }
                _ => false,
            },
            Step::Insert { index, authority } if *index <= list.len() => {
                list.insert_shared(*index, Arc::clone(authority));
                true
            }
            Step::Insert { .. } => false,
            Step::Remove { index, authority } => match list.shared(*index) {
                Some(a) if Arc::ptr_eq(a, authority) || **a == **authority => {
                    list.remove_shared(*index);
                    true
                }
                _ => false,
            },
            Step::Head { before, after } => {
                let authorities = std::mem::take(&mut p.authorities);
                let matches = *p == **before;
                if matches {
                    *p = (**after).clone();
                }
                p.authorities = authorities;
                matches
            }
            Step::Many(steps) => steps.iter().all(|s| s.apply(p)),
        }
    }
}

/// Steps kept for undo; the issue asks for at least 100.
pub const HISTORY_LIMIT: usize = 200;

/// Undo and redo stacks.
#[derive(Debug, Clone, Default)]
pub(super) struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
}

impl History {
    /// Record a step just applied; a new step forgets what could be redone.
    pub(super) fn push(&mut self, step: Step) {
        self.redo.clear();
        self.undo.push_back(step);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.pop_front();
        }
    }

    /// Undo the last step on `p`; returns the step as it was applied
    /// (its inverse), or `None` when there is nothing to undo.
    pub(super) fn undo(&mut self, p: &mut Portfolio) -> Option<Step> {
        let step = self.undo.pop_back()?;
        let inverse = step.inverse();
        if !inverse.apply(p) {
            self.clear();
            return None;
        }
        self.redo.push(step);
        Some(inverse)
    }

    /// Redo the last undone step on `p`.
    pub(super) fn redo(&mut self, p: &mut Portfolio) -> Option<Step> {
        let step = self.redo.pop()?;
        if !step.apply(p) {
            self.clear();
            return None;
        }
        self.undo.push_back(step.clone());
        Some(step)
    }

    pub(super) fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub(super) fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub(super) fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
