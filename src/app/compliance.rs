//! The tracker's compliance keys (issue 13): status of a requirement and
//! links of a document from the checklist, the requirement template, the
//! confirmation before ticking "je soumissionne" on a pursuit not ready,
//! and the standing-documents list (`D`).

use super::action::DocumentsKey;
use super::check_line::Line;
use super::deletion::Deletion;
use super::msg::Effect;
use super::{App, Mode, Notice, Pane};
use crate::forms::{Form, compliance as forms};
use crate::i18n::compliance as words;
use crate::model::Pursuit;
use crate::model::compliance::{missing, requirement};
use crate::model::doc::{Change, Document};
use crate::model::template::SUBMIT_ID;

pub use super::compliance_state::Said;

fn read_only(app: &mut App) -> bool {
    if app.read_only.is_some() {
        app.notice = Some(Notice::ReadOnly);
        return true;
    }
    false
}

/// The pursuit the compliance keys read, the one
/// [`super::target::edit_pursuit`] writes to.
fn pursuit(app: &App) -> Option<&Pursuit> {
    let (a, p) = super::target::edited_pursuit(app)?;
    app.portfolio().authorities.get(a)?.pursuits.get(p)
}

fn selected_ids(app: &App) -> Option<(String, String)> {
    let (a, _) = super::target::edited_pursuit(app)?;
    let a = app.portfolio().authorities.get(a)?.id.clone();
    Some((a, pursuit(app)?.id.clone()))
}

/// Space on a requirement (next status) or a linked document (required or
/// not; unlinked when linked by hand). `None` when the cursor is on neither.
pub fn toggle(app: &mut App) -> Option<Vec<Effect>> {
    let line = app.check.selected_kind()?;
    if !matches!(line, Line::Requirement(_) | Line::Document(_)) {
        return None;
    }
    if read_only(app) {
        return Some(Vec::new());
    }
    let (effects, said) = match line {
        Line::Requirement(n) => {
            let next = pursuit(app)?.requirements.get(n)?.status.next();
            let effects = super::target::edit_pursuit(app, |p| {
                if let Some(r) = p.requirements.get_mut(n) {
                    r.status = next;
                }
            });
            (effects, Said::Status(next))
        }
        Line::Document(n) => {
            let row = app.check.compliance.docs.get(n)?.clone();
            if row.by_default {
                let waive = !pursuit(app)?.documents_not_required.contains(&row.kind);
                let effects = super::target::edit_pursuit(app, |p| {
                    p.documents_not_required.retain(|k| *k != row.kind);
                    if waive {
                        p.documents_not_required.push(row.kind.clone());
                    }
                });
                (effects, Said::NotRequired(waive))
            } else {
                let id = row.doc_id.clone()?;
                let effects =
                    super::target::edit_pursuit(app, |p| p.documents.retain(|d| *d != id));
                (effects, Said::Linked(false))
            }
        }
        _ => return None,
    };
    app.notice = Some(Notice::Compliance(said));
    Some(effects.unwrap_or_default())
}

/// Before ticking "je soumissionne": when the pursuit is not ready to file,
/// ask, listing what is missing. True when the question is now open.
pub fn guard_submit(app: &mut App, item_id: &str, done: bool) -> bool {
    if item_id != SUBMIT_ID || done || app.check.compliance.ready {
        return false;
    }
    let Some(p) = pursuit(app) else {
        return false;
    };
    let j = app.check.compliance.j;
    let l = app.lang;
    let docs = &app.portfolio().documents;
    let lines: Vec<String> = missing(docs, p, j)
        .iter()
        .map(|m| words::missing(l, m, j))
        .collect();
    app.mode = Mode::ConfirmSubmit(lines);
    true
}

/// `y` to the submit question: tick it anyway.
pub fn confirm_submit(app: &mut App) -> Vec<Effect> {
    app.mode = Mode::Normal;
    let today = app.today;
    let user = app.user.clone();
    let effects = super::target::edit_pursuit(app, |p| p.toggle_by(SUBMIT_ID, today, &user));
    app.notice = Some(Notice::Ticked(SUBMIT_ID));
    effects.unwrap_or_default()
}

