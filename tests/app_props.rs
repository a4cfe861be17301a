//! Random keys, clicks and sizes: never a panic, cursors always in range,
//! and the portfolio changes only by ticking or switching the branch.

use chrono::NaiveDate;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use retroplan::app::{self, Action, App, Msg, keymap};
use retroplan::i18n::Lang;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Click(u16, u16),
    Wheel(u16, u16, bool),
    Resize(u16, u16),
}

fn key() -> impl Strategy<Value = Input> {
    let chars = "jkgG bsq+-=thl/?ynoeEapidux".chars().collect::<Vec<_>>();
    prop_oneof![
        6 => proptest::sample::select(chars).prop_map(|c| Input::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        3 => proptest::sample::select(vec![
            KeyCode::Esc, KeyCode::Enter, KeyCode::Tab, KeyCode::BackTab, KeyCode::Up,
            KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::PageUp, KeyCode::PageDown,
            KeyCode::Home, KeyCode::End, KeyCode::Backspace,
        ]).prop_map(|k| Input::Key(k, KeyModifiers::NONE)),
        1 => Just(Input::Key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        1 => (0u16..310, 0u16..110).prop_map(|(x, y)| Input::Click(x, y)),
        1 => (0u16..310, 0u16..110, any::<bool>()).prop_map(|(x, y, d)| Input::Wheel(x, y, d)),
        1 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn in_range(app: &App) {
    let under = |sel: usize, len: usize| sel < len.max(1);
    assert!(under(app.timeline.sel, app.rows.len()));
    assert!(under(app.check.sel, app.check.selectable.len()));
    assert!(under(app.contacts.sel, app.contacts.order.len()));
    assert_eq!(
        app.check.target,
        app.selected_row().and_then(|r| r.pursuit())
    );
    assert_eq!(
        app.contacts.authority,
        app.selected_row().map(|r| r.authority())
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_input_never_breaks_the_app(
        inputs in proptest::collection::vec(key(), 1..60),
        w in 0u16..=300,
        h in 0u16..=100,
        en in any::<bool>(),
    ) {
        let lang = if en { Lang::En } else { Lang::Fr };
        let mut app = App::new(retroplan::demo::portfolio(today()), lang, today());
        app::update(&mut app, Msg::Resize(w, h));
        for input in inputs {
            let msg = match input {
                Input::Key(code, mods) => keymap::decode(&app.mode, app.focus, &KeyEvent::new(code, mods)),
                Input::Click(x, y) => Some(Msg::Click { x, y }),
                Input::Wheel(x, y, down) => Some(Msg::Wheel { x, y, down }),
                Input::Resize(w, h) => Some(Msg::Resize(w, h)),
            };
            let Some(msg) = msg else { continue };
            let before = app.portfolio().clone();
            let may_change = matches!(
                msg,
                Msg::Act(Action::Toggle | Action::Branch | Action::Undo | Action::Redo)
                    | Msg::FormKey(_)
                    | Msg::ConfirmDelete
            );
            app::update(&mut app, msg.clone());
            if !may_change {
                prop_assert_eq!(app.portfolio(), &before, "{:?} changed the portfolio", msg);
            }
            in_range(&app);
            let (w, h) = app.size;
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            retroplan::ui::draw(&app, area, &mut buf);
        }
        // Whatever was changed, undo takes it all back.
        app.mode = app::Mode::Normal;
        // Keys are ignored on a too-small screen: undo on a usable one.
        app::update(&mut app, Msg::Resize(120, 40));
        for _ in 0..200 {
            app::update(&mut app, Msg::Act(Action::Undo));
        }
        prop_assert_eq!(app.portfolio(), &retroplan::demo::portfolio(today()));
        in_range(&app);
    }
}

#[test]
fn every_size_draws_including_zero() {
    let mut app = App::new(retroplan::demo::portfolio(today()), Lang::Fr, today());
    for w in [0u16, 1, 2, 10, 59, 60, 61, 80, 119, 200, 300] {
        for h in [0u16, 1, 2, 3, 15, 16, 17, 24, 40, 100] {
            app::update(&mut app, Msg::Resize(w, h));
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            retroplan::ui::draw(&app, area, &mut buf);
            app::update(&mut app, Msg::Act(Action::Help));
            retroplan::ui::draw(&app, area, &mut buf);
            app::update(&mut app, Msg::CloseOverlay);
        }
    }
}
