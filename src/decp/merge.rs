//! Applying DECP contracts to a portfolio: find or create the buyer by SIRET,
//! then create or update the renewal pursuit keyed by its DECP id, so that
//! importing the same data again updates instead of duplicating.
//!
//! The import owns the facts it reads (holder, dates, amount, procedure,
//! CPV, ordering); everything the user decides (J, branch, checklist,
//! outcome, the object's wording, kind and factor) is set once at creation
//! and never touched again.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::raw::RawContract;
use super::record::{Record, Skip, normalise, scope};
use crate::i18n::{self, Lang};
use crate::model::{Authority, AuthorityCategory, MarketKind, OrderNature, Portfolio, Pursuit};

/// What the user asked to keep (`--buyer`, `--cpv`, `--include-expired`).
#[derive(Debug, Clone)]
pub struct Filters {
    /// Buyer SIRETs to keep; empty keeps all.
    pub buyers: Vec<String>,
    /// CPV prefixes to keep; empty keeps all.
    pub cpv: Vec<String>,
    pub include_expired: bool,
    /// Keep one-off works contracts (`--include-works`).
    pub include_works: bool,
    /// Contracts whose expiry is before this day are expired.
    pub today: NaiveDate,
}

impl Filters {
    /// Filters with the user's spellings tidied (spaces dropped).
    pub fn new(buyers: &[String], cpv: &[String], include_expired: bool, today: NaiveDate) -> Self {
        let squeeze = |s: &String| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        Filters {
            buyers: buyers
                .iter()
                .map(squeeze)
                .filter(|s| !s.is_empty())
                .collect(),
            cpv: cpv
                .iter()
                .map(|c| code_digits(&squeeze(c)).to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            include_expired,
            include_works: false,
            today,
        }
    }

    /// `--buyer` and `--cpv`: a record lacking the key is outside them.
    fn in_scope(&self, buyer: Option<&str>, cpv: Option<&str>) -> Result<(), Skip> {
        if !self.buyers.is_empty() && !buyer.is_some_and(|b| self.buyers.iter().any(|x| x == b)) {
            return Err(Skip::OtherBuyer);
        }
        let code = cpv.map(code_digits);
        if !self.cpv.is_empty()
            && !code.is_some_and(|c| self.cpv.iter().any(|p| c.starts_with(p.as_str())))
        {
            return Err(Skip::OtherCpv);
        }
        Ok(())
    }

    fn check(&self, r: &Record) -> Result<(), Skip> {
        self.in_scope(Some(&r.buyer_siret), Some(&r.cpv))?;
        if !self.include_expired && r.expiry < self.today {
            return Err(Skip::Expired);
        }
        if !self.include_works && r.cpv.starts_with("45") && !r.framework {
            return Err(Skip::Works);
        }
        Ok(())
    }
}

/// A CPV code without its check digit ("45316110-9" → "45316110"): notices
/// print it, some DECP exports drop it, and `--cpv` must match either way.
fn code_digits(cpv: &str) -> &str {
    cpv.split('-').next().unwrap_or(cpv).trim()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Created,
    Updated,
}

/// A pursuit the import created or changed, by index in the portfolio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub authority: usize,
    pub pursuit: usize,
}

/// The tally of an import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Elements read from the files.
    pub read: usize,
    pub created: usize,
    pub updated: usize,
    /// Already imported and identical.
    pub unchanged: usize,
    /// Records repeating a DECP id already met in this import (the later wins).
    pub duplicates: usize,
    pub authorities_created: usize,
    /// Authorities created without a name that now got one from the data.
    pub authorities_renamed: usize,
    pub skipped: BTreeMap<Skip, usize>,
    pub changes: Vec<Change>,
}

impl Summary {
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum()
    }
}

/// What this import already did to a pursuit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    Changed,
    Unchanged,
}