pub fn cancel_submit(app: &mut App) {
    app.mode = Mode::Normal;
    app.notice = Some(Notice::Compliance(Said::SubmitCancelled));
}

/// `M`: the selected pursuit's requirements from the shipped template.
pub fn from_template(app: &mut App) -> Vec<Effect> {
    if read_only(app) {
        return Vec::new();
    }
    let Some(p) = pursuit(app) else {
        app.notice = Some(Notice::NothingSelected);
        return Vec::new();
    };
    if !p.requirements.is_empty() {
        app.notice = Some(Notice::Compliance(Said::AlreadyHasRequirements));
        return Vec::new();
    }
    let reqs = requirement::from_template(app.lang, "r");
    let n = reqs.len();
    let effects = super::target::edit_pursuit(app, |p| p.requirements = reqs);
    app.notice = Some(Notice::Compliance(Said::TemplateApplied(n)));
    effects.unwrap_or_default()
}

/// A new pursuit starts from the template in the UI's language.
pub fn start_from_template(p: &mut Pursuit, lang: crate::i18n::Lang) {
    if p.requirements.is_empty() {
        p.requirements = requirement::from_template(lang, "r");
    }
}

/// `a` or `e` in the checklist on a requirement: its form. `None` when the
/// key is not about a requirement (the caller opens its own forms).
pub fn open_form(app: &mut App, add: bool) -> Option<Form> {
    if app.focus != Pane::Checklist {
        return None;
    }
    let (a, p) = selected_ids(app)?;
    let (l, today) = (app.lang, app.today);
    if add {
        return Some(forms::requirement(l, today, &a, &p, None));
    }
    let Line::Requirement(n) = app.check.selected_kind()? else {
        return None;
    };
    let r = pursuit(app)?.requirements.get(n)?;
    Some(forms::requirement(l, today, &a, &p, Some(r)))
}

/// `d` in the checklist on a requirement.
pub fn ask_delete(app: &App) -> Option<Deletion> {
    let Line::Requirement(n) = app.check.selected_kind()? else {
        return None;
    };
    let (a, p) = selected_ids(app)?;
    let r = pursuit(app)?.requirements.get(n)?;
    Some(Deletion::Requirement {
        authority: a,
        pursuit: p,
        requirement: r.id.clone(),
    })
}

/// `D`: the standing-documents list.
pub fn open_documents(app: &mut App) {
    app.mode = Mode::Documents(0);
}

/// After a form or a question about a standing document, back to the list.
pub fn back_to_documents(app: &mut App, target: &crate::forms::Target) -> bool {
    use crate::forms::Target;
    if !matches!(target, Target::NewDocument | Target::EditDocument { .. }) {
        return false;
    }
    let sel = match target {
        Target::EditDocument { document } => app
            .portfolio()
            .documents
            .iter()
            .position(|d| d.id == *document),
        _ => app.portfolio().documents.len().checked_sub(1),
    };
    app.mode = Mode::Documents(sel.unwrap_or(0));
    true
}

/// Put the checklist cursor on the requirement a form created or edited.
pub fn select_requirement(app: &mut App, target: &crate::forms::Target) {
    use crate::forms::Target;
    let Some(reqs) = pursuit(app).map(|p| &p.requirements) else {
        return;
    };
    let at = match target {
        Target::NewRequirement { .. } => reqs.len().checked_sub(1),
        Target::EditRequirement { requirement, .. } => {
            reqs.iter().position(|r| r.id == *requirement)
        }
        _ => None,
    };
    if let Some(n) = at {
        app.check.restore(&super::checklist::Anchor::Requirement(n));
        app.keep_cursors_visible();
    }
}

