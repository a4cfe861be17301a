//! A contract the company hopes to win at an authority (marché visé).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::compliance::{DocKind, Requirement};
use super::extra::Extra;
use super::procedure::Procedure;

/// One pursuit. J is either entered (estimated or confirmed from the notice)
/// or forecast from the current contract's expiry minus the lead time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pursuit {
    pub id: String,
    /// Object of the contract (objet du marché).
    pub object: String,
    /// Day J when known; `None` means "forecast from `current_expiry`".
    #[serde(default)]
    pub j: Option<NaiveDate>,
    /// J was read in the published notice (avis de publicité).
    #[serde(default)]
    pub j_confirmed: bool,
    #[serde(default)]
    pub market_kind: MarketKind,
    /// Multiplies every window offset; 1.0 for services and supplies.
    #[serde(default = "default_factor")]
    pub factor: f64,
    #[serde(default)]
    pub branch: Branch,
    /// Day the branch was chosen (the "choose H1 or H2" item's done date).
    #[serde(default)]
    pub branch_decided: Option<NaiveDate>,
    /// Progress per checklist item id: kept for both branches whatever is active.
    #[serde(default)]
    pub checklist: Entries,
    /// Type of procedure as found or typed (appel d'offres ouvert, MAPA...).
    #[serde(default)]
    pub procedure: String,
    /// The procedure's family, which sets the notice period under code 2019.
    /// `unknown` falls back to reading `procedure` (files written before it).
    #[serde(default, skip_serializing_if = "is_default")]
    pub procedure_kind: Procedure,
    /// Days before J the notice is expected: wins over the rule set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_days: Option<u32>,
    /// Days before J of a restricted procedure's candidature deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidature_days: Option<u32>,
    /// The day the notice was actually published: stage 3 starts on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_published: Option<NaiveDate>,
    /// Time of day of a confirmed deadline (`"12:00"`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::dates::hh_mm"
    )]
    pub j_time: Option<NaiveTime>,
    /// Estimated amount in euros excluding VAT.
    #[serde(default)]
    pub amount: Option<f64>,
    /// Holder of the current contract (titulaire).
    #[serde(default)]
    pub current_holder: String,
    #[serde(default)]
    pub contract_start: Option<NaiveDate>,
    /// Expected start of execution of the future contract (date d'exécution
    /// prévisible): with the object, it proves stage 2's "future contract" item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_start: Option<NaiveDate>,
    /// Expiry of the current contract: the basis of a forecast J.
    #[serde(default)]
    pub current_expiry: Option<NaiveDate>,
    #[serde(default)]
    pub award_criteria: String,
    #[serde(default)]
    pub lots: LotsNature,
    #[serde(default)]
    pub lot_count: Option<u32>,
    #[serde(default)]
    pub ordering: OrderNature,
    /// CPV code of the contract, as found in the data.
    #[serde(default)]
    pub cpv: String,
    /// Notice reference or URL (référence de l'avis).
    #[serde(default)]
    pub notice_ref: String,
    #[serde(default)]
    pub submission: SubmissionMode,
    #[serde(default)]
    pub outcome: Outcome,
    /// Where the pursuit came from, e.g. "decp:<id>" for an open-data import.
    #[serde(default)]
    pub source: Option<String>,
    /// What this bid must file or do (issue 13), in the order shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Requirement>,
    /// Standing documents linked by hand, by id (the candidature ones are
    /// linked by default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    /// Candidature document kinds this bid does not ask for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents_not_required: Vec<DocKind>,
    /// What BOAMP notices said about this pursuit (see `boamp`).
    #[serde(default, skip_serializing_if = "NoticeInfo::is_empty")]
    pub notice: NoticeInfo,
    /// Who in the team answers for this bid (empty: nobody in particular).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Day of the last change made through the tracker: a two-way merge
    /// keeps the newer edit of a record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::NaiveDate>,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What BOAMP notices brought to a pursuit, kept apart from what the user
/// typed so that an import can tell its own facts from the user's.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NoticeInfo {
    /// Every BOAMP notice (idweb) linked to the pursuit: the call for
    /// tenders, its rectificatifs, the award. Re-importing one is a no-op.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked: Vec<String>,
    /// The notice on boamp.fr.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Publication date of the notice that last set J: an older
    /// rectificatif read later does not move J back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub j_from: Option<NaiveDate>,
    /// The notice gives no deadline (MAPA: it is in the tender documents).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_deadline: bool,
    /// The buyer cancelled the procedure (avis d'annulation).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cancelled: bool,
    /// Winners named by the award notice (titulaires).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub winners: Vec<String>,
    /// Outcome the award notice suggests: won when the company is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_outcome: Option<Outcome>,
    /// Day a notice last changed the pursuit: "new notice" in the agenda
    /// for a week after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<NaiveDate>,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: crate::model::Extra,
}

impl NoticeInfo {
    pub fn is_empty(&self) -> bool {
        *self == NoticeInfo::default()
    }
}

fn default_factor() -> f64 {
    1.0
}

fn is_default<T: Default + PartialEq>(x: &T) -> bool {
    *x == T::default()
}

/// Checklist entries by item id.
pub type Entries = BTreeMap<String, ChecklistEntry>;

