//! Creating, editing and deleting from the keyboard (issue 5): opening the
//! right form for the pane and selection, feeding it keys, applying it
//! through the history, asking before a delete, undo and redo.

use ratatui::crossterm::event::KeyEvent;

use super::derived::Row;
use super::keymap::Action;
use super::msg::Effect;
use super::{App, Mode, Notice, Pane};
use crate::forms::{self, Form, Outcome, Selection, specs};
use crate::i18n::forms as words;
use crate::model::doc::{Change, Document};

/// What a confirmed delete removes, by ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deletion {
    Authority {
        authority: String,
    },
    Pursuit {
        authority: String,
        pursuit: String,
    },
    Contact {
        authority: String,
        contact: String,
    },
    Interaction {
        authority: String,
        contact: String,
        interaction: String,
    },
    Requirement {
        authority: String,
        pursuit: String,
        requirement: String,
    },
    /// A standing document, from the list where it sat at `at`.
    Document {
        document: String,
        at: usize,
    },
}

/// A delete waiting for y/N, with the question naming what goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingDelete {
    pub what: Deletion,
    pub question: String,
}

fn refuse_read_only(app: &mut App) -> bool {
    if app.read_only.is_some() {
        app.notice = Some(Notice::ReadOnly);
        return true;
    }
    false
}

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
    if refuse_read_only(app) {
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
                select(app, &selection);
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

/// Ask before deleting what the focused pane has selected.
pub fn ask_delete(app: &mut App) -> Vec<Effect> {
    if refuse_read_only(app) {
        return Vec::new();
    }
    let l = app.lang;
    let pending = match app.focus {
        Pane::Checklist => super::compliance::ask_delete(app),
        Pane::Contacts if app.contacts.log.is_some() => selected_contact(app)
            .zip(selected_interaction(app))
            .zip(app.selected_authority())
            .map(|((c, i), a)| PendingDelete {
                question: words::confirm_delete_interaction(l, &i.summary),
                what: Deletion::Interaction {
                    authority: a.id.clone(),
                    contact: c.id.clone(),
                    interaction: i.id.clone(),
                },
            }),
        Pane::Contacts => selected_contact(app)
            .zip(app.selected_authority())
            .map(|(c, a)| PendingDelete {
                question: words::confirm_delete_contact(l, &c.name, c.interactions.len()),
                what: Deletion::Contact {
                    authority: a.id.clone(),
                    contact: c.id.clone(),
                },
            }),
        _ => match (app.selected_row(), app.selected_authority()) {
            (Some(Row::Pursuit(..)), Some(a)) => app.selected_pursuit().map(|p| PendingDelete {
                question: words::confirm_delete_pursuit(
                    l,
                    &p.object,
                    p.checklist.values().filter(|e| e.done.is_some()).count(),
                ),
                what: Deletion::Pursuit {
                    authority: a.id.clone(),
                    pursuit: p.id.clone(),
                },
            }),
            (Some(Row::Authority(_)), Some(a)) => {
                let (pursuits, contacts, interactions) = a.weight();
                Some(PendingDelete {
                    question: words::confirm_delete_authority(
                        l,
                        &a.name,
                        pursuits,
                        contacts,
                        interactions,
                    ),
                    what: Deletion::Authority {
                        authority: a.id.clone(),
                    },
                })
            }
            _ => None,
        },
    };
    match pending {
        Some(p) => app.mode = Mode::ConfirmDelete(p),
        None => app.notice = Some(Notice::NothingSelected),
    }
    Vec::new()
}

/// `y` to the delete question.
pub fn confirm_delete(app: &mut App) -> Vec<Effect> {
    let Mode::ConfirmDelete(pending) = std::mem::take(&mut app.mode) else {
        return Vec::new();
    };
    let delete = |doc: &mut Document| -> Option<Change> {
        match &pending.what {
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
    super::compliance::after_delete(app, &pending.what);
    if changed.is_none() {
        return Vec::new();
    }
    app.notice = Some(Notice::Deleted);
    vec![Effect::Save]
}

pub fn cancel_delete(app: &mut App) {
    let Mode::ConfirmDelete(pending) = std::mem::take(&mut app.mode) else {
        return;
    };
    super::compliance::after_delete(app, &pending.what);
}

/// `u` and `Ctrl-R`.
pub fn undo_redo(app: &mut App, redo: bool) -> Vec<Effect> {
    if refuse_read_only(app) {
        return Vec::new();
    }
    let step = if redo { Document::redo } else { Document::undo };
    let Some(change) = app.apply(step) else {
        app.notice = Some(if redo {
            Notice::NothingToRedo
        } else {
            Notice::NothingToUndo
        });
        return Vec::new();
    };
    if let Some(authority) = change.authority_id()
        && app.document().position(authority).is_some()
    {
        select(
            app,
            &Selection {
                authority: authority.to_string(),
                ..Selection::default()
            },
        );
    }
    app.notice = Some(if redo { Notice::Redone } else { Notice::Undone });
    vec![Effect::Save]
}

/// Put the cursors on what a form created or edited.
fn select(app: &mut App, s: &Selection) {
    let Some(a) = app.document().position(&s.authority) else {
        return;
    };
    let pursuit = s
        .pursuit
        .as_ref()
        .and_then(|pid| app.document().pursuit_position(a, pid));
    let want = match pursuit {
        Some(p) => Row::Pursuit(a, p),
        // A contact or an interaction: stay on the pursuit row if it is this authority's.
        None => match app.selected_row() {
            Some(row) if row.authority() == a => row,
            _ => Row::Authority(a),
        },
    };
    let row = app
        .rows
        .iter()
        .position(|r| *r == want)
        .or_else(|| app.rows.iter().position(|r| r.authority() == a));
    match row {
        Some(row) => {
            app.timeline.sel = row;
            app.sync_views();
        }
        None if !app.filter.is_empty() => {
            // Hidden by the filter: clear it so the new thing is on screen.
            app.set_filter(String::new());
            return select(app, s);
        }
        None => {}
    }
    if let Some(cid) = &s.contact {
        let contacts = &app.portfolio().authorities[a].contacts;
        if let Some(ci) = contacts.iter().position(|c| &c.id == cid)
            && let Some(sel) = app.contacts.order.iter().position(|&i| i == ci)
        {
            app.contacts.sel = sel;
        }
    }
    app.keep_cursors_visible();
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
