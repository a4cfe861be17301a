use serde_json::json;

use super::*;
use crate::boamp::notice::from_value;
use crate::model::{Authority, Outcome};

#[test]
fn prefix_variants_name_one_buyer() {
    let key = buyer_key("Saint-Exemple-sur-Loire");
    for name in [
        "COMMUNE DE SAINT-EXEMPLE-SUR-LOIRE",
        "Mairie de Saint-Exemple-sur-Loire",
        "Ville de Saint Exemple sur Loire",
        "commune de  saint-exemple-sur-loire ",
        "Hôtel de ville de Saint-Exemple-sur-Loire",
    ] {
        assert_eq!(buyer_key(name), key, "{name}");
    }
    assert_eq!(buyer_key("Ville d'Évreux"), "evreux");
    assert_eq!(buyer_key("COMMUNE D'EVREUX"), "evreux");
    assert_eq!(buyer_key("Mairie du Mans"), "mairie du mans");
    assert_eq!(buyer_key("Commune de Le Mans"), buyer_key("Le Mans"));
    assert_eq!(buyer_key("Ville de Le"), "le");
    // Other bodies keep their words: a département is not its chef-lieu.
    assert_ne!(buyer_key("Département du Loiret"), buyer_key("Loiret"));
    assert_ne!(buyer_key("Communauté de communes de X"), buyer_key("X"));
}

fn authority(id: &str, name: &str, dept: &str, siret: Option<&str>) -> Authority {
    let mut a = Authority::new(id, name);
    a.departement = dept.into();
    a.siret = siret.map(str::to_string);
    a
}

fn notice(buyer: &str, dept: &str, donnees: serde_json::Value) -> Notice {
    from_value(
        &json!({"idweb": "26-1", "nomacheteur": buyer, "code_departement": [dept],
        "nature": "APPEL_OFFRE", "objet": "Nettoyage des locaux", "donnees": donnees}),
    )
    .unwrap()
}

#[test]
fn buyer_by_siret_then_name_then_departement() {
    let p = Portfolio {
        authorities: vec![
            authority("a0", "Commune de Sainte-Marie", "45", None),
            authority("a1", "Sainte-Marie", "28", None),
            authority("a2", "Ville de Sainte-Marie", "76", None),
            authority("a3", "Other name", "45", Some("21459999900017")),
            authority("a4", "Mairie d'Unique", "45", Some("21450000000011")),
        ]
        .into(),
        ..Portfolio::default()
    };
    let b = Buyers::new(&p);
    // SIRET first, from either schema, whatever the name says.
    let legacy = json!({"IDENTITE": {"CODE_IDENT_NATIONAL": "21459999900017"}});
    let eforms =
        json!({"efac:Company": {"cac:PartyLegalEntity": {"cbc:CompanyID": "21459999900017"}}});
    for d in [legacy, eforms] {
        let n = notice("COMMUNE DE SAINTE-MARIE", "45", json!(d.to_string()));
        assert_eq!(
            b.find(&n),
            Buyer::Found {
                authority: 3,
                by_siret: true
            }
        );
    }
    // A common name: the département decides.
    let n = notice("COMMUNE DE SAINTE-MARIE", "28", json!(null));
    assert_eq!(
        b.find(&n),
        Buyer::Found {
            authority: 1,
            by_siret: false
        }
    );
    // Nothing decides: listed, never guessed.
    let n = notice("Mairie de Sainte-Marie", "14", json!(null));
    assert_eq!(b.find(&n), Buyer::Ambiguous(vec![0, 1, 2]));
    // A unique name needs no département.
    let n = notice("COMMUNE D'UNIQUE", "99", json!(null));
    assert_eq!(
        b.find(&n),
        Buyer::Found {
            authority: 4,
            by_siret: false
        }
    );
    // A SIRET of another body rules out a namesake with a SIRET.
    let other = json!({"IDENTITE": {"CODE_IDENT_NATIONAL": "21990000000019"}}).to_string();
    assert_eq!(
        b.find(&notice("Unique", "45", json!(other))),
        Buyer::Unknown
    );
    assert_eq!(
        b.find(&notice("Nowhere", "45", json!(null))),
        Buyer::Unknown
    );
}

#[test]
fn a_placeholder_name_is_not_matched() {
    let mut a = authority("a0", "SIRET 21459999900017", "45", Some("21459999900017"));
    a.needs_rename = true;
    let p = Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    };
    let n = notice("SIRET 21459999900017", "45", json!(null));
    assert_eq!(Buyers::new(&p).find(&n), Buyer::Unknown);
}

fn pursuit(object: &str, cpv: &str, kind: MarketKind) -> Pursuit {
    let mut p = Pursuit::new(object, object);
    p.cpv = cpv.into();
    p.market_kind = kind;
    p
}

fn call(object: &str, cpv: Option<&str>, kind: &str) -> Notice {
    let donnees = cpv.map(|c| json!({"OBJET": {"CPV": {"PRINCIPAL": c}}}).to_string());
    from_value(
        &json!({"idweb": "26-9", "nomacheteur": "X", "nature": "APPEL_OFFRE",
        "objet": object, "type_marche": [kind], "donnees": donnees}),
    )
    .unwrap()
}

#[test]
fn pursuit_by_link_then_cpv_and_words() {
    let ps = vec![
        pursuit(
            "Renouvellement : Nettoyage des locaux",
            "90911200",
            MarketKind::Services,
        ),
        pursuit(
            "Renouvellement : Restauration scolaire",
            "55523100",
            MarketKind::Services,
        ),
        pursuit("Fourniture de mobilier", "39100000", MarketKind::Supplies),
    ];
    assert_eq!(
        super::pursuit(
            &ps,
            &call(
                "Nettoyage et entretien des locaux",
                Some("90911200"),
                "SERVICES"
            )
        ),
        Target::Best(0)
    );
    // Words alone, without a CPV.
    assert_eq!(
        super::pursuit(&ps, &call("Restauration scolaire", None, "SERVICES")),
        Target::Best(1)
    );
    // Another kind of market never matches.
    assert_eq!(
        super::pursuit(&ps, &call("Nettoyage des locaux", None, "FOURNITURES")),
        Target::None
    );
    assert_eq!(
        super::pursuit(&ps, &call("Travaux de voirie", Some("45233140"), "TRAVAUX")),
        Target::None
    );
    // A notice linked to the pursuit wins over any score.
    let mut linked = ps.clone();
    linked[2].notice.linked.push("26-1".into());
    let mut rect = call("Restauration scolaire", None, "SERVICES");
    rect.kind = Kind::Rectificatif;
    rect.linked = vec!["26-1".into()];
    assert_eq!(super::pursuit(&linked, &rect), Target::Linked(2));
}

#[test]
fn equal_candidates_are_ambiguous_and_taken_or_closed_ones_are_out() {
    let mut ps = vec![
        pursuit("Nettoyage des écoles", "90911200", MarketKind::Services),
        pursuit("Nettoyage de la mairie", "90911200", MarketKind::Services),
    ];
    let n = call("Nettoyage des locaux", Some("90911200"), "SERVICES");
    assert_eq!(super::pursuit(&ps, &n), Target::Ambiguous(vec![0, 1]));
    // One already has its own live call for tenders.
    ps[0].notice.linked.push("26-5".into());
    assert_eq!(super::pursuit(&ps, &n), Target::Best(1));
    // A cancelled call frees it again; a closed pursuit is out.
    ps[0].notice.cancelled = true;
    ps[1].outcome = Outcome::NoBid;
    assert_eq!(super::pursuit(&ps, &n), Target::Best(0));
}
