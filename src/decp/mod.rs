//! Import of DECP award data (données essentielles de la commande publique):
//! France's open data on awarded public contracts, turned into pursuits whose
//! J is forecast from the current contract's expiry.
//!
//! [`stream`] reads a document one contract at a time, [`record`] normalises
//! each from either schema, [`merge`] applies them to a portfolio.

pub mod merge;
pub mod raw;
pub mod record;
mod sanitize;
pub mod stream;

pub use merge::{Change, ChangeKind, Filters, Importer, Summary};
pub use record::{Holder, Record, Skip, normalise};
