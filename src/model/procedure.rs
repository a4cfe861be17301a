//! The award procedure of a contract (procédure de passation), and how the
//! labels of the open data (DECP, BOAMP, eForms) map onto it.

use serde::{Deserialize, Serialize};

use super::text::fold;

/// The procedure families whose notice periods differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    #[default]
    Unknown,
    /// Appel d'offres ouvert.
    Open,
    /// Appel d'offres restreint: candidatures first, then offers.
    Restricted,
    /// Procédure adaptée (MAPA), most contracts below the EU thresholds.
    Adapted,
    /// Procédure avec négociation, négociée, dialogue compétitif.
    Negotiated,
    /// Marché subséquent d'un accord-cadre.
    Subsequent,
}

impl Procedure {
    pub const ALL: [Procedure; 6] = [
        Procedure::Open,
        Procedure::Restricted,
        Procedure::Adapted,
        Procedure::Negotiated,
        Procedure::Subsequent,
        Procedure::Unknown,
    ];

    /// Stable key, as in the save file and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Procedure::Unknown => "unknown",
            Procedure::Open => "open",
            Procedure::Restricted => "restricted",
            Procedure::Adapted => "adapted",
            Procedure::Negotiated => "negotiated",
            Procedure::Subsequent => "subsequent",
        }
    }

    /// The family of a procedure label as the open data spells it: DECP
    /// ("Appel d'offres ouvert", "Procédure adaptée", "Marché négocié sans
    /// publicité…"), BOAMP (`type_procedure` "MAPA", "OUVERT", "RESTREINT";
    /// `procedure_libelle` "Procédure adaptée ouverte"), eForms codes
    /// ("open", "neg-w-call", "comp-dial"…) and our own keys. Anything else
    /// is `Unknown`: never guess a notice period from an unreadable label.
    pub fn from_label(label: &str) -> Procedure {
        let s = fold(label.trim());
        let s = s.as_str();
        let has = |words: &[&str]| words.iter().any(|w| s.contains(w));
        if s.is_empty() {
            Procedure::Unknown
        } else if has(&[
            "subsequent",
            "comp-tend",
            "mise en concurrence des titulaires",
        ]) {
            Procedure::Subsequent
        } else if s == "mapa" || has(&["adapte", "adapted"]) {
            // Before "ouvert": "Procédure adaptée ouverte" is a MAPA.
            Procedure::Adapted
        } else if has(&["restreint", "restricted", "restreinte"]) {
            Procedure::Restricted
        } else if has(&[
            "negoci",
            "negotiat",
            "neg-",
            "dialogue",
            "comp-dial",
            "innovation",
        ]) {
            Procedure::Negotiated
        } else if has(&["ouvert", "open"]) {
            Procedure::Open
        } else {
            Procedure::Unknown
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decp_labels() {
        for (label, want) in [
            ("Appel d'offres ouvert", Procedure::Open),
            ("Appel d'offres restreint", Procedure::Restricted),
            ("Procédure adaptée", Procedure::Adapted),
            (
                "Procédure concurrentielle avec négociation",
                Procedure::Negotiated,
            ),
            (
                "Procédure négociée avec mise en concurrence préalable",
                Procedure::Negotiated,
            ),
            ("Procédure avec négociation", Procedure::Negotiated),
            (
                "Marché négocié sans publicité ni mise en concurrence préalable",
                Procedure::Negotiated,
            ),
            ("Dialogue compétitif", Procedure::Negotiated),
            ("Marché subséquent", Procedure::Subsequent),
        ] {
            assert_eq!(Procedure::from_label(label), want, "{label}");
        }
    }

    #[test]
    fn boamp_and_eforms_labels() {
        for (label, want) in [
            ("MAPA", Procedure::Adapted),
            ("OUVERT", Procedure::Open),
            ("RESTREINT", Procedure::Restricted),
            ("NEGOCIE", Procedure::Negotiated),
            ("Procédure adaptée ouverte", Procedure::Adapted),
            ("Procédure adaptée restreinte", Procedure::Adapted),
            ("Procédure ouverte", Procedure::Open),
            ("Procédure restreinte", Procedure::Restricted),
            ("open", Procedure::Open),
            ("restricted", Procedure::Restricted),
            ("neg-w-call", Procedure::Negotiated),
            ("neg-wo-call", Procedure::Negotiated),
            ("comp-dial", Procedure::Negotiated),
            ("innovation", Procedure::Negotiated),
            ("comp-tend", Procedure::Subsequent),
        ] {
            assert_eq!(Procedure::from_label(label), want, "{label}");
        }
    }

    #[test]
    fn own_keys_round_trip_and_unknown_stays_unknown() {
        for p in Procedure::ALL {
            assert_eq!(Procedure::from_label(p.key()), p);
        }
        for label in ["", "   ", "Concours", "AUTRE", "oth-single"] {
            assert_eq!(Procedure::from_label(label), Procedure::Unknown, "{label}");
        }
    }
}
