//! The rules a portfolio must follow, as a pure function over the model:
//! `load` refuses [`Severity::Error`] problems, `retroplan check` lists all.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::problem::sane_date;
pub use super::problem::{Location, Problem, ProblemKind, Severity};
use crate::lang::Lang;
use crate::model::timeline::MAX_FACTOR;
use crate::model::{Authority, Portfolio, Pursuit, Template};

/// What a portfolio holds, for the one-line summary of `check`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub authorities: usize,
    pub pursuits: usize,
    pub contacts: usize,
    pub interactions: usize,
    /// Ticked checklist items over all pursuits and (stage 1) authorities.
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
        c.ticks += a.checklist.values().filter(|e| e.done.is_some()).count();
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

/// Only the [`Severity::Error`] problems: what `load` must refuse, found
/// without the per-item checks that only warn.
pub fn errors(p: &Portfolio) -> Vec<Problem> {
    let mut out = Vec::new();
    check_ids(p, &mut out);
    for a in &p.authorities {
        if !(1..=5).contains(&a.priority) {
            out.push(Problem::new(
                authority_at(a),
                ProblemKind::PriorityOutOfRange(a.priority),
            ));
        }
        for x in &a.pursuits {
            if !factor_ok(x.factor) {
                out.push(Problem::new(
                    pursuit_at(a, x),
                    ProblemKind::FactorOutOfRange(x.factor),
                ));
            }
        }
    }
    out
}

fn factor_ok(f: f64) -> bool {
    f.is_finite() && f > 0.0 && f <= MAX_FACTOR
}

/// Every problem of `p`, errors first, then in file order. `today` enables
/// the checks that need it (a tick in the future); `load` passes `None`.
pub fn validate(p: &Portfolio, today: Option<NaiveDate>) -> Vec<Problem> {
    let mut out = Vec::new();
    check_settings(p, &mut out);
    check_ids(p, &mut out);
    super::validate_compliance::check(p, &mut out);
    let known: HashSet<&str> = Template::get(Lang::Fr).item_ids().into_iter().collect();
    for a in &p.authorities {
        check_authority(a, &known, today, &mut out);
    }
    check_opportunities(p, &mut out);
    // Stable: keeps file order within each severity.
    out.sort_by_key(|p| p.severity);
    out
}

