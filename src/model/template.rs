//! The checklist of the method as data (`assets/checklist.*.json`): wording
//! can change without touching saved progress, which is keyed by item id.

use std::sync::OnceLock;

use serde::Deserialize;

use super::rules::RuleSet;
use super::timeline::StageId;
use crate::i18n::Lang;

#[derive(Debug, Clone, Deserialize)]
pub struct Template {
    pub stages: Vec<StageText>,
    pub branch: BranchText,
    /// Day J itself: "I submit".
    pub submit: ItemText,
    /// A restricted procedure's candidature, due by its deadline in stage 3.
    pub candidature: ItemText,
    /// The electronic-submission item as the 2019 code has it (same id).
    pub electronic_code2019: ItemText,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StageText {
    pub id: StageId,
    pub title: String,
    pub items: Vec<ItemText>,
}

/// The J-8-months fork: the decision item, H1's text, H2's text and actions.
#[derive(Debug, Clone, Deserialize)]
pub struct BranchText {
    pub title: String,
    pub choose: ItemText,
    pub h1: ItemText,
    pub h2: ItemText,
    pub h2_items: Vec<ItemText>,
}

impl BranchText {
    /// The block's title at the real offset: "2 hypothèses à J-12 mois" at factor 1.5.
    pub fn title_at(&self, months: u32) -> String {
        self.title.replace("{months}", &months.to_string())
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct ItemText {
    /// Stable id stored in the save file.
    pub id: String,
    pub label: String,
    /// The seed's sub-points under the objective.
    #[serde(default)]
    pub details: Vec<String>,
}

/// The id of the branch decision item (done when H1 or H2 is chosen).
pub const CHOOSE_BRANCH_ID: &str = "branch.choose";
/// The id of the submission item on day J.
pub const SUBMIT_ID: &str = "j.submit";
/// The id of the electronic-submission item of stage 3.
pub const ELECTRONIC_ID: &str = "publicity.electronic";
/// The id of a restricted procedure's candidature item.
pub const CANDIDATURE_ID: &str = "publicity.candidature";

const FR_JSON: &str = include_str!("../../assets/checklist.fr.json");
const EN_JSON: &str = include_str!("../../assets/checklist.en.json");

impl Template {
    /// The template in `lang`, parsed once per process.
    pub fn get(lang: Lang) -> &'static Template {
        static FR: OnceLock<Template> = OnceLock::new();
        static EN: OnceLock<Template> = OnceLock::new();
        let (cell, json) = match lang {
            Lang::Fr => (&FR, FR_JSON),
            Lang::En => (&EN, EN_JSON),
        };
        cell.get_or_init(|| {
            // The assets are compiled in and checked by tests: a failure here is a build defect.
            serde_json::from_str(json).expect("embedded checklist template is valid JSON")
        })
    }

    /// The template whose wording follows `rules`: under code 2019 the
    /// electronic-submission item says it is mandatory and what it takes;
    /// the seed keeps its own sentence.
    pub fn for_rules(lang: Lang, rules: RuleSet) -> &'static Template {
        static FR: OnceLock<Template> = OnceLock::new();
        static EN: OnceLock<Template> = OnceLock::new();
        if rules == RuleSet::Seed {
            return Template::get(lang);
        }
        let cell = match lang {
            Lang::Fr => &FR,
            Lang::En => &EN,
        };
        cell.get_or_init(|| {
            let mut t = Template::get(lang).clone();
            let code = t.electronic_code2019.clone();
            for item in t.stages.iter_mut().flat_map(|s| s.items.iter_mut()) {
                if item.id == code.id {
                    *item = code.clone();
                }
            }
            t
        })
    }

    pub fn stage(&self, id: StageId) -> Option<&StageText> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// Every item id the save file may hold, in display order.
    pub fn item_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        let mut stages = self.stages.iter();
        if let Some(first) = stages.next() {
            ids.extend(first.items.iter().map(|i| i.id.as_str()));
        }
        ids.push(self.branch.choose.id.as_str());
        ids.extend(self.branch.h2_items.iter().map(|i| i.id.as_str()));
        for stage in stages {
            ids.extend(stage.items.iter().map(|i| i.id.as_str()));
        }
        ids.push(self.candidature.id.as_str());
        ids.push(self.submit.id.as_str());
        ids
    }

