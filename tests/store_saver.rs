//! The autosave thread: submit never waits, bursts collapse to the latest
//! snapshot, failures keep the data and are retried, flush waits for disk.

mod common;

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::faults::FaultyDisk;
use retroplan::i18n::Lang;
use retroplan::i18n::Localize;
use retroplan::model::{Authority, Portfolio};
use retroplan::store::disk::Step;
use retroplan::store::{self, SaveEvent, Saver, StoreError};

fn with_authorities(n: usize) -> Arc<Portfolio> {
    let mut p = Portfolio::default();
    for i in 0..n {
        p.authorities
            .push(Authority::new(format!("a-{i}"), format!("Buyer {i}")));
    }
    Arc::new(p)
}

fn events(saver: &Saver) -> Vec<SaveEvent> {
    std::iter::from_fn(|| saver.poll()).collect()
}

#[test]
fn a_burst_is_saved_as_its_latest_snapshot_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    let saver = Saver::spawn(path.clone(), None);
    let start = Instant::now();
    for n in 0..200 {
        saver.submit(with_authorities(n));
    }
    // 200 synced saves would take far longer than this.
    assert!(
        start.elapsed() < Duration::from_millis(200),
        "{:?}",
        start.elapsed()
    );
    saver.flush().unwrap();
    assert!(!saver.has_unsaved());
    assert_eq!(
        store::load(&path).unwrap().portfolio,
        *with_authorities(199)
    );
    let got = events(&saver);
    assert!(
        !got.is_empty() && got.len() < 200,
        "coalesced: {}",
        got.len()
    );
    assert!(got.iter().all(|e| *e == SaveEvent::Saved));
}

#[test]
fn a_failed_save_keeps_the_data_and_the_next_change_retries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    let disk = Arc::new(FaultyDisk::new(Step::Write, io::ErrorKind::StorageFull));
    let saver = Saver::spawn_with(disk.clone(), path.clone(), None);

    saver.submit(with_authorities(1));
    let err = saver.flush().unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }), "{err:?}");
    assert!(saver.has_unsaved());
    assert!(!path.exists());
    let got = events(&saver);
    assert!(
        matches!(&got[..], [SaveEvent::Failed(m), SaveEvent::Failed(_)] if m.localized(Lang::En).contains("portfolio.json")),
        "{got:?}"
    );

    disk.heal();
    saver.submit(with_authorities(2));
    saver.flush().unwrap();
    assert!(!saver.has_unsaved());
    assert_eq!(store::load(&path).unwrap().portfolio, *with_authorities(2));
}

#[test]
fn flush_retries_the_failed_snapshot_when_nothing_newer_came() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    let disk = Arc::new(FaultyDisk::new(Step::Rename, io::ErrorKind::StorageFull));
    let saver = Saver::spawn_with(disk.clone(), path.clone(), None);
    saver.submit(with_authorities(3));
    assert!(saver.flush().is_err());
    disk.heal();
    saver.flush().unwrap();
    assert_eq!(store::load(&path).unwrap().portfolio, *with_authorities(3));
}

#[test]
fn a_file_changed_behind_the_saver_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    let stamp = store::save(&path, &with_authorities(1), None).unwrap();
    let saver = Saver::spawn(path.clone(), Some(stamp));
    saver.submit(with_authorities(2));
    saver.flush().unwrap();

    std::fs::write(&path, b"edited elsewhere").unwrap();
    saver.submit(with_authorities(3));
    assert!(matches!(
        saver.flush(),
        Err(StoreError::ChangedOnDisk { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"edited elsewhere");
    assert_eq!(events(&saver), [SaveEvent::Saved, SaveEvent::ChangedOnDisk]);

    // The user chose to overwrite.
    saver.set_expected(None);
    saver.flush().unwrap();
    assert_eq!(store::load(&path).unwrap().portfolio, *with_authorities(3));
}

#[test]
fn dropping_the_saver_writes_what_is_pending() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    {
        let saver = Saver::spawn(path.clone(), None);
        saver.submit(with_authorities(4));
    }
    assert_eq!(store::load(&path).unwrap().portfolio, *with_authorities(4));
}
