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

/// Standard output could not take what a command printed. Never a panic
/// (`print!` panics then): `main` turns it into an exit status.
#[derive(Debug)]
pub enum OutputLost {
    /// The reader went away (`| head`, `| true`): the output is incomplete,
    /// which the status says (141, as if killed by SIGPIPE), not a word more.
    Closed,
    /// A full disk (`> /dev/full`) or another error: one line, exit 1.
    Failed(std::io::Error),
}

impl std::fmt::Display for OutputLost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputLost::Closed => f.write_str("standard output closed"),
            OutputLost::Failed(e) => write!(f, "standard output: {e}"),
        }
    }
}

impl std::error::Error for OutputLost {}

impl OutputLost {
    /// The exit status and the line to print (none for a closed pipe).
    pub fn outcome(&self, lang: crate::i18n::Lang) -> (u8, Option<String>) {
        match self {
            OutputLost::Closed => (141, None),
            OutputLost::Failed(e) => (1, Some(crate::i18n::report::cannot_write_stdout(lang, e))),
        }
    }
}

fn write_all_stdout(bytes: &[u8]) -> Result<(), OutputLost> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(OutputLost::Closed),
        Err(e) => Err(OutputLost::Failed(e)),
    }
}

/// Print what the command is for (a report, an export, a script): a closed
/// pipe or a full disk is an [`OutputLost`] error.
pub fn print_output(bytes: &[u8]) -> anyhow::Result<()> {
    write_all_stdout(bytes).map_err(anyhow::Error::new)
}

/// Print an account of work done or about to be done (an import's report):
/// a reader that stops early (`| head`) must not stop the work, so a closed
/// pipe ends quietly; a full disk is still an error.
pub fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    match write_all_stdout(bytes) {
        Ok(()) | Err(OutputLost::Closed) => Ok(()),
        Err(e) => Err(anyhow::Error::new(e)),
    }
}

/// Print a message on standard error; if even that is gone, there is no one
/// left to tell (`eprintln!` would panic).
pub fn write_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
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
        store::Output::Stdout => print_output(bytes),
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
