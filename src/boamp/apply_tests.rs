use chrono::NaiveTime;
use serde_json::{Value, json};

use super::*;
use crate::model::{Authority, MarketKind};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn t(s: &str) -> Option<NaiveTime> {
    Some(NaiveTime::parse_from_str(s, "%H:%M").unwrap())
}

const SIRET: &str = "21459999900017";

fn portfolio() -> Portfolio {
    let mut a = Authority::new("a0", "Commune de Saint-Exemple");
    a.departement = "45".into();
    a.siret = Some(SIRET.into());
    let mut p = Pursuit::new("p0", "Renouvellement : Nettoyage des locaux");
    p.cpv = "90911200".into();
    p.current_expiry = Some(d("2027-03-31"));
    a.pursuits.push(p);
    Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    }
}

fn options(create: bool) -> Options {
    Options {
        today: d("2026-12-01"),
        create,
        lang: Lang::En,
    }
}

fn notice(idweb: &str, nature: &str, published: &str, deadline: Option<&str>) -> Value {
    json!({"idweb": idweb, "nomacheteur": "COMMUNE DE SAINT-EXEMPLE", "code_departement": ["45"],
        "objet": "Nettoyage et entretien des locaux", "nature": nature, "type_marche": ["SERVICES"],
        "dateparution": published, "datelimitereponse": deadline,
        "procedure_libelle": "Procédure adaptée ouverte",
        "url_avis": format!("https://www.boamp.fr/pages/avis/?q=idweb:{idweb}"),
        "donnees": json!({"IDENTITE": {"CODE_IDENT_NATIONAL": SIRET}, "OBJET": {"CPV": {"PRINCIPAL": "90911200"}}}).to_string()})
}

fn rectificatif(idweb: &str, published: &str, deadline: &str) -> Value {
    let mut v = notice(idweb, "RECTIFICATIF", published, Some(deadline));
    v["annonce_lie"] = json!("26-100");
    v
}

fn run(p: &mut Portfolio, create: bool, items: &[Value]) -> Summary {
    let mut imp = Importer::new(p, options(create));
    for v in items {
        imp.offer(v);
    }
    imp.finish()
}

fn call() -> Value {
    notice(
        "26-100",
        "APPEL_OFFRE",
        "2026-11-24",
        Some("2026-12-21T12:00:00+01:00"),
    )
}

#[test]
fn a_call_confirms_j_with_its_time_and_reference() {
    let mut p = portfolio();
    let s = run(&mut p, false, &[call()]);
    let pu = &p.authorities[0].pursuits[0];
    assert_eq!(
        (pu.j, pu.j_time, pu.j_confirmed),
        (Some(d("2026-12-21")), t("12:00"), true)
    );
    assert_eq!(pu.notice_ref, "26-100");
    assert_eq!(
        pu.notice.url,
        "https://www.boamp.fr/pages/avis/?q=idweb:26-100"
    );
    assert_eq!(pu.notice_published, Some(d("2026-11-24")));
    assert_eq!(pu.procedure, "Procédure adaptée ouverte");
    // The label sets the procedure family the notice period follows.
    assert_eq!(pu.procedure(), crate::model::Procedure::Adapted);
    assert_eq!(pu.notice.imported, Some(d("2026-12-01")));
    assert_eq!(
        pu.effective_j(90),
        Some((d("2026-12-21"), crate::model::JOrigin::Confirmed))
    );
    assert_eq!(s.changed, [(0, 0)]);
    assert!(matches!(&s.events[..], [Event::Confirmed { idweb, .. }] if idweb == "26-100"));
}

#[test]
fn rectificatifs_in_any_order_end_on_the_latest() {
    let r1 = rectificatif("26-101", "2026-12-03", "2027-01-07T12:00:00+01:00");
    let r2 = rectificatif("26-102", "2026-12-10", "2027-01-14T10:00:00+01:00");
    let latest = (Some(d("2027-01-14")), t("10:00"));
    // In one import, whatever the file order.
    for order in [
        vec![call(), r1.clone(), r2.clone()],
        vec![r2.clone(), call(), r1.clone()],
        vec![r2.clone(), r1.clone(), call()],
    ] {
        let mut p = portfolio();
        run(&mut p, false, &order);
        let pu = &p.authorities[0].pursuits[0];
        assert_eq!((pu.j, pu.j_time), latest);
        assert_eq!(pu.notice_ref, "26-100");
        assert_eq!(pu.notice.linked.len(), 3);
    }
    // Across imports: the older rectificatif read last does not move J back.
    let mut p = portfolio();
    run(&mut p, false, &[call()]);
    let s = run(&mut p, false, std::slice::from_ref(&r2));
    match &s.events[..] {
        [
            Event::Moved {
                from: Some(from),
                to,
                ..
            },
        ] => {
            assert_eq!((from.date, to.date), (d("2026-12-21"), d("2027-01-14")));
        }
        other => panic!("{other:?}"),
    }
    let s = run(&mut p, false, &[r1]);
    assert!(
        matches!(&s.events[..], [Event::Older { .. }]),
        "{:?}",
        s.events
    );
    let pu = &p.authorities[0].pursuits[0];
    assert_eq!((pu.j, pu.j_time), latest);
    // The initial call read again changes nothing.
    let s = run(&mut p, false, &[call()]);
    assert_eq!((s.unchanged, s.changed.len()), (1, 0));
}

