//! Evidence: what the data already proves about a checklist item (preuve).
//! Derived on demand from the authority, its contacts' log and the pursuit's
//! facts, never stored; a manual tick or untick always wins over it.
//! An [`Evidence`] is plain data (indices and dates): the words are the
//! i18n layer's (`crate::i18n::evidence`).

use chrono::NaiveDate;

use super::authority::Authority;
use super::contact::{Influence, InteractionKind};
use super::portfolio::Settings;
use super::pursuit::{Branch, LotsNature, OrderNature, Outcome, Pursuit, SubmissionMode};

/// Stage-1 items with evidence rules.
pub const DECISION_MAKER: &str = "prospection.decision_maker";
pub const CONTACT: &str = "prospection.contact";
pub const MEET: &str = "prospection.meet";
pub const RETAIN: &str = "prospection.retain";
/// Stage-2 and stage-3 items with evidence rules.
pub const EXPIRY: &str = "preparation.expiry";
pub const HOLDER_CRITERIA: &str = "preparation.holder_criteria";
pub const FUTURE_CONTRACT: &str = "preparation.future_contract";
pub const NATURE: &str = "preparation.nature";
pub const ELECTRONIC: &str = "publicity.electronic";

/// Where a fact came from, for "échéance 08/08/2027 · DECP".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    User,
    Decp,
    Boamp,
}

impl Source {
    /// From a pursuit's `source` ("decp:<id>", "boamp:<ref>").
    pub fn of(pursuit: &Pursuit) -> Source {
        match pursuit.source.as_deref().and_then(|s| s.split(':').next()) {
            Some(s) if s.eq_ignore_ascii_case("decp") => Source::Decp,
            Some(s) if s.eq_ignore_ascii_case("boamp") => Source::Boamp,
            _ => Source::User,
        }
    }
}

/// The fact that proves an item done. `contact` indexes `authority.contacts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Evidence {
    /// A contact flagged decision-maker.
    DecisionMaker { contact: usize },
    /// A contact with influence on the category (medium or high), or any
    /// contact when the settings say so.
    Contact { contact: usize },
    /// A call, meeting or visit logged with the authority (the latest).
    Met {
        contact: usize,
        kind: InteractionKind,
        date: NaiveDate,
    },
    /// An exchange within the contact's keep-in-touch interval, and details
    /// checked within the stale-details limit (6 months by default).
    Kept {
        contact: usize,
        last: NaiveDate,
        checked: NaiveDate,
    },
    /// The current contract's expiry is known.
    Expiry { date: NaiveDate, source: Source },
    /// The current holder and the award criteria are both known.
    HolderCriteria,
    /// The object and the expected start of execution are known.
    FutureContract { start: NaiveDate },
    /// Single or lots, and firm or fractional, are known.
    Nature {
        lots: LotsNature,
        ordering: OrderNature,
    },
    /// H1 or H2 was chosen (on `date` when recorded).
    Branch {
        branch: Branch,
        date: Option<NaiveDate>,
    },
    /// The submission mode is electronic.
    Electronic,
    /// The outcome says the bid went in.
    Outcome { outcome: Outcome, date: NaiveDate },
}

impl Evidence {
    /// The day the fact dates from, when it has one.
    pub fn date(&self) -> Option<NaiveDate> {
        match *self {
            Evidence::Met { date, .. } | Evidence::Outcome { date, .. } => Some(date),
            Evidence::Kept { last, .. } => Some(last),
            Evidence::Branch { date, .. } => date,
            _ => None,
        }
    }

    /// The contact it names, if any.
    pub fn contact(&self) -> Option<usize> {
        match *self {
            Evidence::DecisionMaker { contact }
            | Evidence::Contact { contact }
            | Evidence::Met { contact, .. }
            | Evidence::Kept { contact, .. } => Some(contact),
            _ => None,
        }
    }
}

/// Evidence for the stage-1 items, computed once per authority (one pass
/// over its contacts and their logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AuthorityEvidence {
    pub decision_maker: Option<Evidence>,
    pub contact: Option<Evidence>,
    pub met: Option<Evidence>,
    pub kept: Option<Evidence>,
}

impl AuthorityEvidence {
    pub fn of(a: &Authority, settings: &Settings, today: NaiveDate) -> AuthorityEvidence {
        let mut out = AuthorityEvidence::default();
        let mut best_influence = Influence::Unknown;
        for (i, c) in a.contacts.iter().enumerate() {
            if c.decision_maker && out.decision_maker.is_none() {
                out.decision_maker = Some(Evidence::DecisionMaker { contact: i });
            }
            let influential = matches!(c.influence, Influence::Medium | Influence::High);
            if (influential || settings.any_contact_is_evidence)
                && (out.contact.is_none() || c.influence > best_influence)
            {
                best_influence = c.influence;
                out.contact = Some(Evidence::Contact { contact: i });
            }
            for x in &c.interactions {
                let meeting = matches!(
                    x.kind,
                    InteractionKind::Call | InteractionKind::Meeting | InteractionKind::Visit
                );
                if meeting && x.date <= today && out.met.and_then(|m| m.date()) < Some(x.date) {
                    out.met = Some(Evidence::Met {
                        contact: i,
                        kind: x.kind,
                        date: x.date,
                    });
                }
            }
            let kept = (!c.to_nurture(settings, today) && !c.details_stale(settings, today))
                .then(|| Some((c.last_interaction()?.date, c.details_checked?)))
                .flatten();
            if let Some((last, checked)) = kept
                && out.kept.and_then(|k| k.date()) < Some(last)
            {
                out.kept = Some(Evidence::Kept {
                    contact: i,
                    last,
                    checked,
                });
            }
        }
        out
    }

    /// The evidence for stage-1 item `id`.
    pub fn get(&self, id: &str) -> Option<Evidence> {
        match id {
            DECISION_MAKER => self.decision_maker,
            CONTACT => self.contact,
            MEET => self.met,
            RETAIN => self.kept,
            _ => None,
        }
    }
}

/// Evidence from the pursuit's own facts for item `id` (stages 2, 3 and J).
/// `j` dates an outcome that proves the submission.
pub fn of_pursuit(id: &str, p: &Pursuit, j: NaiveDate, today: NaiveDate) -> Option<Evidence> {
    match id {
        EXPIRY => p.current_expiry.map(|date| Evidence::Expiry {
            date,
            source: Source::of(p),
        }),
        HOLDER_CRITERIA => (!p.current_holder.trim().is_empty()
            && !p.award_criteria.trim().is_empty())
        .then_some(Evidence::HolderCriteria),
        FUTURE_CONTRACT => p
            .expected_start
            .filter(|_| !p.object.trim().is_empty())
            .map(|start| Evidence::FutureContract { start }),
        NATURE => (p.lots != LotsNature::Unknown && p.ordering != OrderNature::Unknown).then_some(
            Evidence::Nature {
                lots: p.lots,
                ordering: p.ordering,
            },
        ),
        ELECTRONIC => (p.submission == SubmissionMode::Electronic).then_some(Evidence::Electronic),
        super::template::CHOOSE_BRANCH_ID => {
            (p.branch != Branch::Undecided).then_some(Evidence::Branch {
                branch: p.branch,
                date: p.branch_decided,
            })
        }
        super::template::SUBMIT_ID => {
            matches!(p.outcome, Outcome::Submitted | Outcome::Won | Outcome::Lost).then_some(
                Evidence::Outcome {
                    outcome: p.outcome,
                    date: j.min(today),
                },
            )
        }
        _ => None,
    }
}

#[cfg(test)]
#[path = "evidence_tests.rs"]
mod tests;
