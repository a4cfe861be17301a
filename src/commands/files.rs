//! Reading the portfolio and writing output for the report commands, with
//! errors worded in the user's language.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::Context;
use crate::store::{self, Loaded};

/// The portfolio named by `--file`/`RETROPLAN_FILE` (or the default), read
/// without a lock and without writing anything.
pub fn read_portfolio(ctx: &Context) -> anyhow::Result<(PathBuf, Loaded)> {
    let l = ctx.lang;
    let path =
        store::resolve_path(ctx.file.as_deref()).map_err(|e| anyhow::anyhow!(e.localized(l)))?;
    let loaded = store::load(&path).map_err(|e| anyhow::anyhow!(e.localized(l)))?;
    Ok((path, loaded))
}

/// Write to stdout; a closed pipe (`| head`) ends quietly.
pub fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Every `-o` goes through here: `-o -` (or none) is standard output; a
/// file is refused when it is the portfolio `portfolio` or one of its own
/// files, and written with mode 0600 (exports hold personal data).
pub fn write_output(
    portfolio: &Path,
    output: Option<&Path>,
    bytes: &[u8],
    lang: crate::i18n::Lang,
) -> anyhow::Result<()> {
    match store::Output::from_arg(output) {
        store::Output::Stdout => write_stdout(bytes),
        store::Output::File(path) => {
            store::write_private(portfolio, &path, bytes).map_err(|e| match e {
                store::StoreError::Io { source, .. } => {
                    anyhow::anyhow!(crate::i18n::report::cannot_write(lang, &path, &source))
                }
                e => anyhow::anyhow!(e.localized(lang)),
            })
        }
    }
}

/// Refuse a missing portfolio before taking its lock, so that a typo in
/// `--file` leaves no lock file behind in some folder.
pub fn must_exist(path: &Path, lang: crate::i18n::Lang) -> anyhow::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Ok(()),
        Err(_) => Err(anyhow::anyhow!(store::missing(path).localized(lang))),
    }
}
