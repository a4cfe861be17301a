//! The fields of each form, filled from the thing edited (or defaults).

use chrono::NaiveDate;

use super::field::{Field, FieldKind};
use super::form::Form;
use super::key::FieldKey;
use super::target::Target;
use crate::i18n::{Lang, common, forms as words, rules as rules_words};
use crate::model::holidays::{PlanDate, day_warning};
use crate::model::pursuit::forecast_j;
use crate::model::{
    Authority, AuthorityCategory, ChecklistEntry, Contact, Influence, Interaction, InteractionKind,
    LotsNature, MarketKind, OrderNature, Outcome, Procedure, Pursuit, SubmissionMode,
};

fn text(l: Lang, key: FieldKey, required: bool, value: &str) -> Field {
    Field::new(
        key,
        words::label(l, key),
        FieldKind::Text {
            required,
            multiline: false,
        },
    )
    .with_text(value)
}

fn notes(l: Lang, key: FieldKey, value: &str) -> Field {
    Field::new(
        key,
        words::label(l, key),
        FieldKind::Text {
            required: false,
            multiline: true,
        },
    )
    .with_text(value)
}

fn date(l: Lang, key: FieldKey, required: bool, value: Option<NaiveDate>) -> Field {
    Field::new(key, words::label(l, key), FieldKind::Date { required })
        .with_text(&value.map(|d| l.date(d)).unwrap_or_default())
}

fn choice<T: Copy + PartialEq>(
    l: Lang,
    key: FieldKey,
    all: &[T],
    current: T,
    word: impl Fn(Lang, T) -> &'static str,
) -> Field {
    let options = all.iter().map(|v| word(l, *v)).collect();
    let index = all.iter().position(|v| *v == current).unwrap_or(0);
    Field::new(key, words::label(l, key), FieldKind::Choice { options }).with_choice(index)
}

/// A whole number of days before J, empty for "the rule's".
fn days(l: Lang, key: FieldKey, value: Option<u32>) -> Field {
    Field::new(
        key,
        words::label(l, key),
        FieldKind::Integer { min: 0, max: 3650 },
    )
    .with_text(&value.map(|n| n.to_string()).unwrap_or_default())
}

fn flag(l: Lang, key: FieldKey, value: bool) -> Field {
    Field::new(key, words::label(l, key), FieldKind::Bool).with_bool(value)
}

pub const PRIORITIES: [u8; 5] = [1, 2, 3, 4, 5];
const PRIORITY_WORDS: [&str; 5] = ["1", "2", "3", "4", "5"];

pub fn authority(l: Lang, today: NaiveDate, a: Option<&Authority>) -> Form {
    let blank = Authority::new("", "");
    let v = a.unwrap_or(&blank);
    let (title, target) = match a {
        Some(a) => (
            words::title_edit_authority(l),
            Target::EditAuthority {
                authority: a.id.clone(),
            },
        ),
        None => (words::title_new_authority(l), Target::NewAuthority),
    };
    let priority = PRIORITIES
        .iter()
        .position(|p| *p == v.priority)
        .unwrap_or(2);
    let fields = vec![
        text(l, FieldKey::Name, true, &v.name),
        choice(
            l,
            FieldKey::Category,
            &AuthorityCategory::ALL,
            v.category,
            common::category,
        ),
        text(l, FieldKey::Town, false, &v.town),
        text(l, FieldKey::Departement, false, &v.departement),
        Field::new(
            FieldKey::Siret,
            words::label(l, FieldKey::Siret),
            FieldKind::Siret,
        )
        .with_text(v.siret.as_deref().unwrap_or("")),
        Field::new(
            FieldKey::Priority,
            words::label(l, FieldKey::Priority),
            FieldKind::Choice {
                options: PRIORITY_WORDS.to_vec(),
            },
        )
        .with_choice(priority),
        notes(l, FieldKey::Activity, &v.activity),
    ];
    Form::new(title.into(), target, l, today, fields)
}

fn amount_text(l: Lang, x: Option<f64>) -> String {
    x.map(|x| {
        let s = if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            format!("{x}")
        };
        match l {
            Lang::Fr => s.replace('.', ","),
            Lang::En => s,
        }
    })
    .unwrap_or_default()
}

