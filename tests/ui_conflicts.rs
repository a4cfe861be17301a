//! The merge conflicts list (`X`): what it shows, one key per side, undo.

mod common;

use chrono::NaiveDate;
use common::screen::screen;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use retroplan::app::{self, App, Mode, Msg, keymap};
use retroplan::i18n::Lang;
use retroplan::merge::{Labels, merge};
use retroplan::model::Portfolio;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The demo after Alice and Bob renamed one buyer and changed one
/// pursuit's amount differently, and Bob deleted a contact Alice edited.
fn conflicted() -> Portfolio {
    let base = retroplan::demo::portfolio(today());
    let (mut alice, mut bob) = (base.clone(), base.clone());
    alice.authorities[0].name = "Mairie de Saint-Aubin".into();
    alice.authorities[0].updated = Some(today());
    bob.authorities[0].name = "Ville de Saint-Aubin".into();
    bob.authorities[0].updated = NaiveDate::from_ymd_opt(2026, 11, 27);
    alice.authorities[0].pursuits[0].amount = Some(500_000.0);
    bob.authorities[0].pursuits[0].amount = Some(450_000.0);
    alice.authorities[1].contacts[0].phone = "02 37 11 22 33".into();
    bob.authorities[1].contacts.remove(0);
    let labels = Labels {
        ours: "Alice".into(),
        theirs: "Bob".into(),
    };
    merge(Some(&base), &alice, &bob, &labels, Some(today()))
        .unwrap()
        .portfolio
}

fn app(lang: Lang, w: u16, h: u16) -> App {
    let mut app = App::new(conflicted(), lang, today());
    app::update(&mut app, Msg::Resize(w, h));
    app
}

fn key(app: &mut App, c: char) {
    let ev = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    if let Some(msg) = keymap::decode(&app.mode, app.focus, &ev) {
        app::update(app, msg);
    }
}

#[test]
fn the_list_en_120x40() {
    let mut app = app(Lang::En, 120, 40);
    assert!(screen(&app).contains("⚠ 3 conflict(s): X"));
    key(&mut app, 'X');
    assert_eq!(app.mode, Mode::Conflicts);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn the_list_fr_80x24() {
    let mut app = app(Lang::Fr, 80, 24);
    key(&mut app, 'X');
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn one_key_keeps_a_side_and_undo_brings_the_conflict_back() {
    let mut app = app(Lang::En, 120, 40);
    let before = app.portfolio().clone();
    key(&mut app, 'X');
    // The first conflict: the buyer's name; theirs is Bob's.
    assert_eq!(app.portfolio().conflicts[0].field, "name");
    key(&mut app, 't');
    assert_eq!(app.portfolio().authorities[0].name, "Ville de Saint-Aubin");
    assert_eq!(app.portfolio().conflicts.len(), 2);
    assert!(screen(&app).contains("Conflict settled (2 left)"));
    // Ours is in place already: keeping it only clears the conflict.
    key(&mut app, 'o');
    assert_eq!(
        app.portfolio().authorities[0].pursuits[0].amount,
        Some(500_000.0)
    );
    // Bob deleted the contact Alice edited: keeping his side deletes it.
    let gone = app.portfolio().conflicts[0].record.clone();
    key(&mut app, 't');
    assert!(app.portfolio().contacts().all(|(_, c)| c.id != gone));
    assert!(app.portfolio().conflicts.is_empty());
    assert_eq!(app.mode, Mode::Normal, "the list closes when empty");
    // Each was one step: three undos give the merged file back.
    for _ in 0..3 {
        key(&mut app, 'u');
    }
    assert_eq!(*app.portfolio(), before);
}
