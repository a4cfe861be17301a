//! A DECP contract normalised from either schema (2019 or 2022) and every
//! shape found in the wild. Dates and durations are never guessed: a record
//! without a usable notification date or duration is skipped with its reason.

use chrono::{Months, NaiveDate};
use serde_json::{Map, Value};

use super::raw::RawContract;
use crate::model::OrderNature;
use crate::model::text::clean_line;

/// Longest duration believed (100 years): beyond is a typo, not a contract.
const MAX_MONTHS: u32 = 1200;

/// A contract ready to merge into a portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The DECP `id` (unique per buyer).
    pub id: String,
    /// `acheteur.id`: the buyer's SIRET, digits only.
    pub buyer_siret: String,
    /// `acheteur.nom`, present in the 2019 schema only.
    pub buyer_name: Option<String>,
    pub object: String,
    pub cpv: String,
    pub procedure: String,
    /// `dateNotification`: the contract's start.
    pub notified: NaiveDate,
    /// The latest `dureeMois`, amendments included.
    pub months: u32,
    /// `notified` + `months`, clamped to the end of the month.
    pub expiry: NaiveDate,
    /// `montant` in euros excl. VAT, when positive: the latest amendment's
    /// new amount, else the initial one.
    pub amount: Option<f64>,
    /// The holders after the latest amendment that names any.
    pub holders: Vec<Holder>,
    pub ordering: OrderNature,
    /// `nature` says framework agreement (accord-cadre): renewed like a
    /// service, even for works.
    pub framework: bool,
}

/// One holder (titulaire) of the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// `typeIdentifiant`: SIRET, TVA, …
    pub kind: String,
    pub id: String,
    /// `denominationSociale` (2019 schema only).
    pub name: Option<String>,
}

impl Holder {
    /// The name when known, else "SIRET 812…" so the user can look it up.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None if self.kind.is_empty() => self.id.clone(),
            None => format!("{} {}", self.kind, self.id),
        }
    }
}

/// Why a record was not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Skip {
    NotAnObject,
    NoId,
    NoBuyer,
    DateMissing,
    DateInvalid,
    DurationNc,
    /// The latest amendment giving a duration says "NC": the expiry is unknown.
    AmendedDurationNc,
    DurationMissing,
    DurationInvalid,
    /// Expiry before today, and `--include-expired` not given.
    Expired,
    /// A one-off works contract (CPV 45, not a framework agreement): not
    /// renewed, so not a pursuit; `--include-works` keeps it.
    Works,
    /// Left out by `--buyer`.
    OtherBuyer,
    /// Left out by `--cpv`.
    OtherCpv,
}

/// Normalise one raw element, or say why it cannot be used.
pub fn normalise(raw: &RawContract) -> Result<Record, Skip> {
    if raw.not_an_object {
        return Err(Skip::NotAnObject);
    }
    let id = raw.id.as_ref().and_then(text).ok_or(Skip::NoId)?;
    let (buyer_siret, buyer_name) = buyer(raw).ok_or(Skip::NoBuyer)?;
    let notified = match &raw.date_notification {
        None | Some(Value::Null) => return Err(Skip::DateMissing),
        Some(v) => date(v).ok_or(Skip::DateInvalid)?,
    };
    let base = months(raw.duree_mois.as_ref())?;
    let mods = modifications(raw.modifications.as_ref());
    let months = latest_months(&mods)?.unwrap_or(base);
    let expiry = notified
        .checked_add_months(Months::new(months))
        .ok_or(Skip::DateInvalid)?;
    Ok(Record {
        id,
        buyer_siret,
        buyer_name,
        object: raw.objet.as_ref().and_then(text).unwrap_or_default(),
        cpv: raw.code_cpv.as_ref().and_then(text).unwrap_or_default(),
        procedure: raw.procedure.as_ref().and_then(text).unwrap_or_default(),
        notified,
        months,
        expiry,
        amount: latest_amount(&mods).or_else(|| raw.montant.as_ref().and_then(amount)),
        holders: latest_holders(raw.titulaires.as_ref(), &mods),
        ordering: ordering(&raw.modalites),
        framework: raw.nature.as_ref().and_then(text).is_some_and(|n| {
            crate::model::text::fold(&n)
                .replace('-', " ")
                .contains("accord cadre")
        }),
    })
}

/// The buyer's SIRET and the CPV code of a raw record, whether or not the
/// rest of it is usable: the filters are applied on them first, so that a
/// broken record outside the user's scope is not reported as broken.
pub fn scope(raw: &RawContract) -> (Option<String>, Option<String>) {
    (
        buyer(raw).map(|(siret, _)| siret),
        raw.code_cpv.as_ref().and_then(text),
    )
}

/// A string or a number as clean single-line text; `None` when empty.
fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => clean_line(s.trim()),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

fn buyer(raw: &RawContract) -> Option<(String, Option<String>)> {
    let id = raw.acheteur_id.as_ref().and_then(text)?;
    let siret: String = id.chars().filter(|c| !c.is_whitespace()).collect();
    let name = raw.acheteur_nom.as_ref().and_then(text);
    Some((siret, name))
}

