//! A realistic synthetic portfolio, deterministic for a seed: per authority
//! on average 2 pursuits, 4 contacts, 10 interactions, and half of each
//! checklist ticked. Shared by the `gen_portfolio` example and the store
//! benchmark (included with `#[path]`), so both measure the same data.

use chrono::{Days, NaiveDate};

use retroplan::i18n::Lang;
use retroplan::model::{
    Authority, AuthorityCategory, Branch, ChecklistEntry, Contact, Influence, Interaction,
    InteractionKind, MarketKind, Outcome, Portfolio, Pursuit, Template,
};

/// splitmix64: tiny, fast, and the same numbers on every platform and
/// every version of every crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const TOWNS: &[(&str, &str)] = &[
    ("Chartres", "28"),
    ("Orléans", "45"),
    ("Tours", "37"),
    ("Blois", "41"),
    ("Bourges", "18"),
    ("Dreux", "28"),
    ("Vierzon", "18"),
    ("Montargis", "45"),
    ("Amboise", "37"),
    ("Romorantin-Lanthenay", "41"),
    ("Châteaudun", "28"),
    ("Gien", "45"),
];
const FIRST: &[&str] = &[
    "Claire", "Julien", "Sophie", "Karim", "Nathalie", "Thomas", "Inès", "Marc", "Élodie", "Hugo",
    "Fatou", "Pierre",
];
const LAST: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Garnier",
    "Rousseau",
    "Fontaine",
    "Chevalier",
    "Nguyen",
    "Benali",
    "Perrin",
];
const ROLES: &[&str] = &[
    "Directeur des services techniques",
    "Responsable de la commande publique",
    "Acheteuse",
    "Directrice générale des services",
    "Chargé d'opérations",
    "Élu délégué aux travaux",
];
const OBJECTS: &[&str] = &[
    "Nettoyage des locaux",
    "Maintenance des installations de chauffage",
    "Entretien des espaces verts",
    "Fourniture de produits d'entretien",
    "Réfection de voirie",
    "Restauration scolaire",
    "Maintenance des ascenseurs",
    "Vérifications périodiques réglementaires",
];
const SUMMARIES: &[&str] = &[
    "Premier contact, intéressé par une démonstration",
    "Point sur le marché en cours ; échéance confirmée",
    "Envoi de la plaquette et des références",
    "Rendez-vous sur site avec le service technique",
    "Relance : pas de procédure prévue cette année",
    "Invitation au salon régional des collectivités",
];

fn shift(today: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        today.checked_add_days(Days::new(days as u64))
    } else {
        today.checked_sub_days(Days::new(days.unsigned_abs()))
    }
    .unwrap_or(today)
}

fn category(rng: &mut Rng) -> (AuthorityCategory, &'static str) {
    *rng.pick(&[
        (AuthorityCategory::Commune, "Ville de"),
        (AuthorityCategory::Commune, "Commune de"),
        (
            AuthorityCategory::Intercommunalite,
            "Communauté de communes de",
        ),
        (AuthorityCategory::Departement, "Conseil départemental —"),
        (AuthorityCategory::Region, "Région —"),
        (AuthorityCategory::Hospital, "Centre hospitalier de"),
        (AuthorityCategory::StateService, "Préfecture de"),
        (AuthorityCategory::Other, "Office public de l'habitat de"),
    ])
}

fn contact(rng: &mut Rng, today: NaiveDate, a: usize, c: usize, next: &mut u64) -> Contact {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    let mut contact = Contact::new(format!("c-{a:05}-{c}"), format!("{first} {last}"));
    contact.role = rng.pick(ROLES).to_string();
    // 01 99 00 xx xx: the block reserved for fiction.
    contact.phone = format!("01 99 00 {:02} {:02}", rng.below(100), rng.below(100));
    contact.email = format!("contact{a}.{c}@example.fr");
    contact.decision_maker = c == 0 || rng.chance(10);
    contact.influence = *rng.pick(&Influence::ALL);
    if rng.chance(70) {
        contact.details_checked = Some(shift(today, -(rng.below(400) as i64)));
    }
    contact.do_not_contact = rng.chance(2);
    // 0..=5 each: 2.5 on average, 10 per authority of 4 contacts.
    for _ in 0..rng.below(6) {
        let date = shift(today, -(rng.below(730) as i64));
        *next += 1;
        contact.interactions.push(Interaction {
            id: format!("i-{a:05}-{c}-{next}"),
            kind: *rng.pick(&InteractionKind::ALL),
            date,
            summary: rng.pick(SUMMARIES).to_string(),
            follow_up: rng
                .chance(30)
                .then(|| shift(date, 7 + rng.below(60) as i64)),
            by: String::new(),
            extra: Default::default(),
        });
    }
    contact.interactions.sort_by_key(|i| i.date);
    contact
}

