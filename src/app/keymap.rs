//! The key table, as data: decoding a key, the `?` help overlay and the
//! status-bar hints all read [`BINDINGS`], so the help can never lie.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::msg::Msg;
use super::{Mode, Pane};

/// A user-bindable command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    FocusNext,
    FocusPrev,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Tick or untick the checklist item under the cursor.
    Toggle,
    /// Undecided → H1 → H2 → H1…
    Branch,
    /// Open the selected pursuit's checklist.
    Open,
    Sort,
    ZoomIn,
    ZoomOut,
    Today,
    Earlier,
    Later,
    Filter,
    ClearFilter,
    Help,
    Quit,
    /// New authority (timeline) or new contact (contacts).
    Add,
    /// New pursuit for the selected authority.
    AddPursuit,
    /// Log an interaction with the selected contact.
    LogInteraction,
    /// A note on the selected checklist item.
    Note,
    /// The selected pursuit's outcome.
    Outcome,
    /// Edit the selected authority, pursuit, contact or interaction.
    Edit,
    /// Move the cursor into the selected contact's log, or back out.
    Log,
    /// Delete the selected thing, after confirmation.
    Delete,
    Undo,
    Redo,
    /// Fill the selected pursuit's requirements from the shipped template.
    RequirementTemplate,
    /// The company's standing documents.
    Documents,
    /// Switch the portfolio's rule set: the seed's J-52 or code 2019.
    Rules,
    /// The merge conflicts list: keep ours or theirs, one key each.
    Conflicts,
    /// The BOAMP opportunities: calls for tenders no pursuit waits for.
    Opportunities,
    /// Open or close the Today view.
    TodayView,
    /// Only what is mine or nobody's, or everything (issue 17).
    Mine,
}

/// One key: a code and the modifiers that must be held (Shift is ignored
/// for characters, which already carry their case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    Only(&'static [Pane]),
}

impl Scope {
    pub fn covers(self, pane: Pane) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(panes) => panes.contains(&pane),
        }
    }
}

/// A row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The first key is the one shown in hints.
    pub keys: &'static [Key],
    pub action: Action,
    pub scope: Scope,
    /// Shown in the status bar (the help overlay shows every binding).
    pub hint: bool,
}

const TIMELINE: &[Pane] = &[Pane::Timeline];
const CHECKLIST: &[Pane] = &[Pane::Checklist];
const PURSUIT: &[Pane] = &[Pane::Timeline, Pane::Checklist];
const CONTACTS: &[Pane] = &[Pane::Contacts];
const ADD: &[Pane] = &[Pane::Timeline, Pane::Contacts];

