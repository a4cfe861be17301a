//! Snapshots of the Today view (`T`) on the demo portfolio, fixed today,
//! in both languages at 120×40 and 80×24.

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, Action, App, Msg};
use retroplan::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn today_view(lang: Lang, w: u16, h: u16) -> String {
    let mut app = App::new(retroplan::demo::portfolio(today()), lang, today());
    app.demo = true;
    app::update(&mut app, Msg::Resize(w, h));
    app::update(&mut app, Msg::Act(Action::TodayView));
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| retroplan::ui::render(&app, f)).unwrap();
    term.backend().to_string()
}

#[test]
fn today_fr_120x40() {
    insta::assert_snapshot!(today_view(Lang::Fr, 120, 40));
}

#[test]
fn today_en_120x40() {
    insta::assert_snapshot!(today_view(Lang::En, 120, 40));
}

#[test]
fn today_fr_80x24() {
    insta::assert_snapshot!(today_view(Lang::Fr, 80, 24));
}

#[test]
fn today_en_80x24() {
    insta::assert_snapshot!(today_view(Lang::En, 80, 24));
}
