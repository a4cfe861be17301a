//! Autosave off the UI thread: a keystroke hands over a snapshot and returns
//! at once; a burst of changes becomes one save of the latest snapshot.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use super::disk::{Disk, RealDisk};
use super::save::save_with;
use super::stamp::DiskStamp;
use super::{IoAction, StoreError};
use crate::i18n::Lang;
use crate::model::Portfolio;

/// What happened to a save, for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveEvent {
    Saved,
    /// The save failed (message in the Saver's language); the data is kept
    /// and saved again with the next change or at [`Saver::flush`].
    Failed(String),
    /// The file was changed by someone else since loaded: nothing written.
    /// Offer reload, save-as, or overwrite ([`Saver::set_expected`]`(None)`).
    ChangedOnDisk,
}

/// Events kept for a UI that does not poll; older ones matter less.
const MAX_EVENTS: usize = 64;

struct State {
    /// The latest snapshot not yet picked by the worker.
    pending: Option<Arc<Portfolio>>,
    /// Snapshots replaced before the worker picked them: dropped by the
    /// worker, outside the lock. The last handle to an authority the app has
    /// since replaced frees it, which costs time on a large portfolio; that
    /// must never happen on the UI thread or while it waits for the lock.
    superseded: Vec<Arc<Portfolio>>,
    /// The snapshot of the last failed save, when nothing newer succeeded.
    unsaved: Option<Arc<Portfolio>>,
    last_error: Option<StoreError>,
    /// Generation of the latest submit, and of the latest save attempted.
    submitted: u64,
    attempted: u64,
    saving: bool,
    expected: Option<DiskStamp>,
    events: VecDeque<SaveEvent>,
    lang: Lang,
    shutdown: bool,
    worker_alive: bool,
}

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere while holding the lock leaves plain data behind;
        // keep going rather than lose the user's changes.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        self.wake.wait(guard).unwrap_or_else(|e| e.into_inner())
    }
}

/// The background autosave of one file.
pub struct Saver {
    shared: Arc<Shared>,
    path: PathBuf,
    worker: Option<JoinHandle<()>>,
}

impl Saver {
    /// Start saving to `path`; `stamp` is the file as loaded (`None` for a
    /// file that does not exist yet, or to overwrite whatever is there).
    pub fn spawn(path: PathBuf, stamp: Option<DiskStamp>) -> Saver {
        Saver::spawn_with(Arc::new(RealDisk), path, stamp)
    }