/// A key in the standing-documents list.
pub fn document_key(app: &mut App, key: DocumentsKey) -> Vec<Effect> {
    let Mode::Documents(sel) = app.mode else {
        return Vec::new();
    };
    let len = app.portfolio().documents.len();
    app.notice = None;
    let last = len.saturating_sub(1);
    let editing = matches!(
        key,
        DocumentsKey::Add | DocumentsKey::Edit | DocumentsKey::Delete | DocumentsKey::Link
    );
    if editing && read_only(app) {
        return Vec::new();
    }
    match key {
        DocumentsKey::Redo => return undo_redo(app, sel, true),
        DocumentsKey::Undo => return undo_redo(app, sel, false),
        DocumentsKey::Close => app.mode = Mode::Normal,
        DocumentsKey::Next => app.mode = Mode::Documents((sel + 1).min(last)),
        DocumentsKey::Previous => app.mode = Mode::Documents(sel.saturating_sub(1)),
        DocumentsKey::First => app.mode = Mode::Documents(0),
        DocumentsKey::Last => app.mode = Mode::Documents(last),
        DocumentsKey::Add => open(app, forms::document(app.lang, app.today, None)),
        DocumentsKey::Edit => {
            if let Some(d) = app.portfolio().documents.get(sel) {
                let form = forms::document(app.lang, app.today, Some(d));
                open(app, form);
            }
        }
        DocumentsKey::Delete => {
            if let Some(d) = app.portfolio().documents.get(sel) {
                app.mode = Mode::ConfirmDelete(Deletion::Document {
                    document: d.id.clone(),
                    at: sel,
                });
            }
        }
        DocumentsKey::Link => return link(app, sel),
    }
    Vec::new()
}

fn open(app: &mut App, form: Form) {
    app.form = Some(Box::new(form));
    app.mode = Mode::Form;
}

fn undo_redo(app: &mut App, sel: usize, redo: bool) -> Vec<Effect> {
    let effects = super::undo::undo_redo(app, redo);
    let len = app.portfolio().documents.len();
    app.mode = Mode::Documents(sel.min(len.saturating_sub(1)));
    effects
}

/// `l`: link the document to the selected pursuit, or unlink it; for a
/// candidature document, mark it (not) required for that pursuit.
fn link(app: &mut App, sel: usize) -> Vec<Effect> {
    let Some(d) = app.portfolio().documents.get(sel).cloned() else {
        return Vec::new();
    };
    let Some(p) = pursuit(app) else {
        app.notice = Some(Notice::NothingSelected);
        return Vec::new();
    };
    let (effects, said) = if d.kind.is_candidature() {
        let waive = !p.documents_not_required.contains(&d.kind);
        let e = super::target::edit_pursuit(app, |p| {
            p.documents_not_required.retain(|k| *k != d.kind);
            if waive {
                p.documents_not_required.push(d.kind.clone());
            }
        });
        (e, Said::NotRequired(waive))
    } else {
        let link = !p.documents.contains(&d.id);
        let e = super::target::edit_pursuit(app, |p| {
            p.documents.retain(|x| *x != d.id);
            if link {
                p.documents.push(d.id.clone());
            }
        });
        (e, Said::Linked(link))
    };
    app.mode = Mode::Documents(sel);
    app.notice = Some(Notice::Compliance(said));
    effects.unwrap_or_default()
}

/// Delete a requirement or a standing document through the document.
pub fn delete(doc: &mut Document, what: &Deletion) -> Option<Change> {
    match what {
        Deletion::Requirement {
            authority,
            pursuit,
            requirement,
        } => {
            let at = doc.position(authority)?;
            let pu = doc.pursuit_position(at, pursuit)?;
            doc.edit_pursuit(at, pu, |x| x.requirements.retain(|r| r.id != *requirement))
        }
        Deletion::Document { document, .. } => {
            doc.edit_portfolio(|p| p.documents.retain(|d| d.id != *document))
        }
        _ => None,
    }
}

/// After a question about a standing document (answered either way), back
/// to the list, its cursor in range.
pub fn after_delete(app: &mut App, what: &Deletion) {
    if let Deletion::Document { at, .. } = what {
        let len = app.portfolio().documents.len();
        app.mode = Mode::Documents((*at).min(len.saturating_sub(1)));
    }
}

#[cfg(test)]
#[path = "compliance_tests.rs"]
mod tests;
