//! Terminal events to messages.

use std::time::Duration;

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use crate::app::{App, Msg, keymap};

/// The next messages from the terminal, waiting at most `timeout`.
pub fn next(app: &App, timeout: Duration) -> std::io::Result<Vec<Msg>> {
    if !event::poll(timeout)? {
        return Ok(Vec::new());
    }
    let one = match event::read()? {
        Event::Key(key) => keymap::decode(&app.mode, app.focus, &key),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                x: m.column,
                y: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Msg::Wheel {
                x: m.column,
                y: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Msg::Wheel {
                x: m.column,
                y: m.row,
                down: false,
            }),
            _ => None,
        },
        Event::Paste(text) => Some(Msg::Paste(text)),
        _ => None,
    };
    Ok(one.into_iter().collect())
}
