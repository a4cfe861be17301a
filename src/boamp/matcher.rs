//! Finding a notice's buyer and pursuit in the portfolio. The buyer is
//! found by SIRET when `donnees` carries one, else by its name folded for
//! accents, case, punctuation and the usual prefixes ("COMMUNE DE",
//! "Mairie de", "Ville de" name one buyer), with the département as a
//! tie-breaker. Anything less than one clear candidate is left to the user.

use std::collections::{HashMap, HashSet};

use super::notice::{Kind, Notice};
use crate::model::text::fold;
use crate::model::{MarketKind, Portfolio, Pursuit};

/// Words in front of a buyer's name that do not tell buyers apart.
const PREFIXES: [&str; 8] = [
    "commune de ",
    "commune d ",
    "mairie de ",
    "mairie d ",
    "ville de ",
    "ville d ",
    "hotel de ville de ",
    "hotel de ville d ",
];

/// A buyer's name as compared: folded, punctuation as spaces, the usual
/// prefixes and a leading article dropped.
/// `buyer_key("COMMUNE DE SAINT-ÉTIENNE") == buyer_key("Ville de Saint Etienne")`.
pub fn buyer_key(name: &str) -> String {
    let spaced: String = fold(name)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut key = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    while let Some(rest) = PREFIXES.iter().find_map(|p| key.strip_prefix(p)) {
        key = rest.to_string();
    }
    for article in ["la ", "le ", "les ", "l "] {
        if let Some(rest) = key.strip_prefix(article) {
            // Keep "le" when it is the whole name's only word left.
            if !rest.is_empty() {
                key = rest.to_string();
            }
            break;
        }
    }
    key
}

/// How a notice's buyer was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Buyer {
    /// One authority, by SIRET or by a name only it has.
    Found { authority: usize, by_siret: bool },
    /// Several authorities answer to the name, and the département does
    /// not single one out.
    Ambiguous(Vec<usize>),
    /// Not in the portfolio.
    Unknown,
}

/// The portfolio's buyers, indexed once per import.
pub struct Buyers {
    by_siret: HashMap<String, usize>,
    by_name: HashMap<String, Vec<usize>>,
    /// Département of each authority, as a code when it holds one.
    departements: Vec<String>,
    /// SIREN (first 9 digits) of each authority that has a SIRET.
    sirens: Vec<Option<String>>,
}

impl Buyers {
    pub fn new(p: &Portfolio) -> Self {
        let mut by_siret = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut departements = Vec::with_capacity(p.authorities.len());
        let mut sirens = Vec::with_capacity(p.authorities.len());
        for (ai, a) in p.authorities.iter().enumerate() {
            let siret = a
                .siret
                .as_ref()
                .map(|s| s.chars().filter(|c| !c.is_whitespace()).collect::<String>());
            if let Some(s) = &siret {
                by_siret.entry(s.clone()).or_insert(ai);
            }
            sirens.push(siret.and_then(|s| s.get(..9).map(str::to_string)));
            // A placeholder name ("SIRET …") is no name to match on.
            if !a.needs_rename {
                by_name.entry(buyer_key(&a.name)).or_default().push(ai);
            }
            departements.push(a.departement.trim().to_string());
        }
        Buyers {
            by_siret,
            by_name,
            departements,
            sirens,
        }
    }

    /// Index a name an authority is about to take: an authority still named
    /// "SIRET …" is found by the name a notice matched by SIRET gave it, for
    /// the notices read after that one.
    pub fn learn(&mut self, authority: usize, name: &str) {
        let key = buyer_key(name);
        if key.is_empty() {
            return;
        }
        let list = self.by_name.entry(key).or_default();
        if !list.contains(&authority) {
            list.push(authority);
        }
    }

