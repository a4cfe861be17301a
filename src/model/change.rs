//! What an edit changed, as the app must hear it to refresh what it shows.

use super::authority::Authority;
use super::pursuit::{Branch, Pursuit};

/// What an edit, an undo or a redo changed in the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The authority at `index` changed in place. `relist` is true when the
    /// change can move or hide its rows (its name, its pursuits' list or
    /// dates, ...), false when it only touched progress (ticks, the branch)
    /// or its contacts.
    Updated {
        index: usize,
        id: String,
        relist: bool,
    },
    /// An authority now sits at `index`; those after it moved down one.
    Inserted { index: usize, id: String },
    /// The authority that sat at `index` is gone; those after it moved up one.
    Removed { index: usize, id: String },
    /// Portfolio-wide data changed (settings, standing documents, ...):
    /// every plan may have moved.
    Portfolio,
}

impl Change {
    /// Where the authority concerned sits (sat, for a removal).
    pub fn index(&self) -> Option<usize> {
        match self {
            Change::Updated { index, .. }
            | Change::Inserted { index, .. }
            | Change::Removed { index, .. } => Some(*index),
            Change::Portfolio => None,
        }
    }

    /// The id of the authority concerned.
    pub fn authority_id(&self) -> Option<&str> {
        match self {
            Change::Updated { id, .. }
            | Change::Inserted { id, .. }
            | Change::Removed { id, .. } => Some(id),
            Change::Portfolio => None,
        }
    }

    /// True when positions of authorities moved (an insertion or a removal).
    pub fn is_structural(&self) -> bool {
        matches!(self, Change::Inserted { .. } | Change::Removed { .. })
    }
}

/// Whether `x` and `y` list alike on the timeline: they differ at most in
/// progress (ticks, the branch) and contacts, which never move a row.
pub(super) fn same_listing(x: &Authority, y: &Authority) -> bool {
    // Stage-1 progress is the authority's: a tick there moves no row either.
    let head = |a: &Authority| Authority {
        contacts: Vec::new(),
        pursuits: Vec::new(),
        checklist: Default::default(),
        updated: None,
        ..a.clone()
    };
    let plan = |p: &Pursuit| Pursuit {
        checklist: Default::default(),
        branch: Branch::Undecided,
        branch_decided: None,
        updated: None,
        ..p.clone()
    };
    x.pursuits.len() == y.pursuits.len()
        && head(x) == head(y)
        && x.pursuits
            .iter()
            .zip(&y.pursuits)
            .all(|(p, q)| plan(p) == plan(q))
}