/// Show the forecast J under the J field while J is empty and an expiry is typed.
fn pursuit_hints(form: &mut Form) {
    let lead = form.lead_time_days;
    let hint = if form
        .field(FieldKey::J)
        .is_some_and(|f| f.input.value().trim().is_empty())
    {
        form.date(FieldKey::CurrentExpiry)
            .and_then(|e| forecast_j(e, lead))
            .map(|j| words::forecast_hint(form.lang, &form.lang.date(j), lead))
    } else {
        None
    };
    // A works-exceptional pursuit starts at 1.5 unless the user typed a factor.
    let kind = MarketKind::ALL
        .get(form.choice(FieldKey::MarketKind))
        .copied()
        .unwrap_or_default();
    let kind_changed = form
        .focused()
        .is_some_and(|f| f.key == FieldKey::MarketKind);
    let lang = form.lang;
    let defaults = [lang.decimal(1.0), lang.decimal(1.5)];
    if let Some(f) = form.field_mut(FieldKey::Factor) {
        let typed = f.input.value().trim().to_string();
        if kind_changed && (typed.is_empty() || defaults.contains(&typed)) {
            f.input = tui_input::Input::new(lang.decimal(kind.default_factor()));
        }
    }
    // A typed J or publication date on a weekend or public holiday is said
    // under its field while typing, before the plan shows it.
    let closed = |form: &Form, key: FieldKey, role: PlanDate| {
        let date = form.date(key)?;
        day_warning(date).map(|w| format!("⚠ {}", rules_words::closed_day(lang, role, date, w)))
    };
    let hint = hint.or_else(|| closed(form, FieldKey::J, PlanDate::J));
    let published = closed(form, FieldKey::NoticePublished, PlanDate::NoticePublished);
    if let Some(f) = form.field_mut(FieldKey::J) {
        f.hint = hint;
    }
    if let Some(f) = form.field_mut(FieldKey::NoticePublished) {
        f.hint = published;
    }
}

pub fn pursuit(
    l: Lang,
    today: NaiveDate,
    authority: &str,
    p: Option<&Pursuit>,
    lead_time_days: u32,
) -> Form {
    let blank = Pursuit::new("", "");
    let v = p.unwrap_or(&blank);
    let (title, target) = match p {
        Some(p) => (
            words::title_edit_pursuit(l),
            Target::EditPursuit {
                authority: authority.into(),
                pursuit: p.id.clone(),
            },
        ),
        None => (
            words::title_new_pursuit(l),
            Target::NewPursuit {
                authority: authority.into(),
            },
        ),
    };
    let fields = vec![
        text(l, FieldKey::Object, true, &v.object),
        date(l, FieldKey::J, false, v.j),
        flag(l, FieldKey::JConfirmed, v.j_confirmed),
        choice(
            l,
            FieldKey::MarketKind,
            &MarketKind::ALL,
            v.market_kind,
            common::market_kind,
        ),
        Field::new(
            FieldKey::Factor,
            words::label(l, FieldKey::Factor),
            FieldKind::Number {
                min: 0.1,
                max: 5.0,
                required: true,
            },
        )
        .with_text(&l.decimal(v.factor)),
        text(l, FieldKey::Procedure, false, &v.procedure),
        choice(
            l,
            FieldKey::ProcedureKind,
            &Procedure::ALL,
            // The family read from the label shows as chosen.
            v.procedure(),
            crate::i18n::rules::procedure,
        ),
        Field::new(
            FieldKey::JTime,
            words::label(l, FieldKey::JTime),
            FieldKind::Time,
        )
        .with_text(
            &v.j_time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
        ),
        date(l, FieldKey::NoticePublished, false, v.notice_published),
        days(l, FieldKey::NoticeDays, v.notice_days),
        days(l, FieldKey::CandidatureDays, v.candidature_days),
        Field::new(
            FieldKey::Amount,
            words::label(l, FieldKey::Amount),
            FieldKind::Number {
                min: 0.0,
                max: 1e13,
                required: false,
            },
        )
        .with_text(&amount_text(l, v.amount)),
        text(l, FieldKey::CurrentHolder, false, &v.current_holder),
        date(l, FieldKey::CurrentExpiry, false, v.current_expiry),
        text(l, FieldKey::AwardCriteria, false, &v.award_criteria),
        date(l, FieldKey::ExpectedStart, false, v.expected_start),
        choice(
            l,
            FieldKey::Lots,
            &[LotsNature::Unknown, LotsNature::Single, LotsNature::Lots],
            v.lots,
            common::lots,
        ),
        Field::new(
            FieldKey::LotCount,
            words::label(l, FieldKey::LotCount),
            FieldKind::Integer { min: 1, max: 9999 },
        )
        .with_text(&v.lot_count.map(|n| n.to_string()).unwrap_or_default()),
        choice(
            l,
            FieldKey::Ordering,
            &[
                OrderNature::Unknown,
                OrderNature::Firm,
                OrderNature::Fractional,
            ],
            v.ordering,
            common::ordering,
        ),
        text(l, FieldKey::NoticeRef, false, &v.notice_ref),
        choice(
            l,
            FieldKey::Submission,
            &[
                SubmissionMode::Unknown,
                SubmissionMode::Electronic,
                SubmissionMode::Paper,
            ],
            v.submission,
            common::submission,
        ),
        text(l, FieldKey::Owner, false, &v.owner),
    ];
    let mut form = Form::new(title.into(), target, l, today, fields);
    form.lead_time_days = lead_time_days;
    form.with_on_change(pursuit_hints)
}

