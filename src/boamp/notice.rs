//! One BOAMP notice normalised from whatever shape the API or an export
//! gave it: lists or strings, `donnees` as a JSON string, an object or
//! nothing, deadlines with an offset, in UTC or bare.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::donnees::{self, Donnees};
use super::paris::{self, Deadline};
use crate::model::MarketKind;
use crate::model::text::clean_line;

/// What a notice is (nature / état).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Avis de marché: the call for tenders, with J.
    Call,
    /// Rectificatif: corrects a call (often moves J).
    Rectificatif,
    /// Avis d'attribution / résultat de marché: the winners.
    Award,
    /// Avis d'annulation: the procedure is cancelled.
    Cancellation,
    /// Pre-information and anything else: not used.
    Other,
}

/// A notice ready to match and apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// `idweb`, e.g. "26-118734".
    pub idweb: String,
    pub kind: Kind,
    pub object: String,
    /// `nomacheteur`, as the buyer typed it.
    pub buyer_name: String,
    /// The buyer's name in `donnees` (usually better cased), else `nomacheteur`.
    pub official_name: String,
    /// Buyer SIRET from `donnees`, digits only, when it holds one.
    pub siret: Option<String>,
    /// Département codes, e.g. ["45"].
    pub departements: Vec<String>,
    /// `dateparution`.
    pub published: Option<NaiveDate>,
    /// `datelimitereponse` (else `donnees`), in Paris time.
    pub deadline: Option<Deadline>,
    /// The notices this one corrects or follows (`annonce_lie`,
    /// `annonces_anterieures`).
    pub linked: Vec<String>,
    /// `titulaire`, award notices only.
    pub winners: Vec<String>,
    pub market_kind: Option<MarketKind>,
    /// Main CPV code from `donnees`, digits only.
    pub cpv: Option<String>,
    /// `procedure_libelle`, else `type_procedure`.
    pub procedure: String,
    pub url: String,
    /// `descripteur_libelle`: BOAMP's subject words, used with the object
    /// to find the pursuit.
    pub keywords: Vec<String>,
}

/// Why an element was not read as a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skip {
    NotAnObject,
    NoId,
    NoBuyer,
}

/// The notice in one element of `results`, `records` or a bare array:
/// `{"record": {"fields": …}}` and `{"fields": …}` are unwrapped.
pub fn from_value(v: &Value) -> Result<Notice, Skip> {
    let mut o = v.as_object().ok_or(Skip::NotAnObject)?;
    for wrapper in ["record", "fields"] {
        if let Some(inner) = o.get(wrapper).and_then(Value::as_object) {
            o = inner;
        }
    }
    let idweb = text(o.get("idweb"))
        .or_else(|| text(o.get("id")))
        .ok_or(Skip::NoId)?;
    let d = donnees::read(o.get("donnees"));
    let buyer_name = text(o.get("nomacheteur"))
        .or_else(|| d.buyer_name.clone())
        .unwrap_or_default();
    if buyer_name.is_empty() && d.siret.is_none() {
        return Err(Skip::NoBuyer);
    }
    let deadline = text(o.get("datelimitereponse"))
        .and_then(|s| paris::parse(&s))
        .or(d.deadline);
    let mut linked = Vec::new();
    for key in ["annonce_lie", "annonces_anterieures"] {
        for id in strings(o.get(key)) {
            if id != idweb && !linked.contains(&id) {
                linked.push(id);
            }
        }
    }
    let official_name = d.buyer_name.clone().unwrap_or_else(|| buyer_name.clone());
    let Donnees { siret, cpv, .. } = d;
    Ok(Notice {
        kind: kind(o),
        object: text(o.get("objet")).unwrap_or_default(),
        buyer_name,
        official_name,
        siret,
        departements: strings(o.get("code_departement")),
        published: text(o.get("dateparution")).and_then(|s| date(&s)),
        deadline,
        linked,
        winners: strings(o.get("titulaire")),
        market_kind: market_kind(&strings(o.get("type_marche"))),
        cpv,
        procedure: text(o.get("procedure_libelle"))
            .or_else(|| text(o.get("type_procedure")))
            .unwrap_or_default(),
        url: text(o.get("url_avis")).unwrap_or_default(),
        keywords: strings(o.get("descripteur_libelle")),
        idweb,
    })
}

/// `etat` ANNULATION wins; then `nature`, then the labels.
fn kind(o: &Map<String, Value>) -> Kind {
    let upper = |k: &str| text(o.get(k)).map(|s| s.to_uppercase()).unwrap_or_default();
    if upper("etat").contains("ANNUL") || upper("nature").contains("ANNUL") {
        return Kind::Cancellation;
    }
    let nature = upper("nature");
    let label = crate::model::text::fold(&format!(
        "{} {}",
        upper("nature_libelle"),
        upper("nature_categorise_libelle")
    ));
    if nature.contains("RECTIF") || upper("etat").contains("RECTIF") || label.contains("rectif") {
        Kind::Rectificatif
    } else if nature.contains("ATTRIBUTION")
        || label.contains("attribution")
        || label.contains("resultat")
    {
        Kind::Award
    } else if nature.contains("APPEL_OFFRE") || label.contains("avis de marche") {
        Kind::Call
    } else {
        Kind::Other
    }
}

/// A string or number as clean single-line text; `None` when empty.
pub(super) fn text(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => clean_line(s),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A list of strings, one string (comma-joined for `titulaire`), or null.
fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items.iter().filter_map(|i| text(Some(i))).collect(),
        Some(v @ (Value::String(_) | Value::Number(_))) => text(Some(v))
            .map(|s| {
                s.split([',', ';'])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn market_kind(types: &[String]) -> Option<MarketKind> {
    let t = types.first()?.to_uppercase();
    if t.starts_with("TRAVAUX") {
        Some(MarketKind::Works)
    } else if t.starts_with("FOURNITURE") {
        Some(MarketKind::Supplies)
    } else if t.starts_with("SERVICE") {
        Some(MarketKind::Services)
    } else {
        None
    }
}

#[cfg(test)]
#[path = "notice_tests.rs"]
mod tests;