/// `YYYY-MM-DD`, optionally followed by a time or an offset
/// (`2024-01-02T00:00:00`, `2024-01-02+01:00`), as found in real exports.
fn date(v: &Value) -> Option<NaiveDate> {
    let s = v.as_str()?.trim();
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' ', '+', '-', 'Z'])) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// A duration in whole months: a positive integer, or a string holding one.
fn months(v: Option<&Value>) -> Result<u32, Skip> {
    let n = match v {
        None | Some(Value::Null) => return Err(Skip::DurationMissing),
        Some(Value::Number(n)) => n.as_f64().ok_or(Skip::DurationInvalid)?,
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.is_empty() {
                return Err(Skip::DurationMissing);
            }
            if s.eq_ignore_ascii_case("NC") {
                return Err(Skip::DurationNc);
            }
            s.replace(',', ".")
                .parse::<f64>()
                .map_err(|_| Skip::DurationInvalid)?
        }
        Some(_) => return Err(Skip::DurationInvalid),
    };
    if n.fract() != 0.0 || !(1.0..=f64::from(MAX_MONTHS)).contains(&n) {
        return Err(Skip::DurationInvalid);
    }
    Ok(n as u32)
}

fn amount(v: &Value) -> Option<f64> {
    let x = match v {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().replace(',', ".").parse().ok()?,
        _ => return None,
    };
    (x.is_finite() && x > 0.0).then_some(x)
}

/// Every amendment object, whether listed bare, wrapped in
/// `{"modification": …}`, or given as a single object.
fn modifications(v: Option<&Value>) -> Vec<&Map<String, Value>> {
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
        match v {
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(o) => match o.get("modification") {
                Some(inner) if o.len() == 1 => walk(inner, out),
                _ => out.push(o),
            },
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(v) = v {
        walk(v, &mut out);
    }
    out
}

/// Order of amendments: by notification date (undated ones first), then
/// as listed.
fn mod_key(m: &Map<String, Value>, index: usize) -> (Option<NaiveDate>, usize) {
    (m.get("dateNotificationModification").and_then(date), index)
}

/// The duration set by the latest amendment that gives one. When that
/// amendment says "NC" the expiry is unknown: falling back on an older
/// duration would forecast a wrong J.
fn latest_months(mods: &[&Map<String, Value>]) -> Result<Option<u32>, Skip> {
    let latest = mods
        .iter()
        .enumerate()
        .filter_map(|(i, m)| match months(m.get("dureeMois")) {
            Ok(n) => Some((mod_key(m, i), Ok(n))),
            Err(Skip::DurationNc) => Some((mod_key(m, i), Err(Skip::AmendedDurationNc))),
            Err(_) => None,
        })
        .max_by_key(|(key, _)| *key);
    match latest {
        None => Ok(None),
        Some((_, months)) => months.map(Some),
    }
}

/// The amount set by the latest amendment that carries a usable one: the
/// schema defines an amendment's `montant` as the contract's new amount,
/// as its `dureeMois` is the new duration.
fn latest_amount(mods: &[&Map<String, Value>]) -> Option<f64> {
    mods.iter()
        .enumerate()
        .filter_map(|(i, m)| Some((mod_key(m, i), amount(m.get("montant")?)?)))
        .max_by(|(a, _), (b, _)| a.cmp(b))
        .map(|(_, x)| x)
}

/// The holders named by the latest amendment that names any, else the
/// contract's own.
fn latest_holders(own: Option<&Value>, mods: &[&Map<String, Value>]) -> Vec<Holder> {
    let amended = mods
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let hs = holders(m.get("titulaires").or(m.get("titulaire")));
            (!hs.is_empty()).then(|| (mod_key(m, i), hs))
        })
        .max_by_key(|(key, _)| *key)
        .map(|(_, hs)| hs);
    amended.unwrap_or_else(|| holders(own))
}

/// Holders flat, wrapped in `{"titulaire": …}`, or nested in arrays at any
/// depth; entries without an id (e.g. `{"titulaire": "id"}`) are ignored.
fn holders(v: Option<&Value>) -> Vec<Holder> {
    fn walk(v: &Value, out: &mut Vec<Holder>) {
        match v {
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(o) => {
                if let Some(inner) = o.get("titulaire") {
                    return walk(inner, out);
                }
                let Some(id) = o.get("id").and_then(text) else {
                    return;
                };
                if out.iter().any(|h| h.id == id) {
                    return;
                }
                out.push(Holder {
                    kind: o.get("typeIdentifiant").and_then(text).unwrap_or_default(),
                    id,
                    name: o.get("denominationSociale").and_then(text),
                });
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(v) = v {
        walk(v, &mut out);
    }
    out
}

/// Fractional when the data says orders or tranches; firm when it says
/// "Sans objet" (no such modality); unknown otherwise.
fn ordering(words: &[String]) -> OrderNature {
    let folded: Vec<String> = words.iter().map(|s| crate::model::text::fold(s)).collect();
    if folded.iter().any(|s| {
        s.contains("bon de commande") || s.contains("bons de commande") || s.contains("tranche")
    }) {
        OrderNature::Fractional
    } else if folded.iter().any(|s| s.contains("sans objet")) {
        OrderNature::Firm
    } else {
        OrderNature::Unknown
    }
}

#[cfg(test)]
#[path = "record_tests.rs"]
mod tests;
