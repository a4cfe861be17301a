//! `retroplan status`: where every open pursuit stands — its stage, its J
//! and how J was obtained, and each checklist item with its state, window,
//! evidence and date. Derived on demand (one authority plan per authority).
//!
//! The JSON keys are a stable interface (documented in the README):
//! `{ "today", "pursuits": [ { "authority_id", "authority", "pursuit_id",
//! "object", "stage", "j", "j_time", "j_origin", "days_to_j", "late",
//! "warnings": [ { "about", "date", "kind", "message" } ], "items": [ {
//! "id", "label", "section", "shared", "state", "start", "last_day",
//! "evidence", "date", "not_applicable" } ] } ], "without_j": [ {
//! "authority_id", "authority", "pursuit_id", "object" } ] }`.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::i18n::{
    Lang, cli as cli_words, common, evidence as evidence_words, report as words,
    rules as rule_words,
};
use crate::model::progress::{
    AuthorityPlan, ItemStatus, Phase, Section, items_in, summarize_items, windows_of,
};
use crate::model::template::Template;
use crate::model::ticks::is_authority_item;
use crate::model::{Authority, JOrigin, Portfolio, Pursuit, Windows};
use crate::report::warnings::plan_warnings;

/// One open pursuit with its resolved checklist.
pub struct PursuitStatus<'a> {
    pub authority: &'a Authority,
    pub pursuit: &'a Pursuit,
    pub windows: Windows,
    pub origin: JOrigin,
    pub phase: Phase,
    pub days_to_j: i64,
    pub late: usize,
    /// Active items only (H2's actions appear once the branch is H2).
    pub items: Vec<ItemStatus>,
}

/// Every open pursuit, nearest J first; and the open pursuits that have no
/// J yet (neither J nor the current contract's expiry).
pub struct Status<'a> {
    pub today: NaiveDate,
    pub pursuits: Vec<PursuitStatus<'a>>,
    pub without_j: Vec<(&'a Authority, &'a Pursuit)>,
}

pub fn status(p: &Portfolio, today: NaiveDate) -> Status<'_> {
    let mut pursuits = Vec::new();
    let mut without_j = Vec::new();
    for a in &p.authorities {
        if a.pursuits.iter().all(|x| x.outcome.is_closed()) {
            continue;
        }
        let plan = AuthorityPlan::of(a, &p.settings, today);
        for pursuit in a.pursuits.iter().filter(|x| !x.outcome.is_closed()) {
            let Ok((windows, origin)) = windows_of(pursuit, &p.settings) else {
                without_j.push((a, pursuit));
                continue;
            };
            let all = items_in(&plan, a, pursuit, &windows, today);
            let summary = summarize_items(pursuit, windows, origin, &all, today);
            pursuits.push(PursuitStatus {
                authority: a,
                pursuit,
                windows,
                origin,
                phase: summary.phase,
                days_to_j: summary.days_to_j,
                late: summary.late,
                items: all.into_iter().filter(|i| i.active).collect(),
            });
        }
    }
    pursuits.sort_by_key(|s| (s.windows.j, s.authority.name.clone(), s.pursuit.id.clone()));
    Status {
        today,
        pursuits,
        without_j,
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Stable key of a phase: a stage id, or `before`, `j`, `after`.
pub fn phase_key(p: Phase) -> &'static str {
    match p {
        Phase::Before => "before",
        Phase::Stage(s) => s.as_str(),
        Phase::JDay => "j",
        Phase::After => "after",
    }
}

/// Stable key of how J was obtained.
pub fn origin_key(o: JOrigin) -> &'static str {
    match o {
        JOrigin::Entered => "entered",
        JOrigin::Confirmed => "confirmed",
        JOrigin::Forecast => "forecast",
    }
}

/// Stable key of where an item sits: a stage id, `branch` or `submit`.
pub fn section_key(s: Section) -> &'static str {
    match s {
        Section::Stage(s) => s.as_str(),
        Section::Branch => "branch",
        Section::Submit => "submit",
    }
}

fn label(lang: Lang, rules: crate::model::RuleSet, id: &str) -> String {
    Template::for_rules(lang, rules)
        .item(id)
        .map_or_else(|| id.to_string(), |t| t.label.clone())
}

fn evidence_text(lang: Lang, s: &PursuitStatus, item: &ItemStatus) -> Option<String> {
    item.evidence
        .map(|e| evidence_words::text(lang, &e, s.authority, s.pursuit))
}

