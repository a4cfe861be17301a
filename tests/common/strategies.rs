//! proptest strategies for a valid portfolio: any text (quotes, escapes,
//! control characters, any script), dates over two centuries, every enum
//! value, checklist progress on the template's ids; ids unique by
//! construction, so `store::load` accepts every value generated.
//!
//! Use from an integration test with `mod common;` and
//! `common::strategies::portfolio()`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use retroplan::i18n::Lang;
use retroplan::model::{
    Authority, AuthorityCategory, Branch, ChecklistEntry, Contact, Influence, Interaction,
    InteractionKind, LotsNature, MarketKind, OrderNature, Outcome, Portfolio, Procedure, Pursuit,
    RuleSet, Settings, SubmissionMode, Template,
};

/// Any text a user or an import could put in a field.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Zéèàç' -]{0,20}",
        1 => any::<String>(),
        1 => "[\"\\\\/\u{0}-\u{1f}\u{7f}\u{2028}\u{1F600}]{0,6}",
    ]
}

pub fn date() -> impl Strategy<Value = NaiveDate> {
    // 1990-01-01 ..= 2189-12-31: inside what `check` calls plausible.
    (726_833i32..=799_867)
        .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or(NaiveDate::MIN))
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        0u32..=3650,
        0u32..=3650,
        0u32..=3650,
        0u32..=240,
        select(RuleSet::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(|(a, b, c, d, rules, any_contact)| Settings {
            lead_time_days: a,
            keep_in_touch_days: b,
            keep_in_touch_key_days: c,
            stale_details_months: d,
            any_contact_is_evidence: any_contact,
            rules,
            ..Settings::default()
        })
}

fn interaction() -> impl Strategy<Value = Interaction> {
    (
        select(InteractionKind::ALL.to_vec()),
        date(),
        text(),
        option::of(0u64..400),
        text(),
    )
        .prop_map(|(kind, date, summary, later, by)| Interaction {
            id: String::new(),
            kind,
            date,
            summary,
            follow_up: later.and_then(|n| date.checked_add_days(chrono::Days::new(n))),
            by,
            extra: Default::default(),
        })
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        ("[A-Z][a-z]{1,10} [A-Z][a-z]{1,10}", text(), text(), text()),
        (any::<bool>(), select(Influence::ALL.to_vec()), text()),
        (
            option::of(date()),
            option::of(0u32..400),
            any::<bool>(),
            text(),
        ),
        vec(interaction(), 0..4),
    )
        .prop_map(
            |(
                (name, role, phone, email),
                (dm, influence, notes),
                (checked, kit, dnc, owner),
                log,
            )| {
                let mut c = Contact::new("", name);
                c.role = role;
                c.phone = phone;
                c.email = email;
                c.decision_maker = dm;
                c.influence = influence;
                c.notes = notes;
                c.details_checked = checked;
                c.keep_in_touch_days = kit;
                c.do_not_contact = dnc;
                c.interactions = log;
                c.owner = owner;
                c
            },
        )
}

fn checklist() -> impl Strategy<Value = BTreeMap<String, ChecklistEntry>> {
    let ids: Vec<String> = Template::get(Lang::Fr)
        .item_ids()
        .into_iter()
        .map(String::from)
        .collect();
    btree_map(
        select(ids),
        (
            option::of(date()),
            text(),
            any::<bool>(),
            option::of(text()),
            text(),
        )
            .prop_map(
                |(done, note, unticked, not_applicable, by)| ChecklistEntry {
                    done,
                    note,
                    unticked,
                    not_applicable,
                    by,
                    extra: Default::default(),
                },
            ),
        0..8,
    )
}

