use serde_json::json;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn wrappers_lists_and_strings() {
    let fields = json!({
        "idweb": "26-1", "objet": "Nettoyage", "nomacheteur": "Ville de X",
        "code_departement": "45", "dateparution": "2026-11-24",
        "datelimitereponse": "2026-12-21T11:00:00Z", "nature": "APPEL_OFFRE",
        "type_marche": "SERVICES", "titulaire": null, "donnees": null,
        "procedure_libelle": "Procédure adaptée ouverte",
        "url_avis": "https://www.boamp.fr/pages/avis/?q=idweb:26-1"
    });
    for v in [
        fields.clone(),
        json!({"record": {"fields": fields.clone()}}),
        json!({"fields": fields.clone()}),
    ] {
        let n = from_value(&v).unwrap();
        assert_eq!(n.idweb, "26-1");
        assert_eq!(n.kind, Kind::Call);
        assert_eq!(n.departements, ["45"]);
        assert_eq!(n.published, Some(d("2026-11-24")));
        let dl = n.deadline.unwrap();
        assert_eq!(
            (dl.date, dl.time.unwrap().to_string()),
            (d("2026-12-21"), "12:00:00".into())
        );
        assert_eq!(n.market_kind, Some(MarketKind::Services));
        assert_eq!(n.procedure, "Procédure adaptée ouverte");
        assert!(n.winners.is_empty() && n.siret.is_none() && n.linked.is_empty());
    }
}

#[test]
fn winners_as_a_list_a_joined_string_or_null() {
    let award = |t: serde_json::Value| {
        from_value(
            &json!({"idweb": "1", "nomacheteur": "X", "nature": "ATTRIBUTION", "titulaire": t}),
        )
        .unwrap()
    };
    assert_eq!(award(json!(["A", "B SAS"])).winners, ["A", "B SAS"]);
    assert_eq!(award(json!("A, B SAS")).winners, ["A", "B SAS"]);
    assert!(award(json!(null)).winners.is_empty());
    assert_eq!(award(json!(null)).kind, Kind::Award);
}

#[test]
fn kinds() {
    let kind = |v: serde_json::Value| {
        let mut o = json!({"idweb": "1", "nomacheteur": "X"});
        for (k, x) in v.as_object().unwrap() {
            o[k] = x.clone();
        }
        from_value(&o).unwrap().kind
    };
    assert_eq!(
        kind(json!({"nature": "APPEL_OFFRE", "etat": "INITIAL"})),
        Kind::Call
    );
    assert_eq!(kind(json!({"nature": "RECTIFICATIF"})), Kind::Rectificatif);
    assert_eq!(
        kind(json!({"nature": "APPEL_OFFRE", "etat": "RECTIFICATIF"})),
        Kind::Rectificatif
    );
    assert_eq!(
        kind(json!({"nature": "APPEL_OFFRE", "etat": "ANNULATION"})),
        Kind::Cancellation
    );
    assert_eq!(
        kind(json!({"nature_categorise_libelle": "Résultat de marché"})),
        Kind::Award
    );
    assert_eq!(
        kind(json!({"nature_libelle": "Avis de marché"})),
        Kind::Call
    );
    assert_eq!(kind(json!({"nature": "PRE_INFORMATION"})), Kind::Other);
}

#[test]
fn linked_notices_and_the_donnees_fallbacks() {
    let n = from_value(&json!({
        "idweb": "26-2", "nomacheteur": "COMMUNE DE X", "nature": "RECTIFICATIF",
        "annonce_lie": "26-1", "annonces_anterieures": ["26-1", "25-9", "26-2"],
        "donnees": {"IDENTITE": {"DENOMINATION": "Commune de X", "CODE_IDENT_NATIONAL": "21459999900017"},
                    "CONDITION_DELAI": {"RECEPT_OFFRES": "2027-01-07T12:00:00"}}
    }))
    .unwrap();
    assert_eq!(n.linked, ["26-1", "25-9"]);
    assert_eq!(n.siret.as_deref(), Some("21459999900017"));
    assert_eq!(n.official_name, "Commune de X");
    // No `datelimitereponse`: the legacy schema's deadline is used.
    assert_eq!(n.deadline.unwrap().date, d("2027-01-07"));
}

#[test]
fn unusable_elements() {
    assert_eq!(from_value(&json!(3)).unwrap_err(), Skip::NotAnObject);
    assert_eq!(
        from_value(&json!({"objet": "x", "nomacheteur": "X"})).unwrap_err(),
        Skip::NoId
    );
    assert_eq!(
        from_value(&json!({"idweb": "1"})).unwrap_err(),
        Skip::NoBuyer
    );
    // A buyer known only by the SIRET in `donnees` is still a buyer.
    let n = from_value(&json!({"idweb": "1", "donnees": "{\"IDENTITE\":{\"CODE_IDENT_NATIONAL\":\"21459999900017\"}}"}))
        .unwrap();
    assert_eq!(n.siret.as_deref(), Some("21459999900017"));
    // Escapes in the data never reach the terminal.
    let n = from_value(&json!({"idweb": "1", "nomacheteur": "X\u{1b}[2J", "objet": "a\u{202e}b"}))
        .unwrap();
    assert_eq!((n.buyer_name.as_str(), n.object.as_str()), ("X[2J", "ab"));
}
