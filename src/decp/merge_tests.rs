use serde_json::{Value, json};

use super::*;
use crate::model::{Branch, JOrigin, Outcome};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-28";

fn contract(id: &str, buyer: &str, cpv: &str, notified: &str, months: Value) -> Value {
    json!({
        "id": id, "acheteur": {"id": buyer}, "objet": format!("Objet {id}"),
        "codeCPV": cpv, "procedure": "Procédure adaptée", "dureeMois": months,
        "dateNotification": notified, "montant": 5000,
        "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "111"}}],
        "modalitesExecution": {"modaliteExecution": ["Bons de commande"]}
    })
}

fn import(p: &mut Portfolio, filters: Filters, items: &[Value]) -> Summary {
    let mut imp = Importer::new(p, Lang::En, filters);
    for v in items {
        imp.offer(&serde_json::from_value(v.clone()).unwrap());
    }
    imp.summary
}

fn all() -> Filters {
    Filters::new(&[], &[], false, d(TODAY))
}

#[test]
fn creates_buyer_and_forecast_pursuit() {
    let mut p = Portfolio::default();
    let s = import(
        &mut p,
        all(),
        &[contract(
            "A1",
            "21350238800019",
            "72210000",
            "2025-06-10",
            json!(24),
        )],
    );
    assert_eq!((s.read, s.created, s.authorities_created), (1, 1, 1));
    let a = &p.authorities[0];
    assert_eq!(a.name, "SIRET 21350238800019");
    assert!(a.needs_rename);
    assert_eq!(a.siret.as_deref(), Some("21350238800019"));
    assert_eq!(a.category, AuthorityCategory::Commune);
    let pu = &a.pursuits[0];
    assert_eq!(pu.object, "Renewal: Objet A1");
    assert_eq!(pu.current_holder, "SIRET 111");
    assert_eq!(pu.contract_start, Some(d("2025-06-10")));
    assert_eq!(pu.current_expiry, Some(d("2027-06-10")));
    assert_eq!(pu.j, None);
    assert_eq!(
        pu.effective_j(p.settings.lead_time_days),
        Some((d("2027-03-12"), JOrigin::Forecast))
    );
    assert_eq!(pu.amount, Some(5000.0));
    assert_eq!(pu.procedure, "Procédure adaptée");
    // The label sets the procedure family the notice period follows.
    assert_eq!(pu.procedure(), crate::model::Procedure::Adapted);
    assert_eq!(pu.cpv, "72210000");
    assert_eq!(pu.ordering, OrderNature::Fractional);
    assert_eq!(pu.market_kind, MarketKind::Services);
    assert_eq!(pu.source.as_deref(), Some("decp:A1"));
    assert_eq!(
        s.changes,
        [Change {
            kind: ChangeKind::Created,
            authority: 0,
            pursuit: 0
        }]
    );
}

#[test]
fn reimport_updates_without_duplicating_or_touching_user_fields() {
    let mut p = Portfolio::default();
    let c = contract("A1", "21350238800019", "90910000", "2025-06-10", json!(24));
    import(&mut p, all(), std::slice::from_ref(&c));
    {
        let pu = &mut p.authorities[0].pursuits[0];
        pu.object = "My own wording".into();
        pu.j = Some(d("2027-01-15"));
        pu.branch = Branch::H2;
        pu.outcome = Outcome::Submitted;
        pu.toggle("prospection.targets", d(TODAY));
    }
    let again = import(&mut p, all(), std::slice::from_ref(&c));
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 1));
    assert!(again.changes.is_empty());

    let mut amended = c.clone();
    amended["modifications"] = json!([{"modification": {"dureeMois": 36,
        "dateNotificationModification": "2026-01-05"}}]);
    let s = import(&mut p, all(), &[amended]);
    assert_eq!((s.created, s.updated, s.authorities_created), (0, 1, 0));
    assert_eq!(p.authorities.len(), 1);
    assert_eq!(p.authorities[0].pursuits.len(), 1);
    let pu = &p.authorities[0].pursuits[0];
    assert_eq!(pu.current_expiry, Some(d("2028-06-10")));
    assert_eq!(pu.object, "My own wording");
    assert_eq!(pu.j, Some(d("2027-01-15")));
    assert_eq!((pu.branch, pu.outcome), (Branch::H2, Outcome::Submitted));
    assert!(pu.done_on("prospection.targets").is_some());
    assert_eq!(pu.market_kind, MarketKind::Services);
}

