//! The key table, as data: decoding a key, the `?` help overlay and the
//! status-bar hints all read [`BINDINGS`], so the help can never lie.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use super::action::Action;
use super::action::{ConflictsKey, DocumentsKey};
use super::msg::Msg;
use super::{Mode, Pane};
pub use crate::keys::Key;
use crate::keys::{ModeBinding, c, ctrl, k, lookup};

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

/// What a key does while the filter is typed (other characters are text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKey {
    /// Keep the filter and go back to the panes.
    Keep,
    /// Drop the filter.
    Clear,
    /// Erase the last character.
    Erase,
}

/// The filter's keys; the status bar shows them after the text typed.
pub const FILTER_KEYS: &[ModeBinding<FilterKey>] = &[
    ModeBinding {
        keys: &[
            k(KeyCode::Enter),
            k(KeyCode::Down),
            k(KeyCode::Up),
            k(KeyCode::Tab),
        ],
        action: FilterKey::Keep,
        shown: 1,
    },
    ModeBinding {
        keys: &[k(KeyCode::Esc)],
        action: FilterKey::Clear,
        shown: 1,
    },
    ModeBinding {
        keys: &[k(KeyCode::Backspace)],
        action: FilterKey::Erase,
        shown: 0,
    },
];

/// The conflicts list's keys, in the order its footer lists them.
pub const CONFLICTS_KEYS: &[ModeBinding<ConflictsKey>] = &[
    ModeBinding {
        keys: &[c('o')],
        action: ConflictsKey::KeepOurs,
        shown: 1,
    },
    ModeBinding {
        keys: &[c('t')],
        action: ConflictsKey::KeepTheirs,
        shown: 1,
    },
    ModeBinding {
        keys: &[k(KeyCode::Up), c('k')],
        action: ConflictsKey::Previous,
        shown: 0,
    },
    ModeBinding {
        keys: &[k(KeyCode::Down), c('j')],
        action: ConflictsKey::Next,
        shown: 0,
    },
    ModeBinding {
        keys: &[c('u')],
        action: ConflictsKey::Undo,
        shown: 1,
    },
];

/// The standing-documents list's keys, in the order its footer lists them.
pub const DOCUMENTS_KEYS: &[ModeBinding<DocumentsKey>] = &[
    ModeBinding {
        keys: &[c('a')],
        action: DocumentsKey::Add,
        shown: 1,
    },
    ModeBinding {
        keys: &[c('e'), k(KeyCode::Enter)],
        action: DocumentsKey::Edit,
        shown: 1,
    },
    ModeBinding {
        keys: &[c('d'), k(KeyCode::Delete)],
        action: DocumentsKey::Delete,
        shown: 1,
    },
    ModeBinding {
        keys: &[c('l')],
        action: DocumentsKey::Link,
        shown: 1,
    },
    ModeBinding {
        keys: &[c('u')],
        action: DocumentsKey::Undo,
        shown: 1,
    },
    ModeBinding {
        keys: &[ctrl('r')],
        action: DocumentsKey::Redo,
        shown: 0,
    },
    ModeBinding {
        keys: &[k(KeyCode::Down), c('j')],
        action: DocumentsKey::Next,
        shown: 0,
    },
    ModeBinding {
        keys: &[k(KeyCode::Up), c('k')],
        action: DocumentsKey::Previous,
        shown: 0,
    },
    ModeBinding {
        keys: &[k(KeyCode::Home), c('g')],
        action: DocumentsKey::First,
        shown: 0,
    },
    ModeBinding {
        keys: &[k(KeyCode::End), c('G')],
        action: DocumentsKey::Last,
        shown: 0,
    },
    ModeBinding {
        keys: &[k(KeyCode::Esc), c('q'), c('D')],
        action: DocumentsKey::Close,
        shown: 1,
    },
];

/// The keys of the question asked when the file changed on disk under our
/// changes (its words name them: `i18n::recovery::conflict_choices`).
pub const DISK_KEYS: &[ModeBinding<super::action::ConflictKey>] = {
    use super::action::ConflictKey as K;
    &[
        ModeBinding {
            keys: &[c('r'), c('R')],
            action: K::Reload,
            shown: 0,
        },
        ModeBinding {
            keys: &[c('k'), c('K'), c('g'), c('G')],
            action: K::Keep,
            shown: 0,
        },
        ModeBinding {
            keys: &[c('c'), c('C')],
            action: K::Copy,
            shown: 0,
        },
        ModeBinding {
            keys: YES,
            action: K::Yes,
            shown: 0,
        },
        ModeBinding {
            keys: &[c('q'), c('Q'), ctrl('c')],
            action: K::Quit,
            shown: 0,
        },
    ]
};

/// An answer to a y/N question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    /// Try the failed save once more (the quit question only).
    Retry,
}

