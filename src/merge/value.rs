//! The three-way merge on the file's JSON: objects key by key, lists of
//! records (objects with an `id`) by id, lists of plain values as sets, and
//! anything else as one value. Working on JSON rather than on the model
//! keeps every field, present and future, merged the same way.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::Labels;
use crate::model::{Conflict, Side};

/// The record a value belongs to, for naming a conflict.
#[derive(Debug, Clone, Default)]
pub(super) struct Rec {
    pub id: String,
    /// The authority the record is in (itself for an authority).
    pub authority: String,
    pub kind: String,
    pub label: String,
    pub ours_when: Option<NaiveDate>,
    pub theirs_when: Option<NaiveDate>,
    /// A sync copy's record last edited before the base's (our previous
    /// save): where only the copy differs, it may be an old value rather
    /// than an edit, so it is listed as a conflict, ours kept.
    pub stale_theirs: bool,
}

pub(super) struct Merger<'a> {
    pub labels: &'a Labels,
    /// No common base: the newer record's value is kept in place.
    pub two_way: bool,
    pub today: Option<NaiveDate>,
    /// Conflicts found, in file order.
    pub found: Vec<Conflict>,
    /// A record theirs lacks is deleted (false for a sync conflict copy,
    /// which may simply predate it).
    pub theirs_deletes: bool,
    /// Inside the `conflicts` list itself: disagreements there take ours
    /// without recording a conflict about a conflict.
    quiet: bool,
}