#[test]
fn importing_again_changes_nothing() {
    let items = [
        call(),
        rectificatif("26-101", "2026-12-03", "2027-01-07T12:00:00+01:00"),
        notice("26-200", "APPEL_OFFRE", "2026-11-30", None),
    ];
    let mut p = portfolio();
    run(&mut p, false, &items);
    let before = p.clone();
    let s = run(&mut p, false, &items);
    assert_eq!(p, before);
    assert_eq!((s.unchanged, s.changed.len(), s.events.len()), (3, 0, 0));
    assert!(!s.changes_anything());
}

#[test]
fn a_call_without_deadline_is_linked_and_said() {
    let mut p = portfolio();
    let s = run(
        &mut p,
        false,
        &[notice("26-100", "APPEL_OFFRE", "2026-11-24", None)],
    );
    let pu = &p.authorities[0].pursuits[0];
    assert!(pu.notice.no_deadline && !pu.j_confirmed && pu.j.is_none());
    assert_eq!(pu.notice_ref, "26-100");
    assert!(matches!(&s.events[..], [Event::NoDeadline { .. }]));
}

#[test]
fn award_names_winners_and_suggests_the_outcome() {
    let award = |winners: Value| {
        let mut v = notice("26-300", "ATTRIBUTION", "2027-02-01", None);
        v["annonce_lie"] = json!("26-100");
        v["titulaire"] = winners;
        v
    };
    for (company, winners, suggested) in [
        (
            "Propreté Loire",
            json!(["PROPRETE LOIRE SAS", "X"]),
            Outcome::Won,
        ),
        (
            "Propreté Loire",
            json!("NETTOYAGE CENTRE, X"),
            Outcome::Lost,
        ),
        ("", json!(["PROPRETE LOIRE SAS"]), Outcome::Lost),
    ] {
        let mut p = portfolio();
        p.settings.company_name = company.into();
        run(&mut p, false, &[call()]);
        let s = run(&mut p, false, &[award(winners)]);
        let pu = &p.authorities[0].pursuits[0];
        assert_eq!(pu.notice.suggested_outcome, Some(suggested), "{company}");
        // Suggested, not decided: the outcome stays the user's.
        assert_eq!(pu.outcome, Outcome::Open);
        assert_eq!(pu.notice.winners.len(), 2 - usize::from(company.is_empty()));
        assert!(matches!(&s.events[..], [Event::Winners { .. }]));
    }
}

#[test]
fn the_award_of_the_contract_in_force_records_its_holder() {
    let mut p = portfolio();
    let mut v = notice("25-900", "ATTRIBUTION", "2024-03-01", None);
    v["titulaire"] = json!("NETTOYAGE CENTRE, ECO SAS");
    let s = run(&mut p, false, &[v]);
    let pu = &p.authorities[0].pursuits[0];
    assert_eq!(pu.current_holder, "NETTOYAGE CENTRE, ECO SAS");
    assert_eq!(pu.notice.suggested_outcome, None);
    assert!(matches!(&s.events[..], [Event::Holder { .. }]));
}

#[test]
fn a_cancellation_marks_the_notice_cancelled() {
    let mut p = portfolio();
    run(&mut p, false, &[call()]);
    let mut v = notice("26-150", "APPEL_OFFRE", "2026-12-05", None);
    v["etat"] = json!("ANNULATION");
    v["annonce_lie"] = json!("26-100");
    let s = run(&mut p, false, &[v]);
    assert!(p.authorities[0].pursuits[0].notice.cancelled);
    assert!(matches!(&s.events[..], [Event::Cancelled { .. }]));
}

