//! Snapshots of the Today view (`T`) on the demo portfolio, fixed today,
//! in both languages at 120×40 and 80×24.

mod common;

use common::screen::{demo, demo_today, screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, Action, App, Msg};
use retroplan::i18n::Lang;

fn today_view(lang: Lang, w: u16, h: u16) -> String {
    let mut app = demo(lang, w, h);
    app::update(&mut app, Msg::Act(Action::TodayView));
    screen(&app)
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

/// Enter on the first call: the contacts pane has the person and the keys,
/// `i` (log the call) among the first hints.
#[test]
fn today_enter_on_a_call_fr_120x40() {
    let mut app = App::new(
        retroplan::demo::portfolio(demo_today()),
        Lang::Fr,
        demo_today(),
    );
    app.demo = true;
    app::update(&mut app, Msg::Resize(120, 40));
    app::update(&mut app, Msg::Act(Action::TodayView));
    while app
        .today_view
        .selected()
        .is_none_or(|d| d.contact.is_none())
    {
        app::update(&mut app, Msg::Act(Action::Down));
    }
    app::update(&mut app, Msg::Act(Action::Open));
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| retroplan::ui::render(&app, f)).unwrap();
    let screen = term.backend().to_string();
    let status = screen.lines().last().unwrap();
    assert!(status.contains("? aide · i échange"), "{status}");
    insta::assert_snapshot!(screen);
}
