//! `retroplan status [--json]`: where every open pursuit stands. Reads the
//! file only; takes no lock.

use std::process::ExitCode;

use super::Context;
use super::files::{read_portfolio, write_stdout};
use crate::report::status::{status, to_json, to_text};

pub fn run(ctx: &Context, json: bool) -> anyhow::Result<ExitCode> {
    let (_, loaded) = read_portfolio(ctx)?;
    let st = status(&loaded.portfolio, ctx.today);
    let out = if json {
        let mut s = serde_json::to_string_pretty(&to_json(&st, ctx.lang))?;
        s.push('\n');
        s
    } else {
        to_text(&st, ctx.lang)
    };
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
