//! The portfolio's settings: the defaults of the method the user may tune,
//! and which rule set places the notice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::extra::Extra;

/// User-tunable defaults of the method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Days between the current contract's expiry and the forecast J (délai de préavis).
    pub lead_time_days: u32,
    /// Keep-in-touch interval for an ordinary contact.
    pub keep_in_touch_days: u32,
    /// Keep-in-touch interval for a decision-maker or an influential contact.
    pub keep_in_touch_key_days: u32,
    /// Contact details older than this many months are flagged as stale.
    pub stale_details_months: u32,
    /// Any contact proves stage 1's "identify a contact", not only one with
    /// influence on the category (the user says so).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub any_contact_is_evidence: bool,
    /// How notice periods are counted: the seed as written, or code 2019.
    #[serde(skip_serializing_if = "is_seed")]
    pub rules: RuleSet,
    /// Validity in months per standing-document kind, where the user's
    /// differs from the usual one (0 = no expiry).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub document_validity_months: BTreeMap<String, u32>,
    /// The user's company as award notices spell it: an award naming it
    /// suggests "won", else "lost".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub company_name: String,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

fn is_seed(r: &RuleSet) -> bool {
    *r == RuleSet::Seed
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lead_time_days: 90,
            keep_in_touch_days: 90,
            keep_in_touch_key_days: 60,
            stale_details_months: 6,
            any_contact_is_evidence: false,
            rules: RuleSet::Seed,
            document_validity_months: BTreeMap::new(),
            company_name: String::new(),
            extra: Default::default(),
        }
    }
}

/// A portfolio setting: how notice periods are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleSet {
    /// J-52 days for everything (× the window factor): the seed as written,
    /// which is the open-tender minimum of the 2006 code.
    #[default]
    Seed,
    /// Today's minimum periods, by procedure (R2161-2 and following).
    Code2019,
}

impl RuleSet {
    pub const ALL: [RuleSet; 2] = [RuleSet::Seed, RuleSet::Code2019];

    pub fn key(self) -> &'static str {
        match self {
            RuleSet::Seed => "seed",
            RuleSet::Code2019 => "code2019",
        }
    }

    /// The other rule set (the TUI's switch key).
    pub fn toggled(self) -> RuleSet {
        match self {
            RuleSet::Seed => RuleSet::Code2019,
            RuleSet::Code2019 => RuleSet::Seed,
        }
    }
}
