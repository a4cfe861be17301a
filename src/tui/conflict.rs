//! The file work of the changed-on-disk question: compare, reload theirs,
//! keep ours (theirs copied aside first), or save ours as a copy.

use crate::app::conflict::{differing, reloaded};
use crate::app::{self, App, Effect, Msg, Notice};
use crate::store::{self, Saver};

/// Perform one of the conflict effects; other effects are not ours.
pub fn perform(effect: Effect, app: &mut App, saver: &Saver) {
    let path = saver.path().to_path_buf();
    let failed = |app: &mut App, e: store::StoreError| {
        let why = e.localized(app.lang);
        app::update(app, Msg::SaveFailed(why));
    };
    match effect {
        Effect::InspectConflict => {
            let list = match store::load(&path) {
                Ok(theirs) => differing(app.portfolio(), &theirs.portfolio),
                // Gone or unreadable: everything of ours is at stake.
                Err(_) => app
                    .portfolio()
                    .authorities
                    .iter()
                    .map(|a| a.name.clone())
                    .collect(),
            };
            app::update(app, Msg::Conflict(list));
        }
        Effect::ReloadTheirs => match store::load(&path) {
            Ok(theirs) => {
                reloaded(app, theirs.portfolio);
                saver.adopt(theirs.stamp);
                app.notice = Some(Notice::Reloaded);
            }
            Err(e) => failed(app, e),
        },
        Effect::KeepMine => match store::keep_theirs(&path) {
            Ok(aside) => {
                // The refused snapshot is saved again, over theirs.
                saver.set_expected(None);
                app.notice = Some(Notice::TheirsKept(aside.display().to_string()));
            }
            Err(e) => failed(app, e),
        },
        Effect::SaveCopy => match store::save_copy(&path, app.portfolio()) {
            Ok(copy) => {
                perform(Effect::ReloadTheirs, app, saver);
                app.notice = Some(Notice::MineCopied(copy.display().to_string()));
            }
            Err(e) => failed(app, e),
        },
        Effect::Save | Effect::Quit | Effect::QuitNow => {}
    }
}