/// Applies records to a portfolio, one at a time.
pub struct Importer<'p> {
    portfolio: &'p mut Portfolio,
    lang: Lang,
    filters: Filters,
    by_siret: HashMap<String, usize>,
    /// Imported pursuits by (authority, source), with what this import did
    /// to each so far, to count a repeated id once.
    by_source: HashMap<(usize, String), (usize, Option<Seen>)>,
    /// Ids in the file before the import; created ids cannot collide with
    /// each other (stem and counter), only with these.
    used_ids: HashSet<String>,
    id_stem: String,
    counter: u64,
    pub summary: Summary,
}

impl<'p> Importer<'p> {
    /// `lang` words the objects and names of what is created.
    pub fn new(portfolio: &'p mut Portfolio, lang: Lang, filters: Filters) -> Self {
        let mut by_siret = HashMap::new();
        let mut by_source = HashMap::new();
        for (ai, a) in portfolio.authorities.iter().enumerate() {
            if let Some(s) = &a.siret {
                let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
                by_siret.entry(digits).or_insert(ai);
            }
            for (pi, p) in a.pursuits.iter().enumerate() {
                if let Some(src) = p.source.as_ref().filter(|s| s.starts_with("decp:")) {
                    by_source.entry((ai, src.clone())).or_insert((pi, None));
                }
            }
        }
        let stem = crate::model::ids::new_id(portfolio, "x");
        Importer {
            used_ids: portfolio.all_ids().map(str::to_string).collect(),
            id_stem: stem.trim_start_matches("x-").to_string(),
            portfolio,
            lang,
            filters,
            by_siret,
            by_source,
            counter: 0,
            summary: Summary::default(),
        }
    }

    /// Normalise, filter and apply one element read from a file.
    pub fn offer(&mut self, raw: &RawContract) {
        self.summary.read += 1;
        // Out of scope first: a user asking for one buyer is not told about
        // the unusable records of every other buyer in a national file.
        let in_scope = if self.filters.buyers.is_empty() && self.filters.cpv.is_empty() {
            Ok(())
        } else {
            let (buyer, cpv) = scope(raw);
            self.filters.in_scope(buyer.as_deref(), cpv.as_deref())
        };
        match in_scope
            .and_then(|()| normalise(raw))
            .and_then(|r| self.filters.check(&r).map(|()| r))
        {
            Ok(r) => self.apply(&r),
            Err(skip) => *self.summary.skipped.entry(skip).or_default() += 1,
        }
    }

    /// Create or update the pursuit of one kept record.
    pub fn apply(&mut self, r: &Record) {
        let ai = self.authority_for(r);
        let key = (ai, format!("decp:{}", r.id));
        let Some(&(pi, seen)) = self.by_source.get(&key) else {
            let pi = self.create(ai, r, key.1.clone());
            self.by_source.insert(key, (pi, Some(Seen::Changed)));
            self.summary.created += 1;
            self.push_change(ChangeKind::Created, ai, pi);
            return;
        };
        if seen.is_some() {
            self.summary.duplicates += 1;
        }
        let changed = update(&mut self.portfolio.authorities[ai].pursuits[pi], r);
        let now = match (seen, changed) {
            // Created or updated earlier in this import: already counted.
            (Some(Seen::Changed), _) => return,
            (Some(Seen::Unchanged), false) => return,
            (Some(Seen::Unchanged), true) => {
                self.summary.unchanged -= 1;
                Seen::Changed
            }
            (None, false) => {
                self.summary.unchanged += 1;
                Seen::Unchanged
            }
            (None, true) => Seen::Changed,
        };
        if now == Seen::Changed {
            self.summary.updated += 1;
            self.push_change(ChangeKind::Updated, ai, pi);
        }
        if let Some(entry) = self.by_source.get_mut(&key) {
            entry.1 = Some(now);
        }
    }

    fn push_change(&mut self, kind: ChangeKind, authority: usize, pursuit: usize) {
        self.summary.changes.push(Change {
            kind,
            authority,
            pursuit,
        });
    }

    fn next_id(&mut self, prefix: &str) -> String {
        loop {
            self.counter += 1;
            let id = format!("{prefix}-{}-{}", self.id_stem, self.counter);
            if !self.used_ids.contains(&id) {
                return id;
            }
        }
    }

