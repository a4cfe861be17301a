//! Creating, editing and deleting from the keyboard (issue 5): opening the
//! right form for the pane and selection, feeding it keys, applying it
//! through the history, asking before a delete, undo and redo.

use ratatui::crossterm::event::KeyEvent;

use super::derived::Row;
use super::keymap::Action;
use super::msg::Effect;
use super::{App, Mode, Notice, Pane};
use crate::forms::{self, Form, Outcome, specs};
use crate::model::doc::{Change, Document};

pub use super::deletion::Deletion;

fn selected_ids(app: &App) -> (Option<String>, Option<String>) {
    let a = app.selected_authority().map(|a| a.id.clone());
    let p = app.selected_pursuit().map(|p| p.id.clone());
    (a, p)
}

fn selected_contact(app: &App) -> Option<&crate::model::Contact> {
    let a = app.selected_authority()?;
    a.contacts.get(app.contacts.selected()?)
}

/// The interaction under the log cursor, when the log has the keys.
fn selected_interaction(app: &App) -> Option<&crate::model::Interaction> {
    let at = app.contacts.log?;
    selected_contact(app)?.log_newest_first().get(at).copied()
}

/// Entries in the selected contact's log.
pub fn log_len(app: &App) -> usize {
    selected_contact(app).map_or(0, |c| c.interactions.len())
}

/// Enter in the contacts pane: into the log (newest first) or back out.
pub fn toggle_log(app: &mut App) {
    app.contacts.log = match app.contacts.log {
        Some(_) => None,
        None if log_len(app) > 0 => Some(0),
        None => {
            app.notice = Some(Notice::NothingSelected);
            None
        }
    };
}

/// Open the form that `action` asks for in the focused pane, if it applies.
pub fn open(app: &mut App, action: Action) -> Vec<Effect> {
    if super::target::refuse_read_only(app) {
        return Vec::new();
    }
    let (l, today) = (app.lang, app.today);
    let lead = app.portfolio().settings.lead_time_days;
    let (aid, pid) = selected_ids(app);
    let requirement = match action {
        Action::Add | Action::Edit => super::compliance::open_form(app, action == Action::Add),
        _ => None,
    };
    let form: Option<Form> = match (action, app.focus) {
        _ if requirement.is_some() => requirement,
        (Action::Add, Pane::Checklist) => None,
        (Action::Add, Pane::Timeline) => Some(specs::authority(l, today, None)),
        (Action::Add, Pane::Contacts) => aid.map(|a| specs::contact(l, today, &a, None)),
        (Action::AddPursuit, _) => aid.map(|a| specs::pursuit(l, today, &a, None, lead)),
        (Action::LogInteraction, _) => selected_contact(app)
            .zip(aid)
            .map(|(c, a)| specs::interaction(l, today, &a, &c.id, None)),
        (Action::Note, _) => {
            let item = app.check.selected().map(|i| i.id);
            match (app.selected_authority(), app.selected_pursuit(), item) {
                (Some(a), Some(p), Some(item)) => Some(specs::item_note(
                    l,
                    today,
                    &a.id,
                    &p.id,
                    item,
                    a.entry(p, item),
                )),
                _ => None,
            }
        }
        (Action::Outcome, _) => app
            .selected_pursuit()
            .zip(aid)
            .map(|(p, a)| specs::outcome(l, today, &a, p)),
        (Action::Edit, Pane::Contacts) if app.contacts.log.is_some() => selected_contact(app)
            .zip(selected_interaction(app))
            .zip(aid.clone())
            .map(|((c, i), a)| specs::interaction(l, today, &a, &c.id, Some(i))),
        (Action::Edit, Pane::Contacts) => selected_contact(app)
            .zip(aid)
            .map(|(c, a)| specs::contact(l, today, &a, Some(c))),
        (Action::Edit, _) => match (app.selected_pursuit(), app.selected_authority()) {
            (Some(p), Some(a)) if pid.is_some() => {
                Some(specs::pursuit(l, today, &a.id, Some(p), lead))
            }
            (_, Some(a)) => Some(specs::authority(l, today, Some(a))),
            _ => None,
        },
        _ => None,
    };
    match form {
        Some(mut f) => {
            f.user = app.user.clone();
            app.form = Some(Box::new(f));
            app.mode = Mode::Form;
        }
        None => app.notice = Some(Notice::NothingSelected),
    }
    Vec::new()
}