/// Every key of the normal mode, in the order the help lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[c('j'), k(KeyCode::Down)],
        action: Action::Down,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('k'), k(KeyCode::Up)],
        action: Action::Up,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('g'), k(KeyCode::Home)],
        action: Action::Top,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('G'), k(KeyCode::End)],
        action: Action::Bottom,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[k(KeyCode::PageUp)],
        action: Action::PageUp,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[k(KeyCode::PageDown)],
        action: Action::PageDown,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[k(KeyCode::Char(' '))],
        action: Action::Toggle,
        scope: Scope::Only(CHECKLIST),
        hint: true,
    },
    Binding {
        keys: &[c('b')],
        action: Action::Branch,
        scope: Scope::Only(PURSUIT),
        hint: true,
    },
    Binding {
        keys: &[k(KeyCode::Enter)],
        action: Action::Open,
        scope: Scope::Only(TIMELINE),
        hint: true,
    },
    Binding {
        keys: &[c('/')],
        action: Action::Filter,
        scope: Scope::All,
        hint: true,
    },
    Binding {
        keys: &[k(KeyCode::Esc)],
        action: Action::ClearFilter,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('s')],
        action: Action::Sort,
        scope: Scope::Only(TIMELINE),
        hint: true,
    },
    Binding {
        keys: &[c('T')],
        action: Action::TodayView,
        scope: Scope::All,
        // The status bar's counts end with it.
        hint: false,
    },
    Binding {
        keys: &[c('m')],
        action: Action::Mine,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('R')],
        action: Action::Rules,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('+'), c('=')],
        action: Action::ZoomIn,
        scope: Scope::Only(TIMELINE),
        hint: true,
    },
    Binding {
        keys: &[c('-')],
        action: Action::ZoomOut,
        scope: Scope::Only(TIMELINE),
        hint: false,
    },
    Binding {
        keys: &[c('t')],
        action: Action::Today,
        scope: Scope::Only(TIMELINE),
        hint: true,
    },
    Binding {
        keys: &[c('h'), k(KeyCode::Left)],
        action: Action::Earlier,
        scope: Scope::Only(TIMELINE),
        hint: false,
    },
    Binding {
        keys: &[c('l'), k(KeyCode::Right)],
        action: Action::Later,
        scope: Scope::Only(TIMELINE),
        hint: false,
    },
    Binding {
        keys: &[k(KeyCode::Tab)],
        action: Action::FocusNext,
        scope: Scope::All,
        hint: true,
    },
    Binding {
        keys: &[Key {
            code: KeyCode::BackTab,
            mods: KeyModifiers::SHIFT,
        }],
        action: Action::FocusPrev,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[k(KeyCode::Enter)],
        action: Action::Log,
        scope: Scope::Only(CONTACTS),
        hint: true,
    },
    Binding {
        keys: &[c('a')],
        action: Action::Add,
        scope: Scope::Only(ADD),
        hint: true,
    },
    Binding {
        keys: &[c('p')],
        action: Action::AddPursuit,
        scope: Scope::Only(TIMELINE),
        hint: true,
    },
    Binding {
        keys: &[c('i')],
        action: Action::LogInteraction,
        scope: Scope::Only(CONTACTS),
        hint: true,
    },
    Binding {
        keys: &[c('n')],
        action: Action::Note,
        scope: Scope::Only(CHECKLIST),
        hint: true,
    },
    Binding {
        keys: &[c('o')],
        action: Action::Outcome,
        scope: Scope::Only(PURSUIT),
        hint: false,
    },
    Binding {
        keys: &[c('e')],
        action: Action::Edit,
        scope: Scope::All,
        hint: true,
    },
    Binding {
        keys: &[c('d'), k(KeyCode::Delete)],
        action: Action::Delete,
        scope: Scope::Only(ADD),
        hint: false,
    },
    Binding {
        keys: &[c('a')],
        action: Action::Add,
        scope: Scope::Only(CHECKLIST),
        hint: true,
    },
    Binding {
        keys: &[c('d'), k(KeyCode::Delete)],
        action: Action::Delete,
        scope: Scope::Only(CHECKLIST),
        hint: false,
    },
    Binding {
        keys: &[c('M')],
        action: Action::RequirementTemplate,
        scope: Scope::Only(CHECKLIST),
        hint: false,
    },
    Binding {
        keys: &[c('D')],
        action: Action::Documents,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('u')],
        action: Action::Undo,
        scope: Scope::All,
        hint: true,
    },
    Binding {
        keys: &[ctrl('r')],
        action: Action::Redo,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('X')],
        action: Action::Conflicts,
        scope: Scope::All,
        hint: false,
    },
    Binding {
        keys: &[c('O')],
        action: Action::Opportunities,
        scope: Scope::Only(TIMELINE),
        hint: false,
    },
    Binding {
        keys: &[c('?')],
        action: Action::Help,
        scope: Scope::All,
        hint: true,
    },
    Binding {
        keys: &[c('q'), ctrl('c')],
        action: Action::Quit,
        scope: Scope::All,
        hint: true,
    },
];

/// Shift is part of a character's case or of BackTab, never a separate
/// requirement: drop it before comparing.
fn matches(key: &Key, ev: &KeyEvent) -> bool {
    let strip = |m: KeyModifiers| m - KeyModifiers::SHIFT;
    let same_code = match (key.code, ev.code) {
        (KeyCode::BackTab, KeyCode::BackTab) => true,
        (a, b) => a == b,
    };
    same_code && strip(key.mods) == strip(ev.modifiers)
}

/// The bindings that apply in `pane`, in table order.
pub fn for_pane(pane: Pane) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.scope.covers(pane))
}

/// The key shown for `action` in hints and onboarding text.
pub fn first_key(action: Action) -> Option<Key> {
    BINDINGS
        .iter()
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first().copied())
}

/// The action bound to `ev` in `pane`, if any.
pub fn action_for(pane: Pane, ev: &KeyEvent) -> Option<Action> {
    for_pane(pane)
        .find(|b| b.keys.iter().any(|key| matches(key, ev)))
        .map(|b| b.action)
}

fn is_ctrl_c(ev: &KeyEvent) -> bool {
    ev.modifiers.contains(KeyModifiers::CONTROL) && ev.code == KeyCode::Char('c')
}

