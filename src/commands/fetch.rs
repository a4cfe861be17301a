//! `retroplan fetch boamp …`: see `import_boamp`, which does the work.

use std::process::ExitCode;

use super::Context;
use super::import_boamp::{self, FetchArgs};
use crate::cli::FetchCommand;

pub fn run(ctx: &Context, what: &FetchCommand) -> anyhow::Result<ExitCode> {
    match what {
        FetchCommand::Boamp {
            since,
            departements,
            base_url,
            timeout,
            opts,
        } => import_boamp::fetch(
            ctx,
            &FetchArgs {
                since: *since,
                departements,
                base_url,
                timeout: *timeout,
            },
            opts,
        ),
    }
}
