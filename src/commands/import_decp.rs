//! `retroplan import decp FILE… [--buyer SIRET]… [--cpv PREFIX]…
//! [--include-expired] [--dry-run]`: award data as forecast pursuits.
//!
//! Every input is read and merged into a copy in memory before anything is
//! written, so an unreadable file leaves the portfolio as it was; the save
//! is atomic and made under the lock.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};

use super::Context;
use super::files::write_stdout;
use crate::decp::{Filters, Importer, Summary, stream};
use crate::i18n::{self, Lang};
use crate::model::{JOrigin, Portfolio};
use crate::store::{self, DiskStamp, Localized, StoreError};

/// What the user asked to keep besides the default (`--include-…`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Include {
    pub expired: bool,
    pub works: bool,
}

/// Files larger than this get a progress bar (when stderr is a terminal).
const PROGRESS_MIN_BYTES: u64 = 10 * 1024 * 1024;

pub fn run(
    ctx: &Context,
    files: &[PathBuf],
    buyers: &[String],
    cpv: &[String],
    include: Include,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let fail = |msg: String| {
        super::files::write_stderr(&format!("retroplan: {msg}\n"));
        Ok(ExitCode::FAILURE)
    };
    let store_fail = |e: StoreError| fail(Localized(&e, l).to_string());
    let path = match store::resolve_path(ctx.file.as_deref()) {
        Ok(p) => p,
        Err(e) => return store_fail(e),
    };
    // A dry run writes nothing, so it needs no lock and works beside an
    // open tracker.
    let _lock = if dry_run {
        None
    } else {
        if let Err(e) = store::create_private_dir(store::parent_dir(&path)) {
            return store_fail(e);
        }
        match store::lock(&path) {
            Ok(guard) => Some(guard),
            Err(e) => return store_fail(e),
        }
    };
    let (mut portfolio, stamp) = match open(&path) {
        Ok(found) => found,
        Err(e) => return store_fail(e),
    };
    let mut filters = Filters::new(buyers, cpv, include.expired, ctx.today);
    filters.include_works = include.works;
    let mut importer = Importer::new(&mut portfolio, l, filters);
    for file in files {
        if let Err(msg) = read_one(l, file, &mut importer) {
            return fail(msg);
        }
    }
    let summary = std::mem::take(&mut importer.summary);
    drop(importer);
    // A reader that stops early (`| head`) must not stop the import: the
    // report is written through `write_stdout`, which ends quietly then.
    let mut out = report(l, &portfolio, &summary);
    if dry_run {
        line(&mut out, i18n::decp::dry_run(l));
        write_stdout(out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if summary.changes.is_empty() && summary.authorities_renamed == 0 {
        line(&mut out, i18n::decp::nothing_to_save(l));
        write_stdout(out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    write_stdout(out.as_bytes())?;
    let saved = match &stamp {
        Some(stamp) => store::save(&path, &portfolio, Some(stamp)),
        None => store::save_new(&path, &portfolio),
    };
    match saved {
        Ok(_) => {
            write_stdout(format!("{}\n", i18n::decp::saved(l, &path)).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => store_fail(e),
    }
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// The portfolio and the stamp of the file it came from; an empty one
/// (and no stamp) when there is no file yet.
fn open(path: &Path) -> Result<(Portfolio, Option<DiskStamp>), StoreError> {
    match store::load(path) {
        Ok(loaded) if loaded.newer_version => Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: u64::from(loaded.portfolio.version),
        }),
        Ok(loaded) => Ok((loaded.portfolio, Some(loaded.stamp))),
        Err(StoreError::NotFound { .. }) => Ok((Portfolio::default(), None)),
        Err(e) => Err(e),
    }
}

/// Stream one input into the importer; the message says what went wrong.
fn read_one(l: Lang, path: &Path, importer: &mut Importer) -> Result<(), String> {
    let file = File::open(path).map_err(|e| i18n::decp::cannot_read(l, path, &e))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let bar = (size > PROGRESS_MIN_BYTES && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(size).with_message(i18n::decp::reading(l, path));
        if let Ok(style) = ProgressStyle::with_template(
            "{msg} {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {eta}",
        ) {
            bar.set_style(style);
        }
        bar
    });
    let reader: Box<dyn Read> = match &bar {
        Some(bar) => Box::new(bar.wrap_read(file)),
        None => Box::new(file),
    };
    let result = stream::for_each(reader, &mut |raw| importer.offer(&raw));
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    result.map_err(|e| {
        if e.is_io() {
            return i18n::decp::cannot_read(l, path, &std::io::Error::from(e));
        }
        let text = e.to_string();
        let detail = text
            .rsplit_once(" at line ")
            .map_or(text.as_str(), |(d, _)| d);
        if detail == stream::NOT_DECP {
            return i18n::decp::other_json(l, path);
        }
        i18n::decp::not_decp(l, path, e.line(), e.column(), detail)
    })
}

/// One line per created or updated pursuit, then the tally.
fn report(l: Lang, p: &Portfolio, s: &Summary) -> String {
    let mut out = String::new();
    let lead = p.settings.lead_time_days;
    for c in &s.changes {
        let a = &p.authorities[c.authority];
        let pu = &a.pursuits[c.pursuit];
        let j = pu
            .effective_j(lead)
            .filter(|(_, origin)| *origin == JOrigin::Forecast)
            .map(|(j, _)| j);
        let change = i18n::decp::change_line(
            l,
            c.kind,
            &a.name,
            &pu.object,
            pu.current_expiry,
            j,
            pu.source.as_deref().unwrap_or_default(),
        );
        line(&mut out, &change);
    }
    for tally in i18n::decp::summary(l, s) {
        line(&mut out, &tally);
    }
    let unnamed = s
        .changes
        .iter()
        .any(|c| p.authorities[c.authority].needs_rename);
    if unnamed {
        line(&mut out, i18n::decp::renamed_hint(l));
    }
    out
}
