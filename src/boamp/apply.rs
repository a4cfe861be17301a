//! Applying notices to a portfolio. Notices are collected while the files
//! stream (those of other buyers are only counted), then applied in order
//! of publication, so that rectificatifs land in the right order whatever
//! the order of the files; across imports, the publication date of the
//! notice that set J keeps an older rectificatif from moving it back.
//!
//! The import owns what notices say (J and its time, reference, URL,
//! publication date, procedure, winners, the suggested outcome); the
//! outcome itself stays the user's decision.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::Value;

use super::matcher::{self, Buyer, Buyers, Target};
use super::notice::{self, Kind, Notice};
use super::paris::Deadline;
use super::report::{Ambiguity, Event, Summary};
use crate::i18n::Lang;
use crate::model::text::fold;
use crate::model::{Opportunity, Outcome, Portfolio, Pursuit};

/// What the user asked for besides the files.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub today: NaiveDate,
    /// `--new`: turn opportunities into pursuits.
    pub create: bool,
    pub lang: Lang,
}

/// A notice whose buyer is in the portfolio, waiting to be applied.
struct Pending {
    authority: usize,
    by_siret: bool,
    notice: Notice,
}

pub struct Importer<'p> {
    portfolio: &'p mut Portfolio,
    buyers: Buyers,
    options: Options,
    pending: Vec<Pending>,
    seen: HashSet<String>,
    pub summary: Summary,
}

impl<'p> Importer<'p> {
    pub fn new(portfolio: &'p mut Portfolio, options: Options) -> Self {
        Importer {
            buyers: Buyers::new(portfolio),
            portfolio,
            options,
            pending: Vec::new(),
            seen: HashSet::new(),
            summary: Summary::default(),
        }
    }

    /// One element read from a file or a page.
    pub fn offer(&mut self, v: &Value) {
        self.summary.read += 1;
        let n = match notice::from_value(v) {
            Ok(n) => n,
            Err(skip) => {
                *self.summary.skipped.entry(skip).or_default() += 1;
                return;
            }
        };
        if !self.seen.insert(n.idweb.clone()) {
            self.summary.duplicates += 1;
            return;
        }
        match self.buyers.find(&n) {
            Buyer::Unknown => self.summary.other_buyers += 1,
            Buyer::Ambiguous(candidates) => {
                let names = candidates
                    .iter()
                    .map(|&ai| self.portfolio.authorities[ai].name.clone())
                    .collect();
                self.summary.ambiguous.push(Ambiguity::new(&n, names));
            }
            Buyer::Found {
                authority,
                by_siret,
            } => {
                if by_siret && self.portfolio.authorities[authority].needs_rename {
                    self.buyers.learn(authority, &n.official_name);
                    self.buyers.learn(authority, &n.buyer_name);
                }
                self.pending.push(Pending {
                    authority,
                    by_siret,
                    notice: n,
                });
            }
        }
    }

    /// Apply what was collected, oldest publication first; calls before
    /// their rectificatifs on the same day.
    pub fn finish(mut self) -> Summary {
        let mut pending = std::mem::take(&mut self.pending);
        pending.sort_by(|a, b| {
            let key = |p: &Pending| (p.notice.published, p.notice.kind, p.notice.idweb.clone());
            key(a).cmp(&key(b))
        });
        for p in pending {
            self.apply(p);
        }
        self.summary
    }

    fn apply(&mut self, p: Pending) {
        let Pending {
            authority: ai,
            by_siret,
            notice: n,
        } = p;
        if by_siret {
            self.rename(ai, &n);
        }
        if n.kind == Kind::Other {
            self.summary.unused += 1;
            return;
        }
        let target = matcher::pursuit(&self.portfolio.authorities[ai].pursuits, &n);
        let a = &self.portfolio.authorities[ai];
        match target {
            Target::Linked(pi) | Target::Best(pi) => self.apply_to(ai, pi, &n),
            Target::Ambiguous(pis) => {
                let names = pis
                    .iter()
                    .map(|&pi| a.pursuits[pi].object.clone())
                    .collect();
                let mut amb = Ambiguity::new(&n, names);
                amb.authority = Some(a.name.clone());
                self.summary.ambiguous.push(amb);
            }
            Target::None if n.kind == Kind::Call => self.opportunity(ai, &n),
            Target::None if n.kind == Kind::Rectificatif && self.correct_opportunity(&n) => {}
            Target::None => {
                let authority = self.portfolio.authorities[ai].name.clone();
                self.summary.events.push(Event::NoPursuit {
                    authority,
                    idweb: n.idweb.clone(),
                    object: n.object.clone(),
                });
            }
        }
    }

