//! The tracker drawn into a test terminal, and the demo app the screen
//! snapshots start from.

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, App, Msg};
use retroplan::i18n::Lang;

/// The day the demo snapshots are taken on.
pub fn demo_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The demo portfolio in the tracker, `w`×`h`, on [`demo_today`].
pub fn demo(lang: Lang, w: u16, h: u16) -> App {
    let mut app = App::new(retroplan::demo::portfolio(demo_today()), lang, demo_today());
    app.demo = true;
    app::update(&mut app, Msg::Resize(w, h));
    app
}

/// What the tracker draws at its size, as text.
pub fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| retroplan::ui::render(app, f)).unwrap();
    term.backend().to_string()
}