/// Yes in English and in French (o for oui), whatever the language shown.
const YES: &[crate::keys::Key] = &[c('y'), c('Y'), c('o'), c('O')];

/// Keys of the question before quitting with unsaved changes; other keys
/// do nothing. Ctrl-C, pressed again, quits.
pub const QUIT_KEYS: &[ModeBinding<Answer>] = &[
    ModeBinding {
        keys: YES,
        action: Answer::Yes,
        shown: 0,
    },
    ModeBinding {
        keys: &[ctrl('c')],
        action: Answer::Yes,
        shown: 0,
    },
    ModeBinding {
        keys: &[c('n'), c('N'), k(KeyCode::Esc)],
        action: Answer::No,
        shown: 0,
    },
    ModeBinding {
        keys: &[c('r'), c('R')],
        action: Answer::Retry,
        shown: 0,
    },
];

/// Keys of the question before a delete: no is the default, so any key
/// but these answers no.
pub const DELETE_KEYS: &[ModeBinding<Answer>] = &[ModeBinding {
    keys: YES,
    action: Answer::Yes,
    shown: 0,
}];

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
        .find(|b| b.keys.iter().any(|key| key.matches(ev)))
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
            match lookup(FILTER_KEYS, ev) {
                Some(FilterKey::Keep) => Some(Msg::FilterAccept),
                Some(FilterKey::Clear) => Some(Msg::FilterCancel),
                Some(FilterKey::Erase) => Some(Msg::FilterBackspace),
                None => match ev.code {
                    KeyCode::Char(ch)
                        if !ev
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                    {
                        Some(Msg::FilterInput(ch))
                    }
                    _ => None,
                },
            }
        }
        Mode::Help | Mode::Opportunities => {
            if is_ctrl_c(ev) {
                Some(Msg::Act(Action::Quit))
            } else {
                Some(Msg::CloseOverlay)
            }
        }
        Mode::Conflicts if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        Mode::Conflicts => Some(match lookup(CONFLICTS_KEYS, ev) {
            Some(ConflictsKey::KeepOurs) => Msg::KeepConflict(crate::model::Side::Ours),
            Some(ConflictsKey::KeepTheirs) => Msg::KeepConflict(crate::model::Side::Theirs),
            Some(ConflictsKey::Previous) => Msg::ConflictCursor(false),
            Some(ConflictsKey::Next) => Msg::ConflictCursor(true),
            Some(ConflictsKey::Undo) => Msg::Act(Action::Undo),
            None => Msg::CloseOverlay,
        }),
        Mode::ConfirmQuit { retry } => lookup(QUIT_KEYS, ev).and_then(|a| match a {
            Answer::Yes => Some(Msg::ConfirmQuit),
            Answer::No => Some(Msg::CancelQuit),
            // A failed save may work now (space freed): worth another try.
            // Not for a file changed on disk, which a retry never overwrites.
            Answer::Retry => retry.then_some(Msg::RetryQuit),
        }),
        // Ctrl-C quits from a form too, as everywhere; Esc only closes it.
        Mode::Form if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        Mode::Form => Some(Msg::FormKey(*ev)),
        Mode::ConfirmDelete(_) => match lookup(DELETE_KEYS, ev) {
            Some(Answer::Yes) => Some(Msg::ConfirmDelete),
            _ => Some(Msg::CancelDelete),
        },
        Mode::ConfirmSubmit(_) if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        // No is the default, as before a delete.
        Mode::ConfirmSubmit(_) => match lookup(DELETE_KEYS, ev) {
            Some(Answer::Yes) => Some(Msg::ConfirmSubmit),
            _ => Some(Msg::CancelSubmit),
        },
        Mode::Documents(_) if is_ctrl_c(ev) => Some(Msg::Act(Action::Quit)),
        Mode::Documents(_) => lookup(DOCUMENTS_KEYS, ev).map(Msg::DocumentKey),
        // Any key but the question's answers closes it.
        Mode::Conflict(_) => Some(Msg::ConflictKey(
            lookup(DISK_KEYS, ev).unwrap_or(super::action::ConflictKey::Close),
        )),
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

    #[test]
    fn filter_and_questions_decode_from_their_tables() {
        use crate::i18n::{Lang, forms, tui};
        let ev = |key: &Key| KeyEvent::new(key.code, key.mods);
        for b in FILTER_KEYS {
            let want = match b.action {
                FilterKey::Keep => Msg::FilterAccept,
                FilterKey::Clear => Msg::FilterCancel,
                FilterKey::Erase => Msg::FilterBackspace,
            };
            for key in b.keys {
                assert_eq!(
                    decode(&Mode::Filter, Pane::Timeline, &ev(key)),
                    Some(want.clone())
                );
            }
        }
        let footer = |l, to_contact| {
            crate::keys::footer(
                FILTER_KEYS,
                |k| tui::key_name(l, k),
                |a| tui::filter_key(l, a, to_contact),
            )
        };
        assert_eq!(footer(Lang::Fr, false), "Entrée garder · Échap effacer");
        assert_eq!(footer(Lang::En, false), "Enter keep · Esc clear");
        assert_eq!(
            footer(Lang::Fr, true),
            "Entrée aller au contact · Échap effacer"
        );
        let delete = Mode::ConfirmDelete(super::super::edit::Deletion::Authority {
            authority: "a".into(),
        });
        // The letter each question shows answers it.
        for (l, yes) in [(Lang::Fr, 'o'), (Lang::En, 'y')] {
            let y = key(KeyCode::Char(yes), KeyModifiers::NONE);
            assert!(forms::confirm_delete_interaction(l, "x").ends_with(&format!("{yes}/N")));
            assert_eq!(
                decode(&delete, Pane::Timeline, &y),
                Some(Msg::ConfirmDelete)
            );
            assert!(tui::confirm_quit(l, "")[1].ends_with(&format!("{yes}/n")));
            assert_eq!(
                decode(&Mode::ConfirmQuit { retry: true }, Pane::Timeline, &y),
                Some(Msg::ConfirmQuit)
            );
        }
        let n = key(KeyCode::Char('n'), KeyModifiers::NONE);
        let x = key(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(
            decode(&Mode::ConfirmQuit { retry: true }, Pane::Timeline, &n),
            Some(Msg::CancelQuit)
        );
        assert_eq!(
            decode(&Mode::ConfirmQuit { retry: true }, Pane::Timeline, &x),
            None
        );
        assert_eq!(decode(&delete, Pane::Timeline, &x), Some(Msg::CancelDelete));
    }

    /// No table of a mode binds one key to two things.
    #[test]
    fn mode_tables_bind_each_key_once() {
        fn once<A>(name: &str, table: &[ModeBinding<A>]) {
            let mut seen: Vec<Key> = Vec::new();
            for b in table {
                for key in b.keys {
                    assert!(!seen.contains(key), "{key:?} twice in {name}");
                    seen.push(*key);
                }
            }
        }
        once("filter", FILTER_KEYS);
        once("quit", QUIT_KEYS);
        once("delete", DELETE_KEYS);
        once("conflicts", CONFLICTS_KEYS);
        once("documents", DOCUMENTS_KEYS);
        once("disk", DISK_KEYS);
        once("form", crate::forms::key::FORM_KEYS);
    }

    #[test]
    fn the_lists_and_the_disk_question_decode_from_their_tables() {
        use crate::app::action::ConflictKey;
        let press =
            |mode: &Mode, code| decode(mode, Pane::Timeline, &key(code, KeyModifiers::NONE));
        let ctrl = |mode: &Mode, ch| {
            decode(
                mode,
                Pane::Timeline,
                &key(KeyCode::Char(ch), KeyModifiers::CONTROL),
            )
        };
        let list = Mode::Conflicts;
        assert_eq!(
            press(&list, KeyCode::Char('t')),
            Some(Msg::KeepConflict(crate::model::Side::Theirs))
        );
        assert_eq!(
            press(&list, KeyCode::Char('k')),
            Some(Msg::ConflictCursor(false))
        );
        assert_eq!(press(&list, KeyCode::Char('z')), Some(Msg::CloseOverlay));
        assert_eq!(ctrl(&list, 'c'), Some(Msg::Act(Action::Quit)));
        let docs = Mode::Documents(0);
        assert_eq!(
            press(&docs, KeyCode::Enter),
            Some(Msg::DocumentKey(DocumentsKey::Edit))
        );
        assert_eq!(ctrl(&docs, 'r'), Some(Msg::DocumentKey(DocumentsKey::Redo)));
        assert_eq!(press(&docs, KeyCode::Char('z')), None);
        assert_eq!(ctrl(&docs, 'c'), Some(Msg::Act(Action::Quit)));
        let disk = Mode::Conflict(crate::app::conflict::Conflict {
            step: crate::app::conflict::ConflictStep::Ask,
            differing: Vec::new(),
        });
        assert_eq!(
            press(&disk, KeyCode::Char('c')),
            Some(Msg::ConflictKey(ConflictKey::Copy))
        );
        assert_eq!(ctrl(&disk, 'c'), Some(Msg::ConflictKey(ConflictKey::Quit)));
        assert_eq!(
            press(&disk, KeyCode::Char('G')),
            Some(Msg::ConflictKey(ConflictKey::Keep))
        );
        assert_eq!(
            press(&disk, KeyCode::Char('x')),
            Some(Msg::ConflictKey(ConflictKey::Close))
        );
    }
}
