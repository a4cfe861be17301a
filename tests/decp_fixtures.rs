//! Every DECP sample, imported through the library with a fixed "today"
//! (2026-11-28) and the default 90-day lead time: exact counts, expiries
//! and forecast J, worked out by hand from the files.

use std::fs::File;

use chrono::NaiveDate;
use retroplan::decp::{Filters, Importer, Skip, Summary, stream};
use retroplan::i18n::Lang;
use retroplan::model::{AuthorityCategory, JOrigin, MarketKind, OrderNature, Portfolio};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Works contracts are kept here (`--include-works`): the counts below were
/// worked out over every contract; `one_off_works_are_skipped_by_default`
/// checks the default.
fn import(p: &mut Portfolio, names: &[&str], include_expired: bool) -> Summary {
    import_with(p, names, include_expired, true)
}

fn import_with(p: &mut Portfolio, names: &[&str], include_expired: bool, works: bool) -> Summary {
    let mut filters = Filters::new(&[], &[], include_expired, d("2026-11-28"));
    filters.include_works = works;
    let mut imp = Importer::new(p, Lang::En, filters);
    for name in names {
        let file = File::open(format!("tests/fixtures/decp/{name}")).unwrap();
        stream::for_each(file, &mut |raw| imp.offer(&raw)).unwrap();
    }
    imp.summary
}

/// (authority name, object, holder, expiry, forecast J, source) of every pursuit.
fn rows(p: &Portfolio) -> Vec<(String, String, String, NaiveDate, NaiveDate, String)> {
    p.pursuits()
        .map(|(a, pu)| {
            let (j, origin) = pu.effective_j(p.settings.lead_time_days).unwrap();
            assert_eq!(origin, JOrigin::Forecast);
            (
                a.name.clone(),
                pu.object.clone(),
                pu.current_holder.clone(),
                pu.current_expiry.unwrap(),
                j,
                pu.source.clone().unwrap(),
            )
        })
        .collect()
}

fn skipped(s: &Summary) -> Vec<(Skip, usize)> {
    s.skipped.iter().map(|(k, v)| (*k, *v)).collect()
}

#[test]
fn official_example_single_object_2019() {
    let mut p = Portfolio::default();
    let s = import(&mut p, &["decp-v1-official-example.json"], false);
    assert_eq!((s.read, s.created), (1, 0));
    assert_eq!(skipped(&s), [(Skip::Expired, 1)]);

    let s = import(&mut p, &["decp-v1-official-example.json"], true);
    assert_eq!((s.read, s.created, s.authorities_created), (1, 1, 1));
    let a = &p.authorities[0];
    assert_eq!(a.name, "Ville de Rennes");
    assert!(!a.needs_rename);
    assert_eq!(a.category, AuthorityCategory::Commune);
    assert_eq!(
        rows(&p),
        [(
            "Ville de Rennes".into(),
            "Renewal: Entretien des jardins municipaux".into(),
            "Garami SARL, Hellman Gmbh".into(),
            d("2009-08-13"),
            d("2009-05-15"),
            "decp:2010-3452112".into()
        )]
    );
    let pu = &a.pursuits[0];
    assert_eq!(pu.contract_start, Some(d("2007-08-13")));
    assert_eq!(pu.amount, Some(127000.0));
    assert_eq!(pu.cpv, "77313000");
    assert_eq!(
        pu.procedure,
        "Marché négocié sans publicité ni mise en concurrence préalable"
    );
    assert_eq!(pu.ordering, OrderNature::Unknown);
}

