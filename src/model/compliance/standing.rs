//! The company's standing documents (pièces administratives): held once per
//! portfolio, each with a kind, an issue date and an expiry. The file itself
//! never enters the portfolio, only where to find it.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// What a standing document is. Known kinds carry their usual validity;
/// anything else is free text. Stored as its key (`urssaf`) or the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum DocKind {
    /// Attestation de vigilance URSSAF.
    Urssaf,
    /// Attestation de régularité fiscale.
    Fiscal,
    /// Extrait Kbis.
    Kbis,
    /// Attestation d'assurance (valid until the policy's end).
    Insurance,
    /// Qualibat, ISO… (valid until their end).
    Certification,
    /// References (no expiry).
    References,
    /// DUME or DC1/DC2 template.
    Dume,
    /// Bank details (RIB).
    Rib,
    /// Delegation of signature.
    Delegation,
    /// Any other kind, as the user named it.
    Other(String),
}

impl DocKind {
    /// The known kinds, in the order forms and help list them.
    pub const KNOWN: [DocKind; 9] = [
        DocKind::Urssaf,
        DocKind::Fiscal,
        DocKind::Kbis,
        DocKind::Insurance,
        DocKind::Certification,
        DocKind::References,
        DocKind::Dume,
        DocKind::Rib,
        DocKind::Delegation,
    ];

    /// The candidature documents every bid needs: linked to every open
    /// pursuit unless the pursuit marks them not required.
    pub const CANDIDATURE: [DocKind; 4] = [
        DocKind::Urssaf,
        DocKind::Fiscal,
        DocKind::Kbis,
        DocKind::Insurance,
    ];

    /// The stable spelling in the file and on the command line.
    pub fn key(&self) -> &str {
        match self {
            DocKind::Urssaf => "urssaf",
            DocKind::Fiscal => "fiscal",
            DocKind::Kbis => "kbis",
            DocKind::Insurance => "insurance",
            DocKind::Certification => "certification",
            DocKind::References => "references",
            DocKind::Dume => "dume",
            DocKind::Rib => "rib",
            DocKind::Delegation => "delegation",
            DocKind::Other(s) => s,
        }
    }

    /// A known key, or free text kept as the user typed it (trimmed).
    pub fn parse(s: &str) -> DocKind {
        let t = s.trim();
        DocKind::KNOWN
            .iter()
            .find(|k| k.key().eq_ignore_ascii_case(t))
            .cloned()
            .unwrap_or_else(|| DocKind::Other(t.to_string()))
    }

    pub fn is_candidature(&self) -> bool {
        DocKind::CANDIDATURE.contains(self)
    }

    /// The usual validity in months from issue, `None` when the document
    /// runs until a date of its own (insurance, certification) or never expires.
    /// URSSAF: six months (Code du travail, D8222-5); Kbis: three months,
    /// as buyers usually ask; fiscal: the year the attestation covers.
    pub fn usual_months(&self) -> Option<u32> {
        match self {
            DocKind::Urssaf => Some(6),
            DocKind::Fiscal => Some(12),
            DocKind::Kbis => Some(3),
            _ => None,
        }
    }

    /// The validity the portfolio uses: the user's setting for this kind
    /// when there is one (0 = no expiry), else the usual one.
    pub fn months(&self, overrides: &BTreeMap<String, u32>) -> Option<u32> {
        match overrides.get(self.key()) {
            Some(0) => None,
            Some(m) => Some(*m),
            None => self.usual_months(),
        }
    }
}

impl From<String> for DocKind {
    fn from(s: String) -> Self {
        DocKind::parse(&s)
    }
}

impl From<DocKind> for String {
    fn from(k: DocKind) -> Self {
        k.key().to_string()
    }
}

/// `issued` plus `months`, clamped to the end of month (31 August + 6 months
/// = 28 or 29 February). `None` only outside chrono's range.
pub fn add_months(issued: NaiveDate, months: u32) -> Option<NaiveDate> {
    issued.checked_add_months(Months::new(months))
}

/// The expiry a document of `kind` issued on `issued` gets by default.
pub fn default_expiry(
    kind: &DocKind,
    issued: NaiveDate,
    overrides: &BTreeMap<String, u32>,
) -> Option<NaiveDate> {
    kind.months(overrides).and_then(|m| add_months(issued, m))
}

/// One standing document of the company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandingDocument {
    pub id: String,
    pub kind: DocKind,
    /// What tells it from others of its kind ("Qualibat 1312", "RC Pro AXA").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    pub issued: NaiveDate,
    /// Last day it is valid; `None` for a document that does not expire.
    #[serde(default)]
    pub expires: Option<NaiveDate>,
    /// Where the file is (a path) or any note: never the file itself.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: crate::model::Extra,
}

