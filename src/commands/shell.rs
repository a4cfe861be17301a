//! `retroplan completions SHELL` and `retroplan man`: generated from the
//! same clap definition as the parser, so they never fall behind it, and
//! worded in the user's language like `--help`.

use std::process::ExitCode;

use crate::cli_lang;
use crate::i18n::Lang;

/// The completion script for `shell`, its descriptions in `lang`.
pub fn completions(shell: clap_complete::Shell, lang: Lang) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cmd = cli_lang::command(lang, false);
    clap_complete::generate(shell, &mut cmd, "retroplan", &mut out);
    out
}

/// The manual page in roff, in `lang`.
pub fn man_page(lang: Lang) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cli_lang::command(lang, false)).render(&mut out)?;
    Ok(out)
}

pub fn run_completions(shell: clap_complete::Shell, lang: Lang) -> anyhow::Result<ExitCode> {
    super::files::print_output(&completions(shell, lang))?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_man(lang: Lang) -> anyhow::Result<ExitCode> {
    super::files::print_output(&man_page(lang)?)?;
    Ok(ExitCode::SUCCESS)
}
