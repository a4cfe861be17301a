//! `retroplan agenda [--days N] [--kind K,…] [--expand] [--json]`: what is
//! due or late across the portfolio. Reads the file only; takes no lock.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::Context;
use super::files::read_portfolio;
use crate::cli::Command;
use crate::report::agenda::agenda;
use crate::report::agenda_text::{Colour, render};

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let Command::Agenda {
        days,
        json,
        kind,
        expand,
    } = args
    else {
        anyhow::bail!("not the agenda command");
    };
    let (path, loaded) = read_portfolio(ctx)?;
    // On stderr: the agenda itself (and its JSON) stays as it was.
    for line in super::merge::notes(ctx.lang, &path, &loaded.portfolio) {
        eprintln!("{line}");
    }
    let a = agenda(&loaded.portfolio, ctx.today, *days, ctx.lang, kind);
    let out = if *json {
        let mut s = serde_json::to_string_pretty(&a.entries)?;
        s.push('\n');
        s
    } else {
        render(&a, ctx.today, *days, ctx.lang, colour(), *expand)
    };
    super::files::print_output(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Colours only on a terminal that shows them: never when `NO_COLOR` is
/// set (no-color.org) nor for `TERM=dumb`.
fn colour() -> Colour {
    let allowed = crate::cli_lang::colour_allowed(|k| std::env::var(k).ok());
    if allowed && std::io::stdout().is_terminal() {
        Colour::On
    } else {
        Colour::Off
    }
}
