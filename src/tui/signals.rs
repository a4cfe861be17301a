//! SIGTERM, SIGHUP, SIGINT and SIGQUIT (`kill -INT`, `kill -QUIT`: in raw
//! mode Ctrl-C and Ctrl-\\ are keys, not signals): flush the autosave,
//! restore the terminal, remove the demo's folder, exit 128+n.
//! Heard on a thread of their own, because when the terminal hangs up
//! crossterm 0.29 can spin inside `event::poll` (its reader loops on a
//! zero-byte read) and the event loop would never look at a flag again.

use std::io::stdout;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture};
use ratatui::crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::store::Saver;

/// Time the event loop gets to notice the signal and leave cleanly.
const GRACE: Duration = Duration::from_millis(1500);

/// The signal received, or 0; the event loop checks it every tick.
#[derive(Clone, Default)]
pub struct Stop(Arc<AtomicI32>);

impl Stop {
    pub fn requested(&self) -> Option<i32> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            n => Some(n),
        }
    }

    /// The signal, if one arrives within a moment.
    pub fn wait_briefly(&self) -> Option<i32> {
        for _ in 0..200 {
            if let Some(sig) = self.requested() {
                return Some(sig);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }
}

/// Start listening. The loop should return on [`Stop::requested`]; if it
/// has not within [`GRACE`], this thread flushes, restores, removes
/// `scratch` (the demo's folder, which `exit` would leave behind) and exits.
pub fn watch(saver: Option<Arc<Saver>>, scratch: Option<PathBuf>) -> std::io::Result<Stop> {
    let stop = Stop::default();
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let flag = Arc::clone(&stop.0);
    std::thread::Builder::new()
        .name("retroplan-signals".into())
        .spawn(move || {
            let Some(sig) = signals.forever().next() else {
                return;
            };
            flag.store(sig, Ordering::SeqCst);
            std::thread::sleep(GRACE);
            if let Some(saver) = &saver {
                let _ = saver.flush();
            }
            let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
            let _ = ratatui::try_restore();
            if let Some(dir) = &scratch {
                let _ = std::fs::remove_dir_all(dir);
            }
            std::process::exit(128 + sig);
        })?;
    Ok(stop)
}