pub fn contact(l: Lang, today: NaiveDate, authority: &str, c: Option<&Contact>) -> Form {
    let blank = Contact::new("", "");
    let v = c.unwrap_or(&blank);
    let (title, target) = match c {
        Some(c) => (
            words::title_edit_contact(l),
            Target::EditContact {
                authority: authority.into(),
                contact: c.id.clone(),
            },
        ),
        None => (
            words::title_new_contact(l),
            Target::NewContact {
                authority: authority.into(),
            },
        ),
    };
    let fields = vec![
        text(l, FieldKey::Name, true, &v.name),
        text(l, FieldKey::Role, false, &v.role),
        Field::new(
            FieldKey::Phone,
            words::label(l, FieldKey::Phone),
            FieldKind::Phone,
        )
        .with_text(&v.phone),
        Field::new(
            FieldKey::Mobile,
            words::label(l, FieldKey::Mobile),
            FieldKind::Phone,
        )
        .with_text(&v.mobile),
        Field::new(
            FieldKey::Email,
            words::label(l, FieldKey::Email),
            FieldKind::Email,
        )
        .with_text(&v.email),
        flag(l, FieldKey::DecisionMaker, v.decision_maker),
        choice(
            l,
            FieldKey::Influence,
            &Influence::ALL,
            v.influence,
            common::influence,
        ),
        Field::new(
            FieldKey::KeepInTouch,
            words::label(l, FieldKey::KeepInTouch),
            FieldKind::Integer { min: 1, max: 3650 },
        )
        .with_text(
            &v.keep_in_touch_days
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        flag(l, FieldKey::DoNotContact, v.do_not_contact),
        date(
            l,
            FieldKey::DetailsChecked,
            false,
            c.map_or(Some(today), |c| c.details_checked),
        ),
        notes(l, FieldKey::Notes, &v.notes),
        text(l, FieldKey::Owner, false, &v.owner),
    ];
    Form::new(title.into(), target, l, today, fields)
}

pub fn interaction(
    l: Lang,
    today: NaiveDate,
    authority: &str,
    contact: &str,
    i: Option<&Interaction>,
) -> Form {
    let (title, target) = match i {
        Some(i) => (
            words::title_edit_interaction(l),
            Target::EditInteraction {
                authority: authority.into(),
                contact: contact.into(),
                interaction: i.id.clone(),
            },
        ),
        None => (
            words::title_new_interaction(l),
            Target::NewInteraction {
                authority: authority.into(),
                contact: contact.into(),
            },
        ),
    };
    let fields = vec![
        notes(l, FieldKey::Summary, i.map_or("", |i| &i.summary)),
        choice(
            l,
            FieldKey::Kind,
            &InteractionKind::ALL,
            i.map_or(InteractionKind::Call, |i| i.kind),
            common::interaction_kind,
        ),
        date(l, FieldKey::Date, true, Some(i.map_or(today, |i| i.date))),
        date(l, FieldKey::FollowUp, false, i.and_then(|i| i.follow_up)),
        flag(l, FieldKey::DetailsChecked, false),
    ];
    let mut form = Form::new(title.into(), target, l, today, fields);
    if let Some(f) = form.field_mut(FieldKey::Summary) {
        f.kind = FieldKind::Text {
            required: true,
            multiline: true,
        };
    }
    form
}

pub fn item_note(
    l: Lang,
    today: NaiveDate,
    authority: &str,
    pursuit: &str,
    item: &str,
    entry: Option<&ChecklistEntry>,
) -> Form {
    let target = Target::ItemNote {
        authority: authority.into(),
        pursuit: pursuit.into(),
        item: item.into(),
    };
    let mut fields = vec![notes(l, FieldKey::Note, entry.map_or("", |e| &e.note))];
    // The branch decision is the `b` key's: no tick date, never "not applicable".
    if item != crate::model::template::CHOOSE_BRANCH_ID {
        // A tick may be dated earlier than today ("I did meet them, in March").
        fields.push(date(l, FieldKey::DoneOn, false, entry.and_then(|e| e.done)));
        fields.push(text(
            l,
            FieldKey::NotApplicable,
            false,
            entry
                .and_then(|e| e.not_applicable.as_deref())
                .unwrap_or(""),
        ));
    }
    Form::new(words::title_note(l).into(), target, l, today, fields)
}

pub fn outcome(l: Lang, today: NaiveDate, authority: &str, p: &Pursuit) -> Form {
    let target = Target::Outcome {
        authority: authority.into(),
        pursuit: p.id.clone(),
    };
    let fields = vec![choice(
        l,
        FieldKey::Outcome,
        &Outcome::ALL,
        p.outcome,
        common::outcome,
    )];
    Form::new(words::title_outcome(l).into(), target, l, today, fields)
}
