//! `retroplan agenda [--days N] [--json]`: what is due or late across the
//! portfolio. Reads the file only; takes no lock.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::Context;
use super::files::read_portfolio;
use crate::cli::Command;
use crate::report::agenda::agenda;
use crate::report::agenda_text::{Colour, render};

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let (days, json) = match args {
        Command::Agenda { days, json } => (*days, *json),
        _ => (14, false),
    };
    let (_, loaded) = read_portfolio(ctx)?;
    let entries = agenda(&loaded.portfolio, ctx.today, days, ctx.lang);
    let out = if json {
        let mut s = serde_json::to_string_pretty(&entries)?;
        s.push('\n');
        s
    } else {
        render(&entries, ctx.today, days, ctx.lang, colour())
    };
    super::files::write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Colours only on a terminal, and never when `NO_COLOR` is set (no-color.org).
fn colour() -> Colour {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if !no_color && std::io::stdout().is_terminal() {
        Colour::On
    } else {
        Colour::Off
    }
}
