//! Snapshots of the tracker screen on the demo portfolio, fixed today.

mod common;

use common::screen::{demo, demo_today, screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, Action, App, Msg};
use retroplan::i18n::Lang;

#[test]
fn demo_fr_120x40() {
    insta::assert_snapshot!(screen(&demo(Lang::Fr, 120, 40)));
}

#[test]
fn demo_en_120x40() {
    insta::assert_snapshot!(screen(&demo(Lang::En, 120, 40)));
}

#[test]
fn demo_fr_80x24() {
    insta::assert_snapshot!(screen(&demo(Lang::Fr, 80, 24)));
}

#[test]
fn demo_en_80x24() {
    insta::assert_snapshot!(screen(&demo(Lang::En, 80, 24)));
}

#[test]
fn help_overlay_checklist_fr() {
    let mut app = demo(Lang::Fr, 100, 30);
    app::update(&mut app, Msg::Act(Action::FocusNext));
    app::update(&mut app, Msg::Act(Action::Help));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay_timeline_en() {
    let mut app = demo(Lang::En, 100, 30);
    app::update(&mut app, Msg::Act(Action::Help));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay_timeline_fr_80x24_uses_two_columns() {
    let mut app = demo(Lang::Fr, 80, 24);
    app::update(&mut app, Msg::Act(Action::Help));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn too_small_fr_and_en() {
    insta::assert_snapshot!("too_small_fr", screen(&demo(Lang::Fr, 40, 12)));
    insta::assert_snapshot!("too_small_en", screen(&demo(Lang::En, 59, 16)));
}

#[test]
fn empty_portfolio_onboarding() {
    let mut app = App::new(Default::default(), Lang::Fr, demo_today());
    app::update(&mut app, Msg::Resize(80, 24));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn no_color_draws_no_colour_at_all() {
    use ratatui::style::Color;
    let mut app = demo(Lang::Fr, 120, 40);
    app.color = false;
    // The sub-points wrap: bring a proven (★) item into view.
    app::update(&mut app, Msg::Act(Action::FocusNext));
    for _ in 0..40 {
        if app
            .check
            .selected()
            .is_some_and(|i| i.state == retroplan::model::ItemState::Evidence)
        {
            break;
        }
        app::update(&mut app, Msg::Act(Action::Down));
    }
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| retroplan::ui::render(&app, f)).unwrap();
    let buf = term.backend().buffer();
    for cell in buf.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
    // States stay readable by their glyphs.
    let text = term.backend().to_string();
    for glyph in ["✓", "★", "!", "◆", "│", "░", "▒", "▓"] {
        assert!(text.contains(glyph), "{glyph}");
    }
}

#[test]
fn no_color_keeps_glyphs() {
    let mut app = demo(Lang::En, 120, 40);
    app.color = false;
    let colored = screen(&demo(Lang::En, 120, 40));
    assert_eq!(
        screen(&app),
        colored,
        "text is the same with or without colour"
    );
}

/// `/` with a phone number: one authority listed, its person under the
/// contacts cursor, and the status bar says whom Enter goes to.
fn searched(lang: Lang, w: u16, h: u16, text: &str) -> String {
    let mut app = demo(lang, w, h);
    app::update(&mut app, Msg::Act(Action::Filter));
    for c in text.chars() {
        app::update(&mut app, Msg::FilterInput(c));
    }
    screen(&app)
}

#[test]
fn search_finds_a_contact_by_phone_fr_120x40() {
    insta::assert_snapshot!(searched(Lang::Fr, 120, 40, "01 99 00 03 31"));
}

#[test]
fn search_finds_a_contact_by_name_en_80x24() {
    insta::assert_snapshot!(searched(Lang::En, 80, 24, "bernard"));
}
