//! A portfolio that went missing (deleted, moved, a sync gone wrong) while a
//! copy of it survives beside it: the `.bak`, or the temp file of a save that
//! was cut short. Nothing here deletes or overwrites a copy.

use std::fs;
use std::path::{Path, PathBuf};

use super::load::load_bytes;
use super::paths::{bak_path, parent_dir, real_path, sibling, temp_prefix};
use super::save::create_with_bytes;
use super::{DiskStamp, IoAction, StoreError};

/// The newest readable copy of the portfolio at `path` when the file
/// itself is missing; `None` when the file exists or nothing survives.
pub fn surviving_copy(path: &Path) -> Option<PathBuf> {
    let real = real_path(path);
    if fs::symlink_metadata(&real).is_ok() {
        return None;
    }
    let mut candidates = vec![bak_path(&real)];
    let prefix = temp_prefix(&real);
    if let (Some(prefix), Ok(entries)) = (prefix.to_str(), fs::read_dir(parent_dir(&real))) {
        candidates.extend(
            entries
                .flatten()
                .filter(|e| {
                    e.file_name()
                        .to_str()
                        .is_some_and(|n| n.starts_with(prefix))
                })
                .map(|e| e.path()),
        );
    }
    candidates
        .into_iter()
        .filter_map(|c| {
            let modified = fs::metadata(&c).and_then(|m| m.modified()).ok()?;
            let bytes = fs::read(&c).ok()?;
            load_bytes(&c, &bytes).ok()?;
            Some((modified, c))
        })
        .max_by_key(|(modified, _)| *modified)
        .map(|(_, c)| c)
}

/// The error for a missing `path`: it names the surviving copy, if any.
pub fn missing(path: &Path) -> StoreError {
    match surviving_copy(path) {
        Some(copy) => StoreError::MissingWithCopy {
            path: path.to_path_buf(),
            copy,
        },
        None => StoreError::NotFound {
            path: path.to_path_buf(),
        },
    }
}

/// Bring back `copy` as the portfolio at `path`, byte for byte; the copy
/// stays where it is. The caller holds the lock. Refuses when `path` exists.
pub fn restore_from(path: &Path, copy: &Path) -> Result<DiskStamp, StoreError> {
    let bytes = fs::read(copy).map_err(|e| StoreError::io(copy, IoAction::Read, e))?;
    load_bytes(copy, &bytes)?;
    create_with_bytes(&real_path(path), &bytes)
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

/// `<file><tag>-<local time>` beside the real file: a name of the
/// portfolio's own family, so no export may overwrite it.
fn timestamped(path: &Path, tag: &str) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    sibling(&real_path(path), &format!("{tag}-{stamp}"))
}

/// Copy the file on disk (someone else's version) to
/// `<file>.theirs-<time>` before ours replaces it; returns that name.
pub fn keep_theirs(path: &Path) -> Result<PathBuf, StoreError> {
    let real = real_path(path);
    let aside = timestamped(&real, ".theirs");
    super::save::copy_private(&real, &aside)
        .map_err(|e| StoreError::io(&aside, IoAction::Backup, e))?;
    Ok(aside)
}

/// Save `p` as a new file `<file>.mine-<time>` beside the portfolio.
pub fn save_copy(path: &Path, p: &crate::model::Portfolio) -> Result<PathBuf, StoreError> {
    let copy = timestamped(path, ".mine");
    super::save::save_new(&copy, p)?;
    Ok(copy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{load, save, save_new};

    fn demo() -> crate::model::Portfolio {
        crate::demo::portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
    }

    #[test]
    fn a_missing_file_names_its_backup_and_restore_brings_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.json");
        let stamp = save_new(&p, &demo()).unwrap();
        save(&p, &demo(), Some(&stamp)).unwrap();
        let bak = bak_path(&p);
        fs::remove_file(&p).unwrap();
        assert!(matches!(load(&p), Err(StoreError::MissingWithCopy { .. })));
        assert_eq!(surviving_copy(&p), Some(bak.clone()));
        restore_from(&p, &bak).unwrap();
        assert_eq!(fs::read(&p).unwrap(), fs::read(&bak).unwrap());
        assert_eq!(surviving_copy(&p), None);
        assert!(matches!(
            restore_from(&p, &bak),
            Err(StoreError::Exists { .. })
        ));
    }

    #[test]
    fn a_new_file_never_overwrites_an_old_backup() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.json");
        let stamp = save_new(&p, &demo()).unwrap();
        save(&p, &demo(), Some(&stamp)).unwrap();
        let old_bak = fs::read(bak_path(&p)).unwrap();
        fs::remove_file(&p).unwrap();
        let empty = crate::model::Portfolio::default();
        let stamp = save_new(&p, &empty).unwrap();
        save(&p, &empty, Some(&stamp)).unwrap();
        let aside: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("p.json.bak-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(fs::read(aside[0].path()).unwrap(), old_bak);
    }

    #[test]
    fn a_cut_short_save_is_a_copy_too_and_the_lock_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.json");
        let temp = dir.path().join(".p.json.tmp-x1.tmp");
        fs::write(&temp, crate::store::to_bytes(&demo())).unwrap();
        let _lock = crate::store::lock(&p).unwrap();
        assert_eq!(surviving_copy(&p), Some(temp));
    }
}
