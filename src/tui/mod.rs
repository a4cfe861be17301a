//! The edge: terminal set-up and restore, the event loop, signals, and the
//! autosave. Everything else is the pure app (`crate::app`, `crate::ui`).

mod conflict;
mod events;
pub mod handoff;
mod session;
mod signals;

use std::io::stdout;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use crate::app::{self, App, Effect, Msg};
use crate::commands::Context;
use crate::i18n::Localize;
use crate::store::{SaveEvent, Saver};

/// How often the loop wakes without input, to hear the autosave and signals.
const TICK: Duration = Duration::from_millis(100);

/// Open the tracker on the portfolio file (or a demo copy).
pub fn run(ctx: &Context, demo: bool) -> anyhow::Result<ExitCode> {
    if let Err(why) = usable_terminal(ctx.lang) {
        // A file that cannot be read is worth knowing first; nothing is
        // created, restored or locked without a terminal.
        if !demo {
            let path = crate::store::resolve_path(ctx.file.as_deref())
                .map_err(|e| anyhow::anyhow!(e.localized(ctx.lang)))?;
            if std::fs::symlink_metadata(&path).is_ok() {
                crate::store::load(&path).map_err(|e| anyhow::anyhow!(e.localized(ctx.lang)))?;
            }
        }
        return Err(why);
    }
    let mut session = session::open(ctx, demo)?;
    // Moved, not cloned: a copy of a large portfolio costs tens of milliseconds.
    let portfolio = std::mem::take(&mut session.portfolio);
    let mut app = App::new(portfolio, ctx.lang, ctx.today);
    app.demo = session.demo;
    app.read_only = session.read_only;
    app.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    app.set_user(crate::user::current(&session.path));
    if session.created {
        app.notice = Some(app::Notice::Created(session.path.display().to_string()));
    }
    let copies = crate::merge::copies::find(&session.path);
    if !copies.is_empty() && !session.demo {
        app.notice = Some(app::Notice::ConflictCopies(copies.len()));
    }
    // Read-only sessions never write: no saver at all.
    let saver = session
        .read_only
        .is_none()
        .then(|| Arc::new(Saver::spawn(session.path.clone(), session.stamp)));
    let stop = signals::watch(saver.clone(), session.scratch())?;

    // Ours first: ratatui's hook (installed by init) restores the screen,
    // then calls this one to release the mouse.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        previous(info);
    }));
    let mut terminal = ratatui::try_init()?;
    // Bracketed paste: a pasted name arrives whole, not as keys that could trigger commands.
    let _ = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, saver.as_deref(), &stop);
    // Whatever ended the loop, what was submitted reaches the disk.
    let flushed = saver.as_ref().map(|s| s.flush());
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    // try_restore: restore() eprintln!s its error, which panics when the terminal is gone.
    let _ = ratatui::try_restore();
    // Terminal's Drop eprintln!s when it cannot show the cursor, and that
    // panics (then aborts) once the terminal is gone: never drop it then.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    // On the restored screen, the truth about the last save, when the user
    // was told it had failed or it fails now.
    let last_word = match (&flushed, &app.save) {
        (Some(Err(e)), _) => Some(crate::i18n::tui::not_saved_at_exit(
            ctx.lang,
            &e.localized(ctx.lang),
        )),
        (Some(Ok(())), app::SaveState::Failed(_)) => {
            Some(crate::i18n::tui::saved_at_exit(ctx.lang).to_string())
        }
        _ => None,
    };
    if let Some(line) = last_word {
        crate::commands::files::write_stderr(&format!("retroplan: {line}\n"));
    }
    if result.is_err() {
        // A hang-up shows first as an I/O error on the terminal, then as SIGHUP.
        if let Some(sig) = stop.wait_briefly() {
            return Ok(exit_code(End::Signal(sig)));
        }
    }
    result
}

/// Refuse, before touching anything, a terminal the tracker cannot draw on:
/// none at all (output to a pipe or a file, no controlling terminal), or
/// one that says it cannot move the cursor (`TERM=dumb`).
fn usable_terminal(lang: crate::i18n::Lang) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    // Keys come from stdin, or from /dev/tty when stdin is redirected.
    let keys = std::io::stdin().is_terminal() || std::fs::File::open("/dev/tty").is_ok();
    if !stdout().is_terminal() || !keys {
        anyhow::bail!(crate::i18n::tui::needs_terminal(lang));
    }
    if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        anyhow::bail!(crate::i18n::tui::dumb_terminal(lang));
    }
    Ok(())
}

/// Why the loop ended.
enum End {
    Quit,
    Signal(i32),
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    saver: Option<&Saver>,
    stop: &signals::Stop,
) -> anyhow::Result<ExitCode> {
    let size = terminal.size()?;
    app::update(app, Msg::Resize(size.width, size.height));
    let mut handoff = saver.map(handoff::Handoff::new);
    let mut redraw = true;
    loop {
        if redraw {
            terminal.draw(|f| crate::ui::render(app, f))?;
            redraw = false;
        }
        if let Some(sig) = stop.requested() {
            // Nothing lost: what was submitted is written before we go.
            if let Some(saver) = saver {
                let _ = saver.flush();
            }
            return Ok(exit_code(End::Signal(sig)));
        }
        while let Some(ev) = saver.and_then(Saver::poll) {
            let msg = match ev {
                SaveEvent::Saved => Msg::Saved,
                SaveEvent::Failed(why) => Msg::SaveFailed(why),
                SaveEvent::ChangedOnDisk => Msg::ChangedOnDisk,
            };
            let changed = msg == Msg::ChangedOnDisk;
            app::update(app, msg);
            if changed && let Some(saver) = saver {
                conflict::perform(Effect::InspectConflict, app, saver);
            }
            redraw = true;
        }
        for msg in events::next(app, TICK)? {
            redraw = true;
            let effects = app::update(app, msg);
            for effect in effects {
                match effect {
                    Effect::Save => {
                        if let Some(handoff) = &mut handoff {
                            handoff.submit(app.snapshot());
                        }
                    }
                    Effect::Quit => match saver.map_or(Ok(()), Saver::flush) {
                        Ok(()) => return Ok(exit_code(End::Quit)),
                        Err(e) => {
                            app::update(app, Msg::QuitBlocked(e));
                        }
                    },
                    Effect::QuitNow => return Ok(exit_code(End::Quit)),
                    Effect::InspectConflict
                    | Effect::ReloadTheirs
                    | Effect::KeepMine
                    | Effect::SaveCopy => {
                        if let Some(saver) = saver {
                            conflict::perform(effect, app, saver);
                        }
                    }
                }
            }
        }
    }
}

fn exit_code(end: End) -> ExitCode {
    match end {
        End::Quit => ExitCode::SUCCESS,
        End::Signal(n) => ExitCode::from(u8::try_from(128 + n).unwrap_or(1)),
    }
}
