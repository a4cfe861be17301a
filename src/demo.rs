//! The example portfolio behind `--demo` and `init --demo`: fictional people,
//! real-sounding buyers, dates relative to today so it never goes stale.
//! Chosen so every stage, both branches, a late item, a forecast J, a notice
//! already published and a works-exceptional pursuit are on screen at once.

use chrono::{Days, NaiveDate};

use crate::model::{
    Authority, AuthorityCategory, Branch, ChecklistEntry, Contact, Influence, Interaction,
    InteractionKind, LotsNature, MarketKind, Opportunity, OrderNature, Outcome, Portfolio, Pursuit,
    SubmissionMode,
};

/// `today` shifted by `n` days (negative: in the past).
fn day(today: NaiveDate, n: i64) -> NaiveDate {
    let shifted = if n >= 0 {
        today.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        today.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    shifted.unwrap_or(today)
}

struct Builder {
    today: NaiveDate,
    next_interaction: u32,
}

impl Builder {
    #[allow(clippy::too_many_arguments)]
    fn authority(
        &self,
        id: &str,
        name: &str,
        category: AuthorityCategory,
        town: &str,
        departement: &str,
        priority: u8,
        activity: &str,
    ) -> Authority {
        let mut a = Authority::new(id, name);
        a.category = category;
        a.town = town.into();
        a.departement = departement.into();
        a.priority = priority;
        a.activity = activity.into();
        a
    }

    fn pursuit(&self, id: &str, object: &str, kind: MarketKind, j_in_days: Option<i64>) -> Pursuit {
        let mut p = Pursuit::new(id, object);
        p.market_kind = kind;
        p.factor = kind.default_factor();
        p.j = j_in_days.map(|n| day(self.today, n));
        p
    }

    /// Tick items `days_ago` days back (each a little earlier than the last).
    fn tick(&self, p: &mut Pursuit, ids: &[&str], days_ago: i64) {
        for (n, id) in ids.iter().enumerate() {
            p.checklist.insert(
                id.to_string(),
                ChecklistEntry {
                    done: Some(day(self.today, -(days_ago + 7 * n as i64))),
                    ..ChecklistEntry::default()
                },
            );
        }
    }

    fn note(&self, p: &mut Pursuit, id: &str, note: &str) {
        p.checklist.entry(id.to_string()).or_default().note = note.into();
    }

    #[allow(clippy::too_many_arguments)]
    fn contact(
        &self,
        id: &str,
        name: &str,
        role: &str,
        phone_suffix: &str,
        email: &str,
        decision_maker: bool,
        influence: Influence,
        checked_days_ago: Option<i64>,
    ) -> Contact {
        let mut c = Contact::new(id, name);
        c.role = role.into();
        c.phone = format!("01 99 00 {phone_suffix}");
        c.email = format!("{email}@example.fr");
        c.decision_maker = decision_maker;
        c.influence = influence;
        c.details_checked = checked_days_ago.map(|n| day(self.today, -n));
        c
    }

    fn log(
        &mut self,
        c: &mut Contact,
        kind: InteractionKind,
        days_ago: i64,
        summary: &str,
        follow_up_in: Option<i64>,
    ) {
        self.next_interaction += 1;
        c.interactions.push(Interaction {
            id: format!("i-demo-{:02}", self.next_interaction),
            kind,
            date: day(self.today, -days_ago),
            summary: summary.into(),
            follow_up: follow_up_in.map(|n| day(self.today, n)),
            by: String::new(),
            extra: Default::default(),
        });
    }
}

const STAGE1: [&str; 5] = [
    "prospection.targets",
    "prospection.decision_maker",
    "prospection.contact",
    "prospection.meet",
    "prospection.retain",
];

/// The example portfolio as it stands on `today`.
pub fn portfolio(today: NaiveDate) -> Portfolio {
    let mut b = Builder {
        today,
        next_interaction: 0,
    };
    let mut authorities = vec![
        saint_aubin(&mut b),
        perche_vert(&mut b),
        eure_et_loir(&mut b),
        region(&mut b),
        hospital(&mut b),
        state_service(&mut b),
    ];
    for a in &mut authorities {
        for c in &mut a.contacts {
            c.interactions.sort_by_key(|i| i.date);
        }
        // Written per pursuit for readability; stage 1 is the authority's.
        crate::model::ticks::hoist_stage_one(a);
    }
    let mut p = Portfolio {
        authorities: authorities.into(),
        ..Portfolio::default()
    };
    p.boamp.opportunities.push(Opportunity {
        notice_ref: "26-128940".into(),
        authority_id: "a-demo-saint-aubin".into(),
        object: "Fourniture de produits d'entretien".into(),
        j: Some(day(today, 33)),
        j_time: chrono::NaiveTime::from_hms_opt(16, 0, 0),
        published: Some(day(today, -3)),
        url: "https://www.boamp.fr/pages/avis/?q=idweb:26-128940".into(),
        procedure: "Procédure adaptée ouverte".into(),
        imported: day(today, -2),
        extra: Default::default(),
    });
    p
}

fn saint_aubin(b: &mut Builder) -> Authority {
    let mut a = b.authority(
        "a-demo-saint-aubin",
        "Ville de Saint-Aubin-sur-Loire",
        AuthorityCategory::Commune,
        "Saint-Aubin-sur-Loire",
        "45",
        1,
        "12 000 habitants ; 40 bâtiments communaux, 6 écoles",
    );
    // Stage 2 under H1: the procedure is being prepared.
    let mut p = b.pursuit(
        "p-demo-nettoyage",
        "Nettoyage des bâtiments communaux",
        MarketKind::Services,
        Some(150),
    );
    b.tick(&mut p, &STAGE1, 130);
    b.tick(
        &mut p,
        &["preparation.expiry", "preparation.holder_criteria"],
        20,
    );
    b.note(
        &mut p,
        "preparation.holder_criteria",
        "Titulaire : Propreté Ligérienne ; prix 60 %, valeur technique 40 %",
    );
    p.branch = Branch::H1;
    p.branch_decided = Some(day(b.today, -85));
    p.current_holder = "Propreté Ligérienne SARL".into();
    p.current_expiry = Some(day(b.today, 240));
    p.award_criteria = "Prix 60 %, valeur technique 40 %".into();
    p.procedure = "Appel d'offres ouvert".into();
    p.amount = Some(480_000.0);
    p.lots = LotsNature::Lots;
    p.lot_count = Some(3);
    p.ordering = OrderNature::Fractional;
    a.pursuits.push(p);
    // Stage 1: prospection under way.
    let mut p = b.pursuit(
        "p-demo-entretien",
        "Fourniture de produits d'entretien",
        MarketKind::Supplies,
        Some(300),
    );
    b.tick(&mut p, &STAGE1[..2], 30);
    p.amount = Some(60_000.0);
    a.pursuits.push(p);

    let mut c = b.contact(
        "c-demo-martin",
        "Claire Martin",
        "Directrice générale des services",
        "01 11",
        "claire.martin",
        true,
        Influence::High,
        Some(40),
    );
    // ARCEP's range for fictional mobile numbers.
    c.mobile = "06 39 98 01 11".into();
    b.log(
        &mut c,
        InteractionKind::Call,
        120,
        "Premier appel : présentation de l'entreprise",
        None,
    );
    b.log(
        &mut c,
        InteractionKind::Meeting,
        95,
        "Rendez-vous en mairie, besoins en nettoyage des écoles",
        None,
    );
    b.log(
        &mut c,
        InteractionKind::DemoInvitation,
        30,
        "Invitée à la démonstration autolaveuse",
        Some(5),
    );
    a.contacts.push(c);
    let mut c = b.contact(
        "c-demo-petit",
        "Julien Petit",
        "Responsable des services techniques",
        "01 12",
        "julien.petit",
        false,
        Influence::Medium,
        Some(250),
    );
    b.log(
        &mut c,
        InteractionKind::Visit,
        200,
        "Visite des écoles avec le responsable",
        None,
    );
    a.contacts.push(c);
    a
}

fn perche_vert(b: &mut Builder) -> Authority {
    let mut a = b.authority(
        "a-demo-perche-vert",
        "Communauté de communes du Perche Vert",
        AuthorityCategory::Intercommunalite,
        "Nogent-le-Rotrou",
        "28",
        2,
        "32 communes ; compétence déchets et transport scolaire",
    );
    // Stage 2 under H2, with late prospection items.
    let mut p = b.pursuit(
        "p-demo-dechets",
        "Collecte des déchets ménagers",
        MarketKind::Services,
        Some(200),
    );
    b.tick(&mut p, &STAGE1[..3], 90);
    b.tick(&mut p, &["h2.recall"], 10);
    p.branch = Branch::H2;
    p.branch_decided = Some(day(b.today, -30));
    p.procedure = "Appel d'offres ouvert".into();
    a.pursuits.push(p);
    // Stage 3: notice published, submission close.
    let mut p = b.pursuit(
        "p-demo-transport",
        "Transport scolaire — lignes du Perche",
        MarketKind::Services,
        Some(20),
    );
    p.j_confirmed = true;
    b.tick(&mut p, &STAGE1, 330);
    b.tick(
        &mut p,
        &[
            "preparation.expiry",
            "preparation.holder_criteria",
            "preparation.future_contract",
            "preparation.nature",
            "preparation.inform_buyer",
        ],
        120,
    );
    b.tick(&mut p, &["publicity.notice"], 25);
    p.branch = Branch::H1;
    p.branch_decided = Some(day(b.today, -215));
    // As `import boamp` leaves it: J with its time, the notice, a
    // rectificatif read two days ago ("new notice" in the agenda).
    p.notice_ref = "26-123456".into();
    p.j_time = chrono::NaiveTime::from_hms_opt(12, 0, 0);
    p.notice_published = Some(day(b.today, -25));
    p.notice.linked = vec!["26-123456".into(), "26-127001".into()];
    p.notice.url = "https://www.boamp.fr/pages/avis/?q=idweb:26-123456".into();
    p.notice.j_from = Some(day(b.today, -2));
    p.notice.imported = Some(day(b.today, -2));
    p.procedure = "Appel d'offres ouvert".into();
    p.procedure_kind = crate::model::Procedure::Open;
    p.submission = SubmissionMode::Electronic;
    p.lots = LotsNature::Lots;
    p.lot_count = Some(4);
    p.ordering = OrderNature::Firm;
    p.amount = Some(1_200_000.0);
    a.pursuits.push(p);

    let mut c = b.contact(
        "c-demo-lefevre",
        "Sophie Lefèvre",
        "Vice-présidente déchets",
        "02 21",
        "sophie.lefevre",
        true,
        Influence::High,
        Some(300),
    );
    b.log(
        &mut c,
        InteractionKind::Letter,
        110,
        "Courrier de présentation",
        None,
    );
    a.contacts.push(c);
    let mut c = b.contact(
        "c-demo-moreau",
        "Thomas Moreau",
        "Chargé de la commande publique",
        "02 22",
        "thomas.moreau",
        false,
        Influence::High,
        Some(20),
    );
    b.log(
        &mut c,
        InteractionKind::Call,
        60,
        "Appel : calendrier du transport scolaire",
        None,
    );
    b.log(
        &mut c,
        InteractionKind::Email,
        10,
        "Relance : procédure déchets prévue ?",
        Some(-3),
    );
    a.contacts.push(c);
    a
}

fn eure_et_loir(b: &mut Builder) -> Authority {
    let mut a = b.authority(
        "a-demo-eure-et-loir",
        "Département d'Eure-et-Loir",
        AuthorityCategory::Departement,
        "Chartres",
        "28",
        2,
        "Routes départementales, collèges",
    );
    // Stage 3 reached with stage 2 incomplete: late items on screen.
    let mut p = b.pursuit(
        "p-demo-marquage",
        "Marquage au sol des routes départementales",
        MarketKind::Works,
        Some(40),
    );
    p.j_confirmed = true;
    b.tick(&mut p, &STAGE1, 300);
    b.tick(
        &mut p,
        &["preparation.expiry", "preparation.future_contract"],
        150,
    );
    p.branch = Branch::H1;
    p.branch_decided = Some(day(b.today, -190));
    p.notice_ref = "BOAMP 26-654321".into();
    // J was confirmed by a notice published at J-52: stage 3 starts there
    // whichever rule set counts the windows.
    p.notice_published = Some(day(b.today, -12));
    // Paper on 180 k€: electronic submission is mandatory, the plan says so.
    p.procedure = "Procédure adaptée".into();
    p.amount = Some(180_000.0);
    p.submission = SubmissionMode::Paper;
    p.j_time = chrono::NaiveTime::from_hms_opt(10, 0, 0);
    a.pursuits.push(p);
    // Works of exceptional size: windows × 1.5.
    let mut p = b.pursuit(
        "p-demo-college",
        "Reconstruction du collège Jean-Moulin",
        MarketKind::WorksExceptional,
        Some(420),
    );
    b.tick(&mut p, &STAGE1[..1], 60);
    p.amount = Some(14_500_000.0);
    p.lots = LotsNature::Lots;
    p.lot_count = Some(12);
    a.pursuits.push(p);

    let mut c = b.contact(
        "c-demo-bernard",
        "Luc Bernard",
        "Directeur des routes",
        "03 31",
        "luc.bernard",
        true,
        Influence::High,
        Some(100),
    );
    b.log(
        &mut c,
        InteractionKind::TradeShowInvitation,
        160,
        "Invité au salon des routes",
        None,
    );
    b.log(
        &mut c,
        InteractionKind::Meeting,
        75,
        "Rendez-vous : futur marché de marquage",
        Some(2),
    );
    a.contacts.push(c);
    a
}

fn region(b: &mut Builder) -> Authority {
    let mut a = b.authority(
        "a-demo-region",
        "Région Centre-Val de Loire",
        AuthorityCategory::Region,
        "Orléans",
        "45",
        3,
        "Lycées, formation professionnelle",
    );
    // J forecast from the current contract's expiry; the branch choice is late.
    let mut p = b.pursuit(
        "p-demo-informatique",
        "Maintenance du parc informatique des lycées",
        MarketKind::Services,
        None,
    );
    p.current_expiry = Some(day(b.today, 250));
    p.contract_start = Some(day(b.today, -1210));
    p.current_holder = "Numérique Centre SAS".into();
    b.tick(&mut p, &STAGE1[..4], 150);
    a.pursuits.push(p);
    // Too early: prospection has not started.
    let mut p = b.pursuit(
        "p-demo-formation",
        "Formation professionnelle des demandeurs d'emploi",
        MarketKind::Services,
        Some(500),
    );
    p.lots = LotsNature::Lots;
    a.pursuits.push(p);

    let mut c = b.contact(
        "c-demo-roux",
        "Nadia Roux",
        "Acheteuse, direction des lycées",
        "04 41",
        "nadia.roux",
        false,
        Influence::Medium,
        None,
    );
    b.log(
        &mut c,
        InteractionKind::Email,
        140,
        "Demande de la liste des marchés conclus",
        None,
    );
    a.contacts.push(c);
    a
}

fn hospital(b: &mut Builder) -> Authority {
    let mut a = b.authority(
        "a-demo-evreux",
        "Centre hospitalier d'Évreux",
        AuthorityCategory::Hospital,
        "Évreux",
        "27",
        2,
        "Hôpital de 900 lits ; groupement d'achats",
    );
    // J just passed: the bid is in.
    let mut p = b.pursuit(
        "p-demo-blanchisserie",
        "Blanchisserie hospitalière",
        MarketKind::Services,
        Some(-10),
    );
    p.j_confirmed = true;
    p.notice_published = Some(day(b.today, -45));
    b.tick(&mut p, &STAGE1, 380);
    b.tick(
        &mut p,
        &["publicity.notice", "publicity.electronic", "j.submit"],
        10,
    );
    p.branch = Branch::H1;
    p.branch_decided = Some(day(b.today, -250));
    p.outcome = Outcome::Submitted;
    p.submission = SubmissionMode::Electronic;
    a.pursuits.push(p);
    // Forecast from award open data (DECP).
    let mut p = b.pursuit(
        "p-demo-restauration",
        "Restauration du personnel",
        MarketKind::Services,
        None,
    );
    p.current_expiry = Some(day(b.today, 420));
    p.contract_start = Some(day(b.today, -1040));
    p.current_holder = "Restauration Normande SA".into();
    p.procedure = "Appel d'offres ouvert".into();
    p.cpv = "55520000".into();
    p.source = Some("decp:202226900012".into());
    p.ordering = OrderNature::Fractional;
    a.pursuits.push(p);

    let mut c = b.contact(
        "c-demo-garnier",
        "Dr Hélène Garnier",
        "Directrice des achats",
        "05 51",
        "helene.garnier",
        true,
        Influence::High,
        Some(200),
    );
    b.log(
        &mut c,
        InteractionKind::Meeting,
        300,
        "Rencontre au salon Hôpital Expo",
        None,
    );
    b.log(
        &mut c,
        InteractionKind::Call,
        200,
        "Appel : cahier des charges blanchisserie",
        None,
    );
    a.contacts.push(c);
    let mut c = b.contact(
        "c-demo-faure",
        "Marc Faure",
        "Cadre logistique",
        "05 52",
        "marc.faure",
        false,
        Influence::Low,
        Some(30),
    );
    c.do_not_contact = true;
    c.notes = "A demandé à ne plus être démarché".into();
    a.contacts.push(c);
    a
}

fn state_service(b: &mut Builder) -> Authority {
    let mut a = b.authority(
        "a-demo-ddt",
        "Direction départementale des territoires de l'Eure",
        AuthorityCategory::StateService,
        "Évreux",
        "27",
        4,
        "Service de l'État ; études et entretien d'espaces",
    );
    let mut c = b.contact(
        "c-demo-simon",
        "Paul Simon",
        "Secrétaire général",
        "06 61",
        "paul.simon",
        false,
        Influence::Unknown,
        Some(10),
    );
    b.log(
        &mut c,
        InteractionKind::Call,
        10,
        "Prise de contact",
        Some(20),
    );
    a.contacts.push(c);
    a
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::model::progress::summarize;
    use crate::model::{ItemState, Phase, StageId};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn shows_every_stage_both_branches_late_forecast_and_exceptional_works() {
        let p = portfolio(today());
        let summaries: Vec<_> = p
            .pursuits()
            .map(|(a, pu)| (pu, summarize(a, pu, &p.settings, today()).unwrap()))
            .collect();
        let phases: HashSet<Phase> = summaries.iter().map(|(_, s)| s.phase).collect();
        for phase in [
            Phase::Before,
            Phase::Stage(StageId::Prospection),
            Phase::Stage(StageId::Preparation),
            Phase::Stage(StageId::Publicity),
            Phase::After,
        ] {
            assert!(phases.contains(&phase), "{phase:?} missing");
        }
        let branches: HashSet<Branch> = summaries.iter().map(|(pu, _)| pu.branch).collect();
        assert!(branches.contains(&Branch::H1) && branches.contains(&Branch::H2));
        assert!(summaries.iter().any(|(_, s)| s.late > 0));
        assert!(
            summaries
                .iter()
                .any(|(_, s)| s.origin == crate::model::JOrigin::Forecast)
        );
        assert!(summaries.iter().any(|(pu, _)| pu.factor == 1.5));
        assert!(
            summaries
                .iter()
                .any(|(_, s)| s.next_action.is_some_and(|n| n.state == ItemState::Due))
        );
        assert!(p.authorities.iter().any(|a| a.pursuits.is_empty()));
        let categories: HashSet<_> = p.authorities.iter().map(|a| a.category).collect();
        assert_eq!(categories.len(), 6);
    }

    /// A J confirmed by a notice means the notice is out: every such demo
    /// pursuit carries its publication date, so switching the rule set
    /// never sends it back to stage 2.
    #[test]
    fn confirmed_notices_stay_in_stage_3_under_both_rule_sets() {
        let mut p = portfolio(today());
        for rules in crate::model::RuleSet::ALL {
            p.settings.rules = rules;
            for (a, pu) in p.pursuits().filter(|(_, pu)| pu.j_confirmed) {
                assert!(pu.notice_published.is_some(), "{}", pu.object);
                let s = summarize(a, pu, &p.settings, today()).unwrap();
                if s.windows.j > today() {
                    assert_eq!(
                        s.phase,
                        Phase::Stage(StageId::Publicity),
                        "{} {rules:?}",
                        pu.object
                    );
                }
            }
        }
    }

    #[test]
    fn ids_unique_people_fictional_and_stable_across_days() {
        let p = portfolio(today());
        let ids: Vec<&str> = p.all_ids().collect();
        assert_eq!(ids.len(), ids.iter().collect::<HashSet<_>>().len());
        for (_, c) in p.contacts() {
            assert!(c.phone.starts_with("01 99 00 "), "{}", c.phone);
            assert!(c.email.ends_with("@example.fr"));
        }
        let later = portfolio(today().succ_opt().unwrap());
        assert_eq!(later.all_ids().collect::<Vec<_>>(), ids);
        assert_eq!(p.pursuits().count(), 10);
    }
}
