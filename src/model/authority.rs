//! A public authority the company prospects (personne publique, collectivité cible).

use serde::{Deserialize, Serialize};

use super::extra::Extra;

use super::contact::Contact;
use super::pursuit::Pursuit;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Authority {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub category: AuthorityCategory,
    /// Town (commune) of the buyer's seat.
    #[serde(default)]
    pub town: String,
    /// Département number or name, e.g. "28" or "Eure-et-Loir".
    #[serde(default)]
    pub departement: String,
    /// 14-digit SIRET of the buyer, the key shared with open data (DECP).
    #[serde(default)]
    pub siret: Option<String>,
    /// What the authority does and buys: the "activity" the seed ranks targets by.
    #[serde(default)]
    pub activity: String,
    /// User-set priority, 1 (highest) to 5.
    #[serde(default = "default_priority")]
    pub priority: u8,
    /// Created by an import without a real name: the user should rename it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub needs_rename: bool,
    /// Stage-1 (prospection) progress, held once for all the authority's
    /// pursuits: stage 1 is about the authority and its people (format v2).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub checklist: super::pursuit::Entries,
    /// Day of the last change made through the tracker: a two-way merge
    /// keeps the newer edit of a record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub pursuits: Vec<Pursuit>,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_priority() -> u8 {
    3
}

/// Kind of public body (catégorie de personne publique).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityCategory {
    Commune,
    Intercommunalite,
    Departement,
    Region,
    StateService,
    Hospital,
    #[default]
    Other,
}

impl AuthorityCategory {
    pub const ALL: [AuthorityCategory; 7] = [
        AuthorityCategory::Commune,
        AuthorityCategory::Intercommunalite,
        AuthorityCategory::Departement,
        AuthorityCategory::Region,
        AuthorityCategory::StateService,
        AuthorityCategory::Hospital,
        AuthorityCategory::Other,
    ];
}

impl Authority {
    /// Contacts whose keep-in-touch interval has run out (issue: "to nurture").
    pub fn contacts_to_nurture(
        &self,
        settings: &super::settings::Settings,
        today: chrono::NaiveDate,
    ) -> usize {
        self.contacts
            .iter()
            .filter(|c| c.to_nurture(settings, today))
            .count()
    }

    /// What goes with the authority when it is deleted: pursuits, contacts, interactions.
    pub fn weight(&self) -> (usize, usize, usize) {
        let interactions = self.contacts.iter().map(|c| c.interactions.len()).sum();
        (self.pursuits.len(), self.contacts.len(), interactions)
    }

    /// Contacts for display: decision-makers first, then by name (accents folded).
    pub fn contacts_sorted(&self) -> Vec<&Contact> {
        let mut list: Vec<&Contact> = self.contacts.iter().collect();
        list.sort_by_cached_key(|c| (!c.decision_maker, super::text::fold(&c.name)));
        list
    }

    /// A new authority with defaults, ready to be filled in.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            category: AuthorityCategory::default(),
            town: String::new(),
            departement: String::new(),
            siret: None,
            activity: String::new(),
            priority: default_priority(),
            needs_rename: false,
            checklist: Default::default(),
            updated: None,
            contacts: Vec::new(),
            pursuits: Vec::new(),
            extra: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::model::Settings;

    #[test]
    fn weight_nurture_and_contact_order() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let p = crate::demo::portfolio(today);
        let a = p.authority("a-demo-saint-aubin").unwrap();
        assert_eq!(a.weight(), (2, 2, 4));
        // Claire Martin (key contact, last seen 30 days ago) is fine; Julien Petit
        // (ordinary, 200 days) is to nurture.
        assert_eq!(a.contacts_to_nurture(&Settings::default(), today), 1);
        let names: Vec<&str> = a
            .contacts_sorted()
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["Claire Martin", "Julien Petit"]);
        // The do-not-contact person is never to nurture.
        let h = p.authority("a-demo-evreux").unwrap();
        assert_eq!(h.contacts_to_nurture(&Settings::default(), today), 1);
    }
}
