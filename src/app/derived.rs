//! What the screen shows but the file does not store: per-pursuit summaries
//! and per-authority search text, computed once per change (never per frame),
//! and the timeline's rows in sort and filter order.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::today_index::TodayIndex;
use crate::i18n::{Lang, common};
use crate::model::progress::{self, PursuitSummary};
use crate::model::text::{Query, fold, phone_digits};
use crate::model::{Authority, Contact, Portfolio, owner};
use crate::report::agenda::authority_dues;
use crate::report::agenda_compliance::document_dues;
use crate::report::due::{Due, DueState, EntryKind, Family, Group};

/// How the timeline orders authorities (and pursuits within each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Earliest next deadline first (late items count as due now).
    #[default]
    Deadline,
    /// User priority 1 first, then name.
    Priority,
    /// Alphabetical, accents folded.
    Name,
    /// By owner (issue 17): each authority by its pursuits' first owner
    /// in alphabetical order, what nobody owns last.
    Owner,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Deadline => SortKey::Priority,
            SortKey::Priority => SortKey::Name,
            SortKey::Name => SortKey::Owner,
            SortKey::Owner => SortKey::Deadline,
        }
    }
}

/// A line of the timeline, by index into `portfolio.authorities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Authority(usize),
    Pursuit(usize, usize),
}

impl Row {
    pub fn authority(self) -> usize {
        match self {
            Row::Authority(a) | Row::Pursuit(a, _) => a,
        }
    }

    pub fn pursuit(self) -> Option<(usize, usize)> {
        match self {
            Row::Pursuit(a, p) => Some((a, p)),
            Row::Authority(_) => None,
        }
    }
}

/// Whose pursuits the timeline lists (issue 17): everything, or only the
/// user's and nobody's (`m`), and/or those of an `@name` typed after `/`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnerFilter {
    /// The user's name while "mine" is on.
    pub mine: Option<String>,
    /// The folded start of an owner's name typed as `@name` (empty: `@`
    /// alone, what nobody owns).
    pub at: Option<String>,
}

impl OwnerFilter {
    pub fn is_empty(&self) -> bool {
        self.mine.is_none() && self.at.is_none()
    }

    /// Whether the pursuit owned by `owner` is listed.
    pub fn keeps(&self, owner: &str) -> bool {
        self.mine
            .as_ref()
            .is_none_or(|me| owner::mine_or_unowned(owner, me))
            && self
                .at
                .as_ref()
                .is_none_or(|at| owner::owner_matches(owner, at))
    }

    /// Whether the authority is listed: one of its pursuits is, or (for
    /// `@name`) one of its people is that person's; an authority with no
    /// pursuit is nobody's.
    fn keeps_authority(&self, a: &Authority) -> bool {
        if self.is_empty() {
            return true;
        }
        if a.pursuits.iter().any(|p| self.keeps(&p.owner)) {
            return true;
        }
        match &self.at {
            Some(at) => a
                .contacts
                .iter()
                .any(|c| !c.owner.trim().is_empty() && owner::owner_matches(&c.owner, at)),
            None => a.pursuits.is_empty(),
        }
    }
}

/// Split the words typed after `/` into the search text and an `@name`
/// (the last one typed wins), folded.
pub fn split_owner(text: &str) -> (String, Option<String>) {
    let mut at = None;
    let mut rest = Vec::new();
    for word in text.split_whitespace() {
        match word.strip_prefix('@') {
            Some(name) => at = Some(fold(name)),
            None => rest.push(word),
        }
    }
    (rest.join(" "), at)
}

/// The folded owner a sort by owner puts first: the alphabetically first
/// owned pursuit's; `None` (last) when nobody owns any.
fn first_owner<'a>(owners: impl Iterator<Item = &'a str>) -> Option<String> {
    owners
        .filter(|o| !o.trim().is_empty())
        .map(|o| fold(o.trim()))
        .min()
}

