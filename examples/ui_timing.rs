//! What a user waits for in the tracker, on a real file: the first full
//! screen (load, derive, draw), then a burst of Space presses with every
//! snapshot handed to the autosave, and how long the last one takes to reach
//! the disk. The file is copied to a temporary folder first: never touched.
//!
//! ```text
//! cargo run --release --example gen_portfolio -- --authorities 20000 --today 2026-11-28 --out /tmp/p20k.json
//! cargo run --release --example ui_timing -- /tmp/p20k.json 50
//! ```

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, Action, App, Effect, Msg};
use retroplan::i18n::Lang;
use retroplan::store::{self, Saver};
use retroplan::tui::handoff::Handoff;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        anyhow::bail!("usage: ui_timing FILE [TICKS]");
    };
    let ticks: usize = args.next().map_or(Ok(50), |n| n.parse())?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("portfolio.json");
    std::fs::copy(&file, &path)?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let mut term = Terminal::new(TestBackend::new(120, 40))?;

    let start = Instant::now();
    let loaded = store::load(Path::new(&path)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let load = start.elapsed();
    let n = loaded.portfolio.authorities.len();
    let mut app = App::new(loaded.portfolio, Lang::Fr, today);
    app::update(&mut app, Msg::Resize(120, 40));
    let derive = start.elapsed() - load;
    term.draw(|f| retroplan::ui::render(&app, f))?;
    let first = start.elapsed();
    println!(
        "{n} authorities: first full screen {:.0} ms (load {:.0} ms, derive {:.0} ms, draw {:.0} ms)",
        ms(first),
        ms(load),
        ms(derive),
        ms(first - load - derive)
    );

    let saver = Saver::spawn(path.clone(), Some(loaded.stamp));
    let mut handoff = Handoff::new(&saver);
    app::update(&mut app, Msg::Act(Action::FocusNext));
    let mut worst = Duration::ZERO;
    let mut total = Duration::ZERO;
    for _ in 0..ticks {
        let t = Instant::now();
        for effect in app::update(&mut app, Msg::Act(Action::Toggle)) {
            if effect == Effect::Save {
                handoff.submit(app.snapshot());
            }
        }
        term.draw(|f| retroplan::ui::render(&app, f))?;
        let took = t.elapsed();
        worst = worst.max(took);
        total += took;
    }
    let last = Instant::now();
    saver.flush().map_err(|e| anyhow::anyhow!("{e}"))?;
    let on_disk = last.elapsed();
    println!(
        "{ticks} Space presses in a burst: longest {:.1} ms, mean {:.2} ms; last one on disk {:.0} ms after it",
        ms(worst),
        ms(total) / ticks.max(1) as f64,
        ms(on_disk)
    );
    drop(handoff);
    Ok(())
}