#[test]
fn other_calls_are_opportunities_and_new_creates_them() {
    let mut supplies = notice(
        "26-400",
        "APPEL_OFFRE",
        "2026-11-30",
        Some("2027-01-20T16:00:00+01:00"),
    );
    supplies["objet"] = json!("Fourniture de produits d'entretien");
    supplies["type_marche"] = json!("FOURNITURES");
    let mut p = portfolio();
    let s = run(&mut p, false, &[supplies.clone()]);
    assert_eq!(p.authorities[0].pursuits.len(), 1);
    let o = &p.boamp.opportunities[0];
    assert_eq!(
        (o.notice_ref.as_str(), o.authority_id.as_str()),
        ("26-400", "a0")
    );
    assert_eq!((o.j, o.j_time), (Some(d("2027-01-20")), t("16:00")));
    assert!(s.changes_anything());
    // Known already: nothing new.
    let s = run(&mut p, false, &[supplies.clone()]);
    assert!(!s.changes_anything());
    // A rectificatif of an opportunity moves its J.
    let mut r = rectificatif("26-401", "2026-12-04", "2027-01-27T16:00:00+01:00");
    r["annonce_lie"] = json!("26-400");
    r["objet"] = json!("Fourniture de produits d'entretien");
    r["type_marche"] = json!("FOURNITURES");
    run(&mut p, false, &[r]);
    assert_eq!(p.boamp.opportunities[0].j, Some(d("2027-01-27")));
    // --new: a pursuit, J confirmed, and the opportunity is gone.
    let s = run(&mut p, true, &[supplies]);
    assert_eq!(s.created, 1);
    assert!(p.boamp.opportunities.is_empty());
    let pu = &p.authorities[0].pursuits[1];
    assert_eq!(pu.object, "Fourniture de produits d'entretien");
    assert_eq!(pu.market_kind, MarketKind::Supplies);
    assert_eq!(
        (pu.j, pu.j_confirmed, pu.notice_ref.as_str()),
        (Some(d("2027-01-20")), true, "26-400")
    );
    assert_eq!(pu.source.as_deref(), Some("boamp:26-400"));
    assert!(crate::store::validate::validate(&p, None).is_empty());
}

#[test]
fn ambiguous_matches_are_listed_not_applied() {
    let mut p = portfolio();
    let mut second = Pursuit::new("p1", "Renouvellement : Nettoyage des locaux scolaires");
    second.cpv = "90911200".into();
    p.authorities[0].pursuits.push(second);
    let mut b = Authority::new("a1", "Saint-Exemple");
    b.departement = "28".into();
    p.authorities.push(b);
    let before = p.clone();
    // Two pursuits answer equally.
    let s = run(&mut p, false, &[call()]);
    assert_eq!(p, before);
    assert_eq!(s.ambiguous.len(), 1);
    assert_eq!(s.ambiguous[0].candidates.len(), 2);
    assert_eq!(
        s.ambiguous[0].authority.as_deref(),
        Some("Commune de Saint-Exemple")
    );
    // Two buyers answer to the name, none in the notice's département.
    let mut by_name = call();
    by_name["donnees"] = Value::Null;
    by_name["code_departement"] = json!("76");
    let s = run(&mut p, false, &[by_name]);
    assert_eq!(p, before);
    assert_eq!(
        s.ambiguous[0].candidates,
        ["Commune de Saint-Exemple", "Saint-Exemple"]
    );
    assert_eq!(s.ambiguous[0].authority, None);
}

#[test]
fn other_buyers_are_counted_and_placeholder_names_replaced() {
    let mut p = portfolio();
    p.authorities[0].name = format!("SIRET {SIRET}");
    p.authorities[0].needs_rename = true;
    let mut stranger = call();
    stranger["idweb"] = json!("26-999");
    stranger["nomacheteur"] = json!("Ville de Nulle-Part");
    stranger["donnees"] = Value::Null;
    let mut named = call();
    named["donnees"] = json!({"IDENTITE": {"DENOMINATION": "Commune de Saint-Exemple", "CODE_IDENT_NATIONAL": SIRET}});
    let s = run(&mut p, false, &[stranger, named.clone(), named]);
    assert_eq!(
        (s.read, s.other_buyers, s.duplicates, s.renamed),
        (3, 1, 1, 1)
    );
    let a = &p.authorities[0];
    assert_eq!(
        (a.name.as_str(), a.needs_rename),
        ("Commune de Saint-Exemple", false)
    );
}

/// A call without a publication date confirms J but leaves the notice's
/// date unknown: the plan keeps the rule set's expected notice.
#[test]
fn a_call_without_publication_date_keeps_the_expected_notice() {
    use crate::model::progress::windows_of;
    use crate::model::rules::RuleSet;
    let mut v = call();
    v["dateparution"] = Value::Null;
    let mut p = portfolio();
    p.settings.rules = RuleSet::Code2019;
    run(&mut p, false, &[v]);
    let pu = &p.authorities[0].pursuits[0];
    assert_eq!((pu.j, pu.j_confirmed), (Some(d("2026-12-21")), true));
    assert_eq!(pu.notice_ref, "26-100", "the notice is linked");
    assert_eq!(pu.notice_published, None);
    let (w, _) = windows_of(pu, &p.settings).unwrap();
    // MAPA ("Procédure adaptée ouverte"): the default 21 days.
    assert_eq!(w.notice.published, None);
    assert_eq!(w.publicity.start, d("2026-11-30"));
}