    fn authority_for(&mut self, r: &Record) -> usize {
        if let Some(&ai) = self.by_siret.get(&r.buyer_siret) {
            let a = &mut self.portfolio.authorities[ai];
            if let (true, Some(name)) = (a.needs_rename, &r.buyer_name) {
                a.name = name.clone();
                a.needs_rename = false;
                self.summary.authorities_renamed += 1;
            }
            return ai;
        }
        let id = self.next_id("a");
        let (name, needs_rename) = match &r.buyer_name {
            Some(name) => (name.clone(), false),
            None => (i18n::decp::unnamed_buyer(self.lang, &r.buyer_siret), true),
        };
        let mut a = Authority::new(id, name);
        a.siret = Some(r.buyer_siret.clone());
        a.category = category(&r.buyer_siret);
        a.needs_rename = needs_rename;
        self.portfolio.authorities.push(a);
        let ai = self.portfolio.authorities.len() - 1;
        self.by_siret.insert(r.buyer_siret.clone(), ai);
        self.summary.authorities_created += 1;
        ai
    }

    fn create(&mut self, ai: usize, r: &Record, source: String) -> usize {
        let id = self.next_id("p");
        let object = if r.object.is_empty() {
            &r.id
        } else {
            &r.object
        };
        let mut p = Pursuit::new(id, i18n::decp::renewal(self.lang, object));
        p.market_kind = market_kind(&r.cpv);
        p.factor = p.market_kind.default_factor();
        p.source = Some(source);
        update(&mut p, r);
        let pursuits = &mut self.portfolio.authorities[ai].pursuits;
        pursuits.push(p);
        pursuits.len() - 1
    }
}

/// Write the facts the import owns; `true` when anything changed.
fn update(p: &mut Pursuit, r: &Record) -> bool {
    let before = (
        p.current_holder.clone(),
        p.contract_start,
        p.current_expiry,
        p.amount,
        p.procedure.clone(),
        p.cpv.clone(),
        p.ordering,
    );
    let holders: Vec<String> = r.holders.iter().map(|h| h.label()).collect();
    if !holders.is_empty() {
        p.current_holder = holders.join(", ");
    }
    p.contract_start = Some(r.notified);
    p.current_expiry = Some(r.expiry);
    if r.amount.is_some() {
        p.amount = r.amount;
    }
    if !r.procedure.is_empty() {
        p.procedure = r.procedure.clone();
    }
    if !r.cpv.is_empty() {
        p.cpv = r.cpv.clone();
    }
    if r.ordering != OrderNature::Unknown {
        p.ordering = r.ordering;
    }
    before
        != (
            p.current_holder.clone(),
            p.contract_start,
            p.current_expiry,
            p.amount,
            p.procedure.clone(),
            p.cpv.clone(),
            p.ordering,
        )
}

/// Works, supplies or services from the CPV division: 45 is works, 03–44
/// and 48 are supplies, the rest services.
fn market_kind(cpv: &str) -> MarketKind {
    match cpv.get(..2).and_then(|d| d.parse::<u8>().ok()) {
        Some(45) => MarketKind::Works,
        Some(3..=44 | 48) => MarketKind::Supplies,
        _ => MarketKind::Services,
    }
}

/// The kind of public body from the SIREN's first digits (INSEE numbering:
/// communes 21, départements 22, régions 23, groupings 24–25, hospitals
/// 26, State 1).
fn category(siret: &str) -> AuthorityCategory {
    match siret.get(..2) {
        Some("21") => AuthorityCategory::Commune,
        Some("22") => AuthorityCategory::Departement,
        Some("23") => AuthorityCategory::Region,
        Some("24" | "25") => AuthorityCategory::Intercommunalite,
        Some("26") => AuthorityCategory::Hospital,
        Some(s) if s.starts_with('1') => AuthorityCategory::StateService,
        _ => AuthorityCategory::Other,
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