fn reason<'a>(s: &'a PursuitStatus, item: &ItemStatus) -> Option<&'a str> {
    s.authority
        .entry(s.pursuit, item.id)
        .and_then(|e| e.not_applicable.as_deref())
}

/// The documented JSON (see the module's doc).
pub fn to_json(st: &Status, lang: Lang) -> Value {
    let pursuits: Vec<Value> = st
        .pursuits
        .iter()
        .map(|s| {
            let items: Vec<Value> = s
                .items
                .iter()
                .map(|i| {
                    json!({
                        "id": i.id,
                        "label": label(lang, s.windows.rules, i.id),
                        "section": section_key(i.section),
                        "shared": is_authority_item(i.id),
                        "state": common::state_key(i.state),
                        "start": iso(i.window.start),
                        "last_day": iso(i.window.last_day()),
                        "evidence": evidence_text(lang, s, i),
                        "date": i.date().map(iso),
                        "not_applicable": reason(s, i),
                    })
                })
                .collect();
            json!({
                "authority_id": s.authority.id,
                "authority": s.authority.name,
                "pursuit_id": s.pursuit.id,
                "object": s.pursuit.object,
                "stage": phase_key(s.phase),
                "j": iso(s.windows.j),
                "j_time": s.pursuit.j_time_shown().map(|t| t.format("%H:%M").to_string()),
                "j_origin": origin_key(s.origin),
                "days_to_j": s.days_to_j,
                "late": s.late,
                "warnings": plan_warnings(&s.windows, s.pursuit, lang),
                "items": items,
            })
        })
        .collect();
    let without_j: Vec<Value> = st
        .without_j
        .iter()
        .map(|(a, p)| {
            json!({
                "authority_id": a.id,
                "authority": a.name,
                "pursuit_id": p.id,
                "object": p.object,
            })
        })
        .collect();
    json!({
        "today": iso(st.today),
        "pursuits": pursuits,
        "without_j": without_j,
    })
}

/// The same for a terminal: a header per pursuit, a line per item with its
/// state symbol (readable without colour), then the evidence or reason.
pub fn to_text(st: &Status, lang: Lang) -> String {
    let mut out = String::new();
    if st.pursuits.is_empty() && st.without_j.is_empty() {
        let _ = writeln!(out, "{}", words::status_nothing_open(lang));
        return out;
    }
    for s in &st.pursuits {
        let _ = writeln!(out, "{} — {}", s.authority.name, s.pursuit.object);
        let _ = writeln!(
            out,
            "  J {} ({}) · {} · {}{}",
            rule_words::date_time(lang, s.windows.j, s.pursuit.j_time_shown()),
            common::j_origin(lang, s.origin),
            common::days_to_j(s.days_to_j),
            common::phase(lang, s.phase),
            match s.late {
                0 => String::new(),
                n => format!(" · {}", words::status_late(lang, n)),
            }
        );
        // A closed day (J, the candidature deadline, the publication), paper
        // over the threshold: in the timeline's words.
        for warning in plan_warnings(&s.windows, s.pursuit, lang) {
            let _ = writeln!(
                out,
                "  ⚠ {}{}{}",
                rule_words::warning(lang),
                cli_words::colon(lang),
                warning["message"].as_str().unwrap_or_default()
            );
        }
        for i in &s.items {
            let mut line = format!(
                "  {} {} — {}",
                common::state_symbol(i.state),
                label(lang, s.windows.rules, i.id),
                common::state(lang, i.state)
            );
            if let Some(r) = reason(s, i).filter(|r| !r.trim().is_empty()) {
                let _ = write!(line, "{}{}", lang.pick(" : ", ": "), r.trim());
            } else if i.state.is_pending() {
                let _ = write!(
                    line,
                    " ({} → {})",
                    lang.date(i.window.start),
                    lang.date(i.window.last_day())
                );
            }
            if let Some(e) = evidence_text(lang, s, i).filter(|_| i.state.is_done()) {
                let _ = write!(line, " · {e}");
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    if !st.without_j.is_empty() {
        let _ = writeln!(out, "{}", words::status_without_j(lang));
        for (a, p) in &st.without_j {
            let _ = writeln!(out, "  {} — {}", a.name, p.object);
        }
    }
    out
}

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
