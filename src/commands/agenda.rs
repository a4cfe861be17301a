//! `retroplan agenda [--days N] [--kind K,…] [--expand] [--json]`: what is
//! due or late across the portfolio. Reads the file only; takes no lock.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::Context;
use super::files::read_portfolio;
use crate::report::agenda::{Family, agenda_for};
use crate::report::agenda_text::{Colour, render};

pub fn run(
    ctx: &Context,
    days: u32,
    json: bool,
    kind: &[Family],
    expand: bool,
    all: bool,
) -> anyhow::Result<ExitCode> {
    let (path, loaded) = read_portfolio(ctx)?;
    // On stderr: the agenda itself (and its JSON) stays as it was.
    for line in super::merge::notes(ctx.lang, &path, &loaded.portfolio) {
        eprintln!("{line}");
    }
    let p = &loaded.portfolio;
    // Yours and nobody's unless --all (issue 17).
    let me = crate::user::current(&path);
    let a = agenda_for(p, ctx.today, days, ctx.lang, kind, |d| {
        all || crate::report::owners::mine(p, d, ctx.today, &me)
    });
    let out = if json {
        let mut s = serde_json::to_string_pretty(&a.entries)?;
        s.push('\n');
        s
    } else {
        let mut s = render(&a, ctx.today, days, ctx.lang, colour(), expand);
        if a.hidden > 0 {
            s.push_str(&crate::i18n::agenda::hidden_others(ctx.lang, a.hidden));
            s.push('\n');
        }
        s
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
