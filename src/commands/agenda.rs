//! `retroplan agenda` (placeholder until its issue lands).

use std::process::ExitCode;

use super::{Context, not_yet};

pub fn run(ctx: &Context, _args: &crate::cli::Command) -> anyhow::Result<ExitCode> {
    not_yet(ctx.lang)
}
