//! Reports computed from a portfolio outside the tracker: the agenda and the
//! calendar. Pure functions of the model (and of `today`); the commands do
//! the reading and writing. Spreadsheets are in `sheet`, one person's data
//! in `gdpr`; the old paths below stay as aliases.

pub mod agenda;
pub mod agenda_boamp;
pub mod agenda_compliance;
pub mod agenda_text;
pub mod docs;
pub mod due;
pub mod ics;
mod ics_compliance;
mod ics_event;
pub mod owners;
pub mod status;
pub mod warnings;

pub use crate::gdpr as person;
pub use crate::sheet::columns as csv_columns;
pub use crate::sheet::export as csv_export;
pub use crate::sheet::import as csv_import;
pub use crate::sheet::io as csv_io;
pub use crate::sheet::values as csv_values;
