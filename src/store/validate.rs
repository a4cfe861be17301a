//! The rules a portfolio must follow, as a pure function over the model:
//! `load` refuses [`Severity::Error`] problems, `retroplan check` lists all.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::i18n::{self, Lang};
use crate::model::timeline::MAX_FACTOR;
use crate::model::{Authority, Portfolio, Pursuit, Template};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The program would misbehave on it: `load` refuses the file.
    Error,
    /// Suspicious data the program copes with; `check` still reports it.
    Warning,
}

/// Where in the portfolio a problem sits, by ids (names help the reader).
#[derive(Debug, Clone, PartialEq)]
pub enum Location {
    Settings,
    Authority {
        id: String,
        name: String,
    },
    Pursuit {
        authority: String,
        id: String,
    },
    Contact {
        authority: String,
        id: String,
    },
    Interaction {
        authority: String,
        contact: String,
        id: String,
    },
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    EmptyId,
    /// The same id is used `count` times in the file.
    DuplicateId {
        id: String,
        count: usize,
    },
    FactorOutOfRange(f64),
    PriorityOutOfRange(u8),
    EmptyName,
    /// A checklist entry whose id the template does not know.
    UnknownChecklistItem(String),
    /// An interaction's follow-up set before the interaction itself.
    FollowUpBeforeDate {
        date: NaiveDate,
        follow_up: NaiveDate,
    },
    /// No J and no current expiry to forecast it from: no plan can be drawn.
    NoJNorExpiry,
    /// "Confirmed by the notice" with no J.
    ConfirmedWithoutJ,
    /// A checklist item ticked after today.
    DoneInFuture {
        item: String,
        date: NaiveDate,
    },
    ContractStartAfterExpiry {
        start: NaiveDate,
        expiry: NaiveDate,
    },
    /// A date outside 1900–2200, surely a typo.
    DateOutOfRange {
        field: &'static str,
        date: NaiveDate,
    },
    NegativeAmount(f64),
    /// A setting beyond any sensible value (e.g. a lead time over ten years).
    SettingOutOfRange {
        name: &'static str,
        value: u32,
    },
}

impl ProblemKind {
    pub fn severity(&self) -> Severity {
        use ProblemKind::*;
        match self {
            EmptyId | DuplicateId { .. } | FactorOutOfRange(_) | PriorityOutOfRange(_) => {
                Severity::Error
            }
            _ => Severity::Warning,
        }
    }
}

/// One problem found in a portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub kind: ProblemKind,
}

impl Problem {
    fn new(at: Location, kind: ProblemKind) -> Self {
        Problem {
            severity: kind.severity(),
            at,
            kind,
        }
    }

