//! Merging two copies of a portfolio by meaning (issue 17): the engine git
//! calls as a merge driver (`retroplan merge %O %A %B`) and that folds a
//! synced folder's conflict copies back into the portfolio.
//!
//! Records are matched by id: one side's additions, deletions and edits
//! apply; ticks, interactions and notice lists are unions; a field both
//! sides changed to different values keeps ours in place and is recorded in
//! the file's `conflicts` list with both values and both authors; a record
//! one side edited and the other deleted stays, recorded the same way. The
//! result is always a portfolio that loads, never a file with conflict
//! markers.

pub mod copies;
pub mod git;
mod value;

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::Value;

use crate::model::{Conflict, Portfolio};

/// Who made each side's changes, written into the conflicts found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    pub ours: String,
    pub theirs: String,
}

/// A merge's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub portfolio: Portfolio,
    /// The conflicts this merge found (already in `portfolio.conflicts`).
    pub conflicts: Vec<Conflict>,
}

/// Why two copies could not be merged at all (the model refused the
/// combination): the caller keeps ours.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct MergeError(String);

/// Merge `ours` and `theirs`, which both come from `base`; without a base
/// (no common ancestor, a sync conflict copy without a backup), a record's
/// newer edit (its `updated` date) wins each disagreement, still recorded.
pub fn merge(
    base: Option<&Portfolio>,
    ours: &Portfolio,
    theirs: &Portfolio,
    labels: &Labels,
    today: Option<NaiveDate>,
) -> Result<Merged, MergeError> {
    merge_with(base, ours, theirs, labels, today, true)
}

/// [`merge`] for a sync conflict copy (`theirs`) whose base is only our
/// previous save: a record the copy lacks may be one it never saw, so it
/// is kept rather than deleted.
pub fn merge_copy(
    base: Option<&Portfolio>,
    ours: &Portfolio,
    copy: &Portfolio,
    labels: &Labels,
    today: Option<NaiveDate>,
) -> Result<Merged, MergeError> {
    merge_with(base, ours, copy, labels, today, false)
}

fn merge_with(
    base: Option<&Portfolio>,
    ours: &Portfolio,
    theirs: &Portfolio,
    labels: &Labels,
    today: Option<NaiveDate>,
    theirs_deletes: bool,
) -> Result<Merged, MergeError> {
    let to_value = |p: &Portfolio| serde_json::to_value(p).map_err(|e| MergeError(e.to_string()));
    let (o, t) = (to_value(ours)?, to_value(theirs)?);
    let b = base.map(to_value).transpose()?;
    let mut m = value::Merger::new(labels, base.is_none(), today);
    m.theirs_deletes = theirs_deletes;
    let merged = m.root(b.as_ref(), &o, &t);
    let mut portfolio: Portfolio =
        serde_json::from_value(merged).map_err(|e| MergeError(e.to_string()))?;
    let found = m.found;
    for c in &found {
        match portfolio.conflicts.iter_mut().find(|k| k.id == c.id) {
            Some(k) => *k = c.clone(),
            None => portfolio.conflicts.push(c.clone()),
        }
    }
    repair(&mut portfolio);
    Ok(Merged {
        portfolio,
        conflicts: found,
    })
}

/// Who is making changes on this machine: `RETROPLAN_USER`, else git's
/// `user.name` seen from `dir`, else the login name.
pub fn user_name(dir: &std::path::Path) -> String {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    env("RETROPLAN_USER")
        .or_else(|| git::user_name(dir))
        .or_else(|| env("USER"))
        .or_else(|| env("USERNAME"))
        .unwrap_or_default()
}

/// The value at a conflict's `/`-separated `field` inside a record's JSON.
pub fn value_at<'a>(record: &'a Value, field: &str) -> Option<&'a Value> {
    field
        .split('/')
        .filter(|k| !k.is_empty())
        .try_fold(record, |v, k| v.get(k))
}

/// Undo what merging fields one by one can break across fields or records:
/// an id that moved to another parent on one side and stayed (edited) on
/// the other is kept once; a link to a document or an authority the other
/// side deleted is dropped; a J cleared on one side takes its
/// confirmation and time with it.
fn repair(p: &mut Portfolio) {
    let mut seen: HashSet<String> = HashSet::new();
    for d in &p.documents {
        seen.insert(d.id.clone());
    }
    p.authorities.retain(|a| seen.insert(a.id.clone()));
    let documents: HashSet<String> = p.documents.iter().map(|d| d.id.clone()).collect();
    for a in p.authorities.iter_mut() {
        a.pursuits.retain(|x| seen.insert(x.id.clone()));
        a.contacts.retain(|c| seen.insert(c.id.clone()));
        for c in &mut a.contacts {
            c.interactions.retain(|i| seen.insert(i.id.clone()));
        }
        for x in &mut a.pursuits {
            x.documents.retain(|d| documents.contains(d));
            if x.j.is_none() {
                x.j_confirmed = false;
                x.j_time = None;
            }
        }
    }
    let authorities: HashSet<&str> = p.authorities.iter().map(|a| a.id.as_str()).collect();
    p.boamp
        .opportunities
        .retain(|o| authorities.contains(o.authority_id.as_str()));
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
