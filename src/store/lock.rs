//! One writer per file: an advisory lock on `portfolio.json.lock`, held for
//! as long as the app may write. Readers (check, agenda, export) take none.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::paths::{lock_path, parent_dir, real_path, temp_prefix};
use super::{IoAction, StoreError};

/// Holds the lock until dropped (closing the file releases it, even when the
/// process is killed). The lock file itself is left in place: deleting it
/// would let a third process lock a different file of the same name.
#[derive(Debug)]
pub struct LockGuard {
    _file: File,
    path: PathBuf,
}

impl LockGuard {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Take the lock of the portfolio at `path`, or [`StoreError::Locked`] at
/// once if another process (or another handle in this one) holds it.
/// The lock belongs to the file, not to the name: through a symlink, the
/// lock of the file it points to is taken.
/// Once held, leftovers of saves killed midway are removed, unless the file
/// itself is missing: they may then be the newest copy (see `recovery`).
pub fn lock(path: &Path) -> Result<LockGuard, StoreError> {
    let real = real_path(path);
    let lock = lock_path(&real);
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(&lock)
        .map_err(|e| StoreError::io(&lock, IoAction::Lock, e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            return Err(StoreError::Locked {
                path: path.to_path_buf(),
                lock,
            });
        }
        Err(TryLockError::Error(e)) => return Err(StoreError::io(&lock, IoAction::Lock, e)),
    }
    if real.exists() {
        remove_stale_temps(&real);
    }
    Ok(LockGuard {
        _file: file,
        path: lock,
    })
}

/// Temp files of saves that were killed before their rename. Only called
/// under the lock, so no live save of ours is using them.
fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Some(prefix) = prefix.to_str() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_str().is_some_and(|n| n.starts_with(prefix)) {
            // Best effort: a leftover that cannot be removed harms nothing.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
