//! retroplan: a terminal tracker for bids on French public contracts, built on
//! the rétroplanning method (every window counted back from day J).

pub mod app;
pub mod boamp;
pub mod cli;
pub mod cli_lang;
pub mod commands;
pub mod decp;
pub mod demo;
pub mod forms;
pub mod gdpr;
pub mod i18n;
pub mod keys;
pub mod lang;
pub mod merge;
pub mod model;
pub mod report;
pub mod sheet;
pub mod store;
pub mod tui;
pub mod ui;
pub mod user;
