//! The tracker's only door to the save file. Until `crate::store` lands on
//! main this is a minimal stand-in with the same names (resolve_path, load,
//! save, Saver) so switching over is a one-line change; it writes
//! atomically but has no lock, stamp or backup.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;

use anyhow::Context as _;

use crate::model::{FORMAT_VERSION, Portfolio};

/// `--file`/`RETROPLAN_FILE`, else the platform data directory.
pub fn resolve_path(file: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(f) = file {
        return Ok(f.to_path_buf());
    }
    let dirs = directories::ProjectDirs::from("", "", "retroplan")
        .context("no home directory: pass --file")?;
    Ok(dirs.data_dir().join("portfolio.json"))
}

pub struct Loaded {
    pub portfolio: Portfolio,
    pub newer_version: bool,
}

pub fn load(path: &Path) -> anyhow::Result<Loaded> {
    let text =
        fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let portfolio: Portfolio = serde_json::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
    let newer_version = portfolio.version > FORMAT_VERSION;
    Ok(Loaded {
        portfolio,
        newer_version,
    })
}

/// Write `p` to `path` atomically (temp file in the same folder, rename).
pub fn save(path: &Path, p: &Portfolio) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    let mut bytes = serde_json::to_vec_pretty(p)?;
    bytes.push(b'\n');
    tmp.write_all(&bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)?;
    Ok(())
}

/// What a save attempt came to.
pub enum SaveEvent {
    Saved,
    Failed(String),
}

/// Saves on submit (synchronously in this stand-in) and reports through `poll`.
pub struct Saver {
    path: PathBuf,
    events: Mutex<Vec<SaveEvent>>,
    failed: Mutex<Option<String>>,
}

impl Saver {
    pub fn spawn(path: PathBuf) -> Saver {
        Saver {
            path,
            events: Mutex::new(Vec::new()),
            failed: Mutex::new(None),
        }
    }

    pub fn submit(&self, p: Arc<Portfolio>) {
        let event = match save(&self.path, &p) {
            Ok(()) => SaveEvent::Saved,
            Err(e) => SaveEvent::Failed(format!("{e:#}")),
        };
        if let Ok(mut f) = self.failed.lock() {
            *f = match &event {
                SaveEvent::Failed(e) => Some(e.clone()),
                SaveEvent::Saved => None,
            };
        }
        if let Ok(mut ev) = self.events.lock() {
            ev.push(event);
        }
    }

    pub fn poll(&self) -> Option<SaveEvent> {
        let mut ev = self.events.lock().ok()?;
        if ev.is_empty() {
            None
        } else {
            Some(ev.remove(0))
        }
    }

    pub fn flush(&self) -> anyhow::Result<()> {
        match self.failed.lock().ok().and_then(|f| f.clone()) {
            Some(e) => anyhow::bail!(e),
            None => Ok(()),
        }
    }
}
