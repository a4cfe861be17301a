//! Import of BOAMP notices (Bulletin officiel des annonces des marchés
//! publics, open data from the DILA): the call for tenders confirms J with
//! its time, rectificatifs move it, awards name the winners.
//!
//! [`stream`] reads a document one notice at a time, [`notice`] normalises
//! each whatever its shape, [`matcher`] finds its buyer and pursuit,
//! [`apply`] writes what it says, [`fetch`] asks the API for pages of them.

pub mod apply;
pub mod donnees;
pub mod fetch;
pub mod matcher;
pub mod notice;
pub mod paris;
pub mod report;
pub mod stream;

pub use apply::{Importer, Options};
pub use notice::{Kind, Notice, Skip};
pub use paris::Deadline;
pub use report::{Ambiguity, Event, Summary};