#[test]
fn repeated_ids_in_one_import_keep_the_last() {
    let mut p = Portfolio::default();
    let first = contract("D", "21350238800019", "72", "2025-06-10", json!(24));
    let second = contract("D", "21350238800019", "72", "2025-06-10", json!(30));
    let s = import(&mut p, all(), &[first.clone(), second, first]);
    assert_eq!((s.created, s.updated, s.duplicates), (1, 0, 2));
    assert_eq!(p.authorities[0].pursuits.len(), 1);
    assert_eq!(
        p.authorities[0].pursuits[0].current_expiry,
        Some(d("2027-06-10"))
    );
    // Unchanged at first, then changed by a later copy: one update.
    let mut longer = contract("D", "21350238800019", "72", "2025-06-10", json!(40));
    longer["montant"] = json!(9000);
    let same = contract("D", "21350238800019", "72", "2025-06-10", json!(24));
    let s = import(&mut p, all(), &[same, longer]);
    assert_eq!((s.updated, s.unchanged, s.duplicates), (1, 0, 1));
    assert_eq!(s.changes.len(), 1);
    assert_eq!(p.authorities[0].pursuits[0].amount, Some(9000.0));
    // The same id at another buyer is another contract.
    let other = contract("D", "22130001500247", "72", "2025-06-10", json!(24));
    let s = import(&mut p, all(), &[other]);
    assert_eq!((s.created, s.duplicates), (1, 0));
}

#[test]
fn filters_and_expiry() {
    let items = [
        contract("E", "21350238800019", "72210000", "2020-01-01", json!(12)),
        contract("T", "21350238800019", "72210000", "2025-11-28", json!(12)),
        contract("W", "21350238800019", "45000000", "2026-01-01", json!(12)),
        contract("B", "13001845000028", "72000000", "2026-01-01", json!(12)),
        contract("N", "13001845000028", "72000000", "2026-01-01", json!("NC")),
    ];
    let mut p = Portfolio::default();
    let s = import(&mut p, all(), &items);
    // Expiring today is not expired yet; a one-off works contract is no renewal.
    assert_eq!(s.created, 2);
    assert_eq!(s.skipped.get(&Skip::Expired), Some(&1));
    assert_eq!(s.skipped.get(&Skip::DurationNc), Some(&1));
    assert_eq!(s.skipped.get(&Skip::Works), Some(&1));
    let mut works = all();
    works.include_works = true;
    let s = import(&mut Portfolio::default(), works, &items);
    assert_eq!((s.created, s.skipped.get(&Skip::Works)), (3, None));
    // A works framework agreement is renewed like any other.
    let mut framework = items[2].clone();
    framework["nature"] = json!("Accord-cadre");
    let s = import(&mut Portfolio::default(), all(), &[framework]);
    assert_eq!(s.created, 1);

    let mut p = Portfolio::default();
    let f = Filters::new(
        &["213 502 388 00019".into()],
        &["72".into()],
        true,
        d(TODAY),
    );
    let s = import(&mut p, f, &items);
    assert_eq!(s.created, 2);
    // Outside the filters counts as filtered, whatever else is wrong.
    assert_eq!(s.skipped.get(&Skip::OtherBuyer), Some(&2));
    assert_eq!(s.skipped.get(&Skip::OtherCpv), Some(&1));
    assert_eq!(s.skipped.get(&Skip::DurationNc), None);
    assert_eq!(s.skipped_total(), 3);
}

