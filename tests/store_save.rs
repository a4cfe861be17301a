//! Saving: atomic replace with a backup, refusing to clobber a file changed
//! on disk, and leaving the original intact whatever step fails.

mod common;

use retroplan::i18n::Localize;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use common::faults::FaultyDisk;
use retroplan::model::{Authority, Portfolio};
use retroplan::store::disk::Step;
use retroplan::store::{self, StoreError};

fn sample(n: usize) -> Portfolio {
    let mut p = retroplan::demo::portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    for i in 0..n {
        p.authorities
            .push(Authority::new(format!("a-extra-{i}"), format!("Extra {i}")));
    }
    p
}

fn dir_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    (dir, path)
}

#[test]
fn save_then_load_gives_the_same_data_and_keeps_the_previous_file_as_bak() {
    let (dir, path) = setup();
    let first = sample(0);
    let s1 = store::save(&path, &first, None).unwrap();
    assert!(!store::bak_path(&path).exists(), "no previous version yet");
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.portfolio, first);
    assert_eq!(loaded.stamp, s1);
    assert!(!loaded.newer_version);

    let second = sample(2);
    let s2 = store::save(&path, &second, Some(&s1)).unwrap();
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&second));
    assert_eq!(
        fs::read(store::bak_path(&path)).unwrap(),
        store::to_bytes(&first)
    );
    assert_eq!(store::load(&path).unwrap().stamp, s2);
    assert_eq!(
        dir_names(dir.path()),
        ["portfolio.json", "portfolio.json.bak"]
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let (_dir, path) = setup();
    let stamp = store::save(&path, &sample(0), None).unwrap();

    // Same size and same modification time, different content: only the hash tells.
    let mut bytes = fs::read(&path).unwrap();
    let pos = bytes.iter().position(|&b| b == b'V').unwrap();
    bytes[pos] = b'W';
    let mtime = fs::metadata(&path).unwrap().modified().unwrap();
    fs::write(&path, &bytes).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let err = store::save(&path, &sample(1), Some(&stamp)).unwrap_err();
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }), "{err:?}");
    assert_eq!(fs::read(&path).unwrap(), bytes);

    // A different size or time is caught without reading.
    fs::write(&path, b"{}").unwrap();
    let err = store::save(&path, &sample(1), Some(&stamp)).unwrap_err();
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }));
    assert_eq!(fs::read(&path).unwrap(), b"{}");

    // Deleted since loaded: the user decides, nothing is recreated silently.
    fs::remove_file(&path).unwrap();
    let err = store::save(&path, &sample(1), Some(&stamp)).unwrap_err();
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }));
    assert!(!path.exists());
    assert!(err.localized(retroplan::i18n::Lang::En).contains("Reload"));
}

#[test]
fn every_failing_step_leaves_the_original_and_its_backup_intact_and_no_temp_file() {
    for step in [
        Step::CreateTemp,
        Step::Write,
        Step::SyncFile,
        Step::Backup,
        Step::Rename,
    ] {
        let (dir, path) = setup();
        let s1 = store::save(&path, &sample(0), None).unwrap();
        let s2 = store::save(&path, &sample(1), Some(&s1)).unwrap();
        let before = fs::read(&path).unwrap();
        let bak_before = fs::read(store::bak_path(&path)).unwrap();

        let disk = FaultyDisk::new(step, io::ErrorKind::StorageFull);
        let err = store::save_with(&disk, &path, &sample(5), Some(&s2)).unwrap_err();
        assert!(matches!(err, StoreError::Io { .. }), "{step:?}: {err:?}");
        let msg = err.localized(retroplan::i18n::Lang::En);
        assert!(msg.contains("portfolio.json"), "{msg}");
        assert!(msg.contains("intact"), "{msg}");

        assert_eq!(fs::read(&path).unwrap(), before, "{step:?}");
        let bak_now = fs::read(store::bak_path(&path)).unwrap();
        // A failed backup may have moved .bak to the current file: both good.
        assert!(bak_now == bak_before || bak_now == before, "{step:?}");
        assert_eq!(
            dir_names(dir.path()),
            ["portfolio.json", "portfolio.json.bak"],
            "{step:?}"
        );
        // The stamp still matches: the next save goes through.
        store::save(&path, &sample(5), Some(&s2)).unwrap();
    }
}