/// Cached derivations, parallel to `portfolio.authorities`.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// `[authority][pursuit]`: `None` when the pursuit has no J to plan from.
    pub summaries: Vec<Vec<Option<PursuitSummary>>>,
    /// Folded name, category, town, département, pursuit objects and notice
    /// references, contact names, emails and phone digits; built
    /// on the first filter (see [`Derived::ensure_search`]), not at launch.
    pub search: Vec<String>,
    /// Folded name, the tie-breaker of every sort.
    pub names: Vec<String>,
    /// What each authority has to do in the Today view's horizon (parallel
    /// to `authorities`), so an edit recomputes one authority's only.
    pub dues: Vec<Vec<Due>>,
    /// The status bar's counts, kept up to date per authority.
    pub counts: DueCounts,
    /// Each authority's share of `counts`, so that a change subtracts
    /// what was added whatever moved since.
    counts_of: Vec<DueCounts>,
    /// Whose records the counts keep: this user's and nobody's (issue 17),
    /// or everyone's (`None`), as the Today view does.
    pub count_scope: Option<String>,
    /// The day the records were made for.
    pub day: NaiveDate,
    /// The Today view's lines over `dues`, built when the view first opens
    /// and kept in step after.
    pub today_index: Option<TodayIndex>,
}

/// Days the Today view looks ahead (J dates, decisions, notices).
pub const TODAY_HORIZON: u32 = 30;

/// "2 en retard · 4 aujourd'hui": lines late (a pursuit's undone items
/// count once) and things due today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DueCounts {
    pub late: usize,
    pub today: usize,
}

impl DueCounts {
    /// The counts of one authority's records that are `scope`'s or
    /// nobody's (all of them for `None`).
    pub fn of(p: &Portfolio, dues: &[Due], today: NaiveDate, scope: Option<&str>) -> DueCounts {
        let mut late_groups: Vec<Group> = Vec::new();
        let mut c = DueCounts::default();
        let kept = dues
            .iter()
            .filter(|d| scope.is_none_or(|me| crate::report::owners::mine(p, d, today, me)));
        for d in kept {
            if d.family(today) == Family::Late && d.state == DueState::Late {
                match d.group {
                    Some(g) if late_groups.contains(&g) => {}
                    Some(g) => {
                        late_groups.push(g);
                        c.late += 1;
                    }
                    None => c.late += 1,
                }
            } else if d.date == today && d.kind != EntryKind::Nurture {
                c.today += 1;
            }
        }
        c
    }

    fn add(&mut self, o: DueCounts) {
        self.late += o.late;
        self.today += o.today;
    }

    fn sub(&mut self, o: DueCounts) {
        self.late = self.late.saturating_sub(o.late);
        self.today = self.today.saturating_sub(o.today);
    }
}

fn summaries_of(p: &Portfolio, a: &Authority, today: NaiveDate) -> Vec<Option<PursuitSummary>> {
    // Stage 1 and its evidence are the authority's: worked out once for all its pursuits.
    let plan = progress::AuthorityPlan::of(a, &p.settings, today);
    a.pursuits
        .iter()
        .map(|pu| progress::summarize_in(&plan, a, pu, &p.settings, today).ok())
        .collect()
}

fn search_of(a: &Authority, lang: Lang) -> String {
    let mut s = own_search_of(a, lang);
    for c in &a.contacts {
        s.push_str(&contact_search_of(c));
    }
    s
}

/// What `/` finds of an authority without its people: name, category,
/// town, département, and its pursuits' objects and notice references.
pub(crate) fn own_search_of(a: &Authority, lang: Lang) -> String {
    let mut s = String::with_capacity(64);
    for part in [
        a.name.as_str(),
        common::category(lang, a.category),
        a.town.as_str(),
        a.departement.as_str(),
    ] {
        s.push_str(&fold(part));
        s.push('\u{1f}');
    }
    if let Some(name) = super::departements::name(&a.departement) {
        s.push_str(&fold(name));
        s.push('\u{1f}');
    }
    for p in &a.pursuits {
        for part in std::iter::once(&p.object)
            .chain(std::iter::once(&p.notice_ref))
            .chain(&p.notice.linked)
        {
            if !part.is_empty() {
                s.push_str(&fold(part));
                s.push('\u{1f}');
            }
        }
    }
    s
}

/// What `/` finds of a person: name, email, and phone numbers as digits.
pub(crate) fn contact_search_of(c: &Contact) -> String {
    let mut s = String::with_capacity(48);
    for part in [
        fold(&c.name),
        fold(&c.email),
        phone_digits(&c.phone),
        phone_digits(&c.mobile),
    ] {
        if !part.is_empty() {
            s.push_str(&part);
            s.push('\u{1f}');
        }
    }
    s
}