fn pursuit() -> impl Strategy<Value = Pursuit> {
    (
        (
            text(),
            option::of(date()),
            any::<bool>(),
            select(MarketKind::ALL.to_vec()),
        ),
        (
            0.001f64..=5.0,
            select(vec![Branch::Undecided, Branch::H1, Branch::H2]),
        ),
        (
            option::of(date()),
            checklist(),
            text(),
            option::of(0.0f64..1e9),
        ),
        (text(), option::of(date()), date(), text()),
        (
            select(vec![
                LotsNature::Unknown,
                LotsNature::Single,
                LotsNature::Lots,
            ]),
            option::of(1u32..50),
            select(vec![
                OrderNature::Unknown,
                OrderNature::Firm,
                OrderNature::Fractional,
            ]),
        ),
        (
            text(),
            text(),
            select(vec![
                SubmissionMode::Unknown,
                SubmissionMode::Electronic,
                SubmissionMode::Paper,
            ]),
        ),
        (select(Outcome::ALL.to_vec()), option::of(text()), text()),
        (
            select(Procedure::ALL.to_vec()),
            option::of(0u32..400),
            option::of(0u32..400),
            option::of(date()),
            option::of((0u32..24, 0u32..60)),
        ),
    )
        .prop_map(
            |(
                (object, j, confirmed, kind),
                (factor, branch),
                (decided, checklist, procedure, amount),
                (holder, start, expiry, criteria),
                (lots, lot_count, ordering),
                (cpv, notice_ref, submission),
                (outcome, source, owner),
                (procedure_kind, notice_days, candidature_days, published, time),
            )| {
                let mut p = Pursuit::new("", object);
                p.owner = owner;
                p.procedure_kind = procedure_kind;
                p.notice_days = notice_days;
                p.candidature_days = candidature_days;
                p.notice_published = published;
                p.j_time = time.and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0));
                p.j = j;
                p.j_confirmed = confirmed;
                p.market_kind = kind;
                p.factor = factor;
                p.branch = branch;
                p.branch_decided = decided;
                p.expected_start = decided;
                p.checklist = checklist;
                p.procedure = procedure;
                p.amount = amount;
                p.current_holder = holder;
                p.contract_start = start;
                p.current_expiry = Some(expiry);
                p.award_criteria = criteria;
                p.lots = lots;
                p.lot_count = lot_count;
                p.ordering = ordering;
                p.cpv = cpv;
                p.notice_ref = notice_ref;
                p.submission = submission;
                p.outcome = outcome;
                p.source = source;
                p
            },
        )
}

fn authority() -> impl Strategy<Value = Authority> {
    (
        (
            text(),
            select(AuthorityCategory::ALL.to_vec()),
            text(),
            text(),
        ),
        (option::of("[0-9]{14}"), text(), 1u8..=5, any::<bool>()),
        vec(contact(), 0..4),
        vec(pursuit(), 0..4),
    )
        .prop_map(
            |((name, category, town, dep), (siret, activity, priority, rename), cs, ps)| {
                let mut a = Authority::new("", name);
                a.category = category;
                a.town = town;
                a.departement = dep;
                a.siret = siret;
                a.activity = activity;
                a.priority = priority;
                a.needs_rename = rename;
                a.contacts = cs;
                a.pursuits = ps;
                a
            },
        )
}

/// Give every record a unique id, in file order.
fn number_ids(p: &mut Portfolio) {
    for (ai, a) in p.authorities.iter_mut().enumerate() {
        a.id = format!("a-{ai}");
        for (pi, x) in a.pursuits.iter_mut().enumerate() {
            x.id = format!("p-{ai}-{pi}");
        }
        for (ci, c) in a.contacts.iter_mut().enumerate() {
            c.id = format!("c-{ai}-{ci}");
            for (ii, i) in c.interactions.iter_mut().enumerate() {
                i.id = format!("i-{ai}-{ci}-{ii}");
            }
        }
    }
}

/// A whole valid portfolio of up to `max_authorities` authorities.
pub fn portfolio_of(max_authorities: usize) -> impl Strategy<Value = Portfolio> {
    (settings(), vec(authority(), 0..=max_authorities)).prop_map(|(settings, authorities)| {
        let mut p = Portfolio {
            settings,
            authorities: authorities.into(),
            ..Portfolio::default()
        };
        number_ids(&mut p);
        // Version 2 holds stage 1 once per authority.
        for a in &mut p.authorities {
            retroplan::model::ticks::hoist_stage_one(a);
        }
        p
    })
}

/// A whole valid portfolio, small enough for many cases per second.
pub fn portfolio() -> impl Strategy<Value = Portfolio> {
    portfolio_of(4)
}
