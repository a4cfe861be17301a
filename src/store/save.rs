//! Writing the file atomically: the file on disk is always either the old
//! version or the new one, the previous version stays as `.bak`, and no
//! temporary file survives a failed save.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::disk::{Disk, RealDisk};
use super::load::read_file;
use super::paths::{bak_path, parent_dir, real_path, temp_prefix, timestamped};
use super::stamp::{DiskStamp, content_hash};
use super::{IoAction, StoreError};
use crate::model::{FORMAT_VERSION, Portfolio};

/// The exact bytes a save writes: pretty JSON in the model's field order
/// (checklists are sorted maps), ending with a newline. Same data, same bytes.
pub fn to_bytes(p: &Portfolio) -> Vec<u8> {
    // The model holds only strings, numbers, dates and string-keyed maps,
    // which serde_json always serializes.
    try_to_bytes(p).expect("the portfolio model always serializes to JSON")
}

fn try_to_bytes(p: &Portfolio) -> serde_json::Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(p)?;
    out.push(b'\n');
    Ok(out)
}

/// Save `p` to `path` atomically, keeping the previous file as
/// `<path>.bak`. With `expected`, refuses with [`StoreError::ChangedOnDisk`]
/// when the file is no longer the one loaded or last saved. Returns the
/// stamp of the new file, to pass to the next save.
pub fn save(
    path: &Path,
    p: &Portfolio,
    expected: Option<&DiskStamp>,
) -> Result<DiskStamp, StoreError> {
    save_with(&RealDisk, path, p, expected)
}

/// [`save`] over any [`Disk`], for fault injection.
pub fn save_with(
    disk: &dyn Disk,
    path: &Path,
    p: &Portfolio,
    expected: Option<&DiskStamp>,
) -> Result<DiskStamp, StoreError> {
    let bytes = checked_bytes(path, p)?;
    let target = real_path(path);
    let exists = ensure_unchanged(&target, expected)?;
    let dir = parent_dir(&target);
    let mut temp = write_temp(disk, &target, &bytes)?;
    if exists {
        keep_original(disk, &target, p)?;
        keep_backup(disk, &target)?;
    }
    disk.rename(temp.path(), &target)
        .map_err(|e| StoreError::io(&target, IoAction::Replace, e))?;
    // The temp name is gone with the rename: nothing left to clean up.
    temp.disable_cleanup(true);
    let stamp = new_stamp(&target, temp.as_file(), &bytes)?;
    sync_dir(disk, &target, dir, stamp)?;
    Ok(stamp)
}

/// Create `path` with `p`, refusing with [`StoreError::Exists`] if a file is
/// already there, even one created a moment ago by another process.
/// The folder is created (mode 0700) if missing.
pub fn save_new(path: &Path, p: &Portfolio) -> Result<DiskStamp, StoreError> {
    save_new_with(&RealDisk, path, p)
}

/// [`save_new`] over any [`Disk`]. A backup left by an earlier life of the
/// file is set aside first (see [`set_aside_old_backup`]).
pub fn save_new_with(disk: &dyn Disk, path: &Path, p: &Portfolio) -> Result<DiskStamp, StoreError> {
    let bytes = checked_bytes(path, p)?;
    create_private_dir(parent_dir(path))?;
    if fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::Exists {
            path: path.to_path_buf(),
        });
    }
    set_aside_old_backup(path)?;
    create_with_bytes_on(disk, path, &bytes)
}

/// Create `path` holding `bytes`, refusing with [`StoreError::Exists`] if a
/// file is already there.
pub(crate) fn create_with_bytes(path: &Path, bytes: &[u8]) -> Result<DiskStamp, StoreError> {
    create_with_bytes_on(&RealDisk, path, bytes)
}

