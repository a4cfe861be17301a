//! People inside an authority and the log of exchanges with them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::extra::Extra;
use super::settings::Settings;

/// A person inside an authority (interlocuteur).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub phone: String,
    /// A second number, usually a mobile ("Portable" in office lists).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mobile: String,
    #[serde(default)]
    pub email: String,
    /// The person responsible for the contract, or the decision-maker (décideur).
    #[serde(default)]
    pub decision_maker: bool,
    /// Influence on the category of contract the company is after.
    #[serde(default)]
    pub influence: Influence,
    #[serde(default)]
    pub notes: String,
    /// Last day the contact's details were checked (actualiser les coordonnées).
    #[serde(default)]
    pub details_checked: Option<NaiveDate>,
    /// Overrides the keep-in-touch interval from the settings.
    #[serde(default)]
    pub keep_in_touch_days: Option<u32>,
    /// The person asked not to be contacted: never listed among people to call.
    #[serde(default)]
    pub do_not_contact: bool,
    /// Day of the last change made through the tracker: a two-way merge
    /// keeps the newer edit of a record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::NaiveDate>,
    /// Exchanges, in the order they were logged.
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    /// Who in the team keeps in touch with this person (empty: anyone).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Ordered: unknown < low < medium < high.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Influence {
    #[default]
    Unknown,
    Low,
    Medium,
    High,
}

impl Influence {
    pub const ALL: [Influence; 4] = [
        Influence::Unknown,
        Influence::Low,
        Influence::Medium,
        Influence::High,
    ];
}

/// One exchange with a contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interaction {
    pub id: String,
    pub kind: InteractionKind,
    pub date: NaiveDate,
    pub summary: String,
    #[serde(default)]
    pub follow_up: Option<NaiveDate>,
    /// Who logged it (the user name of the machine it was logged on).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    Call,
    Meeting,
    Email,
    Letter,
    Visit,
    DemoInvitation,
    TradeShowInvitation,
}

impl InteractionKind {
    pub const ALL: [InteractionKind; 7] = [
        InteractionKind::Call,
        InteractionKind::Meeting,
        InteractionKind::Email,
        InteractionKind::Letter,
        InteractionKind::Visit,
        InteractionKind::DemoInvitation,
        InteractionKind::TradeShowInvitation,
    ];
}

impl Contact {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            role: String::new(),
            phone: String::new(),
            mobile: String::new(),
            email: String::new(),
            decision_maker: false,
            influence: Influence::default(),
            notes: String::new(),
            details_checked: None,
            keep_in_touch_days: None,
            do_not_contact: false,
            updated: None,
            interactions: Vec::new(),
            owner: String::new(),
            extra: Default::default(),
        }
    }

    /// The most recent interaction by date (the last logged wins a tie).
    pub fn last_interaction(&self) -> Option<&Interaction> {
        self.interactions.iter().rev().max_by_key(|i| i.date)
    }

    /// Interactions newest first, for display.
    pub fn log_newest_first(&self) -> Vec<&Interaction> {
        let mut log: Vec<&Interaction> = self.interactions.iter().collect();
        // Stable sort on reversed order keeps the later-logged one first on a tie.
        log.reverse();
        log.sort_by_key(|i| std::cmp::Reverse(i.date));
        log
    }

    /// Key contacts are nurtured more often (seed: the contact with influence).
    pub fn is_key(&self) -> bool {
        self.decision_maker || self.influence == Influence::High
    }

    /// Days allowed between two interactions before the contact is "to nurture".
    pub fn keep_in_touch_interval(&self, settings: &Settings) -> u32 {
        self.keep_in_touch_days.unwrap_or(if self.is_key() {
            settings.keep_in_touch_key_days
        } else {
            settings.keep_in_touch_days
        })
    }

    /// True when the last exchange is older than the keep-in-touch interval
    /// (or there was none). A do-not-contact person is never to nurture.
    pub fn to_nurture(&self, settings: &Settings, today: NaiveDate) -> bool {
        if self.do_not_contact {
            return false;
        }
        match self.last_interaction() {
            None => true,
            Some(last) => {
                (today - last.date).num_days() > i64::from(self.keep_in_touch_interval(settings))
            }
        }
    }

    /// Whole months since the details were last checked (`None`: never checked).
    pub fn months_since_checked(&self, today: NaiveDate) -> Option<u32> {
        self.details_checked
            .map(|d| super::dates::whole_months_between(d, today))
    }

    /// Details never checked, or checked longer ago than the settings allow.
    pub fn details_stale(&self, settings: &Settings, today: NaiveDate) -> bool {
        self.months_since_checked(today)
            .is_none_or(|m| m >= settings.stale_details_months)
    }

    /// Every follow-up date in the log, with the interaction that set it.
    pub fn follow_ups(&self) -> impl Iterator<Item = (&Interaction, NaiveDate)> {
        self.interactions
            .iter()
            .filter_map(|i| i.follow_up.map(|d| (i, d)))
    }
}