#[test]
fn a_failed_folder_sync_reports_a_save_that_is_in_place() {
    let (_dir, path) = setup();
    let s1 = store::save(&path, &sample(0), None).unwrap();
    let disk = FaultyDisk::new(Step::SyncDir, io::ErrorKind::Other);
    match store::save_with(&disk, &path, &sample(1), Some(&s1)) {
        Err(StoreError::NotDurable { stamp, .. }) => {
            assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&sample(1)));
            store::save(&path, &sample(2), Some(&stamp)).unwrap();
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn saving_refuses_data_it_could_not_read_back() {
    let (_dir, path) = setup();
    let mut newer = sample(0);
    newer.version = retroplan::model::FORMAT_VERSION + 1;
    assert!(matches!(
        store::save(&path, &newer, None),
        Err(StoreError::NewerVersion { found: 3, .. })
    ));
    let mut nan = sample(0);
    nan.authorities[0].pursuits[0].factor = f64::NAN;
    assert!(matches!(
        store::save(&path, &nan, None),
        Err(StoreError::Unsavable { .. })
    ));
    assert!(!path.exists());
}

#[test]
fn save_new_never_replaces_a_file() {
    let (dir, path) = setup();
    fs::write(&path, b"precious").unwrap();
    let err = store::save_new(&path, &sample(0)).unwrap_err();
    assert!(matches!(err, StoreError::Exists { .. }));
    assert_eq!(fs::read(&path).unwrap(), b"precious");
    assert_eq!(dir_names(dir.path()), ["portfolio.json"]);

    let fresh = dir.path().join("sub/dir/new.json");
    let stamp = store::save_new(&fresh, &sample(0)).unwrap();
    assert_eq!(store::load(&fresh).unwrap().stamp, stamp);
}

#[cfg(unix)]
#[test]
fn files_are_private_and_a_symlinked_file_stays_a_symlink() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let (dir, path) = setup();
    store::save(&path, &sample(0), None).unwrap();
    store::save(&path, &sample(1), None).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&store::bak_path(&path)), 0o600);

    let link = dir.path().join("link.json");
    symlink(&path, &link).unwrap();
    store::save(&link, &sample(3), None).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&sample(3)));
}

#[test]
fn a_second_lock_on_the_same_file_is_refused_until_released() {
    let (dir, path) = setup();
    store::save(&path, &sample(0), None).unwrap();
    // Leftovers of a save killed midway are swept by the next lock holder.
    fs::write(dir.path().join(".portfolio.json.tmp-abc123.tmp"), b"half").unwrap();
    let guard = store::lock(&path).unwrap();
    assert_eq!(
        dir_names(dir.path()),
        ["portfolio.json", "portfolio.json.lock"]
    );
    match store::lock(&path) {
        Err(StoreError::Locked { lock, .. }) => assert_eq!(lock, guard.path()),
        other => panic!("{other:?}"),
    }
    drop(guard);
    store::lock(&path).unwrap();
}

/// Issue 10 item 4: a `touch` (new mtime, same bytes) is not a change, and
/// the next save goes through; issue 15 item 3: while the stat is the one
/// of our own last save, the file is not read back.
#[test]
fn a_touch_is_not_a_change_and_our_own_save_is_trusted() {
    let (_dir, path) = setup();
    let stamp = store::save(&path, &sample(0), None).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let stamp = store::save(&path, &sample(1), Some(&stamp)).unwrap();
    // Our own save's stamp matches the disk without a read.
    let meta = fs::metadata(&path).unwrap();
    assert!(stamp.same_stat(&meta));
    assert_eq!(stamp.hash, store::content_hash(&fs::read(&path).unwrap()));
    store::save(&path, &sample(2), Some(&stamp)).unwrap();
}