fn create_with_bytes_on(
    disk: &dyn Disk,
    path: &Path,
    bytes: &[u8],
) -> Result<DiskStamp, StoreError> {
    let dir = parent_dir(path);
    let temp = write_temp(disk, path, bytes)?;
    // A hard link never replaces an existing file, unlike a rename.
    match disk.hard_link(temp.path(), path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(StoreError::io(path, IoAction::Replace, e)),
    }
    let file = temp.as_file().try_clone();
    // Removes the temp name; `path` keeps the file.
    drop(temp);
    let file = file.map_err(|e| StoreError::io(path, IoAction::Inspect, e))?;
    let stamp = new_stamp(path, &file, bytes)?;
    sync_dir(disk, path, dir, stamp)?;
    Ok(stamp)
}

/// Create `dir` and its missing parents with mode 0700 (personal data).
pub fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| StoreError::io(dir, IoAction::CreateDir, e))
}

/// The bytes to write, after refusing what must never be written.
fn checked_bytes(path: &Path, p: &Portfolio) -> Result<Vec<u8>, StoreError> {
    if p.version > FORMAT_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: u64::from(p.version),
        });
    }
    // JSON has no NaN or infinity: serde_json would write `null`, and the
    // file would no longer load.
    let bad = p.pursuits().find_map(|(_, x)| {
        let amount_bad = x.amount.is_some_and(|a| !a.is_finite());
        (!x.factor.is_finite() || amount_bad).then(|| x.id.clone())
    });
    if let Some(id) = bad {
        return Err(StoreError::Unsavable {
            path: path.to_path_buf(),
            what: id,
        });
    }
    try_to_bytes(p).map_err(|e| StoreError::Unsavable {
        path: path.to_path_buf(),
        what: e.to_string(),
    })
}

/// Whether the file exists; an error if it differs from `expected`.
fn ensure_unchanged(path: &Path, expected: Option<&DiskStamp>) -> Result<bool, StoreError> {
    let changed = || StoreError::ChangedOnDisk {
        path: path.to_path_buf(),
    };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // Deleted or moved away since loaded: the user should decide.
            return match expected {
                Some(_) => Err(changed()),
                None => Ok(false),
            };
        }
        Err(e) => return Err(StoreError::io(path, IoAction::Inspect, e)),
    };
    let Some(exp) = expected else {
        return Ok(true);
    };
    // The stamp of our own last save (or of the load) is trusted while the
    // stat agrees with it: no read-back of a large file at every save.
    if exp.same_stat(&meta) {
        return Ok(true);
    }
    // The stat moved (a `touch`, a copy, a sync tool): only a change of
    // content is a change.
    let (bytes, _) = read_file(path)?;
    if content_hash(&bytes) != exp.hash {
        return Err(changed());
    }
    Ok(true)
}

/// A temp file beside `target` holding `bytes`, flushed to the disk.
fn write_temp(
    disk: &dyn Disk,
    target: &Path,
    bytes: &[u8],
) -> Result<tempfile::NamedTempFile, StoreError> {
    let dir = parent_dir(target);
    let mut temp = disk
        .create_temp(dir, &temp_prefix(target))
        .map_err(|e| StoreError::io(target, IoAction::CreateTemp, e))?;
    // On error `temp` is dropped here, which removes it.
    disk.write_all(temp.as_file_mut(), bytes)
        .map_err(|e| StoreError::io(target, IoAction::Write, e))?;
    disk.sync_file(temp.as_file())
        .map_err(|e| StoreError::io(target, IoAction::Sync, e))?;
    Ok(temp)
}

/// The stamp of what was just written, from the written file's own handle
/// (after its rename or link, which changes its inode's change time).
fn new_stamp(target: &Path, file: &fs::File, bytes: &[u8]) -> Result<DiskStamp, StoreError> {
    let meta = file
        .metadata()
        .map_err(|e| StoreError::io(target, IoAction::Inspect, e))?;
    Ok(DiskStamp::new(&meta, bytes))
}

