//! The forms of the compliance data (issue 13): a pursuit's requirement and
//! a standing document, their fields and how a submitted one is applied
//! through the undo history.

use chrono::NaiveDate;

use super::field::{Field, FieldKind};
use super::form::Form;
use super::key::FieldKey;
use super::target::{Selection, Target};
use crate::i18n::{Lang, compliance as words};
use crate::model::Portfolio;
use crate::model::compliance::{
    DocKind, Requirement, RequirementKind, RequirementStatus, StandingDocument, default_expiry,
};
use crate::model::doc::{Change, Document};
use crate::model::ids::new_id;

fn text(l: Lang, key: FieldKey, required: bool, multiline: bool, value: &str) -> Field {
    Field::new(
        key,
        crate::i18n::forms::label(l, key),
        FieldKind::Text {
            required,
            multiline,
        },
    )
    .with_text(value)
}

fn date(l: Lang, key: FieldKey, required: bool, value: Option<NaiveDate>) -> Field {
    Field::new(
        key,
        crate::i18n::forms::label(l, key),
        FieldKind::Date { required },
    )
    .with_text(&value.map(|d| l.date(d)).unwrap_or_default())
}

fn choice(l: Lang, key: FieldKey, options: Vec<&'static str>, index: usize) -> Field {
    Field::new(
        key,
        crate::i18n::forms::label(l, key),
        FieldKind::Choice { options },
    )
    .with_choice(index)
}

/// The form of requirement `r` of a pursuit, or of a new one.
pub fn requirement(
    l: Lang,
    today: NaiveDate,
    authority: &str,
    pursuit: &str,
    r: Option<&Requirement>,
) -> Form {
    let blank = Requirement::new("", RequirementKind::Document, "");
    let v = r.unwrap_or(&blank);
    let (title, target) = match r {
        Some(r) => (
            words::title_edit_requirement(l),
            Target::EditRequirement {
                authority: authority.into(),
                pursuit: pursuit.into(),
                requirement: r.id.clone(),
            },
        ),
        None => (
            words::title_new_requirement(l),
            Target::NewRequirement {
                authority: authority.into(),
                pursuit: pursuit.into(),
            },
        ),
    };
    let kinds = RequirementKind::ALL;
    let statuses = RequirementStatus::ALL;
    let mut due = date(l, FieldKey::Due, false, v.due);
    due.hint = Some(words::due_hint(l).to_string());
    let fields = vec![
        text(l, FieldKey::Label, true, false, &v.label),
        choice(
            l,
            FieldKey::RequirementKind,
            kinds
                .iter()
                .map(|k| words::requirement_kind(l, *k))
                .collect(),
            kinds.iter().position(|k| *k == v.kind).unwrap_or(0),
        ),
        choice(
            l,
            FieldKey::Status,
            statuses.iter().map(|s| words::status(l, *s)).collect(),
            statuses.iter().position(|s| *s == v.status).unwrap_or(0),
        ),
        due,
        text(l, FieldKey::Owner, false, false, &v.owner),
        text(l, FieldKey::Note, false, true, &v.note),
    ];
    Form::new(title.into(), target, l, today, fields)
}

/// The choice index of `kind`: a known kind, or the last option ("other").
fn kind_index(kind: &DocKind) -> usize {
    DocKind::KNOWN
        .iter()
        .position(|k| k == kind)
        .unwrap_or(DocKind::KNOWN.len())
}

/// Show the expiry a blank field will get, from the kind and issue date.
fn document_hints(form: &mut Form) {
    let kind = DocKind::KNOWN.get(form.choice(FieldKey::DocKind)).cloned();
    let hint = match (kind, form.date(FieldKey::Issued)) {
        (Some(k), Some(issued)) => Some(match default_expiry(&k, issued, &Default::default()) {
            Some(e) => words::expiry_hint(form.lang, Some(&form.lang.date(e))),
            None => words::expiry_hint(form.lang, None),
        }),
        _ => None,
    };
    if let Some(f) = form.field_mut(FieldKey::Expires) {
        f.hint = hint;
    }
}

/// The form of standing document `d`, or of a new one.
pub fn document(l: Lang, today: NaiveDate, d: Option<&StandingDocument>) -> Form {
    let (title, target) = match d {
        Some(d) => (
            words::title_edit_document(l),
            Target::EditDocument {
                document: d.id.clone(),
            },
        ),
        None => (words::title_new_document(l), Target::NewDocument),
    };
    let kind = d.map_or(DocKind::Urssaf, |d| d.kind.clone());
    let mut options: Vec<&'static str> = DocKind::KNOWN
        .iter()
        .map(|k| match words::doc_kind(l, k) {
            std::borrow::Cow::Borrowed(s) => s,
            std::borrow::Cow::Owned(_) => "",
        })
        .collect();
    options.push(words::other_kind(l));
    let other = match &kind {
        DocKind::Other(s) => s.as_str(),
        _ => "",
    };
    let fields = vec![
        choice(l, FieldKey::DocKind, options, kind_index(&kind)),
        text(l, FieldKey::OtherKind, false, false, other),
        text(
            l,
            FieldKey::DocLabel,
            false,
            false,
            d.map_or("", |d| &d.label),
        ),
        date(
            l,
            FieldKey::Issued,
            true,
            Some(d.map_or(today, |d| d.issued)),
        ),
        date(l, FieldKey::Expires, false, d.and_then(|d| d.expires)),
        text(l, FieldKey::DocNote, false, true, d.map_or("", |d| &d.note)),
    ];
    Form::new(title.into(), target, l, today, fields).with_on_change(document_hints)
}

