//! `retroplan init [--demo]`: create the portfolio file (and its folder),
//! never overwriting one.

use std::process::ExitCode;

use super::Context;
use crate::cli::Command;
use crate::i18n;
use crate::model::Portfolio;
use crate::store::{self, StoreError};

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let demo = matches!(args, Command::Init { demo: true });
    match create(ctx, demo) {
        Ok((path, portfolio)) => {
            let n = portfolio.authorities.len();
            let done = i18n::store::created(ctx.lang, &path, n, demo);
            super::files::write_stdout(format!("{done}\n").as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            super::files::write_stderr(&format!("retroplan: {}\n", e.localized(ctx.lang)));
            Ok(ExitCode::FAILURE)
        }
    }
}

fn create(ctx: &Context, demo: bool) -> Result<(std::path::PathBuf, Portfolio), StoreError> {
    let path = store::resolve_path(ctx.file.as_deref())?;
    let portfolio = if demo {
        crate::demo::portfolio(ctx.today)
    } else {
        Portfolio::default()
    };
    // Answer "exists" before anything else, and without creating a lock file
    // beside someone's existing data.
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(StoreError::Exists { path });
    }
    store::create_private_dir(store::parent_dir(&path))?;
    let _lock = store::lock(&path)?;
    store::save_new(&path, &portfolio)?;
    Ok((path, portfolio))
}
