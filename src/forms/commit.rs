//! Apply a submitted form to the portfolio, through the document (so it can
//! be undone and the app hears what changed).

use super::form::Form;
use super::key::FieldKey;
use super::specs::PRIORITIES;
use super::target::{Selection, Target};
use crate::i18n::forms as words;
use crate::model::doc::{Change, Document};
use crate::model::ids::new_id;
use crate::model::ticks;
use crate::model::{
    Authority, AuthorityCategory, Contact, Influence, Interaction, InteractionKind, LotsNature,
    MarketKind, OrderNature, Outcome, Procedure, Pursuit, SubmissionMode,
};

/// The option at `index`, or the first one (a form never holds another index).
fn pick<T: Copy>(all: &[T], index: usize) -> T {
    all.get(index).copied().unwrap_or(all[0])
}

fn fill_authority(form: &Form, a: &mut Authority) {
    a.name = form.text(FieldKey::Name);
    a.category = pick(&AuthorityCategory::ALL, form.choice(FieldKey::Category));
    a.town = form.text(FieldKey::Town);
    a.departement = form.text(FieldKey::Departement);
    let siret = form.text(FieldKey::Siret);
    a.siret = (!siret.is_empty()).then_some(siret);
    a.priority = PRIORITIES
        .get(form.choice(FieldKey::Priority))
        .copied()
        .unwrap_or(3);
    a.activity = form.text(FieldKey::Activity);
    a.needs_rename = false;
}

fn fill_pursuit(form: &Form, p: &mut Pursuit) {
    p.object = form.text(FieldKey::Object);
    p.j = form.date(FieldKey::J);
    p.j_confirmed = form.flag(FieldKey::JConfirmed) && p.j.is_some();
    p.market_kind = pick(&MarketKind::ALL, form.choice(FieldKey::MarketKind));
    p.factor = form
        .number(FieldKey::Factor)
        .unwrap_or(p.market_kind.default_factor());
    p.procedure = form.text(FieldKey::Procedure);
    p.procedure_kind = pick(&Procedure::ALL, form.choice(FieldKey::ProcedureKind));
    p.j_time = form.time(FieldKey::JTime);
    p.notice_published = form.date(FieldKey::NoticePublished);
    p.notice_days = form.integer(FieldKey::NoticeDays);
    p.candidature_days = form.integer(FieldKey::CandidatureDays);
    p.amount = form.number(FieldKey::Amount);
    p.current_holder = form.text(FieldKey::CurrentHolder);
    p.current_expiry = form.date(FieldKey::CurrentExpiry);
    p.award_criteria = form.text(FieldKey::AwardCriteria);
    p.expected_start = form.date(FieldKey::ExpectedStart);
    p.lots = pick(
        &[LotsNature::Unknown, LotsNature::Single, LotsNature::Lots],
        form.choice(FieldKey::Lots),
    );
    p.lot_count = form.integer(FieldKey::LotCount);
    p.ordering = pick(
        &[
            OrderNature::Unknown,
            OrderNature::Firm,
            OrderNature::Fractional,
        ],
        form.choice(FieldKey::Ordering),
    );
    p.notice_ref = form.text(FieldKey::NoticeRef);
    p.submission = pick(
        &[
            SubmissionMode::Unknown,
            SubmissionMode::Electronic,
            SubmissionMode::Paper,
        ],
        form.choice(FieldKey::Submission),
    );
    p.owner = form.text(FieldKey::Owner);
}

fn fill_contact(form: &Form, c: &mut Contact) {
    c.name = form.text(FieldKey::Name);
    c.role = form.text(FieldKey::Role);
    c.phone = form.text(FieldKey::Phone);
    c.mobile = form.text(FieldKey::Mobile);
    c.email = form.text(FieldKey::Email);
    c.decision_maker = form.flag(FieldKey::DecisionMaker);
    c.influence = pick(&Influence::ALL, form.choice(FieldKey::Influence));
    c.keep_in_touch_days = form.integer(FieldKey::KeepInTouch);
    c.do_not_contact = form.flag(FieldKey::DoNotContact);
    c.details_checked = form.date(FieldKey::DetailsChecked);
    c.notes = form.text(FieldKey::Notes);
    c.owner = form.text(FieldKey::Owner);
}

