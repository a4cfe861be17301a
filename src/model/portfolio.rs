//! The whole save file: settings and the authorities with everything under them.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::authorities::Authorities;
use super::authority::Authority;
use super::compliance::StandingDocument;
use super::conflict::Conflict;
use super::contact::Contact;
use super::extra::Extra;
use super::pursuit::Pursuit;
pub use super::settings::Settings;

/// Value of the `format` key: tells our files from any other JSON.
pub const FORMAT_NAME: &str = "retroplan";
/// The file version this build writes. A file with a higher one is never written.
pub const FORMAT_VERSION: u32 = 2;

/// A company's whole prospecting portfolio (portefeuille).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Portfolio {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    /// Shared by pointer: see [`Authorities`].
    #[serde(default)]
    pub authorities: Authorities,
    /// The company's standing documents (issue 13), once per portfolio.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<StandingDocument>,
    /// Read from this older version and converted in memory: the first save
    /// keeps the original beside the file (see `store::migrate`).
    #[serde(skip)]
    pub converted_from: Option<u32>,
    /// BOAMP notices: last fetch and the opportunities found (see `boamp`).
    #[serde(default, skip_serializing_if = "BoampState::is_empty")]
    pub boamp: BoampState,
    /// Disagreements a merge left for the user (issue 17, `retroplan merge`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What the BOAMP import keeps between runs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BoampState {
    /// Day of the last `fetch boamp`: the next one asks from there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_fetch: Option<NaiveDate>,
    /// Calls for tenders from the portfolio's buyers that match no pursuit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opportunities: Vec<Opportunity>,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: crate::model::Extra,
}

impl BoampState {
    pub fn is_empty(&self) -> bool {
        *self == BoampState::default()
    }
}

/// A call for tenders nobody asked for (avis repéré), at a buyer of the portfolio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opportunity {
    /// BOAMP notice number (idweb), e.g. "26-120487".
    pub notice_ref: String,
    pub authority_id: String,
    pub object: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub j: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::dates::hh_mm"
    )]
    pub j_time: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub procedure: String,
    /// Day it was first imported.
    pub imported: NaiveDate,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: crate::model::Extra,
}

impl Default for Portfolio {
    fn default() -> Self {
        Self {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            settings: Settings::default(),
            authorities: Authorities::default(),
            documents: Vec::new(),
            boamp: BoampState::default(),
            converted_from: None,
            conflicts: Vec::new(),
            extra: Default::default(),
        }
    }
}

impl Portfolio {
    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// The authority `id` for writing (copied first if a snapshot shares it).
    pub fn authority_mut(&mut self, id: &str) -> Option<&mut Authority> {
        let index = self.authorities.iter().position(|a| a.id == id)?;
        self.authorities.get_mut(index)
    }

    /// Every pursuit with its authority, in file order.
    pub fn pursuits(&self) -> impl Iterator<Item = (&Authority, &Pursuit)> {
        self.authorities
            .iter()
            .flat_map(|a| a.pursuits.iter().map(move |p| (a, p)))
    }

    /// Every contact with its authority, in file order.
    pub fn contacts(&self) -> impl Iterator<Item = (&Authority, &Contact)> {
        self.authorities
            .iter()
            .flat_map(|a| a.contacts.iter().map(move |c| (a, c)))
    }

    /// Every id in the file, for uniqueness checks and id generation.
    pub fn all_ids(&self) -> impl Iterator<Item = &str> {
        let docs = self.documents.iter().map(|d| d.id.as_str());
        docs.chain(self.authorities.iter().flat_map(|a| {
            std::iter::once(a.id.as_str())
                .chain(a.pursuits.iter().map(|p| p.id.as_str()))
                .chain(a.contacts.iter().flat_map(|c| {
                    std::iter::once(c.id.as_str())
                        .chain(c.interactions.iter().map(|i| i.id.as_str()))
                }))
        }))
    }

    pub fn document(&self, id: &str) -> Option<&StandingDocument> {
        self.documents.iter().find(|d| d.id == id)
    }
}
