//! The selected authority's contacts in display order, with a cursor.

use crate::model::Authority;

/// Contacts of one authority: decision-makers first, then influential
/// ones, then by name; the cursor is an index into `order`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactView {
    pub authority: Option<usize>,
    /// Indices into `authority.contacts`.
    pub order: Vec<usize>,
    pub sel: usize,
    /// First contact shown.
    pub offset: usize,
    /// Cursor in the selected contact's log (newest first), while the log
    /// has the keys (Enter in the contacts pane).
    pub log: Option<usize>,
}

impl ContactView {
    pub fn build(index: Option<usize>, authority: Option<&Authority>) -> ContactView {
        let mut order: Vec<usize> = (0..authority.map_or(0, |a| a.contacts.len())).collect();
        if let Some(a) = authority {
            order.sort_by_key(|&i| {
                let c = &a.contacts[i];
                (
                    !c.decision_maker,
                    !c.is_key(),
                    crate::model::text::fold(&c.name),
                )
            });
        }
        ContactView {
            authority: index,
            order,
            sel: 0,
            offset: 0,
            log: None,
        }
    }

    /// Index into the authority's contacts of the one under the cursor.
    pub fn selected(&self) -> Option<usize> {
        self.order.get(self.sel).copied()
    }
}