fn fill_interaction(form: &Form, i: &mut Interaction) {
    i.summary = form.text(FieldKey::Summary);
    i.kind = pick(&InteractionKind::ALL, form.choice(FieldKey::Kind));
    i.date = form.date(FieldKey::Date).unwrap_or(form.today);
    i.follow_up = form.date(FieldKey::FollowUp);
}

/// Checks across fields; marks the form and returns false when one fails.
fn cross_checks(form: &mut Form) -> bool {
    let lang = form.lang;
    match form.target {
        Target::NewPursuit { .. } | Target::EditPursuit { .. }
            if form.date(FieldKey::J).is_none() && form.date(FieldKey::CurrentExpiry).is_none() =>
        {
            form.reject(FieldKey::J, words::need_j_or_expiry(lang));
            return false;
        }
        Target::ItemNote { .. } if form.date(FieldKey::DoneOn).is_some_and(|d| d > form.today) => {
            form.reject(FieldKey::DoneOn, words::done_in_future(lang));
            return false;
        }
        Target::NewInteraction { .. } | Target::EditInteraction { .. } => {
            if let (Some(d), Some(f)) = (form.date(FieldKey::Date), form.date(FieldKey::FollowUp))
                && f < d
            {
                form.reject(FieldKey::FollowUp, words::follow_up_before_date(lang));
                return false;
            }
        }
        _ => {}
    }
    true
}

