//! `retroplan completions SHELL` and `retroplan man`: generated from the
//! same clap definition as the parser, so they never fall behind it.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::Cli;

/// The completion script for `shell`, as bytes.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "retroplan", &mut out);
    out
}

/// The manual page in roff.
pub fn man_page() -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(out)
}

pub fn run_completions(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    super::files::write_stdout(&completions(shell))?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_man() -> anyhow::Result<ExitCode> {
    super::files::write_stdout(&man_page()?)?;
    Ok(ExitCode::SUCCESS)
}