    /// One line in the user's language.
    pub fn localized(&self, lang: Lang) -> String {
        i18n::store::problem(lang, self)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

/// What a portfolio holds, for the one-line summary of `check`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub authorities: usize,
    pub pursuits: usize,
    pub contacts: usize,
    pub interactions: usize,
    /// Ticked checklist items over all pursuits.
    pub ticks: usize,
}

pub fn counts(p: &Portfolio) -> Counts {
    let mut c = Counts {
        authorities: p.authorities.len(),
        ..Counts::default()
    };
    for a in &p.authorities {
        c.pursuits += a.pursuits.len();
        c.contacts += a.contacts.len();
        for contact in &a.contacts {
            c.interactions += contact.interactions.len();
        }
        for pursuit in &a.pursuits {
            c.ticks += pursuit
                .checklist
                .values()
                .filter(|e| e.done.is_some())
                .count();
        }
    }
    c
}

/// Every problem of `p`, errors first, then in file order. `today` enables
/// the checks that need it (a tick in the future); `load` passes `None`.
pub fn validate(p: &Portfolio, today: Option<NaiveDate>) -> Vec<Problem> {
    let mut out = Vec::new();
    check_settings(p, &mut out);
    check_ids(p, &mut out);
    let known: HashSet<&str> = Template::get(Lang::Fr).item_ids().into_iter().collect();
    for a in &p.authorities {
        check_authority(a, &known, today, &mut out);
    }
    // Stable: keeps file order within each severity.
    out.sort_by_key(|p| p.severity);
    out
}

fn check_settings(p: &Portfolio, out: &mut Vec<Problem>) {
    let s = &p.settings;
    let limits = [
        ("lead_time_days", s.lead_time_days, 3650),
        ("keep_in_touch_days", s.keep_in_touch_days, 3650),
        ("keep_in_touch_key_days", s.keep_in_touch_key_days, 3650),
        ("stale_details_months", s.stale_details_months, 240),
    ];
    for (name, value, max) in limits {
        if value > max {
            out.push(Problem::new(
                Location::Settings,
                ProblemKind::SettingOutOfRange { name, value },
            ));
        }
    }
}

fn check_ids(p: &Portfolio, out: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in p.all_ids() {
        *seen.entry(id).or_default() += 1;
    }
    // Reported once per id, where it first appears.
    let mut reported: HashSet<&str> = HashSet::new();
    for a in &p.authorities {
        let places = std::iter::once((a.id.as_str(), authority_at(a)))
            .chain(a.pursuits.iter().map(|x| (x.id.as_str(), pursuit_at(a, x))))
            .chain(a.contacts.iter().flat_map(|c| {
                std::iter::once((c.id.as_str(), contact_at(a, &c.id))).chain(
                    c.interactions.iter().map(|i| {
                        (
                            i.id.as_str(),
                            Location::Interaction {
                                authority: a.id.clone(),
                                contact: c.id.clone(),
                                id: i.id.clone(),
                            },
                        )
                    }),
                )
            }));
        for (id, at) in places {
            if id.trim().is_empty() {
                out.push(Problem::new(at, ProblemKind::EmptyId));
                continue;
            }
            let count = seen.get(id).copied().unwrap_or(0);
            if count > 1 && reported.insert(id) {
                let id = id.to_string();
                out.push(Problem::new(at, ProblemKind::DuplicateId { id, count }));
            }
        }
    }
}

fn authority_at(a: &Authority) -> Location {
    Location::Authority {
        id: a.id.clone(),
        name: a.name.clone(),
    }
}

fn pursuit_at(a: &Authority, p: &Pursuit) -> Location {
    Location::Pursuit {
        authority: a.id.clone(),
        id: p.id.clone(),
    }
}

fn contact_at(a: &Authority, id: &str) -> Location {
    Location::Contact {
        authority: a.id.clone(),
        id: id.to_string(),
    }
}

fn sane_date(field: &'static str, date: NaiveDate, at: &Location, out: &mut Vec<Problem>) {
    if !(1900..=2200).contains(&date.year()) {
        out.push(Problem::new(
            at.clone(),
            ProblemKind::DateOutOfRange { field, date },
        ));
    }
}

fn check_authority(
    a: &Authority,
    known: &HashSet<&str>,
    today: Option<NaiveDate>,
    out: &mut Vec<Problem>,
) {
    let at = authority_at(a);
    if a.name.trim().is_empty() {
        out.push(Problem::new(at.clone(), ProblemKind::EmptyName));
    }
    if !(1..=5).contains(&a.priority) {
        out.push(Problem::new(
            at,
            ProblemKind::PriorityOutOfRange(a.priority),
        ));
    }
    for c in &a.contacts {
        let at = contact_at(a, &c.id);
        if c.name.trim().is_empty() {
            out.push(Problem::new(at.clone(), ProblemKind::EmptyName));
        }
        if let Some(d) = c.details_checked {
            sane_date("details_checked", d, &at, out);
        }
        for i in &c.interactions {
            let at = Location::Interaction {
                authority: a.id.clone(),
                contact: c.id.clone(),
                id: i.id.clone(),
            };
            sane_date("date", i.date, &at, out);
            if let Some(f) = i.follow_up {
                sane_date("follow_up", f, &at, out);
                if f < i.date {
                    out.push(Problem::new(
                        at,
                        ProblemKind::FollowUpBeforeDate {
                            date: i.date,
                            follow_up: f,
                        },
                    ));
                }
            }
        }
    }
    for p in &a.pursuits {
        check_pursuit(a, p, known, today, out);
    }
}

fn check_pursuit(
    a: &Authority,
    p: &Pursuit,
    known: &HashSet<&str>,
    today: Option<NaiveDate>,
    out: &mut Vec<Problem>,
) {
    let at = pursuit_at(a, p);
    let mut push = |kind| out.push(Problem::new(at.clone(), kind));
    if !(p.factor.is_finite() && p.factor > 0.0 && p.factor <= MAX_FACTOR) {
        push(ProblemKind::FactorOutOfRange(p.factor));
    }
    if p.object.trim().is_empty() {
        push(ProblemKind::EmptyName);
    }
    if p.j.is_none() && p.current_expiry.is_none() {
        push(ProblemKind::NoJNorExpiry);
    }
    if p.j.is_none() && p.j_confirmed {
        push(ProblemKind::ConfirmedWithoutJ);
    }
    if let (Some(start), Some(expiry)) = (p.contract_start, p.current_expiry)
        && start > expiry
    {
        push(ProblemKind::ContractStartAfterExpiry { start, expiry });
    }
    if let Some(amount) = p.amount
        && amount < 0.0
    {
        push(ProblemKind::NegativeAmount(amount));
    }
    for (id, entry) in &p.checklist {
        if !known.contains(id.as_str()) {
            push(ProblemKind::UnknownChecklistItem(id.clone()));
        }
        if let (Some(done), Some(today)) = (entry.done, today)
            && done > today
        {
            push(ProblemKind::DoneInFuture {
                item: id.clone(),
                date: done,
            });
        }
    }
    let dates = [
        ("j", p.j),
        ("branch_decided", p.branch_decided),
        ("contract_start", p.contract_start),
        ("current_expiry", p.current_expiry),
    ];
    for (field, date) in dates {
        if let Some(d) = date {
            sane_date(field, d, &at, out);
        }
    }
    for entry in p.checklist.values() {
        if let Some(d) = entry.done {
            sane_date("done", d, &at, out);
        }
    }
}
