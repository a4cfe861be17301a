//! Keys pressed as the terminal would send them, through the key tables
//! and the update function: shared by the app's tests.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Effect, keymap, update};

/// One key with `mods` held; a key the mode does not bind does nothing.
pub fn press_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    let ev = KeyEvent::new(code, mods);
    match keymap::decode(&app.mode, app.focus, &ev) {
        Some(msg) => update(app, msg),
        None => Vec::new(),
    }
}

pub fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    press_mod(app, code, KeyModifiers::NONE)
}

/// Each character of `s` as a key.
pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Ctrl-S, which must mean something where it is pressed.
pub fn ctrl_s(app: &mut App) -> Vec<Effect> {
    let ev = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let msg = keymap::decode(&app.mode, app.focus, &ev).expect("Ctrl-S is bound here");
    update(app, msg)
}