    /// Whether a notice could concern the portfolio at all: cheap, so a
    /// national file's other buyers are counted and dropped at once.
    pub fn find(&self, n: &Notice) -> Buyer {
        if let Some(&ai) = n.siret.as_ref().and_then(|s| self.by_siret.get(s)) {
            return Buyer::Found {
                authority: ai,
                by_siret: true,
            };
        }
        let Some(named) = self.by_name.get(&buyer_key(&n.buyer_name)) else {
            return Buyer::Unknown;
        };
        // An authority whose SIRET says it is another body is not this
        // buyer, whatever its name.
        let siren = n.siret.as_ref().and_then(|s| s.get(..9));
        let named: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&ai| match (siren, &self.sirens[ai]) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            })
            .collect();
        let in_dept: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&ai| n.departements.iter().any(|d| *d == self.departements[ai]))
            .collect();
        match (named.as_slice(), in_dept.as_slice()) {
            ([], _) => Buyer::Unknown,
            ([one], _) | (_, [one]) => Buyer::Found {
                authority: *one,
                by_siret: false,
            },
            (_, []) => Buyer::Ambiguous(named),
            (_, _) => Buyer::Ambiguous(in_dept),
        }
    }
}

/// How a notice's pursuit was found at its buyer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The pursuit already linked to this notice or one it follows.
    Linked(usize),
    /// The one open pursuit that matches best.
    Best(usize),
    /// Several pursuits match equally well.
    Ambiguous(Vec<usize>),
    /// None matches.
    None,
}

/// Words too common in contract objects to tell two apart.
const STOP: [&str; 24] = [
    "des",
    "les",
    "pour",
    "dans",
    "avec",
    "aux",
    "sur",
    "par",
    "une",
    "marche",
    "marches",
    "renouvellement",
    "renewal",
    "prestations",
    "prestation",
    "services",
    "service",
    "fourniture",
    "fournitures",
    "travaux",
    "lot",
    "lots",
    "accord",
    "cadre",
];

/// The significant words of a text: folded, four letters or more, not stop words.
fn words(text: &str) -> HashSet<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(w))
        .map(str::to_string)
        .collect()
}

/// Works and exceptional works are one kind for matching.
fn same_kind(a: MarketKind, b: MarketKind) -> bool {
    let works = |k| matches!(k, MarketKind::Works | MarketKind::WorksExceptional);
    a == b || (works(a) && works(b))
}

/// The pursuit a notice is about, among `pursuits` of its buyer.
pub fn pursuit(pursuits: &[Pursuit], n: &Notice) -> Target {
    let linked = |p: &Pursuit| {
        p.notice
            .linked
            .iter()
            .any(|l| *l == n.idweb || n.linked.contains(l))
            || (!p.notice_ref.is_empty()
                && (p.notice_ref.contains(&n.idweb)
                    || n.linked.iter().any(|l| p.notice_ref.contains(l.as_str()))))
    };
    if let Some(pi) = pursuits.iter().position(linked) {
        return Target::Linked(pi);
    }
    let notice_words: HashSet<String> = words(&n.object)
        .into_iter()
        .chain(n.keywords.iter().flat_map(|k| words(k)))
        .collect();
    let division = n.cpv.as_deref().and_then(|c| c.get(..2));
    let mut scored: Vec<(usize, usize)> = Vec::new();
    for (pi, p) in pursuits.iter().enumerate() {
        // A pursuit already given another live call for tenders is taken;
        // an award may follow a call not imported, so it may still match.
        let taken = !p.notice.linked.is_empty() && !p.notice.cancelled && n.kind == Kind::Call;
        let closed = p.outcome.is_closed() && n.kind != Kind::Award;
        let kind_differs = n.market_kind.is_some_and(|k| !same_kind(k, p.market_kind));
        if taken || closed || kind_differs {
            continue;
        }
        let same_division = division.is_some_and(|d| p.cpv.get(..2) == Some(d));
        let shared = words(&p.object).intersection(&notice_words).count();
        if shared == 0 && !same_division {
            continue;
        }
        scored.push((pi, shared + if same_division { 2 } else { 0 }));
    }
    let best = scored.iter().map(|(_, s)| *s).max().unwrap_or(0);
    let top: Vec<usize> = scored
        .iter()
        .filter(|(_, s)| *s == best)
        .map(|(pi, _)| *pi)
        .collect();
    match top.as_slice() {
        [] => Target::None,
        [one] => Target::Best(*one),
        _ => Target::Ambiguous(top),
    }
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
