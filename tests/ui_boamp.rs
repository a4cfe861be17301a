//! What BOAMP notices show in the tracker: a confirmed J names its notice,
//! and `O` on the timeline lists the opportunities (demo portfolio).

mod common;

use common::screen::{demo, demo_today, screen};
use retroplan::app::{self, Action, App, Mode, Msg};
use retroplan::i18n::Lang;

/// The demo's pursuit confirmed by a BOAMP notice, selected.
fn on_transport(lang: Lang) -> App {
    let mut app = demo(lang, 120, 40);
    for _ in 0..40 {
        if app
            .selected_pursuit()
            .is_some_and(|p| p.id == "p-demo-transport")
        {
            return app;
        }
        app::update(&mut app, Msg::Act(Action::Down));
    }
    panic!("the demo has no p-demo-transport");
}

#[test]
fn a_confirmed_j_names_its_notice() {
    let fr = screen(&on_transport(Lang::Fr));
    assert!(
        fr.contains("J 18/12/2026 12:00 · J-20 · confirmé par l'avis 26-123456"),
        "{fr}"
    );
    assert!(
        fr.contains("avis 26-123456 publié le 03/11/2026 · 1 rectificatif(s)"),
        "{fr}"
    );
    let en = screen(&on_transport(Lang::En));
    assert!(
        en.contains("J 2026-12-18 12:00 · J-20 · confirmed by notice 26-123456"),
        "{en}"
    );
}

#[test]
fn o_on_the_timeline_lists_the_opportunities() {
    let mut app = demo(Lang::Fr, 120, 40);
    app::update(&mut app, Msg::Act(Action::Opportunities));
    assert_eq!(app.mode, Mode::Opportunities);
    insta::assert_snapshot!(screen(&app));
    // Any key closes it.
    let key = ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Esc);
    let msg = app::keymap::decode(&app.mode, app.focus, &key).unwrap();
    app::update(&mut app, msg);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn opportunities_en_80x24_and_none() {
    let mut app = demo(Lang::En, 80, 24);
    app::update(&mut app, Msg::Act(Action::Opportunities));
    insta::assert_snapshot!(screen(&app));
    let mut empty = App::new(
        retroplan::model::Portfolio::default(),
        Lang::En,
        demo_today(),
    );
    app::update(&mut empty, Msg::Resize(100, 30));
    app::update(&mut empty, Msg::Act(Action::Opportunities));
    assert!(screen(&empty).contains("None: `retroplan import boamp`"));
}
