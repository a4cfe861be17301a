//! Older file versions, read and converted in memory.
//!
//! Version 1 held stage-1 (prospection) progress in each pursuit; version 2
//! holds it once per authority (`authorities[].checklist`). Converting moves
//! every stage-1 entry up to its authority; when pursuits disagree the
//! latest tick wins and all distinct notes are kept. The file itself is
//! only rewritten by the next save, and that first save keeps the
//! version-1 original beside it as `portfolio.v1.json` (never overwritten).

use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::disk::Disk;
use super::load::read_file;
use super::paths::{parent_dir, temp_prefix};
use super::{IoAction, StoreError};
use crate::model::ticks::hoist_stage_one;
use crate::model::{FORMAT_VERSION, Portfolio};

/// Bring `p` to the current version in place. Returns the version it was
/// converted from, if it was older. Stage-1 entries found on pursuits of a
/// current file (hand edits, older tools) are moved up too.
pub fn upgrade(p: &mut Portfolio) -> Option<u32> {
    for a in &mut p.authorities {
        hoist_stage_one(a);
    }
    if p.version >= FORMAT_VERSION {
        return None;
    }
    let from = p.version;
    p.version = FORMAT_VERSION;
    p.converted_from = Some(from);
    Some(from)
}

/// Where the original of a converted file is kept:
/// `portfolio.json` → `portfolio.v1.json` beside it.
pub fn original_path(path: &Path, version: u32) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}.v{version}.{}", ext.to_string_lossy()),
        None => format!("{stem}.v{version}"),
    };
    path.with_file_name(name)
}

#[derive(Deserialize)]
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
    let keep = original_path(target, from);
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

#[cfg(test)]
#[path = "migrate_tests.rs"]
mod tests;