/// Apply a form whose [`Form::submit`] said `Submit`. Returns what to select,
/// or `None` when a cross-field check failed (the form shows why) or the
/// target no longer exists; with it, what changed (`None` when the form
/// was submitted as it was).
pub fn commit(form: &mut Form, doc: &mut Document) -> Option<(Selection, Option<Change>)> {
    if !cross_checks(form) || !super::compliance::cross_checks(form) {
        return None;
    }
    let p = doc.portfolio();
    let today = form.today;
    let target = form.target.clone();
    let form = &*form;
    let sel = |authority: &str| Selection {
        authority: authority.to_string(),
        ..Selection::default()
    };
    match target {
        Target::NewAuthority => {
            let mut a = Authority::new(new_id(p, "a"), "");
            fill_authority(form, &mut a);
            let s = sel(&a.id);
            Some((s, Some(doc.add_authority(a))))
        }
        Target::EditAuthority { authority } => {
            let at = doc.position(&authority)?;
            let change = doc.edit_authority(at, |a| fill_authority(form, a));
            Some((sel(&authority), change))
        }
        Target::NewPursuit { authority } => {
            let at = doc.position(&authority)?;
            let mut new = Pursuit::new(new_id(p, "p"), "");
            fill_pursuit(form, &mut new);
            // A new bid starts from the shipped requirement list, to prune.
            new.requirements = crate::model::compliance::requirement::from_template(form.lang, "r");
            let id = new.id.clone();
            let change = doc.edit_authority(at, |a| a.pursuits.push(new));
            Some((
                Selection {
                    pursuit: Some(id),
                    ..sel(&authority)
                },
                change,
            ))
        }
        Target::EditPursuit { authority, pursuit } => {
            let at = doc.position(&authority)?;
            p.authorities[at]
                .pursuits
                .iter()
                .find(|x| x.id == pursuit)?;
            let change = doc.edit_authority(at, |a| {
                if let Some(x) = a.pursuits.iter_mut().find(|x| x.id == pursuit) {
                    fill_pursuit(form, x);
                }
            });
            Some((
                Selection {
                    pursuit: Some(pursuit),
                    ..sel(&authority)
                },
                change,
            ))
        }
        Target::NewContact { authority } => {
            let at = doc.position(&authority)?;
            let mut new = Contact::new(new_id(p, "c"), "");
            fill_contact(form, &mut new);
            let id = new.id.clone();
            let change = doc.edit_authority(at, |a| a.contacts.push(new));
            Some((
                Selection {
                    contact: Some(id),
                    ..sel(&authority)
                },
                change,
            ))
        }
        Target::EditContact { authority, contact } => {
            let at = doc.position(&authority)?;
            p.authorities[at]
                .contacts
                .iter()
                .find(|x| x.id == contact)?;
            let change = doc.edit_authority(at, |a| {
                if let Some(x) = a.contacts.iter_mut().find(|x| x.id == contact) {
                    fill_contact(form, x);
                }
            });
            Some((
                Selection {
                    contact: Some(contact),
                    ..sel(&authority)
                },
                change,
            ))
        }
        Target::NewInteraction { authority, contact } => {
            let at = doc.position(&authority)?;
            p.authorities[at]
                .contacts
                .iter()
                .find(|x| x.id == contact)?;
            let mut new = Interaction {
                id: new_id(p, "i"),
                kind: InteractionKind::Call,
                date: today,
                summary: String::new(),
                follow_up: None,
                by: form.user.clone(),
                extra: Default::default(),
            };
            fill_interaction(form, &mut new);
            let id = new.id.clone();
            let checked = form.flag(FieldKey::DetailsChecked);
            let change = doc.edit_authority(at, |a| {
                if let Some(c) = a.contacts.iter_mut().find(|x| x.id == contact) {
                    if checked {
                        c.details_checked =
                            Some(new.date.max(c.details_checked.unwrap_or(new.date)));
                    }
                    c.interactions.push(new);
                }
            });
            Some((
                Selection {
                    contact: Some(contact),
                    interaction: Some(id),
                    ..sel(&authority)
                },
                change,
            ))
        }
        Target::EditInteraction {
            authority,
            contact,
            interaction,
        } => {
            let at = doc.position(&authority)?;
            let checked = form.flag(FieldKey::DetailsChecked);
            let change = doc.edit_authority(at, |a| {
                if let Some(c) = a.contacts.iter_mut().find(|x| x.id == contact)
                    && let Some(i) = c.interactions.iter_mut().find(|x| x.id == interaction)
                {
                    fill_interaction(form, i);
                    if checked {
                        c.details_checked = Some(i.date.max(c.details_checked.unwrap_or(i.date)));
                    }
                }
            });
            Some((
                Selection {
                    contact: Some(contact),
                    interaction: Some(interaction),
                    ..sel(&authority)
                },
                change,
            ))
        }
        Target::ItemNote {
            authority,
            pursuit,
            item,
        } => {
            let at = doc.position(&authority)?;
            let note = form.text(FieldKey::Note);
            let marks = form.field(FieldKey::DoneOn).is_some();
            let done = form.date(FieldKey::DoneOn);
            let reason = form.text(FieldKey::NotApplicable).trim().to_string();
            let change = doc.edit_authority(at, |a| {
                // Stage 1's entries are the authority's, shared by its pursuits.
                let at = a.pursuits.iter().position(|x| x.id == pursuit);
                if let Some(entries) = at.and_then(|i| a.entries_mut(i, &item)) {
                    ticks::set_note(entries, &item, note);
                    if marks {
                        ticks::set_done(entries, &item, done, &form.user);
                        ticks::set_not_applicable(
                            entries,
                            &item,
                            (!reason.is_empty()).then_some(reason),
                        );
                    }
                }
            });
            Some((
                Selection {
                    pursuit: Some(pursuit),
                    ..sel(&authority)
                },
                change,
            ))
        }
        t @ (Target::NewRequirement { .. }
        | Target::EditRequirement { .. }
        | Target::NewDocument
        | Target::EditDocument { .. }) => super::compliance::commit(form, t, doc),
        Target::Outcome { authority, pursuit } => {
            let at = doc.position(&authority)?;
            let outcome = pick(&Outcome::ALL, form.choice(FieldKey::Outcome));
            let change = doc.edit_authority(at, |a| {
                if let Some(x) = a.pursuits.iter_mut().find(|x| x.id == pursuit) {
                    x.outcome = outcome;
                }
            });
            Some((
                Selection {
                    pursuit: Some(pursuit),
                    ..sel(&authority)
                },
                change,
            ))
        }
    }
}