impl Derived {
    /// `_lang` words the search text, which is built later, on the first filter.
    pub fn build(p: &Portfolio, today: NaiveDate, _lang: Lang) -> Derived {
        let dues: Vec<Vec<Due>> = (0..p.authorities.len())
            .map(|a| authority_dues(p, a, today, TODAY_HORIZON))
            .collect();
        let counts_of: Vec<DueCounts> = dues
            .iter()
            .map(|d| DueCounts::of(p, d, today, None))
            .collect();
        let mut counts = DueCounts::default();
        for c in &counts_of {
            counts.add(*c);
        }
        Derived {
            dues,
            counts,
            counts_of,
            count_scope: None,
            day: today,
            today_index: None,
            summaries: p
                .authorities
                .iter()
                .map(|a| summaries_of(p, a, today))
                .collect(),
            search: Vec::new(),
            names: p.authorities.iter().map(|a| fold(&a.name)).collect(),
        }
    }

    /// Recompute one authority after it changed (a tick, a branch, an edit).
    pub fn refresh(&mut self, p: &Portfolio, index: usize, today: NaiveDate, lang: Lang) {
        let Some(a) = p.authorities.get(index) else {
            return;
        };
        if index >= self.summaries.len() {
            *self = Derived::build(p, today, lang);
            return;
        }
        self.summaries[index] = summaries_of(p, a, today);
        let dues = authority_dues(p, index, today, TODAY_HORIZON);
        if let Some(old) = self.dues.get_mut(index) {
            let c = DueCounts::of(p, &dues, today, self.count_scope.as_deref());
            if let Some(was) = self.counts_of.get_mut(index) {
                self.counts.sub(*was);
                *was = c;
            }
            self.counts.add(c);
            *old = dues;
            if let Some(t) = &mut self.today_index {
                t.update(p, index, old, document_dues(p, today), today);
            }
        }
        if let Some(s) = self.search.get_mut(index) {
            *s = search_of(a, lang);
        }
        self.names[index] = fold(&a.name);
    }

    /// An authority was inserted at `index`.
    pub fn insert(&mut self, p: &Portfolio, index: usize, today: NaiveDate, lang: Lang) {
        let Some(a) = p.authorities.get(index) else {
            return;
        };
        if index > self.summaries.len() {
            *self = Derived::build(p, today, lang);
            return;
        }
        self.summaries.insert(index, summaries_of(p, a, today));
        let dues = authority_dues(p, index, today, TODAY_HORIZON);
        let c = DueCounts::of(p, &dues, today, self.count_scope.as_deref());
        self.counts.add(c);
        self.counts_of.insert(index.min(self.counts_of.len()), c);
        if let Some(t) = &mut self.today_index {
            t.insert(p, index, &dues, today);
        }
        self.dues.insert(index.min(self.dues.len()), dues);
        self.names.insert(index, fold(&a.name));
        // Built only once a filter needed it: keep it whole or absent.
        if self.search.len() + 1 == p.authorities.len() {
            self.search.insert(index, search_of(a, lang));
        } else {
            self.search.clear();
        }
    }

    /// Count only `scope`'s and nobody's records (`None`: everyone's).
    /// Recounts the whole portfolio, so only when the scope changes.
    pub fn set_count_scope(&mut self, p: &Portfolio, scope: Option<&str>) {
        if self.count_scope.as_deref() == scope {
            return;
        }
        self.count_scope = scope.map(str::to_string);
        self.counts_of = self
            .dues
            .iter()
            .map(|d| DueCounts::of(p, d, self.day, scope))
            .collect();
        let mut counts = DueCounts::default();
        for c in &self.counts_of {
            counts.add(*c);
        }
        self.counts = counts;
    }

    /// The authority at `index` was removed.
    pub fn remove(&mut self, index: usize) {
        for list in [&mut self.search, &mut self.names] {
            if index < list.len() {
                list.remove(index);
            }
        }
        if index < self.summaries.len() {
            self.summaries.remove(index);
        }
        if let Some(t) = &mut self.today_index {
            t.remove(index);
        }
        if index < self.dues.len() {
            self.dues.remove(index);
        }
        if index < self.counts_of.len() {
            self.counts.sub(self.counts_of.remove(index));
        }
    }

    /// Build the Today view's lines if it was not open yet, or for
    /// another `scope` (the user whose and nobody's records it keeps;
    /// `None`: everything).
    pub fn ensure_today_index(&mut self, p: &Portfolio, today: NaiveDate, scope: Option<&str>) {
        let stale = self
            .today_index
            .as_ref()
            .is_none_or(|t| t.scope.as_deref() != scope);
        if stale {
            self.today_index = Some(TodayIndex::build(
                p,
                &self.dues,
                document_dues(p, today),
                today,
                scope,
            ));
        }
    }