/// Decode a key press in the current mode. Releases and repeats of
/// non-navigation keys are ignored (Windows and kitty report them).
pub fn decode(mode: &Mode, pane: Pane, ev: &KeyEvent) -> Option<Msg> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    match mode {
        Mode::Normal => action_for(pane, ev).map(Msg::Act),
        Mode::Filter => {
            if is_ctrl_c(ev) {
                return Some(Msg::Act(Action::Quit));
            }
            match ev.code {
                KeyCode::Enter | KeyCode::Down | KeyCode::Up | KeyCode::Tab => {
                    Some(Msg::FilterAccept)
                }
                KeyCode::Esc => Some(Msg::FilterCancel),
                KeyCode::Backspace => Some(Msg::FilterBackspace),
                KeyCode::Char(ch)
                    if !ev
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Msg::FilterInput(ch))
                }
                _ => None,
            }
        }
        Mode::Help | Mode::Opportunities => {
            if is_ctrl_c(ev) {
                Some(Msg::Act(Action::Quit))
            } else {
                Some(Msg::CloseOverlay)
            }
        }
        Mode::Conflicts => match ev.code {
            _ if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
            KeyCode::Char('o') => Some(Msg::KeepConflict(crate::model::Side::Ours)),
            KeyCode::Char('t') => Some(Msg::KeepConflict(crate::model::Side::Theirs)),
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::ConflictCursor(false)),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::ConflictCursor(true)),
            KeyCode::Char('u') => Some(Msg::Act(Action::Undo)),
            _ => Some(Msg::CloseOverlay),
        },
        Mode::ConfirmQuit(why) => match ev.code {
            KeyCode::Char('y' | 'Y' | 'o' | 'O') => Some(Msg::ConfirmQuit),
            // A failed save may work now (space freed): worth another try.
            // Not for a file changed on disk, which a retry never overwrites.
            KeyCode::Char('r' | 'R') if !why.is_empty() => Some(Msg::RetryQuit),
            KeyCode::Char('c') if ev.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Msg::ConfirmQuit)
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::CancelQuit),
            _ => None,
        },
        // Ctrl-C quits from a form too, as everywhere; Esc only closes it.
        Mode::Form if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        Mode::Form => Some(Msg::FormKey(*ev)),
        Mode::ConfirmDelete(_) => match ev.code {
            KeyCode::Char('y' | 'Y' | 'o' | 'O') => Some(Msg::ConfirmDelete),
            _ => Some(Msg::CancelDelete),
        },
        Mode::ConfirmSubmit(_) if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        Mode::ConfirmSubmit(_) => match ev.code {
            KeyCode::Char('y' | 'Y' | 'o' | 'O') => Some(Msg::ConfirmSubmit),
            _ => Some(Msg::CancelSubmit),
        },
        Mode::Documents(_) if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        Mode::Documents(_) => Some(Msg::DocumentKey(*ev)),
        Mode::Conflict(_) => {
            use super::conflict::ConflictKey as K;
            Some(Msg::ConflictKey(match ev.code {
                KeyCode::Char('r' | 'R') => K::Reload,
                KeyCode::Char('k' | 'K' | 'g' | 'G') => K::Keep,
                KeyCode::Char('c' | 'C') if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
                    K::Copy
                }
                KeyCode::Char('y' | 'Y' | 'o' | 'O') => K::Yes,
                KeyCode::Char('q' | 'Q') => K::Quit,
                KeyCode::Char('c') => K::Quit,
                _ => K::Close,
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn every_action_has_a_binding_and_keys_do_not_clash_within_a_pane() {
        for pane in Pane::ALL {
            let mut seen: Vec<Key> = Vec::new();
            for b in for_pane(pane) {
                for key in b.keys {
                    assert!(!seen.contains(key), "{key:?} bound twice in {pane:?}");
                    seen.push(*key);
                }
            }
        }
    }

    #[test]
    fn shift_does_not_matter_for_characters() {
        let ev = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Pane::Timeline, &ev), Some(Action::Bottom));
        let ev = key(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(action_for(Pane::Contacts, &ev), Some(Action::FocusPrev));
        let ev = key(KeyCode::BackTab, KeyModifiers::NONE);
        assert_eq!(action_for(Pane::Contacts, &ev), Some(Action::FocusPrev));
    }

    #[test]
    fn pane_scoped_keys() {
        let space = key(KeyCode::Char(' '), KeyModifiers::NONE);
        assert_eq!(action_for(Pane::Checklist, &space), Some(Action::Toggle));
        assert_eq!(action_for(Pane::Contacts, &space), None);
        let s = key(KeyCode::Char('s'), KeyModifiers::NONE);
        assert_eq!(action_for(Pane::Timeline, &s), Some(Action::Sort));
        assert_eq!(action_for(Pane::Checklist, &s), None);
    }

    #[test]
    fn releases_are_ignored_and_ctrl_c_always_quits() {
        let mut ev = key(KeyCode::Char('j'), KeyModifiers::NONE);
        ev.kind = KeyEventKind::Release;
        assert_eq!(decode(&Mode::Normal, Pane::Timeline, &ev), None);
        let cc = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [Mode::Normal, Mode::Filter, Mode::Help] {
            assert_eq!(
                decode(&mode, Pane::Timeline, &cc),
                Some(Msg::Act(Action::Quit))
            );
        }
    }
}
