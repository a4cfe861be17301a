//! Handing snapshots to the autosave without the UI thread ever freeing one.
//!
//! A snapshot shares its authorities with the app, so making one costs a
//! pointer per authority. Freeing one is as cheap, except for the snapshot
//! that last holds an authority the app has since replaced: whoever drops
//! it frees that data. The saver drops a superseded snapshot inside
//! `submit`, on the calling thread; so the hand-off keeps its own reference
//! to the latest snapshot and, when the next one replaces it, passes that
//! reference to a reaper thread. The last reference therefore ends on the
//! reaper or on the saver's worker, never on the UI thread.

use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};

use crate::model::Portfolio;
use crate::store::Saver;

pub struct Handoff<'a> {
    saver: &'a Saver,
    latest: Option<Arc<Portfolio>>,
    /// `None` when no thread could be started: snapshots are then freed here.
    reaper: Option<Sender<Arc<Portfolio>>>,
}

impl<'a> Handoff<'a> {
    pub fn new(saver: &'a Saver) -> Handoff<'a> {
        let (tx, rx) = channel::<Arc<Portfolio>>();
        let reaper = std::thread::Builder::new()
            .name("retroplan-reaper".into())
            .spawn(move || rx.into_iter().for_each(drop))
            .ok()
            .map(|_| tx);
        Handoff {
            saver,
            latest: None,
            reaper,
        }
    }

    /// Queue `snapshot` for saving; the one it supersedes is freed elsewhere.
    pub fn submit(&mut self, snapshot: Arc<Portfolio>) {
        self.saver.submit(Arc::clone(&snapshot));
        if let Some(old) = self.latest.replace(snapshot)
            && let Some(reaper) = &self.reaper
        {
            // A closed channel hands the snapshot back: dropped here then.
            let _ = reaper.send(old);
        }
    }
}

impl Drop for Handoff<'_> {
    fn drop(&mut self) {
        if let (Some(last), Some(reaper)) = (self.latest.take(), &self.reaper) {
            let _ = reaper.send(last);
        }
    }
}
