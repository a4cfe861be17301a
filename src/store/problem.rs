//! What `validate` finds wrong in a portfolio, and where: the vocabulary
//! shared by every rule (the compliance rules live in their own module).

use chrono::{Datelike, NaiveDate};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The program would misbehave on it: `load` refuses the file.
    Error,
    /// Suspicious data the program copes with; `check` still reports it.
    Warning,
}

/// Where in the portfolio a problem sits, by ids (names help the reader).
#[derive(Debug, Clone, PartialEq)]
pub enum Location {
    Settings,
    Authority {
        id: String,
        name: String,
    },
    Pursuit {
        authority: String,
        id: String,
    },
    Contact {
        authority: String,
        id: String,
    },
    Interaction {
        authority: String,
        contact: String,
        id: String,
    },
    /// A BOAMP opportunity, by notice number.
    Opportunity {
        notice: String,
    },
    /// A standing document of the company.
    Document {
        id: String,
    },
    /// One requirement of a pursuit.
    Requirement {
        authority: String,
        pursuit: String,
        id: String,
    },
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    EmptyId,
    /// The same id is used `count` times in the file.
    DuplicateId {
        id: String,
        count: usize,
    },
    FactorOutOfRange(f64),
    PriorityOutOfRange(u8),
    EmptyName,
    /// A checklist entry whose id the template does not know.
    UnknownChecklistItem(String),
    /// An interaction's follow-up set before the interaction itself.
    FollowUpBeforeDate {
        date: NaiveDate,
        follow_up: NaiveDate,
    },
    /// No J and no current expiry to forecast it from: no plan can be drawn.
    NoJNorExpiry,
    /// "Confirmed by the notice" with no J.
    ConfirmedWithoutJ,
    /// A notice published on or after J: the plan ignores it.
    NoticeNotBeforeJ {
        published: NaiveDate,
        j: NaiveDate,
    },
    /// A deadline time on a J that is not confirmed: never shown.
    TimeWithoutConfirmedJ,
    /// The candidature deadline set before the notice is expected.
    CandidatureBeforeNotice {
        candidature_days: u32,
        notice_days: u32,
    },
    /// A time of day for J (`j_time`) but no J.
    TimeWithoutJ,
    /// A BOAMP opportunity at an authority the file does not hold.
    UnknownAuthority(String),
    /// A checklist item ticked after today.
    DoneInFuture {
        item: String,
        date: NaiveDate,
    },
    ContractStartAfterExpiry {
        start: NaiveDate,
        expiry: NaiveDate,
    },
    /// A date outside 1900–2200, surely a typo.
    DateOutOfRange {
        field: &'static str,
        date: NaiveDate,
    },
    NegativeAmount(f64),
    /// A setting beyond any sensible value (e.g. a lead time over ten years).
    SettingOutOfRange {
        name: &'static str,
        value: u32,
    },
    /// A standing document that expires before it was issued.
    ExpiresBeforeIssued {
        issued: NaiveDate,
        expires: NaiveDate,
    },
    /// A standing document with no kind.
    EmptyDocumentKind,
    /// Two requirements of one pursuit share an id.
    DuplicateRequirementId(String),
}

impl ProblemKind {
    pub fn severity(&self) -> Severity {
        use ProblemKind::*;
        match self {
            EmptyId | DuplicateId { .. } | FactorOutOfRange(_) | PriorityOutOfRange(_) => {
                Severity::Error
            }
            _ => Severity::Warning,
        }
    }
}

/// One problem found in a portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub kind: ProblemKind,
}

impl Problem {
    pub(super) fn new(at: Location, kind: ProblemKind) -> Self {
        Problem {
            severity: kind.severity(),
            at,
            kind,
        }
    }
}

/// A plain line for logs and developers; users read `i18n::Localize`.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} at {:?}: {:?}", self.severity, self.at, self.kind)
    }
}

/// Locations are built only for problems: most files have none, and a large
/// one has a hundred thousand records.
pub(super) fn sane_date(
    field: &'static str,
    date: NaiveDate,
    at: &dyn Fn() -> Location,
    out: &mut Vec<Problem>,
) {
    if !(1900..=2200).contains(&date.year()) {
        out.push(Problem::new(
            at(),
            ProblemKind::DateOutOfRange { field, date },
        ));
    }
}
