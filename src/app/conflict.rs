//! The file changed on disk under unsaved changes: the user chooses between
//! reloading theirs, keeping ours (asked twice; theirs is kept aside) and
//! saving ours as a copy. The edge does the file work ([`Effect`]s).

pub use super::action::ConflictKey;
use super::msg::Effect;
use super::{App, Mode, SaveState};
use crate::app::derived::Derived;
use crate::model::Portfolio;
use crate::model::doc::Document;

/// Where the question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictStep {
    /// Reload theirs, keep mine, or save mine as a copy?
    Ask,
    /// Keep mine: overwrite theirs (kept aside)? y/N.
    ConfirmKeep,
}

/// The question, with the names of the authorities where ours differs from
/// the file on disk: what reloading would replace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub step: ConflictStep,
    pub differing: Vec<String>,
}

/// The edge found the file changed: ask, unless a form or another question
/// is open (the status bar says so; quitting asks again).
pub fn open(app: &mut App, differing: Vec<String>) {
    app.save = SaveState::ChangedOnDisk;
    if matches!(app.mode, Mode::Normal | Mode::Help | Mode::Filter) {
        app.mode = Mode::Conflict(Conflict {
            step: ConflictStep::Ask,
            differing,
        });
    }
}

pub fn key(app: &mut App, key: ConflictKey) -> Vec<Effect> {
    let Mode::Conflict(c) = &mut app.mode else {
        return Vec::new();
    };
    match (c.step, key) {
        (ConflictStep::Ask, ConflictKey::Reload) => vec![Effect::ReloadTheirs],
        (ConflictStep::Ask, ConflictKey::Keep) => {
            c.step = ConflictStep::ConfirmKeep;
            Vec::new()
        }
        (ConflictStep::Ask, ConflictKey::Copy) => vec![Effect::SaveCopy],
        (ConflictStep::ConfirmKeep, ConflictKey::Yes) => {
            app.mode = Mode::Normal;
            app.save = SaveState::Pending;
            vec![Effect::KeepMine]
        }
        (_, ConflictKey::Quit) => {
            app.mode = Mode::ConfirmQuit { retry: false };
            Vec::new()
        }
        (ConflictStep::ConfirmKeep, _) => {
            c.step = ConflictStep::Ask;
            Vec::new()
        }
        (ConflictStep::Ask, _) => {
            app.mode = Mode::Normal;
            Vec::new()
        }
    }
}

/// Replace the portfolio with the file's version: history starts anew,
/// since our edits no longer apply to it.
pub fn reloaded(app: &mut App, theirs: Portfolio) {
    app.doc = Document::new(theirs);
    app.derived = Derived::build(app.doc.portfolio(), app.today, app.lang);
    app.sync_count_scope();
    app.rebuild_rows();
    app.save = SaveState::Clean;
    app.mode = Mode::Normal;
}

/// Names of the authorities of `ours` that `theirs` lacks or holds otherwise.
pub fn differing(ours: &Portfolio, theirs: &Portfolio) -> Vec<String> {
    let by_id: std::collections::HashMap<&str, _> = theirs
        .authorities
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    ours.authorities
        .iter()
        .filter(|a| by_id.get(a.id.as_str()) != Some(a))
        .map(|a| a.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn app() -> App {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        App::new(crate::demo::portfolio(today), crate::i18n::Lang::En, today)
    }

    #[test]
    fn keep_mine_asks_twice_and_reload_starts_anew() {
        let mut a = app();
        open(&mut a, vec!["X".into()]);
        assert_eq!(a.save, SaveState::ChangedOnDisk);
        assert_eq!(key(&mut a, ConflictKey::Keep), []);
        assert_eq!(key(&mut a, ConflictKey::Close), []);
        assert!(matches!(&a.mode, Mode::Conflict(c) if c.step == ConflictStep::Ask));
        key(&mut a, ConflictKey::Keep);
        assert_eq!(key(&mut a, ConflictKey::Yes), [Effect::KeepMine]);
        assert_eq!(a.mode, Mode::Normal);
        open(&mut a, Vec::new());
        assert_eq!(key(&mut a, ConflictKey::Reload), [Effect::ReloadTheirs]);
        assert_eq!(key(&mut a, ConflictKey::Copy), [Effect::SaveCopy]);
        let mut theirs = a.portfolio().clone();
        theirs.authorities.get_mut(0).unwrap().name = "Theirs".into();
        assert_eq!(
            differing(a.portfolio(), &theirs),
            [a.portfolio().authorities.get(0).unwrap().name.clone()]
        );
        reloaded(&mut a, theirs);
        assert_eq!(a.portfolio().authorities.get(0).unwrap().name, "Theirs");
        assert_eq!(
            (a.save.clone(), a.mode.clone()),
            (SaveState::Clean, Mode::Normal)
        );
    }
}
