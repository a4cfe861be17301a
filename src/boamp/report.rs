//! What an import did, as data: the command words it (`i18n::boamp`), the
//! tests read it.

use std::collections::BTreeMap;

use super::notice::{Notice, Skip};
use super::paris::Deadline;
use crate::model::Outcome;

/// One thing a notice did, or could not do, to the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A call for tenders confirmed J.
    Confirmed {
        authority: String,
        object: String,
        idweb: String,
        deadline: Deadline,
    },
    /// A rectificatif set J (from the previous confirmed J, if any).
    Moved {
        authority: String,
        object: String,
        idweb: String,
        from: Option<Deadline>,
        to: Deadline,
    },
    /// A rectificatif older than the notice J comes from: linked only.
    Older {
        authority: String,
        object: String,
        idweb: String,
    },
    /// Linked; the deadline is in the tender documents.
    NoDeadline {
        authority: String,
        object: String,
        idweb: String,
    },
    Cancelled {
        authority: String,
        object: String,
        idweb: String,
    },
    /// An award on a pursuit the user bid for.
    Winners {
        authority: String,
        object: String,
        idweb: String,
        winners: Vec<String>,
        suggested: Option<Outcome>,
    },
    /// An award of the contract in force: its holder recorded.
    Holder {
        authority: String,
        object: String,
        idweb: String,
        winners: Vec<String>,
    },
    /// A call for tenders at a buyer of the portfolio that no pursuit waits for.
    Opportunity {
        authority: String,
        idweb: String,
        object: String,
        deadline: Option<Deadline>,
    },
    /// A rectificatif, award or cancellation that fits no pursuit.
    NoPursuit {
        authority: String,
        idweb: String,
        object: String,
    },
}

/// A notice left for the user to confirm: its buyer or its pursuit could
/// be more than one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ambiguity {
    pub idweb: String,
    pub buyer: String,
    pub object: String,
    /// The authority, when it is the pursuit that is ambiguous.
    pub authority: Option<String>,
    /// Authority names or pursuit objects.
    pub candidates: Vec<String>,
}

impl Ambiguity {
    pub fn new(n: &Notice, candidates: Vec<String>) -> Self {
        Ambiguity {
            idweb: n.idweb.clone(),
            buyer: n.buyer_name.clone(),
            object: n.object.clone(),
            authority: None,
            candidates,
        }
    }
}

/// The tally of an import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Elements read.
    pub read: usize,
    pub skipped: BTreeMap<Skip, usize>,
    /// Notices repeated in this import (the first one counts).
    pub duplicates: usize,
    /// Notices of buyers not in the portfolio: counted, not imported.
    pub other_buyers: usize,
    /// Pre-information and other notices that confirm nothing.
    pub unused: usize,
    /// Already applied, nothing new.
    pub unchanged: usize,
    /// Pursuits created by `--new`.
    pub created: usize,
    /// Authorities named "SIRET …" that a notice named.
    pub renamed: usize,
    pub events: Vec<Event>,
    pub ambiguous: Vec<Ambiguity>,
    /// (authority, pursuit) indices changed, in order.
    pub changed: Vec<(usize, usize)>,
}

impl Summary {
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum()
    }

    /// Whether the portfolio differs from before the import.
    pub fn changes_anything(&self) -> bool {
        !self.changed.is_empty()
            || self.renamed > 0
            || self.created > 0
            || self
                .events
                .iter()
                .any(|e| matches!(e, Event::Opportunity { .. }))
    }
}