/// Per-item progress (état d'un point de la liste). Everything the user
/// decided about an item; what the data proves is derived, never stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ChecklistEntry {
    /// Ticked by hand on this day (possibly backdated).
    #[serde(default)]
    pub done: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
    /// Unticked by hand although the data proves it: evidence no longer counts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unticked: bool,
    /// Marked not applicable, with the user's reason (may be empty): the item
    /// stops counting and is never late.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<String>,
    /// Who ticked it (the user name of the machine it was ticked on).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ChecklistEntry {
    /// Nothing the user decided is left: the entry can go.
    pub fn is_empty(&self) -> bool {
        self.done.is_none()
            && self.note.is_empty()
            && !self.unticked
            && self.not_applicable.is_none()
            && self.extra.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarketKind {
    #[default]
    Services,
    Supplies,
    Works,
    /// Works of exceptional size: the seed says windows must be longer.
    WorksExceptional,
}

impl MarketKind {
    pub const ALL: [MarketKind; 4] = [
        MarketKind::Services,
        MarketKind::Supplies,
        MarketKind::Works,
        MarketKind::WorksExceptional,
    ];

    /// The window factor a new pursuit of this kind starts with.
    pub fn default_factor(self) -> f64 {
        match self {
            MarketKind::WorksExceptional => 1.5,
            _ => 1.0,
        }
    }
}

/// The J-8-months fork: did nurturing the contact work?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Branch {
    #[default]
    Undecided,
    /// Nurturing worked: a contract in my field is being prepared.
    H1,
    /// It did not: actions A–D.
    H2,
}

impl Branch {
    /// The `b` key's cycle: undecided → H1 → H2 → H1…
    pub fn next(self) -> Branch {
        match self {
            Branch::Undecided | Branch::H2 => Branch::H1,
            Branch::H1 => Branch::H2,
        }
    }
}

/// Single contract or divided into lots (marché alloti).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LotsNature {
    #[default]
    Unknown,
    Single,
    Lots,
}

/// Firm orders or fractional (à bons de commande / à tranches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderNature {
    #[default]
    Unknown,
    Firm,
    Fractional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionMode {
    #[default]
    Unknown,
    Electronic,
    Paper,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    #[default]
    Open,
    Submitted,
    Won,
    Lost,
    NoBid,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Open,
        Outcome::Submitted,
        Outcome::Won,
        Outcome::Lost,
        Outcome::NoBid,
    ];

    /// Once the bid is in (or abandoned) nothing of the plan is late any more.
    pub fn is_closed(self) -> bool {
        self != Outcome::Open
    }
}

/// How the effective J was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JOrigin {
    /// Typed by the user as an estimate.
    Entered,
    /// Read in the published notice.
    Confirmed,
    /// Current contract's expiry minus the lead time.
    Forecast,
}

impl Pursuit {
    pub fn new(id: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            j: None,
            j_confirmed: false,
            market_kind: MarketKind::default(),
            factor: default_factor(),
            branch: Branch::default(),
            branch_decided: None,
            checklist: BTreeMap::new(),
            procedure: String::new(),
            procedure_kind: Procedure::default(),
            notice_days: None,
            candidature_days: None,
            notice_published: None,
            j_time: None,
            amount: None,
            current_holder: String::new(),
            contract_start: None,
            expected_start: None,
            current_expiry: None,
            award_criteria: String::new(),
            lots: LotsNature::default(),
            lot_count: None,
            ordering: OrderNature::default(),
            cpv: String::new(),
            notice_ref: String::new(),
            submission: SubmissionMode::default(),
            outcome: Outcome::default(),
            source: None,
            requirements: Vec::new(),
            documents: Vec::new(),
            documents_not_required: Vec::new(),
            notice: NoticeInfo::default(),
            owner: String::new(),
            updated: None,
            extra: Default::default(),
        }
    }

    /// The J the plan is built on, and how it was obtained.
    pub fn effective_j(&self, lead_time_days: u32) -> Option<(NaiveDate, JOrigin)> {
        match self.j {
            Some(j) if self.j_confirmed => Some((j, JOrigin::Confirmed)),
            Some(j) => Some((j, JOrigin::Entered)),
            None => self
                .current_expiry
                .and_then(|e| forecast_j(e, lead_time_days))
                .map(|j| (j, JOrigin::Forecast)),
        }
    }

    /// The procedure's family: the one set, else read from the label.
    pub fn procedure(&self) -> Procedure {
        match self.procedure_kind {
            Procedure::Unknown => Procedure::from_label(&self.procedure),
            kind => kind,
        }
    }

    /// J's time of day, shown only once J is confirmed.
    pub fn j_time_shown(&self) -> Option<NaiveTime> {
        self.j_time.filter(|_| self.j_confirmed && self.j.is_some())
    }

    /// Done date of an item, if ticked.
    pub fn done_on(&self, item_id: &str) -> Option<NaiveDate> {
        self.checklist.get(item_id).and_then(|e| e.done)
    }

    /// Move to the next branch; the ticks of both branches are kept.
    pub fn cycle_branch(&mut self, today: NaiveDate) {
        self.branch = self.branch.next();
        self.branch_decided.get_or_insert(today);
    }
}

/// Forecast J from the current contract's expiry (J = expiry − lead time).
pub fn forecast_j(expiry: NaiveDate, lead_time_days: u32) -> Option<NaiveDate> {
    expiry.checked_sub_days(Days::new(u64::from(lead_time_days)))
}