    /// Whether `id` is a checklist item known to this template.
    pub fn knows(&self, id: &str) -> bool {
        self.item_ids().contains(&id)
    }

    /// The text of any item by id.
    pub fn item(&self, id: &str) -> Option<&ItemText> {
        self.stages
            .iter()
            .flat_map(|s| s.items.iter())
            .chain(self.branch.h2_items.iter())
            .chain([&self.branch.choose, &self.candidature, &self.submit])
            .find(|i| i.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_both_languages_match() {
        let fr = Template::get(Lang::Fr);
        let en = Template::get(Lang::En);
        let fr_ids = fr.item_ids();
        let unique: HashSet<&str> = fr_ids.iter().copied().collect();
        assert_eq!(unique.len(), fr_ids.len(), "duplicate item id");
        assert_eq!(fr_ids, en.item_ids());
        assert_eq!(fr_ids.len(), 5 + 1 + 4 + 5 + 2 + 1 + 1);
        let stage_ids = |t: &Template| t.stages.iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(
            stage_ids(fr),
            vec![
                StageId::Prospection,
                StageId::Preparation,
                StageId::Publicity
            ]
        );
        assert_eq!(stage_ids(fr), stage_ids(en));
        assert_eq!(fr.branch.h1.id, en.branch.h1.id);
        assert_eq!(fr.branch.h2.id, en.branch.h2.id);
        for id in &fr_ids {
            let (f, e) = (fr.item(id).unwrap(), en.item(id).unwrap());
            assert!(!f.label.is_empty() && !e.label.is_empty());
            assert_eq!(f.details.len(), e.details.len(), "sub-points of {id}");
        }
    }

    #[test]
    fn code2019_wording_replaces_only_the_electronic_item() {
        for lang in [Lang::Fr, Lang::En] {
            let seed = Template::for_rules(lang, RuleSet::Seed);
            let code = Template::for_rules(lang, RuleSet::Code2019);
            assert_eq!(seed.item_ids(), code.item_ids());
            let (s, c) = (
                seed.item("publicity.electronic").unwrap(),
                code.item("publicity.electronic").unwrap(),
            );
            assert_ne!(s.label, c.label);
            assert!(c.label.contains("40"), "{}", c.label);
            assert_eq!(c.details.len(), 3);
            assert_eq!(
                seed.item("publicity.notice").unwrap().label,
                code.item("publicity.notice").unwrap().label
            );
        }
        let fr = Template::for_rules(Lang::Fr, RuleSet::Code2019);
        let e = fr.item("publicity.electronic").unwrap();
        assert!(e.details.iter().any(|d| d.contains("copie de sauvegarde")));
        assert!(e.details.iter().any(|d| d.contains("profil d'acheteur")));
        // The seed's own sentence stays under the seed.
        let seed = Template::get(Lang::Fr)
            .item("publicity.electronic")
            .unwrap();
        assert!(seed.details[0].contains("Plus on se rapproche de J-1"));
    }

    #[test]
    fn french_wording_comes_from_the_seed() {
        let fr = Template::get(Lang::Fr);
        let meet = fr.item("prospection.meet").unwrap();
        assert_eq!(meet.label, "Rencontrer le contact");
        assert_eq!(
            meet.details,
            ["Appels téléphoniques", "Prises de rendez-vous"]
        );
        assert!(fr.item("h2.award_date").unwrap().details[0].contains("avis d'attribution"));
        assert!(fr.knows(CHOOSE_BRANCH_ID) && fr.knows(SUBMIT_ID) && fr.knows(CANDIDATURE_ID));
        // The seed's H1 text and objective 2's sub-point, whole.
        assert_eq!(
            fr.branch.h1.label,
            "Hypothèse 1 : la fidélisation a réussi. Je suis informé de la \
             préparation d'un marché dans mon domaine d'activité"
        );
        assert!(
            fr.item("preparation.holder_criteria").unwrap().details[0]
                .contains("pour un marché qui relève de votre domaine de compétence")
        );
        assert_eq!(fr.branch.title_at(8), "2 hypothèses à J-8 mois");
        assert_eq!(fr.branch.title_at(12), "2 hypothèses à J-12 mois");
        assert_eq!(
            Template::get(Lang::En).branch.title_at(12),
            "Two hypotheses at J-12 months"
        );
        assert!(!fr.knows("nope"));
    }
}