/// A key for the open form.
pub fn form_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(form) = app.form.as_mut() else {
        app.mode = Mode::Normal;
        return Vec::new();
    };
    match form.handle_key(key) {
        Outcome::Continue => Vec::new(),
        Outcome::Cancel => {
            close_form(app);
            Vec::new()
        }
        Outcome::Submit => submit(app),
    }
}

/// Pasted text for the open form.
pub fn paste(app: &mut App, text: &str) {
    if let Some(form) = app.form.as_mut() {
        form.paste(text);
    }
}

fn close_form(app: &mut App) {
    let form = app.form.take();
    app.mode = Mode::Normal;
    if let Some(f) = form {
        super::compliance::back_to_documents(app, &f.target);
    }
}

fn submit(app: &mut App) -> Vec<Effect> {
    let Some(mut form) = app.form.take() else {
        return Vec::new();
    };
    let mut committed = None;
    app.apply(|doc| {
        committed = forms::commit(&mut form, doc);
        committed.as_ref()?.1.clone()
    });
    match committed {
        Some((selection, _)) => {
            app.mode = Mode::Normal;
            if !super::compliance::back_to_documents(app, &form.target) {
                super::undo::select(app, &selection);
                super::compliance::select_requirement(app, &form.target);
            }
            app.notice = Some(Notice::Saved);
            vec![Effect::Save]
        }
        None => {
            // A cross-field check failed: the form shows why and stays open.
            app.form = Some(form);
            Vec::new()
        }
    }
}

/// Ask before deleting what the focused pane has selected (the question is
/// worded when drawn, from what the ids name then).
pub fn ask_delete(app: &mut App) -> Vec<Effect> {
    if super::target::refuse_read_only(app) {
        return Vec::new();
    }
    let authority = app.selected_authority().map(|a| a.id.clone());
    let what = match (app.focus, authority) {
        (_, None) => None,
        (Pane::Checklist, Some(_)) => super::compliance::ask_delete(app),
        (Pane::Contacts, Some(authority)) if app.contacts.log.is_some() => selected_contact(app)
            .zip(selected_interaction(app))
            .map(|(c, i)| Deletion::Interaction {
                authority,
                contact: c.id.clone(),
                interaction: i.id.clone(),
            }),
        (Pane::Contacts, Some(authority)) => selected_contact(app).map(|c| Deletion::Contact {
            authority,
            contact: c.id.clone(),
        }),
        (_, Some(authority)) => match app.selected_row() {
            Some(Row::Pursuit(..)) => app.selected_pursuit().map(|p| Deletion::Pursuit {
                authority,
                pursuit: p.id.clone(),
            }),
            Some(Row::Authority(_)) => Some(Deletion::Authority { authority }),
            None => None,
        },
    };
    match what {
        Some(what) => app.mode = Mode::ConfirmDelete(what),
        None => app.notice = Some(Notice::NothingSelected),
    }
    Vec::new()
}

/// `y` to the delete question.
pub fn confirm_delete(app: &mut App) -> Vec<Effect> {
    let Mode::ConfirmDelete(what) = std::mem::take(&mut app.mode) else {
        return Vec::new();
    };
    let delete = |doc: &mut Document| -> Option<Change> {
        match &what {
            Deletion::Authority { authority } => doc.remove_authority(doc.position(authority)?),
            Deletion::Pursuit { authority, pursuit } => doc
                .edit_authority(doc.position(authority)?, |a| {
                    a.pursuits.retain(|x| x.id != *pursuit)
                }),
            Deletion::Contact { authority, contact } => doc
                .edit_authority(doc.position(authority)?, |a| {
                    a.contacts.retain(|x| x.id != *contact)
                }),
            Deletion::Interaction {
                authority,
                contact,
                interaction,
            } => doc.edit_authority(doc.position(authority)?, |a| {
                for c in a.contacts.iter_mut().filter(|c| c.id == *contact) {
                    c.interactions.retain(|i| i.id != *interaction);
                }
            }),
            what @ (Deletion::Requirement { .. } | Deletion::Document { .. }) => {
                super::compliance::delete(doc, what)
            }
        }
    };
    let changed = app.apply(delete);
    super::compliance::after_delete(app, &what);
    if changed.is_none() {
        return Vec::new();
    }
    app.notice = Some(Notice::Deleted);
    vec![Effect::Save]
}

pub fn cancel_delete(app: &mut App) {
    let Mode::ConfirmDelete(what) = std::mem::take(&mut app.mode) else {
        return;
    };
    super::compliance::after_delete(app, &what);
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
