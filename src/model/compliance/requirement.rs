//! What one bid must file or do, from the notice and the consultation rules
//! (exigences du règlement de la consultation), and the shipped template a
//! new pursuit starts from.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::dates::sub_days;

/// What a requirement is about. Visits and questions are conditions with a
/// deadline the agenda warns about a week ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    /// A document to file (mémoire technique, DPGF, acte d'engagement…).
    #[default]
    Document,
    /// A site visit before a date (visite obligatoire).
    Visit,
    /// Questions to the buyer before a date.
    Questions,
    /// Any other condition (minimum turnover, similar references…).
    Condition,
    /// The submission itself (platform, electronic signature).
    Submission,
}

impl RequirementKind {
    pub const ALL: [RequirementKind; 5] = [
        RequirementKind::Document,
        RequirementKind::Visit,
        RequirementKind::Questions,
        RequirementKind::Condition,
        RequirementKind::Submission,
    ];

    /// Its due date is a deadline set by the buyer, worth a warning a week ahead.
    pub fn is_deadline(self) -> bool {
        matches!(self, RequirementKind::Visit | RequirementKind::Questions)
    }
}

/// Where a requirement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementStatus {
    #[default]
    Todo,
    InProgress,
    Ready,
    /// This bid does not ask for it.
    NotRequired,
}

impl RequirementStatus {
    pub const ALL: [RequirementStatus; 4] = [
        RequirementStatus::Todo,
        RequirementStatus::InProgress,
        RequirementStatus::Ready,
        RequirementStatus::NotRequired,
    ];

    /// Nothing more to do for the bid to be filed.
    pub fn is_settled(self) -> bool {
        matches!(
            self,
            RequirementStatus::Ready | RequirementStatus::NotRequired
        )
    }

    /// The space key's cycle: to do → in progress → ready → to do. Not
    /// required is set through the form, on purpose.
    pub fn next(self) -> RequirementStatus {
        match self {
            RequirementStatus::Todo => RequirementStatus::InProgress,
            RequirementStatus::InProgress => RequirementStatus::Ready,
            RequirementStatus::Ready | RequirementStatus::NotRequired => RequirementStatus::Todo,
        }
    }

    /// The stable spelling in the file, JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            RequirementStatus::Todo => "todo",
            RequirementStatus::InProgress => "in_progress",
            RequirementStatus::Ready => "ready",
            RequirementStatus::NotRequired => "not_required",
        }
    }
}

/// One requirement of one pursuit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub id: String,
    #[serde(default)]
    pub kind: RequirementKind,
    pub label: String,
    #[serde(default)]
    pub status: RequirementStatus,
    /// The date the rules give; `None` means the day before J.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Who in the team answers for it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Keys this build does not know, kept through load and save.
    #[serde(flatten)]
    pub extra: crate::model::Extra,
}

impl Requirement {
    pub fn new(id: impl Into<String>, kind: RequirementKind, label: impl Into<String>) -> Self {
        Requirement {
            id: id.into(),
            kind,
            label: label.into(),
            status: RequirementStatus::Todo,
            due: None,
            owner: String::new(),
            note: String::new(),
            extra: Default::default(),
        }
    }

    /// The due date: the one set, else J-1 (J being the pursuit's effective J).
    pub fn due_on(&self, j: Option<NaiveDate>) -> Option<NaiveDate> {
        self.due.or_else(|| j.and_then(|j| sub_days(j, 1)))
    }
}

/// One line of the shipped template.
#[derive(Debug, Clone, Deserialize)]
pub struct TemplateLine {
    pub kind: RequirementKind,
    pub label: String,
}

const FR_JSON: &str = include_str!("../../../assets/requirements.fr.json");
const EN_JSON: &str = include_str!("../../../assets/requirements.en.json");

/// The default requirements of a typical French bid (candidature, offer,
/// submission), in `lang`, parsed once per process.
pub fn template(lang: Lang) -> &'static [TemplateLine] {
    static FR: OnceLock<Vec<TemplateLine>> = OnceLock::new();
    static EN: OnceLock<Vec<TemplateLine>> = OnceLock::new();
    let (cell, json) = match lang {
        Lang::Fr => (&FR, FR_JSON),
        Lang::En => (&EN, EN_JSON),
    };
    cell.get_or_init(|| {
        // Compiled in and checked by tests: a failure here is a build defect.
        serde_json::from_str(json).expect("embedded requirement template is valid JSON")
    })
}

/// The template as requirements with ids `<prefix>-1`, `<prefix>-2`…
pub fn from_template(lang: Lang, prefix: &str) -> Vec<Requirement> {
    template(lang)
        .iter()
        .enumerate()
        .map(|(n, t)| Requirement::new(format!("{prefix}-{}", n + 1), t.kind, t.label.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_parse_and_match_across_languages() {
        let (fr, en) = (template(Lang::Fr), template(Lang::En));
        assert!(fr.len() >= 10);
        assert_eq!(fr.len(), en.len());
        for (f, e) in fr.iter().zip(en) {
            assert_eq!(f.kind, e.kind, "{} / {}", f.label, e.label);
            assert!(!f.label.trim().is_empty() && !e.label.trim().is_empty());
        }
        assert!(fr.iter().any(|t| t.kind == RequirementKind::Submission));
        let reqs = from_template(Lang::En, "r-x");
        assert_eq!(reqs[0].id, "r-x-1");
        assert!(reqs.iter().all(|r| r.status == RequirementStatus::Todo));
    }

    #[test]
    fn due_defaults_to_the_day_before_j() {
        let j = NaiveDate::from_ymd_opt(2027, 3, 1);
        let mut r = Requirement::new("r", RequirementKind::Document, "DPGF");
        assert_eq!(r.due_on(j), NaiveDate::from_ymd_opt(2027, 2, 28));
        assert_eq!(r.due_on(None), None);
        r.due = NaiveDate::from_ymd_opt(2027, 2, 1);
        assert_eq!(r.due_on(j), r.due);
    }

    #[test]
    fn status_cycle_skips_not_required() {
        let mut s = RequirementStatus::Todo;
        let mut seen = vec![s];
        for _ in 0..3 {
            s = s.next();
            seen.push(s);
        }
        assert_eq!(
            seen,
            [
                RequirementStatus::Todo,
                RequirementStatus::InProgress,
                RequirementStatus::Ready,
                RequirementStatus::Todo
            ]
        );
        assert_eq!(
            RequirementStatus::NotRequired.next(),
            RequirementStatus::Todo
        );
        assert!(RequirementStatus::NotRequired.is_settled());
        assert!(!RequirementStatus::InProgress.is_settled());
    }
}
