//! Spreadsheets in and out: CSV files as Excel and LibreOffice write them
//! (encodings, delimiters, formula neutralisation), the tables `export csv`
//! writes, their import, and the header and cell vocabulary both share.

pub mod columns;
pub mod export;
pub mod import;
pub mod io;
pub mod requirements;
pub mod values;
pub mod vocab;
pub mod zeros;