/// Each BOAMP opportunity must point at an authority of the file.
fn check_opportunities(p: &Portfolio, out: &mut Vec<Problem>) {
    if p.boamp.opportunities.is_empty() {
        return;
    }
    let ids: HashSet<&str> = p.authorities.iter().map(|a| a.id.as_str()).collect();
    for o in &p.boamp.opportunities {
        if !ids.contains(o.authority_id.as_str()) {
            out.push(Problem::new(
                Location::Opportunity {
                    notice: o.notice_ref.clone(),
                },
                ProblemKind::UnknownAuthority(o.authority_id.clone()),
            ));
        }
    }
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

/// Ids hashed with rustc-hash's Fx hash: a file's own ids cannot mount a
/// denial of service worth SipHash's cost, and a large file has a hundred
/// thousand of them that share long prefixes.
type IdSet<'a> = HashSet<&'a str, rustc_hash::FxBuildHasher>;

fn check_ids(p: &Portfolio, out: &mut Vec<Problem>) {
    // The usual case, decided with one set and without a single location.
    let total = p.all_ids().count();
    let mut unique = IdSet::with_capacity_and_hasher(total, rustc_hash::FxBuildHasher);
    let clean = p
        .all_ids()
        .all(|id| !id.trim().is_empty() && unique.insert(id));
    if clean {
        return;
    }
    drop(unique);
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(total);
    for id in p.all_ids() {
        *seen.entry(id).or_default() += 1;
    }
    // Reported once per id, where it first appears.
    let mut reported: HashSet<String> = HashSet::new();
    let mut report = |id: &str, at: &dyn Fn() -> Location, out: &mut Vec<Problem>| {
        if id.trim().is_empty() {
            out.push(Problem::new(at(), ProblemKind::EmptyId));
            return;
        }
        let count = seen.get(id).copied().unwrap_or(0);
        if count > 1 && reported.insert(id.to_string()) {
            let id = id.to_string();
            out.push(Problem::new(at(), ProblemKind::DuplicateId { id, count }));
        }
    };
    for d in &p.documents {
        report(&d.id, &|| Location::Document { id: d.id.clone() }, out);
    }
    for a in &p.authorities {
        report(&a.id, &|| authority_at(a), out);
        for x in &a.pursuits {
            report(&x.id, &|| pursuit_at(a, x), out);
        }
        for c in &a.contacts {
            report(&c.id, &|| contact_at(a, &c.id), out);
            for i in &c.interactions {
                report(&i.id, &|| interaction_at(a, &c.id, &i.id), out);
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

fn interaction_at(a: &Authority, contact: &str, id: &str) -> Location {
    Location::Interaction {
        authority: a.id.clone(),
        contact: contact.to_string(),
        id: id.to_string(),
    }
}

fn check_authority(
    a: &Authority,
    known: &HashSet<&str>,
    today: Option<NaiveDate>,
    out: &mut Vec<Problem>,
) {
    if a.name.trim().is_empty() {
        out.push(Problem::new(authority_at(a), ProblemKind::EmptyName));
    }
    if !(1..=5).contains(&a.priority) {
        out.push(Problem::new(
            authority_at(a),
            ProblemKind::PriorityOutOfRange(a.priority),
        ));
    }
    // Stage 1, held once per authority (version 2): only stage-1 ids belong here.
    for (id, entry) in &a.checklist {
        let at = || authority_at(a);
        if !crate::model::ticks::is_authority_item(id) {
            let kind = ProblemKind::UnknownChecklistItem(id.clone());
            out.push(Problem::new(at(), kind));
        }
        if let Some(done) = entry.done {
            if today.is_some_and(|t| done > t) {
                let kind = ProblemKind::DoneInFuture {
                    item: id.clone(),
                    date: done,
                };
                out.push(Problem::new(at(), kind));
            }
            sane_date("done", done, &at, out);
        }
    }
    for c in &a.contacts {
        let at = || contact_at(a, &c.id);
        if c.name.trim().is_empty() {
            out.push(Problem::new(at(), ProblemKind::EmptyName));
        }
        if let Some(d) = c.details_checked {
            sane_date("details_checked", d, &at, out);
        }
        for i in &c.interactions {
            let at = || interaction_at(a, &c.id, &i.id);
            sane_date("date", i.date, &at, out);
            if let Some(f) = i.follow_up {
                sane_date("follow_up", f, &at, out);
                if f < i.date {
                    out.push(Problem::new(
                        at(),
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
    let at = || pursuit_at(a, p);
    let mut kinds = Vec::new();
    if !factor_ok(p.factor) {
        kinds.push(ProblemKind::FactorOutOfRange(p.factor));
    }
    if p.object.trim().is_empty() {
        kinds.push(ProblemKind::EmptyName);
    }
    if p.j.is_none() && p.current_expiry.is_none() {
        kinds.push(ProblemKind::NoJNorExpiry);
    }
    if p.j.is_none() && p.j_confirmed {
        kinds.push(ProblemKind::ConfirmedWithoutJ);
    }
    if p.j.is_none() && p.j_time.is_some() {
        kinds.push(ProblemKind::TimeWithoutJ);
    }
    if let (Some(start), Some(expiry)) = (p.contract_start, p.current_expiry)
        && start > expiry
    {
        kinds.push(ProblemKind::ContractStartAfterExpiry { start, expiry });
    }
    if let (Some(published), Some(j)) = (p.notice_published, p.j)
        && published >= j
    {
        kinds.push(ProblemKind::NoticeNotBeforeJ { published, j });
    }
    // Without J at all, `TimeWithoutJ` says it.
    if p.j_time.is_some() && p.j.is_some() && !p.j_confirmed {
        kinds.push(ProblemKind::TimeWithoutConfirmedJ);
    }
    if let (Some(candidature_days), Some(notice_days)) = (p.candidature_days, p.notice_days)
        && candidature_days >= notice_days
    {
        kinds.push(ProblemKind::CandidatureBeforeNotice {
            candidature_days,
            notice_days,
        });
    }
    if let Some(amount) = p.amount
        && amount < 0.0
    {
        kinds.push(ProblemKind::NegativeAmount(amount));
    }
    for (id, entry) in &p.checklist {
        if !known.contains(id.as_str()) {
            kinds.push(ProblemKind::UnknownChecklistItem(id.clone()));
        }
        if let (Some(done), Some(today)) = (entry.done, today)
            && done > today
        {
            kinds.push(ProblemKind::DoneInFuture {
                item: id.clone(),
                date: done,
            });
        }
    }
    out.extend(kinds.into_iter().map(|k| Problem::new(at(), k)));
    let dates = [
        ("j", p.j),
        ("branch_decided", p.branch_decided),
        ("contract_start", p.contract_start),
        ("current_expiry", p.current_expiry),
        ("expected_start", p.expected_start),
        ("notice_published", p.notice_published),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Authority, Pursuit};

    #[test]
    fn errors_are_exactly_the_error_severity_problems_of_validate() {
        let mut p = crate::demo::portfolio(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        assert_eq!(errors(&p), []);
        p.authorities[0].priority = 0;
        p.authorities[1].pursuits[0].factor = 0.0;
        let dup = p.authorities[2].contacts[0].id.clone();
        p.authorities[3].pursuits[0].id = dup;
        let mut extra = Authority::new(" ", "");
        extra.pursuits.push(Pursuit::new("p-x", ""));
        p.authorities.push(extra);
        let all: Vec<Problem> = validate(&p, None)
            .into_iter()
            .filter(|x| x.severity == Severity::Error)
            .collect();
        let mut fast = errors(&p);
        let key = |x: &Problem| format!("{x}");
        fast.sort_by_key(key);
        let mut all_sorted = all.clone();
        all_sorted.sort_by_key(key);
        assert_eq!(fast, all_sorted);
        assert_eq!(all.len(), 4, "{all:#?}");
    }

    #[test]
    fn notice_time_and_offsets_are_checked() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let mut pu = Pursuit::new("p1", "x");
        pu.j = Some(d("2027-06-30"));
        pu.notice_published = Some(d("2027-06-30"));
        pu.j_time = chrono::NaiveTime::from_hms_opt(12, 0, 0);
        pu.notice_days = Some(30);
        pu.candidature_days = Some(30);
        let mut a = Authority::new("a1", "Ville");
        a.pursuits.push(pu);
        let p = Portfolio {
            authorities: vec![a].into(),
            ..Portfolio::default()
        };
        let kinds: Vec<ProblemKind> = validate(&p, None).into_iter().map(|x| x.kind).collect();
        assert!(kinds.contains(&ProblemKind::NoticeNotBeforeJ {
            published: d("2027-06-30"),
            j: d("2027-06-30"),
        }));
        assert!(kinds.contains(&ProblemKind::TimeWithoutConfirmedJ));
        assert!(kinds.contains(&ProblemKind::CandidatureBeforeNotice {
            candidature_days: 30,
            notice_days: 30,
        }));
        let mut a = p.authorities[0].clone();
        let pu = &mut a.pursuits[0];
        pu.j_confirmed = true;
        pu.notice_published = Some(d("2027-05-20"));
        pu.candidature_days = Some(25);
        let ok = Portfolio {
            authorities: vec![a].into(),
            ..Portfolio::default()
        };
        assert_eq!(validate(&ok, None), []);
    }

    #[test]
    fn boamp_fields_that_can_be_wrong() {
        let mut p = Portfolio::default();
        let mut a = Authority::new("a1", "Ville");
        let mut pu = Pursuit::new("p1", "Nettoyage");
        pu.current_expiry = NaiveDate::from_ymd_opt(2027, 1, 1);
        pu.j_time = chrono::NaiveTime::from_hms_opt(12, 0, 0);
        a.pursuits.push(pu);
        p.authorities.push(a);
        p.boamp.opportunities.push(crate::model::Opportunity {
            notice_ref: "26-1".into(),
            authority_id: "a-gone".into(),
            object: "x".into(),
            j: None,
            j_time: None,
            published: None,
            url: String::new(),
            procedure: String::new(),
            imported: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            extra: Default::default(),
        });
        // Worded as users read them (the plain `Display` is for developers).
        use crate::i18n::Localize;
        let found: Vec<String> = validate(&p, None)
            .iter()
            .map(|x| x.localized(Lang::En))
            .collect();
        assert_eq!(
            found,
            [
                "warning: authority a1 › pursuit p1: a time for J (j_time) but no J",
                "warning: BOAMP opportunity 26-1: authority 'a-gone' is not in the file",
            ]
        );
        assert!(errors(&p).is_empty());
    }
}