    /// An authority created without a name ("SIRET …") takes the name of
    /// a notice that matched it by SIRET, and an empty département the
    /// notice's only one (the next fetch asks for it).
    fn rename(&mut self, ai: usize, n: &Notice) {
        let a = &mut self.portfolio.authorities[ai];
        if a.needs_rename && !n.official_name.is_empty() {
            a.name = n.official_name.clone();
            a.needs_rename = false;
            self.summary.renamed += 1;
        }
        if let [only] = n.departements.as_slice()
            && a.departement.trim().is_empty()
        {
            a.departement = only.clone();
        }
    }

    fn apply_to(&mut self, ai: usize, pi: usize, n: &Notice) {
        let company = fold(&self.portfolio.settings.company_name);
        let today = self.options.today;
        let a = &mut self.portfolio.authorities[ai];
        let authority = a.name.clone();
        let pursuit = &mut a.pursuits[pi];
        let before = pursuit.clone();
        let event = write(pursuit, n, &company);
        if *pursuit == before {
            self.summary.unchanged += 1;
            return;
        }
        pursuit.notice.imported = Some(today);
        self.summary.changed.push((ai, pi));
        self.summary
            .events
            .push(event.into_event(authority, pursuit.object.clone(), n));
    }

    /// A call for tenders at a known buyer that no pursuit is waiting for.
    fn opportunity(&mut self, ai: usize, n: &Notice) {
        let authority = self.portfolio.authorities[ai].name.clone();
        if self.options.create {
            let pi = self.create(ai, n);
            self.summary.created += 1;
            self.apply_to(ai, pi, n);
            self.portfolio
                .boamp
                .opportunities
                .retain(|o| o.notice_ref != n.idweb);
            return;
        }
        let found = Opportunity {
            notice_ref: n.idweb.clone(),
            authority_id: self.portfolio.authorities[ai].id.clone(),
            object: n.object.clone(),
            j: n.deadline.map(|d| d.date),
            j_time: n.deadline.and_then(|d| d.time),
            published: n.published,
            url: n.url.clone(),
            procedure: n.procedure.clone(),
            imported: self.options.today,
            extra: Default::default(),
        };
        let list = &mut self.portfolio.boamp.opportunities;
        match list.iter_mut().find(|o| o.notice_ref == n.idweb) {
            Some(o) => {
                // Known already: refresh what the notice says, keep the day
                // first seen and the J a later rectificatif set.
                let known = Opportunity {
                    imported: o.imported,
                    j: o.j.or(found.j),
                    j_time: if o.j.is_some() {
                        o.j_time
                    } else {
                        found.j_time
                    },
                    ..found
                };
                if *o == known {
                    self.summary.unchanged += 1;
                    return;
                }
                *o = known;
            }
            None => list.push(found),
        }
        self.summary.events.push(Event::Opportunity {
            authority,
            idweb: n.idweb.clone(),
            object: n.object.clone(),
            deadline: n.deadline,
        });
    }

    /// A rectificatif of a call kept as an opportunity moves its J.
    fn correct_opportunity(&mut self, n: &Notice) -> bool {
        let Some(o) = self
            .portfolio
            .boamp
            .opportunities
            .iter_mut()
            .find(|o| n.linked.contains(&o.notice_ref))
        else {
            return false;
        };
        let authority_id = o.authority_id.clone();
        match n.deadline {
            Some(d) if (o.j, o.j_time) != (Some(d.date), d.time) => {
                o.j = Some(d.date);
                o.j_time = d.time;
            }
            _ => {
                self.summary.unchanged += 1;
                return true;
            }
        }
        let authority = self
            .portfolio
            .authority(&authority_id)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        self.summary.events.push(Event::Opportunity {
            authority,
            idweb: n.idweb.clone(),
            object: n.object.clone(),
            deadline: n.deadline,
        });
        true
    }

