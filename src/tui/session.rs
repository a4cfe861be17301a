//! Opening the portfolio before the terminal is touched: a load error is
//! printed as plain text and the program exits 1 with the screen intact.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::anyhow;

use crate::app::ReadOnly;
use crate::commands::Context;
use crate::i18n::recovery as words;
use crate::model::Portfolio;
use crate::store::{self, DiskStamp, LockGuard, StoreError};

/// The file the tracker works on and what was found in it.
pub struct Session {
    pub path: PathBuf,
    pub portfolio: Portfolio,
    /// What the first save compares the disk against.
    pub stamp: Option<DiskStamp>,
    pub read_only: Option<ReadOnly>,
    /// The file did not exist: an empty portfolio was created.
    pub created: bool,
    pub demo: bool,
    /// Held while we may write; dropped (released) on exit.
    _lock: Option<LockGuard>,
    /// Holds the demo's temporary folder until the tracker exits.
    _demo_dir: Option<tempfile::TempDir>,
}

/// The file is missing but `copy` survives: ask, on the plain terminal
/// before the screen is taken, whether to bring it back (the default).
/// Declining starts an empty portfolio and keeps the copy aside.
fn ask_restore(ctx: &Context, path: &Path, copy: &Path) -> anyhow::Result<bool> {
    let mut out = std::io::stdout().lock();
    write!(out, "{}", words::ask_restore(ctx.lang, path, copy))?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(words::is_yes(answer.trim()).unwrap_or(true))
}

impl Session {
    /// The demo's temporary folder, removed when the session ends.
    pub fn scratch(&self) -> Option<std::path::PathBuf> {
        self._demo_dir.as_ref().map(|d| d.path().to_path_buf())
    }
}

fn say(ctx: &Context, e: StoreError) -> anyhow::Error {
    anyhow!(e.localized(ctx.lang))
}

/// Open `--file` (or the default file), creating an empty portfolio on
/// first run; with `demo`, a temporary copy of the example portfolio.
/// A file from a newer version, or locked by another retroplan, opens
/// read-only.
pub fn open(ctx: &Context, demo: bool) -> anyhow::Result<Session> {
    if demo {
        let dir = tempfile::Builder::new()
            .prefix("retroplan-demo-")
            .tempdir()?;
        let path = dir.path().join("portfolio.json");
        let portfolio = crate::demo::portfolio(ctx.today);
        let lock = store::lock(&path).map_err(|e| say(ctx, e))?;
        let stamp = store::save_new(&path, &portfolio).map_err(|e| say(ctx, e))?;
        return Ok(Session {
            path,
            portfolio,
            stamp: Some(stamp),
            read_only: None,
            created: false,
            demo: true,
            _lock: Some(lock),
            _demo_dir: Some(dir),
        });
    }
    let path = store::resolve_path(ctx.file.as_deref()).map_err(|e| say(ctx, e))?;
    if let Some(copy) = store::surviving_copy(&path)
        && ask_restore(ctx, &path, &copy)?
    {
        let lock = store::lock(&path).map_err(|e| say(ctx, e))?;
        store::restore_from(&path, &copy).map_err(|e| say(ctx, e))?;
        drop(lock);
    }
    if std::fs::symlink_metadata(&path).is_err() {
        store::create_private_dir(store::parent_dir(&path)).map_err(|e| say(ctx, e))?;
        let lock = store::lock(&path).map_err(|e| say(ctx, e))?;
        let portfolio = Portfolio::default();
        match store::save_new(&path, &portfolio) {
            Ok(stamp) => {
                return Ok(Session {
                    path,
                    portfolio,
                    stamp: Some(stamp),
                    read_only: None,
                    created: true,
                    demo: false,
                    _lock: Some(lock),
                    _demo_dir: None,
                });
            }
            // Created by someone else a moment ago: open theirs.
            Err(StoreError::Exists { .. }) => drop(lock),
            Err(e) => return Err(say(ctx, e)),
        }
    }
    let loaded = store::load(&path).map_err(|e| say(ctx, e))?;
    let (lock, read_only) = if loaded.newer_version {
        (None, Some(ReadOnly::NewerVersion))
    } else {
        match store::lock(&path) {
            Ok(lock) => (Some(lock), None),
            Err(StoreError::Locked { .. }) => (None, Some(ReadOnly::Locked)),
            // Nothing could be saved either: show the file, and say why.
            Err(StoreError::Io { source, .. }) => {
                (None, Some(ReadOnly::CannotWrite(source.kind())))
            }
            Err(e) => return Err(say(ctx, e)),
        }
    };
    Ok(Session {
        path,
        portfolio: loaded.portfolio,
        stamp: Some(loaded.stamp),
        read_only,
        created: false,
        demo: false,
        _lock: lock,
        _demo_dir: None,
    })
}