fn pursuit(rng: &mut Rng, today: NaiveDate, items: &[&str], a: usize, k: usize) -> Pursuit {
    let mut p = Pursuit::new(format!("p-{a:05}-{k}"), rng.pick(OBJECTS).to_string());
    p.market_kind = *rng.pick(&[
        MarketKind::Services,
        MarketKind::Services,
        MarketKind::Supplies,
        MarketKind::Works,
        MarketKind::WorksExceptional,
    ]);
    p.factor = p.market_kind.default_factor();
    let expiry = shift(today, rng.below(900) as i64 - 60);
    p.current_expiry = Some(expiry);
    // Half know when the next contract starts (no draw: the sequence stays).
    p.expected_start = k.is_multiple_of(2).then(|| shift(expiry, 1));
    // A third are forecast from the expiry; the others have a J.
    if !rng.chance(33) {
        p.j = Some(shift(today, rng.below(600) as i64 - 60));
        p.j_confirmed = rng.chance(25);
    }
    p.branch = *rng.pick(&[Branch::Undecided, Branch::H1, Branch::H2]);
    if p.branch != Branch::Undecided {
        p.branch_decided = Some(shift(today, -(rng.below(200) as i64)));
    }
    p.current_holder = format!("Société {}", rng.pick(LAST));
    p.amount = rng.chance(60).then(|| (rng.below(2_000) * 1_000) as f64);
    p.cpv = format!("{}", 45_000_000 + rng.below(5_000_000));
    p.outcome = *rng.pick(&[
        Outcome::Open,
        Outcome::Open,
        Outcome::Open,
        Outcome::Submitted,
    ]);
    for id in items {
        if rng.chance(50) {
            let entry = ChecklistEntry {
                done: Some(shift(today, -(rng.below(365) as i64))),
                note: if rng.chance(20) {
                    "Vu avec le service".into()
                } else {
                    String::new()
                },
                ..ChecklistEntry::default()
            };
            p.checklist.insert((*id).to_string(), entry);
        }
    }
    p
}

/// `authorities` authorities around `today`, the same for the same `seed`.
pub fn portfolio(authorities: usize, today: NaiveDate, seed: u64) -> Portfolio {
    let mut rng = Rng::new(seed);
    let items = Template::get(Lang::Fr).item_ids();
    let mut next_interaction = 0;
    let mut p = Portfolio::default();
    for a in 0..authorities {
        let (cat, prefix) = category(&mut rng);
        let (town, dep) = *rng.pick(TOWNS);
        let mut auth = Authority::new(format!("a-{a:05}"), format!("{prefix} {town} n°{a}"));
        auth.category = cat;
        auth.town = town.into();
        auth.departement = dep.into();
        if rng.chance(60) {
            auth.siret = Some(format!(
                "{:014}",
                21_000_000_000_000 + rng.below(1_000_000_000_000)
            ));
        }
        auth.activity = "Bâtiments publics, voirie, écoles".into();
        auth.priority = 1 + rng.below(5) as u8;
        // 1..=7 contacts (4 on average), 0..=4 pursuits (2 on average).
        for c in 0..1 + rng.below(7) as usize {
            let person = contact(&mut rng, today, a, c, &mut next_interaction);
            auth.contacts.push(person);
        }
        for k in 0..rng.below(5) as usize {
            auth.pursuits.push(pursuit(&mut rng, today, &items, a, k));
        }
        // Ticked per pursuit above; stage 1 is held once per authority.
        retroplan::model::ticks::hoist_stage_one(&mut auth);
        p.authorities.push(auth);
    }
    p
}
