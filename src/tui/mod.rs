//! The interactive tracker: terminal set-up, event loop, and the edge where
//! keys, saves and signals meet the pure app (placeholder until issue 4).

use std::process::ExitCode;

use crate::commands::{Context, not_yet};

/// Open the tracker on the portfolio file (or a demo copy).
pub fn run(ctx: &Context, _demo: bool) -> anyhow::Result<ExitCode> {
    not_yet(ctx.lang)
}
