//! `retroplan import csv authorities|contacts|pursuits FILE [--dry-run]`: all or
//! nothing, under the lock, saved atomically. `import decp` is its own module.

use std::process::ExitCode;

use anyhow::anyhow;

use super::{Context, not_yet};
use crate::cli::{Command, ImportCommand, ImportTable};
use crate::i18n::report as words;
use crate::i18n::sheet as sheet_words;
use crate::sheet::import::{ImportError, ImportKind, import};
use crate::store;

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let Command::Import { what } = args else {
        return not_yet(ctx.lang);
    };
    match what {
        ImportCommand::Csv {
            table,
            file,
            dry_run,
        } => {
            let kind = match table {
                ImportTable::Authorities => ImportKind::Authorities,
                ImportTable::Contacts => ImportKind::Contacts,
                ImportTable::Pursuits => ImportKind::Pursuits,
            };
            csv(ctx, kind, file, *dry_run)
        }
        ImportCommand::Decp {
            files,
            buyers,
            cpv,
            include_expired,
            include_works,
            dry_run,
        } => super::import_decp::run(
            ctx,
            files,
            buyers,
            cpv,
            super::import_decp::Include {
                expired: *include_expired,
                works: *include_works,
            },
            *dry_run,
        ),
        ImportCommand::Boamp { files, opts } => super::import_boamp::import(ctx, files, opts),
    }
}

fn csv(
    ctx: &Context,
    kind: ImportKind,
    file: &std::path::Path,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let err = |e: store::StoreError| anyhow!(e.localized(l));
    let path = store::resolve_path(ctx.file.as_deref()).map_err(err)?;
    super::files::must_exist(&path, l)?;
    // A dry run writes nothing, so it needs no lock.
    let _lock = if dry_run {
        None
    } else {
        Some(store::lock(&path).map_err(err)?)
    };
    let loaded = store::load(&path).map_err(err)?;
    if loaded.newer_version {
        return Err(anyhow!(words::newer_file(l, &path)));
    }
    let bytes = std::fs::read(file).map_err(|e| anyhow!(words::cannot_read(l, file, &e)))?;
    let (portfolio, report) = match import(&loaded.portfolio, &bytes, kind) {
        Ok(done) => done,
        Err(ImportError::File(e)) => return Err(anyhow!(sheet_words::csv_error(l, file, &e))),
        Err(ImportError::Rows(rows)) => {
            let mut msg = sheet_words::rows_refused(l, file, rows.len());
            for r in &rows {
                msg.push('\n');
                msg.push_str(&sheet_words::row_line(
                    l,
                    r.line,
                    &sheet_words::row_reason(l, &r.reason),
                ));
            }
            return Err(anyhow!(msg));
        }
    };
    if !dry_run && portfolio != loaded.portfolio {
        store::save(&path, &portfolio, Some(&loaded.stamp)).map_err(err)?;
    }
    let summary = sheet_words::import_summary(l, &report, dry_run);
    super::files::write_stdout(format!("{summary}\n").as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