    /// Build the search text if no filter needed it yet.
    pub fn ensure_search(&mut self, p: &Portfolio, lang: Lang) {
        if self.search.len() != p.authorities.len() {
            self.search = p.authorities.iter().map(|a| search_of(a, lang)).collect();
        }
    }

    pub fn summary(&self, a: usize, p: usize) -> Option<&PursuitSummary> {
        self.summaries.get(a)?.get(p)?.as_ref()
    }

    /// When the pursuit next needs something done; `None` sorts last
    /// (closed, or no J).
    fn deadline(&self, p: &Portfolio, a: usize, pi: usize) -> Option<NaiveDate> {
        let pursuit = p.authorities.get(a)?.pursuits.get(pi)?;
        if pursuit.outcome.is_closed() {
            return None;
        }
        let s = self.summary(a, pi)?;
        Some(s.next_action.map_or(s.windows.j, |n| n.window.end))
    }

    fn authority_deadline(&self, p: &Portfolio, a: usize) -> Option<NaiveDate> {
        let n = p.authorities.get(a).map_or(0, |x| x.pursuits.len());
        (0..n).filter_map(|pi| self.deadline(p, a, pi)).min()
    }

    /// The timeline's rows: matching authorities in `sort` order, each
    /// followed by its pursuits (earliest deadline first).
    pub fn rows(&self, p: &Portfolio, sort: SortKey, query: &Query) -> Vec<Row> {
        self.rows_owned(p, sort, query, &OwnerFilter::default())
    }

    /// [`Derived::rows`], keeping only the pursuits `owners` keeps.
    pub fn rows_owned(
        &self,
        p: &Portfolio,
        sort: SortKey,
        query: &Query,
        owners: &OwnerFilter,
    ) -> Vec<Row> {
        let mut order: Vec<usize> = (0..p.authorities.len())
            .filter(|&a| query.is_empty() || self.search.get(a).is_some_and(|s| query.found_in(s)))
            .filter(|&a| owners.keeps_authority(&p.authorities[a]))
            .collect();
        let name = |a: usize| self.names.get(a).map_or("", String::as_str);
        let by_date = |x: Option<NaiveDate>, y: Option<NaiveDate>| match (x, y) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        match sort {
            SortKey::Deadline => {
                let keys: Vec<Option<NaiveDate>> = (0..p.authorities.len())
                    .map(|a| {
                        if order.binary_search(&a).is_ok() {
                            self.authority_deadline(p, a)
                        } else {
                            None
                        }
                    })
                    .collect();
                order.sort_by(|&x, &y| by_date(keys[x], keys[y]).then(name(x).cmp(name(y))));
            }
            SortKey::Priority => order.sort_by(|&x, &y| {
                p.authorities[x]
                    .priority
                    .cmp(&p.authorities[y].priority)
                    .then(name(x).cmp(name(y)))
            }),
            SortKey::Name => order.sort_by(|&x, &y| name(x).cmp(name(y))),
            SortKey::Owner => {
                let keys: Vec<Option<String>> = (0..p.authorities.len())
                    .map(|a| {
                        if order.binary_search(&a).is_ok() {
                            first_owner(p.authorities[a].pursuits.iter().map(|x| x.owner.as_str()))
                        } else {
                            None
                        }
                    })
                    .collect();
                order.sort_by(|&x, &y| {
                    match (&keys[x], &keys[y]) {
                        (Some(a), Some(b)) => a.cmp(b),
                        (Some(_), None) => Ordering::Less,
                        (None, Some(_)) => Ordering::Greater,
                        (None, None) => Ordering::Equal,
                    }
                    .then(name(x).cmp(name(y)))
                });
            }
        }
        let mut rows = Vec::with_capacity(order.len() * 3);
        for a in order {
            rows.push(Row::Authority(a));
            let pursuits = &p.authorities[a].pursuits;
            let mut ps: Vec<usize> = (0..pursuits.len())
                .filter(|&pi| owners.keeps(&pursuits[pi].owner))
                .collect();
            ps.sort_by(|&x, &y| by_date(self.deadline(p, a, x), self.deadline(p, a, y)));
            if sort == SortKey::Owner {
                // Stable: the deadline order stays within one owner.
                ps.sort_by_key(|&pi| {
                    let o = pursuits[pi].owner.trim();
                    (o.is_empty(), fold(o))
                });
            }
            rows.extend(ps.into_iter().map(|pi| Row::Pursuit(a, pi)));
        }
        rows
    }
}