impl StandingDocument {
    /// Still valid on `day` (the expiry day itself included).
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        self.expires.is_none_or(|e| day <= e)
    }
}

/// The document of `kind` that counts: the one valid longest (no expiry
/// wins), the latest issued among equals. A renewal recorded as a new
/// document thus replaces the old one without deleting it.
pub fn current_of<'a>(
    docs: &'a [StandingDocument],
    kind: &DocKind,
) -> Option<&'a StandingDocument> {
    docs.iter()
        .filter(|d| &d.kind == kind)
        .max_by_key(|d| (d.expires.is_none(), d.expires, d.issued))
}

/// True when a newer document of the same kind makes `doc` obsolete.
pub fn superseded(docs: &[StandingDocument], doc: &StandingDocument) -> bool {
    doc.kind.is_candidature() && current_of(docs, &doc.kind).is_some_and(|c| c.id != doc.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn none() -> BTreeMap<String, u32> {
        BTreeMap::new()
    }

    #[test]
    fn six_months_from_31_august_clamps_to_february_end() {
        let k = DocKind::Urssaf;
        assert_eq!(
            default_expiry(&k, d("2026-08-31"), &none()),
            Some(d("2027-02-28"))
        );
        assert_eq!(
            default_expiry(&k, d("2027-08-31"), &none()),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            default_expiry(&k, d("2026-11-01"), &none()),
            Some(d("2027-05-01"))
        );
    }

    #[test]
    fn three_months_over_a_leap_day() {
        let k = DocKind::Kbis;
        assert_eq!(
            default_expiry(&k, d("2027-11-29"), &none()),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            default_expiry(&k, d("2027-11-30"), &none()),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            default_expiry(&k, d("2027-12-15"), &none()),
            Some(d("2028-03-15"))
        );
        assert_eq!(
            default_expiry(&k, d("2028-02-29"), &none()),
            Some(d("2028-05-29"))
        );
        assert_eq!(
            default_expiry(&k, d("2028-11-30"), &none()),
            Some(d("2029-02-28"))
        );
    }

    #[test]
    fn kinds_without_usual_validity_and_user_overrides() {
        for k in [
            DocKind::Insurance,
            DocKind::Certification,
            DocKind::References,
            DocKind::Dume,
            DocKind::Rib,
            DocKind::Delegation,
            DocKind::Other("Mandat".into()),
        ] {
            assert_eq!(default_expiry(&k, d("2026-11-01"), &none()), None, "{k:?}");
        }
        let mut o = none();
        o.insert("kbis".into(), 6);
        o.insert("urssaf".into(), 0);
        o.insert("rib".into(), 24);
        assert_eq!(
            default_expiry(&DocKind::Kbis, d("2026-08-31"), &o),
            Some(d("2027-02-28"))
        );
        assert_eq!(default_expiry(&DocKind::Urssaf, d("2026-08-31"), &o), None);
        assert_eq!(
            default_expiry(&DocKind::Rib, d("2026-01-31"), &o),
            Some(d("2028-01-31"))
        );
    }

    #[test]
    fn kinds_parse_and_serialize_as_keys_or_free_text() {
        for k in DocKind::KNOWN {
            assert_eq!(DocKind::parse(k.key()), k);
        }
        assert_eq!(DocKind::parse(" URSSAF "), DocKind::Urssaf);
        assert_eq!(
            DocKind::parse("Mandat SEPA"),
            DocKind::Other("Mandat SEPA".into())
        );
        let json = serde_json::to_string(&DocKind::Kbis).unwrap();
        assert_eq!(json, "\"kbis\"");
        let back: DocKind = serde_json::from_str("\"Mandat\"").unwrap();
        assert_eq!(back, DocKind::Other("Mandat".into()));
    }

    #[test]
    fn valid_through_the_expiry_day_and_the_latest_counts() {
        let old = StandingDocument {
            id: "d-1".into(),
            kind: DocKind::Urssaf,
            label: String::new(),
            issued: d("2026-11-01"),
            expires: Some(d("2027-05-01")),
            note: String::new(),
            extra: Default::default(),
        };
        assert!(old.valid_on(d("2027-05-01")));
        assert!(!old.valid_on(d("2027-05-02")));
        let new = StandingDocument {
            id: "d-2".into(),
            issued: d("2027-04-20"),
            expires: Some(d("2027-10-20")),
            ..old.clone()
        };
        let docs = vec![old.clone(), new.clone()];
        assert_eq!(current_of(&docs, &DocKind::Urssaf), Some(&new));
        assert!(superseded(&docs, &old));
        assert!(!superseded(&docs, &new));
        assert_eq!(current_of(&docs, &DocKind::Kbis), None);
    }
}