/// The key of a record in a list: its id, or the notice number of a BOAMP
/// opportunity.
fn record_key(v: &Value) -> Option<&str> {
    let o = v.as_object()?;
    o.get("id")
        .or_else(|| o.get("notice_ref"))
        .and_then(Value::as_str)
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// What a list of records is called in the file, as a record kind.
fn kind_of(list: &str) -> &str {
    match list {
        "authorities" => "authority",
        "pursuits" => "pursuit",
        "contacts" => "contact",
        "interactions" => "interaction",
        "documents" => "document",
        "requirements" => "requirement",
        "opportunities" => "opportunity",
        "conflicts" => "conflict",
        other => other,
    }
}

/// A readable name for a record.
fn label_of(v: Option<&Value>) -> String {
    let Some(o) = v.and_then(Value::as_object) else {
        return String::new();
    };
    ["name", "object", "summary", "label", "kind"]
        .iter()
        .find_map(|k| o.get(*k).and_then(Value::as_str))
        .unwrap_or_default()
        .to_string()
}

fn updated_of(v: Option<&Value>) -> Option<NaiveDate> {
    v?.get("updated")?.as_str()?.parse().ok()
}

impl<'a> Merger<'a> {
    pub fn new(labels: &'a Labels, two_way: bool, today: Option<NaiveDate>) -> Self {
        Merger {
            labels,
            two_way,
            today,
            found: Vec::new(),
            theirs_deletes: true,
            quiet: false,
        }
    }

    /// Merge the whole file.
    pub fn root(&mut self, b: Option<&Value>, o: &Value, t: &Value) -> Value {
        let rec = Rec::default();
        self.value(b, Some(o), Some(t), &rec, &mut Vec::new())
            .unwrap_or_else(|| o.clone())
    }

    /// Merge one value; `None` in and out means absent (a key left out).
    fn value(
        &mut self,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
        rec: &Rec,
        path: &mut Vec<String>,
    ) -> Option<Value> {
        if o == t {
            return o.cloned();
        }
        if b == o {
            let container = matches!(
                (o, t),
                (Some(Value::Object(_)), Some(Value::Object(_)))
                    | (Some(Value::Array(_)), Some(Value::Array(_)))
            );
            // A sync copy's containers are merged inside, where each
            // nested record judges its own staleness.
            let look_inside = container && !self.theirs_deletes;
            if rec.stale_theirs && !look_inside {
                return self.conflict(b, o, t, rec, path);
            }
            if !look_inside {
                return t.cloned();
            }
        }
        if b == t {
            return o.cloned();
        }
        match (o, t) {
            (Some(Value::Object(om)), Some(Value::Object(tm))) => {
                let bm = b.and_then(Value::as_object);
                Some(Value::Object(self.object(bm, om, tm, rec, path)))
            }
            (Some(Value::Array(oa)), Some(Value::Array(ta))) => {
                let empty = Vec::new();
                let ba = b.and_then(Value::as_array).unwrap_or(&empty);
                let all = || ba.iter().chain(oa).chain(ta);
                if all().all(|v| record_key(v).is_some()) {
                    let list = path.last().cloned().unwrap_or_default();
                    Some(Value::Array(self.records(&list, ba, oa, ta, rec)))
                } else if all().all(is_scalar) {
                    Some(Value::Array(self.set(ba, oa, ta)))
                } else {
                    self.conflict(b, o, t, rec, path)
                }
            }
            _ => self.conflict(b, o, t, rec, path),
        }
    }

    fn object(
        &mut self,
        bm: Option<&Map<String, Value>>,
        om: &Map<String, Value>,
        tm: &Map<String, Value>,
        rec: &Rec,
        path: &mut Vec<String>,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        let keys: Vec<&String> = om
            .keys()
            .chain(tm.keys().filter(|k| !om.contains_key(*k)))
            .collect();
        for key in keys {
            let (b, o, t) = (bm.and_then(|m| m.get(key)), om.get(key), tm.get(key));
            let was_quiet = self.quiet;
            if rec.id.is_empty() && path.is_empty() && key == "conflicts" {
                self.quiet = true;
            }
            path.push(key.clone());
            let merged = match (key.as_str(), o, t) {
                // The later edit day of a record both sides changed.
                ("updated", Some(x), Some(y)) if x.is_string() && y.is_string() => {
                    Some(if x.as_str() >= y.as_str() { x } else { y }.clone())
                }
                // Both ticked the same item: it is ticked, on the first day.
                ("done", Some(x), Some(y)) if x.is_string() && y.is_string() => {
                    Some(if x.as_str() <= y.as_str() { x } else { y }.clone())
                }
                _ => self.value(b, o, t, rec, path),
            };
            path.pop();
            self.quiet = was_quiet;
            if let Some(v) = merged {
                out.insert(key.clone(), v);
            }
        }
        out
    }

    /// Lists of records, matched by id. Surviving records keep their order
    /// (a side that reordered them wins); each side's additions follow the
    /// record they followed on that side; when both sides added after the
    /// same record, the run whose first id sorts first comes first, so the
    /// result does not depend on which side is "ours".
    fn records(
        &mut self,
        list: &str,
        b: &[Value],
        o: &[Value],
        t: &[Value],
        parent: &Rec,
    ) -> Vec<Value> {
        let index = |l: &'_ [Value]| -> Vec<(String, usize)> {
            l.iter()
                .enumerate()
                .filter_map(|(i, v)| record_key(v).map(|k| (k.to_string(), i)))
                .collect()
        };
        let (bi, oi, ti) = (index(b), index(o), index(t));
        let bm: HashMap<&str, &Value> = bi.iter().map(|(k, i)| (k.as_str(), &b[*i])).collect();
        let om: HashMap<&str, &Value> = oi.iter().map(|(k, i)| (k.as_str(), &o[*i])).collect();
        let tm: HashMap<&str, &Value> = ti.iter().map(|(k, i)| (k.as_str(), &t[*i])).collect();
        let keys = |l: &'_ [(String, usize)]| -> Vec<String> {
            l.iter().map(|(k, _)| k.clone()).collect()
        };
        let order = |l: &[String], m: &HashMap<&str, &Value>| -> Vec<String> {
            l.iter()
                .filter(|k| m.contains_key(k.as_str()))
                .cloned()
                .collect()
        };
        let base_keys = keys(&bi);
        let (ok, tk) = (keys(&oi), keys(&ti));
        // Base records in the order of the side that reordered them, if any;
        // those that side dropped go back after their base predecessor.
        let in_base = |l: &[String]| order(l, &bm);
        let reordered =
            |side: &[String], m: &HashMap<&str, &Value>| in_base(side) != order(&base_keys, m);
        let skeleton: Vec<String> = if reordered(&ok, &om) {
            with_dropped(&in_base(&ok), &base_keys)
        } else if reordered(&tk, &tm) {
            with_dropped(&in_base(&tk), &base_keys)
        } else {
            base_keys.clone()
        };
        let added = |side: &[String]| -> HashMap<Option<String>, Vec<String>> {
            let mut groups: HashMap<Option<String>, Vec<String>> = HashMap::new();
            let mut anchor: Option<String> = None;
            for k in side {
                if bm.contains_key(k.as_str()) {
                    anchor = Some(k.clone());
                } else {
                    groups.entry(anchor.clone()).or_default().push(k.clone());
                }
            }
            groups
        };
        let (oa, ta) = (added(&ok), added(&tk));
        let mut out = Vec::new();
        let mut emitted: HashSet<String> = HashSet::new();
        let mut emit_added = |this: &mut Self, anchor: Option<String>, out: &mut Vec<Value>| {
            let mut runs: Vec<&Vec<String>> = [oa.get(&anchor), ta.get(&anchor)]
                .into_iter()
                .flatten()
                .collect();
            runs.sort_by(|x, y| x.first().cmp(&y.first()));
            for run in runs {
                for k in run {
                    if emitted.insert(k.clone()) {
                        let (ov, tv) = (om.get(k.as_str()).copied(), tm.get(k.as_str()).copied());
                        if let Some(v) = this.record(list, parent, None, ov, tv) {
                            out.push(v);
                        }
                    }
                }
            }
        };
        emit_added(self, None, &mut out);
        for k in skeleton {
            let bv = bm[k.as_str()];
            let (ov, tv) = (om.get(k.as_str()).copied(), tm.get(k.as_str()).copied());
            let merged = match (ov, tv) {
                (Some(_), Some(_)) => self.record(list, parent, Some(bv), ov, tv),
                (None, None) => None,
                (None, Some(x)) if x == bv => None,
                (Some(x), None) if x == bv && self.theirs_deletes => None,
                (Some(x), None) if x == bv => Some(x.clone()),
                // Edited on one side, deleted on the other: keep the edit.
                (None, Some(x)) => {
                    self.deleted(list, parent, Side::Ours, x);
                    Some(x.clone())
                }
                (Some(x), None) => {
                    self.deleted(list, parent, Side::Theirs, x);
                    Some(x.clone())
                }
            };
            out.extend(merged);
            emit_added(self, Some(k), &mut out);
        }
        out
    }

    /// Merge one record of a list, as its own conflict scope.
    fn record(
        &mut self,
        list: &str,
        parent: &Rec,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        let any = o.or(t)?;
        let id = record_key(any).unwrap_or_default().to_string();
        let authority = if list == "authorities" {
            id.clone()
        } else {
            parent.authority.clone()
        };
        let rec = Rec {
            id,
            authority,
            kind: kind_of(list).to_string(),
            label: label_of(o.or(t)),
            ours_when: updated_of(o).or(parent.ours_when),
            theirs_when: updated_of(t).or(parent.theirs_when),
            // Only a sync copy, whose base is our own previous save, can
            // carry values older than its base.
            stale_theirs: !self.theirs_deletes
                && matches!((updated_of(b), updated_of(t)), (Some(bw), Some(tw)) if tw < bw),
        };
        self.value(b, o, t, &rec, &mut Vec::new())
    }

    /// One side deleted the record the other edited: the edit stays.
    fn deleted(&mut self, list: &str, parent: &Rec, gone: Side, kept: &Value) {
        if self.quiet {
            return;
        }
        let id = record_key(kept).unwrap_or_default().to_string();
        let label = Value::String(label_of(Some(kept)));
        let (ours, theirs, kept_side) = match gone {
            Side::Ours => (Value::Null, label, Side::Theirs),
            Side::Theirs => (label, Value::Null, Side::Ours),
        };
        let authority = if list == "authorities" {
            id.clone()
        } else {
            parent.authority.clone()
        };
        self.found.push(Conflict {
            id: Conflict::id_for(&id, ""),
            authority,
            record: id,
            kind: kind_of(list).to_string(),
            label: label_of(Some(kept)),
            field: String::new(),
            ours,
            theirs,
            ours_by: self.labels.ours.clone(),
            theirs_by: self.labels.theirs.clone(),
            ours_when: updated_of(Some(kept)).filter(|_| kept_side == Side::Ours),
            theirs_when: updated_of(Some(kept)).filter(|_| kept_side == Side::Theirs),
            kept: kept_side,
            found: self.today,
        });
    }

    /// Lists of plain values (notice numbers, document ids) as sets: what
    /// one side removed goes, what either added comes, in the same order
    /// rules as records.
    fn set(&mut self, b: &[Value], o: &[Value], t: &[Value]) -> Vec<Value> {
        let wrap = |l: &[Value]| -> Vec<Value> {
            l.iter()
                .map(|v| {
                    let mut m = Map::new();
                    m.insert("id".into(), Value::String(v.to_string()));
                    m.insert("v".into(), v.clone());
                    Value::Object(m)
                })
                .collect()
        };
        let was_quiet = self.quiet;
        // Same value, same key: nothing in a set can disagree.
        self.quiet = true;
        let merged = self.records("", &wrap(b), &wrap(o), &wrap(t), &Rec::default());
        self.quiet = was_quiet;
        merged
            .into_iter()
            .filter_map(|v| v.get("v").cloned())
            .collect()
    }

    /// Both sides changed one value differently: keep ours in place (or the
    /// newer record's, without a base) and record both.
    fn conflict(
        &mut self,
        _b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
        rec: &Rec,
        path: &[String],
    ) -> Option<Value> {
        let theirs_newer =
            self.two_way && matches!((rec.ours_when, rec.theirs_when), (Some(x), Some(y)) if y > x);
        let (kept, value) = if theirs_newer {
            (Side::Theirs, t)
        } else {
            (Side::Ours, o)
        };
        if self.quiet {
            return value.cloned();
        }
        let (record, kind, field) = if rec.id.is_empty() {
            // Outside any record: settings, the BOAMP state.
            let head = path.first().cloned().unwrap_or_default();
            (
                head.clone(),
                head,
                path.get(1..).unwrap_or_default().join("/"),
            )
        } else {
            (rec.id.clone(), rec.kind.clone(), path.join("/"))
        };
        self.found.push(Conflict {
            id: Conflict::id_for(&record, &field),
            authority: rec.authority.clone(),
            record,
            kind,
            label: rec.label.clone(),
            field,
            ours: o.cloned().unwrap_or(Value::Null),
            theirs: t.cloned().unwrap_or(Value::Null),
            ours_by: self.labels.ours.clone(),
            theirs_by: self.labels.theirs.clone(),
            ours_when: rec.ours_when,
            theirs_when: rec.theirs_when,
            kept,
            found: self.today,
        });
        value.cloned()
    }
}

/// `order` (base keys one side kept, in its order) with the base keys it
/// dropped put back after their nearest base predecessor.
fn with_dropped(order: &[String], base: &[String]) -> Vec<String> {
    let kept: HashSet<&str> = order.iter().map(String::as_str).collect();
    let mut after: HashMap<Option<&str>, Vec<&str>> = HashMap::new();
    let mut anchor: Option<&str> = None;
    for k in base {
        if kept.contains(k.as_str()) {
            anchor = Some(k);
        } else {
            after.entry(anchor).or_default().push(k);
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(base.len());
    out.extend(
        after
            .get(&None)
            .into_iter()
            .flatten()
            .map(|k| k.to_string()),
    );
    for k in order {
        out.push(k.clone());
        out.extend(
            after
                .get(&Some(k.as_str()))
                .into_iter()
                .flatten()
                .map(|k| k.to_string()),
        );
    }
    out
}
