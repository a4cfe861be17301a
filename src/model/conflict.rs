//! Disagreements a merge of two copies of the portfolio could not settle
//! (issue 17): both copies changed one field to different values, or one
//! edited a record the other deleted. The merge keeps one side in place and
//! records the other here, in the file, until the user picks one.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which copy of a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The copy merged into (git's `%A`, the portfolio beside a sync conflict copy).
    #[default]
    Ours,
    /// The copy merged from (git's `%B`, the sync conflict copy).
    Theirs,
}

/// One field (or one record) the two copies disagree on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// `c:<record>:<field>`: one conflict per field; a later merge that
    /// disagrees on the same field replaces it.
    pub id: String,
    /// Id of the record concerned (authority, pursuit, contact, interaction,
    /// document, requirement), or `settings`.
    pub record: String,
    /// What the record is: `authority`, `pursuit`, `contact`, `interaction`,
    /// `document`, `requirement`, `opportunity`, `settings`.
    pub kind: String,
    /// The authority holding the record (the record itself for an
    /// authority); empty for portfolio-wide data (settings, documents).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub authority: String,
    /// A readable name of the record (its name, object or summary).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The field inside the record, `/`-separated (`object`,
    /// `checklist/prospection.meet/note`); empty when one side deleted the
    /// record the other edited.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// Our value; `null` when our side deleted the record (or cleared the field).
    pub ours: Value,
    pub theirs: Value,
    /// Who made each change (the user name, the git author, the device of a
    /// sync conflict copy).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ours_by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub theirs_by: String,
    /// When each side last changed the record (its `updated` date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours_when: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs_when: Option<NaiveDate>,
    /// The value in place in the file: ours, unless a two-way merge found
    /// theirs newer.
    #[serde(default)]
    pub kept: Side,
    /// Day of the merge that found it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found: Option<NaiveDate>,
}

impl Conflict {
    /// The id a conflict on `field` of `record` gets.
    pub fn id_for(record: &str, field: &str) -> String {
        format!("c:{record}:{field}")
    }

    /// True when one side deleted the record the other edited.
    pub fn is_deletion(&self) -> bool {
        self.field.is_empty()
    }

    /// The value of `side`.
    pub fn value(&self, side: Side) -> &Value {
        match side {
            Side::Ours => &self.ours,
            Side::Theirs => &self.theirs,
        }
    }
}