#[test]
fn format_2019_flattened_buyer_and_amended_duration() {
    let mut p = Portfolio::default();
    let s = import(&mut p, &["decp-2019-format-test.json"], false);
    assert_eq!((s.read, s.created), (2, 0));
    assert_eq!(skipped(&s), [(Skip::DurationNc, 1), (Skip::Expired, 1)]);

    let s = import(&mut p, &["decp-2019-format-test.json"], true);
    assert_eq!((s.read, s.created), (2, 1));
    assert_eq!(skipped(&s), [(Skip::DurationNc, 1)]);
    // The amendment of 2022-11-23 sets the duration to 1 month.
    assert_eq!(
        rows(&p),
        [(
            "SIRET 21500222100012".into(),
            "Renewal: Un marché sans acheteur, mais avec une source".into(),
            "AMC FOLLIOT".into(),
            d("2022-01-01"),
            d("2021-10-03"),
            "decp:2019_83935401".into()
        )]
    );
    assert!(p.authorities[0].needs_rename);
    assert_eq!(p.authorities[0].pursuits[0].amount, Some(79237.0));
}

#[test]
fn format_2022_wrapped_with_nan_nc_and_amendments() {
    let mut p = Portfolio::default();
    let s = import(&mut p, &["decp-2022-format-test.json"], false);
    assert_eq!((s.read, s.created, s.authorities_created), (5, 1, 1));
    assert_eq!(skipped(&s), [(Skip::DurationNc, 1), (Skip::Expired, 3)]);
    // Latest amendment (2027-04-01) sets 100 months; the holders are those of
    // the latest amendment naming any (2026-04-01).
    assert_eq!(
        rows(&p),
        [(
            "SIRET 22130001500247".into(),
            "Renewal: Construction d'un stade d'athlétisme couvert, site de Chéops 87 à \
             Limoges - mission de contrôle technique"
                .into(),
            "SIRET 12345678900022, SIRET 05650171100115, SIRET 88359829400030".into(),
            d("2028-06-06"),
            d("2028-03-08"),
            "decp:2020F00075".into()
        )]
    );
    let a = &p.authorities[0];
    assert_eq!(a.category, AuthorityCategory::Departement);
    let pu = &a.pursuits[0];
    assert_eq!(pu.ordering, OrderNature::Firm);
    assert_eq!(pu.market_kind, MarketKind::Services);
    assert_eq!(pu.contract_start, Some(d("2020-02-06")));

    let mut p = Portfolio::default();
    let s = import(&mut p, &["decp-2022-format-test.json"], true);
    assert_eq!((s.created, s.authorities_created), (4, 4));
    let got: Vec<(String, NaiveDate, NaiveDate)> =
        rows(&p).into_iter().map(|r| (r.5, r.3, r.4)).collect();
    assert_eq!(
        got,
        [
            ("decp:2020F00075".into(), d("2028-06-06"), d("2028-03-08")),
            ("decp:202401L04".into(), d("2025-07-08"), d("2025-04-09")),
            ("decp:2019K1209".into(), d("2023-07-17"), d("2023-04-18")),
            ("decp:202207LOT03".into(), d("2023-09-19"), d("2023-06-21")),
        ]
    );
    let holders: Vec<&str> = p
        .pursuits()
        .map(|(_, pu)| pu.current_holder.as_str())
        .collect();
    assert_eq!(holders[1], "SIRET 81223513300026, SIRET 98756638100011");
    assert_eq!(
        holders[2],
        "SIRET 39210031900038, SIRET 39210873400063, SIRET 39830819700035"
    );
    assert_eq!(
        p.pursuits().nth(1).unwrap().1.market_kind,
        MarketKind::Works
    );
    // The latest amendment giving an amount sets it ("Nouveau montant" in the
    // schema); the absurd initial 1.0e17 of 2020F00075 is thereby replaced.
    let amounts: Vec<Option<f64>> = p.pursuits().map(|(_, pu)| pu.amount).collect();
    assert_eq!(
        amounts,
        [
            Some(22540.0),
            Some(124557.46),
            Some(1214900.0),
            Some(49599.25)
        ]
    );
}