/// Name the current file `<path>.bak` too, atomically: a crash leaves either
/// the old backup or the new one, never none.
fn keep_backup(disk: &dyn Disk, target: &Path) -> Result<(), StoreError> {
    let bak = bak_path(target);
    let mut staging = temp_prefix(target);
    staging.push("bak");
    let staging = target.with_file_name(staging);
    let fail = |e| StoreError::io(&bak, IoAction::Backup, e);
    // A leftover from a killed process; ours to replace.
    match fs::remove_file(&staging) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(fail(e)),
        _ => {}
    }
    if let Err(e) = disk.hard_link(target, &staging) {
        // Some filesystems (FAT, some network shares) have no hard links.
        let unsupported = matches!(
            e.kind(),
            io::ErrorKind::Unsupported | io::ErrorKind::PermissionDenied
        );
        if !unsupported {
            return Err(fail(e));
        }
        copy_private(target, &staging).map_err(fail)?;
    }
    disk.rename(&staging, &bak).map_err(|e| {
        let _ = fs::remove_file(&staging);
        fail(e)
    })
}

pub(crate) fn copy_private(from: &Path, to: &Path) -> io::Result<()> {
    let result = fs::copy(from, to).and_then(|_| {
        #[cfg(unix)]
        fs::set_permissions(to, super::disk::private_file())?;
        fs::File::open(to)?.sync_all()
    });
    if result.is_err() {
        let _ = fs::remove_file(to);
    }
    result
}

/// Make the rename durable. Past the rename the new file is in place, so a
/// failure here is reported with the stamp of what is now on disk.
fn sync_dir(
    disk: &dyn Disk,
    target: &Path,
    dir: &Path,
    stamp: DiskStamp,
) -> Result<(), StoreError> {
    match disk.sync_dir(dir) {
        Ok(()) => Ok(()),
        // Some filesystems cannot sync a folder; nothing more can be done.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(StoreError::NotDurable {
            path: target.to_path_buf(),
            stamp,
            source: Arc::new(e),
        }),
    }
}
/// A new portfolio must not inherit a backup from an earlier life of the
/// file: the next save would overwrite it with a smaller file. It is set
/// aside as `<file>.bak-<time>` and that name returned.
pub fn set_aside_old_backup(path: &Path) -> Result<Option<PathBuf>, StoreError> {
    let real = real_path(path);
    let bak = bak_path(&real);
    if fs::symlink_metadata(&real).is_ok() || fs::symlink_metadata(&bak).is_err() {
        return Ok(None);
    }
    let aside = timestamped(&real, ".bak");
    // A hard link never replaces an existing file, unlike a rename.
    fs::hard_link(&bak, &aside)
        .and_then(|()| fs::remove_file(&bak))
        .map_err(|e| StoreError::io(&bak, IoAction::Backup, e))?;
    Ok(Some(aside))
}
/// The version a file on disk says it is (just that key).
#[derive(serde::Deserialize)]
struct Header {
    version: Option<u64>,
}

/// Called by a save about to replace `target` with `p`: when `p` was
/// converted from an older version and the file on disk still is that
/// version, keep a copy of it as `portfolio.v1.json` first. An existing
/// copy is never replaced.
pub(crate) fn keep_original(
    disk: &dyn Disk,
    target: &Path,
    p: &Portfolio,
) -> Result<(), StoreError> {
    let Some(from) = p.converted_from else {
        return Ok(());
    };
    let keep = super::migrate::original_path(target, from);
    if std::fs::symlink_metadata(&keep).is_ok() {
        return Ok(());
    }
    let (bytes, _) = read_file(target)?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let on_disk = serde_json::from_slice::<Header>(body)
        .ok()
        .and_then(|h| h.version);
    if on_disk != Some(u64::from(from)) {
        // Already rewritten (the copy was deleted since): nothing to keep.
        return Ok(());
    }
    let fail = |e| StoreError::io(&keep, IoAction::Backup, e);
    let mut temp = disk
        .create_temp(parent_dir(target), &temp_prefix(target))
        .map_err(fail)?;
    disk.write_all(temp.as_file_mut(), &bytes).map_err(fail)?;
    disk.sync_file(temp.as_file()).map_err(fail)?;
    // A hard link never replaces: a copy made meanwhile stays.
    match disk.hard_link(temp.path(), &keep) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(fail(e)),
    }
}