fn chosen_kind(form: &Form) -> DocKind {
    match DocKind::KNOWN.get(form.choice(FieldKey::DocKind)) {
        Some(k) => k.clone(),
        None => DocKind::parse(&form.text(FieldKey::OtherKind)),
    }
}

/// Checks across fields; marks the form and returns false when one fails.
pub fn cross_checks(form: &mut Form) -> bool {
    let lang = form.lang;
    if !matches!(
        form.target,
        Target::NewDocument | Target::EditDocument { .. }
    ) {
        return true;
    }
    if chosen_kind(form) == DocKind::Other(String::new()) {
        form.reject(FieldKey::OtherKind, words::empty_kind(lang).to_string());
        return false;
    }
    if let (Some(i), Some(e)) = (form.date(FieldKey::Issued), form.date(FieldKey::Expires))
        && e < i
    {
        form.reject(
            FieldKey::Expires,
            words::expires_before_issued(lang).to_string(),
        );
        return false;
    }
    true
}

fn fill_requirement(form: &Form, r: &mut Requirement) {
    r.label = form.text(FieldKey::Label);
    r.kind = RequirementKind::ALL
        .get(form.choice(FieldKey::RequirementKind))
        .copied()
        .unwrap_or_default();
    r.status = RequirementStatus::ALL
        .get(form.choice(FieldKey::Status))
        .copied()
        .unwrap_or_default();
    r.due = form.date(FieldKey::Due);
    r.owner = form.text(FieldKey::Owner);
    r.note = form.text(FieldKey::Note);
}

fn fill_document(form: &Form, p: &Portfolio, d: &mut StandingDocument) {
    d.kind = chosen_kind(form);
    d.label = form.text(FieldKey::DocLabel);
    d.issued = form.date(FieldKey::Issued).unwrap_or(form.today);
    d.expires = form
        .date(FieldKey::Expires)
        .or_else(|| default_expiry(&d.kind, d.issued, &p.settings.document_validity_months));
    d.note = form.text(FieldKey::DocNote);
}

/// The next free requirement id of a pursuit: `r-<n>`.
pub fn next_requirement_id(reqs: &[Requirement]) -> String {
    let n = reqs
        .iter()
        .filter_map(|r| r.id.strip_prefix("r-")?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("r-{}", n + 1)
}

/// Apply a compliance form; `None` when its target is gone or not ours.
pub fn commit(
    form: &Form,
    target: Target,
    doc: &mut Document,
) -> Option<(Selection, Option<Change>)> {
    let in_pursuit = |authority: &str, pursuit: &str| Selection {
        authority: authority.to_string(),
        pursuit: Some(pursuit.to_string()),
        ..Selection::default()
    };
    match target {
        Target::NewRequirement { authority, pursuit } => {
            let at = doc.position(&authority)?;
            let pu = doc.pursuit_position(at, &pursuit)?;
            let change = doc.edit_pursuit(at, pu, |x| {
                let id = next_requirement_id(&x.requirements);
                let mut r = Requirement::new(id, RequirementKind::Document, "");
                fill_requirement(form, &mut r);
                x.requirements.push(r);
            });
            Some((in_pursuit(&authority, &pursuit), change))
        }
        Target::EditRequirement {
            authority,
            pursuit,
            requirement,
        } => {
            let at = doc.position(&authority)?;
            let pu = doc.pursuit_position(at, &pursuit)?;
            let change = doc.edit_pursuit(at, pu, |x| {
                if let Some(r) = x.requirements.iter_mut().find(|r| r.id == requirement) {
                    fill_requirement(form, r);
                }
            });
            Some((in_pursuit(&authority, &pursuit), change))
        }
        Target::NewDocument => {
            let p = doc.portfolio();
            let mut d = StandingDocument {
                id: new_id(p, "d"),
                kind: DocKind::Urssaf,
                label: String::new(),
                issued: form.today,
                expires: None,
                note: String::new(),
                extra: Default::default(),
            };
            fill_document(form, p, &mut d);
            let change = doc.edit_portfolio(|p| p.documents.push(d));
            Some((Selection::default(), change))
        }
        Target::EditDocument { document } => {
            let p = doc.portfolio();
            let mut d = p.document(&document)?.clone();
            fill_document(form, p, &mut d);
            let change = doc.edit_portfolio(|p| {
                if let Some(x) = p.documents.iter_mut().find(|x| x.id == document) {
                    *x = d;
                }
            });
            Some((Selection::default(), change))
        }
        _ => None,
    }
}