    /// [`Saver::spawn`] over any [`Disk`], for fault injection.
    pub fn spawn_with(disk: Arc<dyn Disk>, path: PathBuf, stamp: Option<DiskStamp>) -> Saver {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                pending: None,
                superseded: Vec::new(),
                unsaved: None,
                last_error: None,
                submitted: 0,
                attempted: 0,
                saving: false,
                expected: stamp,
                events: VecDeque::new(),
                lang: Lang::resolve(None),
                shutdown: false,
                worker_alive: true,
            }),
            wake: Condvar::new(),
        });
        let worker = {
            let shared = Arc::clone(&shared);
            let path = path.clone();
            std::thread::Builder::new()
                .name("retroplan-autosave".into())
                .spawn(move || run(&shared, disk.as_ref(), &path))
        };
        let worker = match worker {
            Ok(handle) => Some(handle),
            Err(_) => {
                // No thread: every flush will report the failure.
                shared.lock().worker_alive = false;
                None
            }
        };
        Saver {
            shared,
            path,
            worker,
        }
    }

    /// The file being saved to.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Language of the [`SaveEvent::Failed`] messages.
    pub fn set_lang(&self, lang: Lang) {
        self.shared.lock().lang = lang;
    }

    /// Queue `p` for saving and return at once. A snapshot not yet picked up
    /// is replaced: only the latest state matters.
    pub fn submit(&self, p: Arc<Portfolio>) {
        let mut s = self.shared.lock();
        if let Some(old) = s.pending.replace(p) {
            s.superseded.push(old);
        }
        s.submitted += 1;
        drop(s);
        self.shared.wake.notify_all();
    }

    /// The next thing that happened, oldest first.
    pub fn poll(&self) -> Option<SaveEvent> {
        self.shared.lock().events.pop_front()
    }

    /// True while something submitted is not known to be on disk.
    pub fn has_unsaved(&self) -> bool {
        let s = self.shared.lock();
        s.pending.is_some() || s.saving || s.unsaved.is_some()
    }

    /// The stamp the next save compares the disk against.
    pub fn expected(&self) -> Option<DiskStamp> {
        self.shared.lock().expected
    }

    /// Replace the stamp: after a reload, or `None` when the user chose to
    /// overwrite a file changed on disk. A snapshot kept from a refused or
    /// failed save is then saved again.
    pub fn set_expected(&self, stamp: Option<DiskStamp>) {
        let mut s = self.shared.lock();
        s.expected = stamp;
        if s.pending.is_none() {
            s.pending = s.unsaved.clone();
            if s.pending.is_some() {
                s.submitted += 1;
            }
        }
        drop(s);
        self.shared.wake.notify_all();
    }

    /// The file on disk was reloaded in place of ours: forget what could not
    /// be saved and compare the next save against `stamp`.
    pub fn adopt(&self, stamp: DiskStamp) {
        let mut s = self.shared.lock();
        s.expected = Some(stamp);
        let dropped = [s.pending.take(), s.unsaved.take()];
        s.superseded.extend(dropped.into_iter().flatten());
        s.last_error = None;
        s.attempted = s.submitted;
        drop(s);
        self.shared.wake.notify_all();
    }

    /// Block until everything submitted is on disk. If the last save failed
    /// (other than for a file changed on disk), it is tried once more; if it
    /// fails again, that error is returned and the snapshot stays kept.
    pub fn flush(&self) -> Result<(), StoreError> {
        let mut s = self.wait_idle(self.shared.lock())?;
        let retry =
            s.unsaved.is_some() && !matches!(s.last_error, Some(StoreError::ChangedOnDisk { .. }));
        if retry {
            s.pending = s.unsaved.clone();
            s.submitted += 1;
            self.shared.wake.notify_all();
            s = self.wait_idle(s)?;
        }
        match (&s.unsaved, &s.last_error) {
            (Some(_), Some(e)) => Err(e.clone()),
            _ => Ok(()),
        }
    }

    /// Wait until every submitted snapshot has been attempted.
    fn wait_idle<'a>(
        &'a self,
        mut s: MutexGuard<'a, State>,
    ) -> Result<MutexGuard<'a, State>, StoreError> {
        let target = s.submitted;
        while s.attempted < target && s.worker_alive {
            s = self.shared.wait(s);
        }
        if s.attempted < target {
            return Err(StoreError::io(
                &self.path,
                IoAction::Write,
                std::io::Error::other("the autosave thread has stopped"),
            ));
        }
        Ok(s)
    }
}

impl Drop for Saver {
    /// Saves what is pending, then stops the thread.
    fn drop(&mut self) {
        self.shared.lock().shutdown = true;
        self.shared.wake.notify_all();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// Marks the worker gone however it ends, so `flush` never waits forever.
struct Alive<'a>(&'a Shared);

impl Drop for Alive<'_> {
    fn drop(&mut self) {
        self.0.lock().worker_alive = false;
        self.0.wake.notify_all();
    }
}

fn run(shared: &Shared, disk: &dyn Disk, path: &Path) {
    let _alive = Alive(shared);
    loop {
        let (job, dead) = {
            let mut s = shared.lock();
            while s.pending.is_none() && s.superseded.is_empty() && !s.shutdown {
                s = shared.wait(s);
            }
            let dead = std::mem::take(&mut s.superseded);
            let job = s.pending.take().map(|p| {
                s.saving = true;
                (p, s.submitted, s.expected)
            });
            (job, dead)
        };
        // Outside the lock: a submit never waits for this.
        drop(dead);
        let Some((snapshot, generation, expected)) = job else {
            if shared.lock().shutdown {
                return;
            }
            continue;
        };
        let result = save_with(disk, path, &snapshot, expected.as_ref());
        let mut s = shared.lock();
        s.saving = false;
        s.attempted = generation;
        let (event, replaced) = match result {
            Ok(stamp) => {
                s.expected = Some(stamp);
                s.last_error = None;
                (SaveEvent::Saved, s.unsaved.take())
            }
            // On disk, but not yet durable: say so, yet count it as saved.
            Err(e @ StoreError::NotDurable { stamp, .. }) => {
                s.expected = Some(stamp);
                s.last_error = None;
                (SaveEvent::Failed(e.localized(s.lang)), s.unsaved.take())
            }
            Err(e) => {
                let event = match e {
                    StoreError::ChangedOnDisk { .. } => SaveEvent::ChangedOnDisk,
                    _ => SaveEvent::Failed(e.localized(s.lang)),
                };
                s.last_error = Some(e);
                (event, s.unsaved.replace(Arc::clone(&snapshot)))
            }
        };
        if s.events.len() >= MAX_EVENTS {
            s.events.pop_front();
        }
        s.events.push_back(event);
        drop(s);
        shared.wake.notify_all();
        // Freed here, on this thread, after the lock is released.
        drop(replaced);
        drop(snapshot);
    }
}
