//! `retroplan import` (placeholder until its issue lands).

use std::process::ExitCode;

use super::{Context, not_yet};
use crate::cli::{Command, ImportCommand};

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    if let Command::Import {
        what:
            ImportCommand::Decp {
                files,
                buyers,
                cpv,
                include_expired,
                dry_run,
            },
    } = args
    {
        return super::import_decp::run(ctx, files, buyers, cpv, *include_expired, *dry_run);
    }
    not_yet(ctx.lang)
}