#[test]
fn unusable_records_in_scope_keep_their_reason() {
    let mut no_buyer = contract("X", "", "72000000", "2026-01-01", json!(12));
    no_buyer.as_object_mut().unwrap().remove("acheteur");
    let mut no_cpv = contract("Y", "21350238800019", "", "2026-01-01", json!(12));
    no_cpv.as_object_mut().unwrap().remove("codeCPV");
    let items = [
        contract(
            "N",
            "21350238800019",
            "72000000-5",
            "2026-01-01",
            json!("NC"),
        ),
        contract("M", "21350238800019", "72000000", "2026-01-01", json!(null)),
        no_buyer,
        no_cpv,
    ];
    let mut p = Portfolio::default();
    let f = Filters::new(&["21350238800019".into()], &["72".into()], false, d(TODAY));
    let s = import(&mut p, f, &items);
    assert_eq!(s.created, 0);
    assert_eq!(s.skipped.get(&Skip::DurationNc), Some(&1));
    assert_eq!(s.skipped.get(&Skip::DurationMissing), Some(&1));
    // Without the key a filter asks about, a record cannot be in its scope.
    assert_eq!(s.skipped.get(&Skip::OtherBuyer), Some(&1));
    assert_eq!(s.skipped.get(&Skip::OtherCpv), Some(&1));
    // Without filters the same records say what is wrong with them.
    let s = import(&mut Portfolio::default(), all(), &items);
    assert_eq!(s.skipped.get(&Skip::NoBuyer), Some(&1));
    assert_eq!(s.created, 1);
}

#[test]
fn existing_authority_matched_by_siret_and_unnamed_one_renamed() {
    let mut p = Portfolio::default();
    let mut mine = Authority::new("a-mine", "Mairie de Rennes");
    mine.siret = Some("213 502 388 00019".into());
    p.authorities.push(mine);
    let mut named = contract("A", "21350238800019", "72", "2026-01-01", json!(12));
    named["acheteur"]["nom"] = json!("Ville de Rennes");
    let s = import(&mut p, all(), &[named]);
    assert_eq!(
        (s.created, s.authorities_created, s.authorities_renamed),
        (1, 0, 0)
    );
    assert_eq!(p.authorities[0].name, "Mairie de Rennes");

    let mut q = Portfolio::default();
    let bare = contract("B", "22130001500247", "72", "2026-01-01", json!(12));
    import(&mut q, all(), &[bare]);
    assert!(q.authorities[0].needs_rename);
    let mut named = contract("C", "22130001500247", "72", "2026-01-01", json!(12));
    named["acheteur"]["nom"] = json!("Département");
    let s = import(&mut q, all(), &[named]);
    assert_eq!(s.authorities_renamed, 1);
    assert_eq!(q.authorities[0].name, "Département");
    assert!(!q.authorities[0].needs_rename);
    assert_eq!(q.authorities[0].pursuits.len(), 2);
}

#[test]
fn created_ids_are_unique() {
    let mut p = Portfolio::default();
    let items: Vec<Value> = (0..50)
        .map(|i| {
            contract(
                &format!("I{i}"),
                &format!("2135023880{i:04}"),
                "72",
                "2026-01-01",
                json!(12),
            )
        })
        .collect();
    import(&mut p, all(), &items);
    let ids: HashSet<&str> = p.all_ids().collect();
    assert_eq!(ids.len(), 100);
    assert!(crate::store::validate::validate(&p, None).is_empty());
}

#[test]
fn cpv_filter_ignores_the_check_digit_on_either_side() {
    let items = [
        contract("D", "21350238800019", "45316110-9", "2026-01-01", json!(12)),
        contract("P", "21350238800019", "45316110", "2026-01-01", json!(12)),
        contract("O", "21350238800019", "45316111", "2026-01-01", json!(12)),
    ];
    for prefix in ["45316110-9", "45316110", " 4531 6110 "] {
        let mut p = Portfolio::default();
        let mut f = Filters::new(&[], &[prefix.into()], false, d(TODAY));
        f.include_works = true;
        let s = import(&mut p, f, &items);
        assert_eq!(s.created, 2, "--cpv {prefix:?}");
        assert_eq!(s.skipped.get(&Skip::OtherCpv), Some(&1));
    }
}