#[test]
fn gip_maximilien_real_excerpt() {
    let mut p = Portfolio::default();
    let s = import(&mut p, &["decp-v2-real-gip-maximilien-excerpt.json"], false);
    assert_eq!((s.read, s.created), (2, 0));
    assert_eq!(skipped(&s), [(Skip::Expired, 2)]);

    let s = import(&mut p, &["decp-v2-real-gip-maximilien-excerpt.json"], true);
    assert_eq!((s.created, s.authorities_created), (2, 1));
    let got: Vec<(String, String, NaiveDate, NaiveDate)> =
        rows(&p).into_iter().map(|r| (r.5, r.2, r.3, r.4)).collect();
    assert_eq!(
        got,
        [
            (
                "decp:D2F0000402".into(),
                "SIRET 79368308700019".into(),
                d("2022-12-07"),
                d("2022-09-08")
            ),
            (
                "decp:D2F0000502".into(),
                "SIRET 13001845000010".into(),
                d("2022-06-25"),
                d("2022-03-27")
            ),
        ]
    );
    assert_eq!(p.authorities[0].category, AuthorityCategory::StateService);
    // Zero is no amount; an empty modality list says nothing.
    let first = &p.authorities[0].pursuits[0];
    assert_eq!(first.amount, None);
    assert_eq!(first.ordering, OrderNature::Unknown);
}

#[test]
fn real_flat_variant() {
    let mut p = Portfolio::default();
    let s = import(&mut p, &["decp-v2-real-flat-variant.json"], false);
    assert_eq!(skipped(&s), [(Skip::Expired, 1)]);
    let s = import(&mut p, &["decp-v2-real-flat-variant.json"], true);
    assert_eq!(s.created, 1);
    let got = rows(&p);
    assert_eq!(got[0].2, "SIRET 44090956200041");
    assert_eq!((got[0].3, got[0].4), (d("2025-04-02"), d("2025-01-02")));
    assert_eq!(got[0].5, "decp:2024_D2F_2023S12323_33 962_01");
    assert_eq!(p.authorities[0].pursuits[0].amount, Some(952543.75));
}

#[test]
fn all_samples_together_then_again() {
    let all = [
        "decp-v1-official-example.json",
        "decp-2019-format-test.json",
        "decp-2022-format-test.json",
        "decp-v2-real-gip-maximilien-excerpt.json",
        "decp-v2-real-flat-variant.json",
    ];
    let mut p = Portfolio::default();
    let s = import(&mut p, &all, true);
    assert_eq!((s.read, s.created, s.updated, s.unchanged), (11, 9, 0, 0));
    // 21500222100012 buys in both the 2019 and 2022 files: one authority.
    assert_eq!((s.authorities_created, p.authorities.len()), (6, 6));
    assert_eq!(skipped(&s), [(Skip::DurationNc, 2)]);
    let s = import(&mut p, &all, true);
    assert_eq!((s.created, s.updated, s.unchanged), (0, 0, 9));
    assert_eq!(p.pursuits().count(), 9);
}

#[test]
fn one_off_works_are_skipped_by_default() {
    let all = [
        "decp-v1-official-example.json",
        "decp-2019-format-test.json",
        "decp-2022-format-test.json",
        "decp-v2-real-gip-maximilien-excerpt.json",
        "decp-v2-real-flat-variant.json",
    ];
    let mut p = Portfolio::default();
    let s = import_with(&mut p, &all, true, false);
    // CPV 45 contracts whose nature is "Marché": 2019_83935401 (2019 file),
    // 202401L04 and 202207LOT03 (2022 file), D2F0000502 (GIP Maximilien);
    // the two VI2022.242 are works too but skipped first for their "NC".
    assert_eq!((s.read, s.created), (11, 5));
    assert_eq!(skipped(&s), [(Skip::DurationNc, 2), (Skip::Works, 4)]);
    let works: Vec<&str> = p
        .pursuits()
        .filter(|(_, pu)| pu.cpv.starts_with("45"))
        .map(|(_, pu)| pu.source.as_deref().unwrap_or_default())
        .collect();
    assert!(works.is_empty(), "{works:?}");
}
