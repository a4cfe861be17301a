//! `retroplan restore [--from FILE]`: bring back a missing portfolio from its
//! backup or from the temp file of a save cut short. The copy stays; an
//! existing portfolio is never overwritten.

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;

use super::Context;
use crate::i18n::recovery as words;
use crate::store::{self, StoreError};

pub fn run(ctx: &Context, from: Option<&Path>) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let err = |e: StoreError| anyhow!(e.localized(l));
    let path = store::resolve_path(ctx.file.as_deref()).map_err(err)?;
    if std::fs::symlink_metadata(store::real_path(&path)).is_ok() {
        return Err(err(StoreError::Exists { path }));
    }
    let _lock = store::lock(&path).map_err(err)?;
    let copy = match from {
        Some(f) => f.to_path_buf(),
        None => store::surviving_copy(&path)
            .ok_or_else(|| err(StoreError::NotFound { path: path.clone() }))?,
    };
    store::restore_from(&path, &copy).map_err(err)?;
    super::files::write_stdout(words::restored(l, &path, &copy).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
