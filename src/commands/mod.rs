//! One module per subcommand: each reads the arguments, does its work on the
//! model and prints; none of them touches the terminal's screen.

pub mod agenda;
pub mod check;
pub mod docs;
pub mod erase;
pub mod export;
pub mod fetch;
pub mod files;
pub mod import;
pub mod import_boamp;
pub mod import_decp;
pub mod init;
pub mod merge;
pub mod restore;
pub mod shell;
pub mod status;
pub mod timeline;

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::i18n::Lang;

/// What every command needs besides its own arguments.
#[derive(Debug, Clone)]
pub struct Context {
    /// `--file` or `RETROPLAN_FILE`; `None` means the platform default.
    pub file: Option<PathBuf>,
    pub lang: Lang,
    /// `--today`, `RETROPLAN_TODAY`, or the local date.
    pub today: NaiveDate,
}
