//! One module per subcommand: each reads the arguments, does its work on the
//! model and prints; none of them touches the terminal's screen.

pub mod timeline;

use std::process::ExitCode;

use crate::i18n::{self, Lang};

/// Placeholder answer for commands that later issues deliver.
pub fn not_yet(lang: Lang) -> anyhow::Result<ExitCode> {
    eprintln!("retroplan: {}", i18n::cli::not_yet(lang));
    Ok(ExitCode::FAILURE)
}
