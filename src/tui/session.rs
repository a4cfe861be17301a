//! Opening the portfolio before the terminal is touched: a load error is
//! printed as plain text and the program exits 1 with the screen intact.

use std::path::PathBuf;

use crate::app::ReadOnly;
use crate::commands::Context;
use crate::model::Portfolio;

use super::persist;

/// The file the tracker works on and what was found in it.
pub struct Session {
    pub path: PathBuf,
    pub portfolio: Portfolio,
    pub read_only: Option<ReadOnly>,
    /// The file did not exist: an empty portfolio was created.
    pub created: bool,
    pub demo: bool,
    /// Holds the demo's temporary folder until the tracker exits.
    _demo_dir: Option<tempfile::TempDir>,
}

/// Open `--file` (or the default file), creating an empty portfolio on
/// first run; with `demo`, a temporary copy of the example portfolio.
pub fn open(ctx: &Context, demo: bool) -> anyhow::Result<Session> {
    if demo {
        let dir = tempfile::Builder::new()
            .prefix("retroplan-demo-")
            .tempdir()?;
        let path = dir.path().join("portfolio.json");
        let portfolio = crate::demo::portfolio(ctx.today);
        persist::save(&path, &portfolio)?;
        return Ok(Session {
            path,
            portfolio,
            read_only: None,
            created: false,
            demo: true,
            _demo_dir: Some(dir),
        });
    }
    let path = persist::resolve_path(ctx.file.as_deref())?;
    if !path.exists() {
        let portfolio = Portfolio::default();
        persist::save(&path, &portfolio)?;
        return Ok(Session {
            path,
            portfolio,
            read_only: None,
            created: true,
            demo: false,
            _demo_dir: None,
        });
    }
    let loaded = persist::load(&path)?;
    Ok(Session {
        path,
        portfolio: loaded.portfolio,
        read_only: loaded.newer_version.then_some(ReadOnly::NewerVersion),
        created: false,
        demo: false,
        _demo_dir: None,
    })
}
