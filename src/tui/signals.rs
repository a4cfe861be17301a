//! SIGTERM and SIGHUP: save what was submitted, give the terminal back, and
//! exit 128+n. Handled on a thread of its own, because the main thread may
//! be blocked reading a terminal that has just gone away (a hang-up leaves
//! crossterm polling a dead descriptor).

use std::io::stdout;
use std::path::PathBuf;
use std::sync::Arc;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture};
use ratatui::crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::iterator::Signals;

use crate::store::Saver;

/// Start listening; from then on a SIGTERM or SIGHUP ends the process
/// cleanly. `demo_dir` (the demo's temporary folder) is removed on the way.
pub fn install(saver: Option<Arc<Saver>>, demo_dir: Option<PathBuf>) -> std::io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("retroplan-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                // Nothing lost: every change is submitted as it is made.
                if let Some(saver) = &saver {
                    let _ = saver.flush();
                }
                // After a hang-up the terminal is gone: every step may fail,
                // and none may print (printing to a dead terminal panics).
                let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste, Show);
                let _ = ratatui::try_restore();
                if let Some(dir) = &demo_dir {
                    let _ = std::fs::remove_dir_all(dir);
                }
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}