    fn create(&mut self, ai: usize, n: &Notice) -> usize {
        let id = crate::model::ids::new_id(self.portfolio, "p");
        let mut p = Pursuit::new(id, n.object.clone());
        if let Some(k) = n.market_kind {
            p.market_kind = k;
            p.factor = k.default_factor();
        }
        p.cpv = n.cpv.clone().unwrap_or_default();
        p.source = Some(format!("boamp:{}", n.idweb));
        let pursuits = &mut self.portfolio.authorities[ai].pursuits;
        pursuits.push(p);
        pursuits.len() - 1
    }
}

/// What a notice did to a pursuit, before it is worded.
enum Effect {
    Confirmed(Deadline),
    Moved {
        from: Option<Deadline>,
        to: Deadline,
    },
    /// A rectificatif older than the notice that set J.
    Older,
    NoDeadline,
    Cancelled,
    Winners {
        suggested: Option<Outcome>,
    },
    Holder,
}

impl Effect {
    fn into_event(self, authority: String, object: String, n: &Notice) -> Event {
        let idweb = n.idweb.clone();
        match self {
            Effect::Confirmed(deadline) => Event::Confirmed {
                authority,
                object,
                idweb,
                deadline,
            },
            Effect::Moved { from, to } => Event::Moved {
                authority,
                object,
                idweb,
                from,
                to,
            },
            Effect::Older => Event::Older {
                authority,
                object,
                idweb,
            },
            Effect::NoDeadline => Event::NoDeadline {
                authority,
                object,
                idweb,
            },
            Effect::Cancelled => Event::Cancelled {
                authority,
                object,
                idweb,
            },
            Effect::Winners { suggested } => Event::Winners {
                authority,
                object,
                idweb,
                winners: n.winners.clone(),
                suggested,
            },
            Effect::Holder => Event::Holder {
                authority,
                object,
                idweb,
                winners: n.winners.clone(),
            },
        }
    }
}

/// Write what the notice says into the pursuit. `company` is the folded
/// company name (empty when not set).
fn write(p: &mut Pursuit, n: &Notice, company: &str) -> Effect {
    // Whether the pursuit had followed this procedure before this notice.
    let followed = n.linked.iter().any(|l| p.notice.linked.contains(l));
    if !p.notice.linked.contains(&n.idweb) {
        p.notice.linked.push(n.idweb.clone());
    }
    match n.kind {
        Kind::Award => {
            p.notice.winners = n.winners.clone();
            let bid =
                followed || matches!(p.outcome, Outcome::Submitted | Outcome::Won | Outcome::Lost);
            if !bid {
                // The award of the contract in force: its holder.
                if !n.winners.is_empty() {
                    p.current_holder = n.winners.join(", ");
                }
                return Effect::Holder;
            }
            let named = !company.is_empty() && n.winners.iter().any(|w| fold(w).contains(company));
            let suggested =
                (!n.winners.is_empty()).then_some(if named { Outcome::Won } else { Outcome::Lost });
            p.notice.suggested_outcome = suggested;
            Effect::Winners { suggested }
        }
        Kind::Cancellation => {
            p.notice.cancelled = true;
            Effect::Cancelled
        }
        Kind::Call | Kind::Rectificatif | Kind::Other => {
            if n.kind == Kind::Call {
                p.notice_ref = n.idweb.clone();
                p.notice_published = n.published.or(p.notice_published);
                if !n.url.is_empty() {
                    p.notice.url = n.url.clone();
                }
                if !n.procedure.is_empty() {
                    p.procedure = n.procedure.clone();
                }
                if p.cpv.is_empty() {
                    p.cpv = n.cpv.clone().unwrap_or_default();
                }
            } else if p.notice.url.is_empty() {
                p.notice.url = n.url.clone();
            }
            let older = match (p.notice.j_from, n.published) {
                (Some(from), Some(this)) => this < from,
                (Some(_), None) => true,
                (None, _) => false,
            };
            let Some(to) = n.deadline else {
                if p.j_confirmed {
                    return Effect::Older;
                }
                p.notice.no_deadline = true;
                return Effect::NoDeadline;
            };
            if older {
                return Effect::Older;
            }
            let from = p.j_confirmed.then_some(()).and(p.j).map(|date| Deadline {
                date,
                time: p.j_time,
            });
            p.j = Some(to.date);
            p.j_time = to.time;
            p.j_confirmed = true;
            p.notice.j_from = n.published.or(p.notice.j_from);
            p.notice.no_deadline = false;
            if n.kind == Kind::Rectificatif {
                Effect::Moved { from, to }
            } else {
                Effect::Confirmed(to)
            }
        }
    }
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
