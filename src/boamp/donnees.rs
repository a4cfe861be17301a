//! The `donnees` field: the whole notice, as a JSON string (API), an object
//! (some exports) or null, in the legacy BOAMP schema or in eForms (UBL).
//! It is read opportunistically — a key found anywhere is taken, a missing
//! or malformed `donnees` simply gives nothing.

use serde_json::Value;

use super::notice::text;
use super::paris::{self, Deadline};

/// What `donnees` can add to the flat fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Donnees {
    /// Buyer SIRET: legacy `IDENTITE.CODE_IDENT_NATIONAL`, eForms
    /// `cac:PartyLegalEntity/cbc:CompanyID` (the first organisation, the buyer).
    pub siret: Option<String>,
    /// Legacy `IDENTITE.DENOMINATION`, eForms `cac:PartyName/cbc:Name`.
    pub buyer_name: Option<String>,
    /// Legacy `OBJET.CPV.PRINCIPAL`, eForms `cbc:ItemClassificationCode`.
    pub cpv: Option<String>,
    /// Legacy `CONDITION_DELAI.RECEPT_OFFRES` (Paris time), eForms the
    /// earliest lot's `cac:TenderSubmissionDeadlinePeriod`.
    pub deadline: Option<Deadline>,
}

pub fn read(v: Option<&Value>) -> Donnees {
    let parsed;
    let v = match v {
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(v) => {
                parsed = v;
                &parsed
            }
            Err(_) => return Donnees::default(),
        },
        Some(v @ Value::Object(_)) => v,
        _ => return Donnees::default(),
    };
    let legacy_id = find(v, "IDENTITE");
    let siret = legacy_id
        .and_then(|i| find(i, "CODE_IDENT_NATIONAL"))
        .or_else(|| find(v, "cac:PartyLegalEntity").and_then(|e| find(e, "cbc:CompanyID")))
        .and_then(value_text)
        .and_then(|s| siret(&s));
    let buyer_name = legacy_id
        .and_then(|i| find(i, "DENOMINATION"))
        .or_else(|| find(v, "cac:PartyName").and_then(|n| find(n, "cbc:Name")))
        .and_then(value_text);
    let cpv = find(v, "CPV")
        .and_then(|c| find(c, "PRINCIPAL").or(Some(c)))
        .or_else(|| find(v, "cbc:ItemClassificationCode"))
        .and_then(value_text)
        .map(|c| c.split('-').next().unwrap_or_default().trim().to_string())
        .filter(|c| c.len() >= 2 && c.bytes().all(|b| b.is_ascii_digit()));
    let deadline = find(v, "RECEPT_OFFRES")
        .and_then(value_text)
        .and_then(|s| paris::parse(&s))
        .or_else(|| eforms_deadline(v));
    Donnees {
        siret,
        buyer_name,
        cpv,
        deadline,
    }
}

/// A 14-digit SIRET from text that may hold spaces.
fn siret(s: &str) -> Option<String> {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 14 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// Text of a value; UBL-as-JSON sometimes wraps it (`{"#text": …}`).
fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => ["#text", "$", "_", "value"]
            .iter()
            .find_map(|k| text(o.get(*k))),
        Value::Array(a) => a.first().and_then(value_text),
        other => text(Some(other)),
    }
}

/// The first value under `key`, depth first.
fn find<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(o) => o
            .get(key)
            .or_else(|| o.values().find_map(|inner| find(inner, key))),
        Value::Array(a) => a.iter().find_map(|inner| find(inner, key)),
        _ => None,
    }
}

/// Every `cac:TenderSubmissionDeadlinePeriod` under `v`; the earliest wins
/// (per-lot deadlines are almost always the same).
fn eforms_deadline(v: &Value) -> Option<Deadline> {
    fn walk(v: &Value, out: &mut Vec<Deadline>) {
        match v {
            Value::Object(o) => {
                for (k, inner) in o {
                    if k == "cac:TenderSubmissionDeadlinePeriod" {
                        let date = inner.get("cbc:EndDate").and_then(value_text);
                        let time = inner.get("cbc:EndTime").and_then(value_text);
                        if let Some(d) = date.and_then(|d| paris::parse_split(&d, time.as_deref()))
                        {
                            out.push(d);
                        }
                    } else {
                        walk(inner, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut out);
    out.into_iter().min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn legacy_schema_as_a_string_or_an_object() {
        let inner = json!({"IDENTITE": {"DENOMINATION": "Commune de X", "CODE_IDENT_NATIONAL": "214 599 999 00017"},
            "OBJET": {"CPV": {"PRINCIPAL": "90911200-8"}},
            "CONDITION_DELAI": {"RECEPT_OFFRES": "2026-12-21T12:00:00"}});
        for v in [Value::String(inner.to_string()), inner.clone()] {
            let d = read(Some(&v));
            assert_eq!(d.siret.as_deref(), Some("21459999900017"));
            assert_eq!(d.buyer_name.as_deref(), Some("Commune de X"));
            assert_eq!(d.cpv.as_deref(), Some("90911200"));
            let dl = d.deadline.unwrap();
            assert_eq!(dl.date.to_string(), "2026-12-21");
            assert_eq!(dl.time.unwrap().to_string(), "12:00:00");
        }
    }

    #[test]
    fn eforms_schema() {
        let v = json!({"EFORMS": {"ContractNotice": {
            "cac:ProcurementProject": {"cac:MainCommodityClassification": {"cbc:ItemClassificationCode": {"#text": "72250000", "@listName": "cpv"}}},
            "cac:ProcurementProjectLot": [
                {"cac:TenderingProcess": {"cac:TenderSubmissionDeadlinePeriod": {"cbc:EndDate": "2027-01-09+01:00", "cbc:EndTime": "12:00:00+01:00"}}},
                {"cac:TenderingProcess": {"cac:TenderSubmissionDeadlinePeriod": {"cbc:EndDate": "2027-01-08+01:00", "cbc:EndTime": "10:00:00+01:00"}}}],
            "efac:Organizations": {"efac:Organization": [
                {"efac:Company": {"cac:PartyName": {"cbc:Name": "Département d'Exemple"}, "cac:PartyLegalEntity": {"cbc:CompanyID": "22289999900011"}}},
                {"efac:Company": {"cac:PartyLegalEntity": {"cbc:CompanyID": "13000000000000"}}}]}}}});
        let d = read(Some(&Value::String(v.to_string())));
        assert_eq!(d.siret.as_deref(), Some("22289999900011"));
        assert_eq!(d.buyer_name.as_deref(), Some("Département d'Exemple"));
        assert_eq!(d.cpv.as_deref(), Some("72250000"));
        let dl = d.deadline.unwrap();
        assert_eq!(
            (dl.date.to_string(), dl.time.unwrap().to_string()),
            ("2027-01-08".into(), "10:00:00".into())
        );
    }

    #[test]
    fn anything_else_gives_nothing() {
        for v in [
            json!(null),
            json!("not json {"),
            json!(3),
            json!([]),
            json!({"IDENTITE": {"CODE_IDENT_NATIONAL": "123"}}),
        ] {
            assert_eq!(read(Some(&v)), Donnees::default(), "{v}");
        }
        assert_eq!(read(None), Donnees::default());
    }
}
