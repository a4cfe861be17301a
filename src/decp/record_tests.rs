use serde_json::json;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn raw(v: Value) -> RawContract {
    serde_json::from_value(v).unwrap()
}

fn base() -> Value {
    json!({
        "id": "C1",
        "acheteur": {"id": "21350238800019"},
        "objet": "Nettoyage",
        "codeCPV": "90910000",
        "dureeMois": 12,
        "dateNotification": "2025-03-15",
        "montant": 1000.0,
        "titulaires": [{"typeIdentifiant": "SIRET", "id": "81223113200026"}]
    })
}

fn with(key: &str, value: Value) -> RawContract {
    let mut v = base();
    v[key] = value;
    raw(v)
}

#[test]
fn plain_contract() {
    let r = normalise(&raw(base())).unwrap();
    assert_eq!(r.id, "C1");
    assert_eq!(r.buyer_siret, "21350238800019");
    assert_eq!(r.buyer_name, None);
    assert_eq!(r.notified, d("2025-03-15"));
    assert_eq!(r.months, 12);
    assert_eq!(r.expiry, d("2026-03-15"));
    assert_eq!(r.amount, Some(1000.0));
    assert_eq!(r.holders[0].label(), "SIRET 81223113200026");
    assert_eq!(r.ordering, OrderNature::Unknown);
}

#[test]
fn month_end_notification_clamps() {
    let r = normalise(&with("dateNotification", json!("2023-01-31"))).unwrap();
    assert_eq!(r.expiry, d("2024-01-31"));
    let mut v = base();
    v["dateNotification"] = json!("2023-01-31");
    v["dureeMois"] = json!(1);
    assert_eq!(normalise(&raw(v)).unwrap().expiry, d("2023-02-28"));
    let mut v = base();
    v["dateNotification"] = json!("2023-08-31");
    v["dureeMois"] = json!("6");
    assert_eq!(normalise(&raw(v)).unwrap().expiry, d("2024-02-29"));
}

#[test]
fn durations_never_guessed() {
    let skip = |v: Value| normalise(&with("dureeMois", v)).unwrap_err();
    assert_eq!(skip(json!("NC")), Skip::DurationNc);
    assert_eq!(skip(json!("nc")), Skip::DurationNc);
    assert_eq!(skip(json!(null)), Skip::DurationMissing);
    assert_eq!(skip(json!("")), Skip::DurationMissing);
    assert_eq!(skip(json!("douze")), Skip::DurationInvalid);
    assert_eq!(skip(json!(0)), Skip::DurationInvalid);
    assert_eq!(skip(json!(-3)), Skip::DurationInvalid);
    assert_eq!(skip(json!(2.5)), Skip::DurationInvalid);
    assert_eq!(skip(json!(5000)), Skip::DurationInvalid);
    assert_eq!(skip(json!([12])), Skip::DurationInvalid);
    let mut v = base();
    v.as_object_mut().unwrap().remove("dureeMois");
    assert_eq!(normalise(&raw(v)).unwrap_err(), Skip::DurationMissing);
    assert_eq!(
        normalise(&with("dureeMois", json!(24.0))).unwrap().months,
        24
    );
}

#[test]
fn notification_dates() {
    let skip = |v: Value| normalise(&with("dateNotification", v)).unwrap_err();
    assert_eq!(skip(json!(null)), Skip::DateMissing);
    assert_eq!(skip(json!("2023-02-30")), Skip::DateInvalid);
    assert_eq!(skip(json!("15/03/2025")), Skip::DateInvalid);
    assert_eq!(skip(json!("")), Skip::DateInvalid);
    assert_eq!(skip(json!(20250315)), Skip::DateInvalid);
    let ok = |s: &str| normalise(&with("dateNotification", json!(s))).unwrap();
    assert_eq!(ok("2025-03-15T00:00:00").notified, d("2025-03-15"));
    assert_eq!(ok("2025-03-15+01:00").notified, d("2025-03-15"));
}

#[test]
fn missing_id_or_buyer() {
    assert_eq!(normalise(&with("id", json!(""))).unwrap_err(), Skip::NoId);
    assert_eq!(
        normalise(&with("acheteur", json!({"nom": "X"}))).unwrap_err(),
        Skip::NoBuyer
    );
    let flat = raw(json!({
        "id": 42, "acheteur.id": "213 502 388 00019", "acheteur.nom": "Ville",
        "dureeMois": 1, "dateNotification": "2025-01-01"
    }));
    let r = normalise(&flat).unwrap();
    assert_eq!(
        (r.id.as_str(), r.buyer_siret.as_str()),
        ("42", "21350238800019")
    );
    assert_eq!(r.buyer_name.as_deref(), Some("Ville"));
}

