//! Reports computed from a portfolio outside the tracker: the agenda, the
//! calendar, spreadsheets in and out, and one person's data. Pure functions
//! of the model (and of `today`); the commands do the reading and writing.

pub mod agenda;
pub mod agenda_text;
pub mod csv_columns;
pub mod csv_export;
pub mod csv_import;
pub mod csv_io;
pub mod csv_values;
pub mod due;
pub mod ics;
pub mod person;
