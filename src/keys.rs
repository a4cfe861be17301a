//! Keys as data: a key, a row of a key table, and the footer a table
//! writes. The panes' table is `app::keymap::BINDINGS`; the filter, the
//! questions and the forms have their own (`app::keymap::FILTER_KEYS`, …,
//! `forms::form::FORM_KEYS`), so decoding, help and hints read one list.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One key: a code and the modifiers that must be held (Shift is ignored
/// for characters, which already carry their case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

pub const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// Shift is part of a character's case or of BackTab, never a separate
    /// requirement: it is dropped before comparing.
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        let strip = |m: KeyModifiers| m - KeyModifiers::SHIFT;
        self.code == ev.code && strip(self.mods) == strip(ev.modifiers)
    }
}

/// A row of a mode's key table: the keys, what they do there, and how many
/// of them the footer shows (0: not shown).
#[derive(Debug, Clone, Copy)]
pub struct ModeBinding<A> {
    pub keys: &'static [Key],
    pub action: A,
    pub shown: usize,
}

/// What `ev` does according to `table`.
pub fn lookup<A: Copy>(table: &[ModeBinding<A>], ev: &KeyEvent) -> Option<A> {
    table
        .iter()
        .find(|b| b.keys.iter().any(|key| key.matches(ev)))
        .map(|b| b.action)
}

/// "Tab/↓ next · Esc cancel": the shown keys of `table`, each row's joined
/// by "/", then the row's word.
pub fn footer<A: Copy>(
    table: &[ModeBinding<A>],
    key_name: impl Fn(&Key) -> String,
    word: impl Fn(A) -> &'static str,
) -> String {
    table
        .iter()
        .filter(|b| b.shown > 0)
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().take(b.shown).map(&key_name).collect();
            format!("{} {}", keys.join("/"), word(b.action))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Act {
        Go,
        Stop,
    }

    const TABLE: &[ModeBinding<Act>] = &[
        ModeBinding {
            keys: &[k(KeyCode::Tab), k(KeyCode::Down), c('j')],
            action: Act::Go,
            shown: 2,
        },
        ModeBinding {
            keys: &[ctrl('s')],
            action: Act::Stop,
            shown: 0,
        },
    ];

    #[test]
    fn a_table_decodes_and_writes_its_footer() {
        let ev = |code, mods| KeyEvent::new(code, mods);
        assert_eq!(
            lookup(TABLE, &ev(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Act::Go)
        );
        assert_eq!(
            lookup(TABLE, &ev(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Some(Act::Stop)
        );
        assert_eq!(
            lookup(TABLE, &ev(KeyCode::Char('s'), KeyModifiers::NONE)),
            None
        );
        let name = |key: &Key| format!("{:?}", key.code);
        assert_eq!(footer(TABLE, name, |_| "go"), "Tab/Down go");
    }
}