#[test]
fn latest_amendment_sets_duration_and_holders() {
    let r = normalise(&with(
        "modifications",
        json!([
            {"modification": {"dateNotificationModification": "2025-09-01", "dureeMois": 18,
              "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "1"}}]}},
            {"modification": {"dateNotificationModification": "2025-06-01", "dureeMois": 30}},
            {"modification": {"dateNotificationModification": "2025-12-01", "dureeMois": 0,
              "titulaires": [{"titulaire": "id"}]}}
        ]),
    ))
    .unwrap();
    // The September amendment is the latest with a usable duration and holders.
    assert_eq!(r.months, 18);
    assert_eq!(r.expiry, d("2026-09-15"));
    assert_eq!(r.holders.len(), 1);
    assert_eq!(r.holders[0].id, "1");
}

#[test]
fn an_amendment_duration_nc_makes_the_expiry_unknown() {
    // The latest amendment giving a duration says NC: no fallback on the
    // September one, which would forecast a wrong J.
    let amended = |nc_on: &str| {
        normalise(&with(
            "modifications",
            json!([
                {"modification": {"dateNotificationModification": "2025-09-01", "dureeMois": 18}},
                {"modification": {"dateNotificationModification": nc_on, "dureeMois": "NC"}}
            ]),
        ))
    };
    assert_eq!(amended("2025-12-01").unwrap_err(), Skip::AmendedDurationNc);
    // An NC amended away later is no longer the latest word.
    assert_eq!(amended("2025-03-01").unwrap().months, 18);
    // A lone NC amendment.
    let r = normalise(&with(
        "modifications",
        json!({"modification": {"dureeMois": " nc "}}),
    ));
    assert_eq!(r.unwrap_err(), Skip::AmendedDurationNc);
}

#[test]
fn framework_agreements_are_told_from_the_nature() {
    for (nature, framework) in [
        ("Accord-cadre", true),
        ("ACCORD CADRE", true),
        ("Marché", false),
        ("Marché subséquent", false),
    ] {
        let r = normalise(&with("nature", json!(nature))).unwrap();
        assert_eq!(r.framework, framework, "{nature}");
    }
    assert!(!normalise(&raw(base())).unwrap().framework);
}

#[test]
fn latest_amendment_with_an_amount_sets_it() {
    let r = normalise(&with(
        "modifications",
        json!([
            {"modification": {"dateNotificationModification": "2025-09-01", "montant": 1200.5}},
            {"modification": {"dateNotificationModification": "2025-06-01", "montant": 1100}},
            {"modification": {"dateNotificationModification": "2025-12-01", "dureeMois": 30}},
            {"modification": {"dateNotificationModification": "2025-11-01", "montant": 0}}
        ]),
    ))
    .unwrap();
    // September's is the latest usable one: December's has none, 0 is none.
    assert_eq!(r.amount, Some(1200.5));
    let r = normalise(&with(
        "modifications",
        json!([{"modification": {"dateNotificationModification": "2025-09-01", "montant": "NC"}}]),
    ))
    .unwrap();
    assert_eq!(r.amount, Some(1000.0));
}

#[test]
fn holders_in_every_shape() {
    let r = normalise(&with(
        "titulaires",
        json!([
            {"typeIdentifiant": "SIRET", "id": "A", "denominationSociale": "Alpha"},
            {"titulaire": {"typeIdentifiant": "TVA", "id": "B"}},
            [[{"typeIdentifiant": "SIRET", "id": "C"}]],
            {"titulaire": "typeIdentifiant"},
            {"typeIdentifiant": "SIRET", "id": "A"}
        ]),
    ))
    .unwrap();
    let labels: Vec<String> = r.holders.iter().map(Holder::label).collect();
    assert_eq!(labels, ["Alpha", "TVA B", "SIRET C"]);
}

#[test]
fn ordering_from_modalities() {
    let o = |v: Value| normalise(&with("modalitesExecution", v)).unwrap().ordering;
    assert_eq!(
        o(json!({"modaliteExecution": ["Bons de commande"]})),
        OrderNature::Fractional
    );
    assert_eq!(o(json!(["Tranches"])), OrderNature::Fractional);
    assert_eq!(
        o(json!({"modaliteExecution": ["Sans objet"]})),
        OrderNature::Firm
    );
    assert_eq!(o(json!({"modaliteExecution": []})), OrderNature::Unknown);
    assert_eq!(o(json!(["Marchés subséquents"])), OrderNature::Unknown);
}

#[test]
fn amounts_and_text_hygiene() {
    assert_eq!(
        normalise(&with("montant", json!(0.0))).unwrap().amount,
        None
    );
    assert_eq!(
        normalise(&with("montant", json!("12,5"))).unwrap().amount,
        Some(12.5)
    );
    let r = normalise(&with("objet", json!("a\u{1b}[31m\nb"))).unwrap();
    assert_eq!(r.object, "a[31m b");
}
