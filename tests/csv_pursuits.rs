//! Issue 16 item 3: `import csv pursuits`, and a pursuits export that
//! writes the J in use (forecast included, with its origin) and the exact
//! factor, round trip on the demo and on `gen_portfolio` output.

#[path = "../examples/gen_portfolio/generate.rs"]
mod generate;

use chrono::NaiveDate;
use retroplan::i18n::Lang;
use retroplan::model::{JOrigin, Portfolio, Pursuit};
use retroplan::sheet::export::{TableKind, table};
use retroplan::sheet::import::{ImportError, ImportKind, Reason, import};
use retroplan::sheet::io::write_table;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn csv(p: &Portfolio, lang: Lang, delimiter: u8) -> Vec<u8> {
    let (headers, rows) = table(p, TableKind::Pursuits, lang);
    write_table(&headers, &rows, delimiter, true)
}

/// What the table does not carry: checklist progress, the branch's
/// decision day, requirements, linked documents and what BOAMP notices
/// said (`notice`).
fn table_fields(x: &Pursuit) -> Pursuit {
    let mut x = x.clone();
    x.checklist.clear();
    x.branch_decided = None;
    x.requirements.clear();
    x.documents.clear();
    x.documents_not_required.clear();
    x.notice = Default::default();
    x
}

fn round_trip(p: &Portfolio) {
    let n = p.pursuits().count();
    for (lang, delimiter) in [(Lang::Fr, b';'), (Lang::En, b','), (Lang::Fr, b'\t')] {
        let bytes = csv(p, lang, delimiter);
        // Into the same portfolio: nothing changes.
        let (same, r) = import(p, &bytes, ImportKind::Pursuits).unwrap();
        assert_eq!((r.created, r.updated, r.skipped), (0, 0, n), "{lang:?}");
        assert!(same == *p, "{lang:?}: the portfolio changed");
        // Into the portfolio without its pursuits: each comes back.
        let mut bare = p.clone();
        for a in &mut bare.authorities {
            a.pursuits.clear();
        }
        let (back, r) = import(&bare, &bytes, ImportKind::Pursuits).unwrap();
        assert_eq!(r.created, n);
        for (a, b) in p.authorities.iter().zip(&back.authorities) {
            let want: Vec<_> = a.pursuits.iter().map(table_fields).collect();
            assert_eq!(b.pursuits, want, "{} ({lang:?})", a.name);
        }
    }
}

#[test]
fn demo_pursuits_round_trip() {
    round_trip(&retroplan::demo::portfolio(today()));
}

#[test]
fn generated_portfolio_pursuits_round_trip() {
    round_trip(&generate::portfolio(150, today(), 5));
}

#[test]
fn forecast_j_is_written_with_its_origin_and_factor_exactly() {
    let mut p = retroplan::demo::portfolio(today());
    let lead = p.settings.lead_time_days;
    let forecast = p
        .pursuits()
        .find(|(_, x)| x.j.is_none() && x.current_expiry.is_some())
        .map(|(_, x)| x.id.clone())
        .expect("the demo has a forecast pursuit");
    p.authorities
        .iter_mut()
        .flat_map(|a| &mut a.pursuits)
        .find(|x| x.id == forecast)
        .unwrap()
        .factor = 1.25;
    let text = String::from_utf8(csv(&p, Lang::Fr, b';')).unwrap();
    let header: Vec<&str> = text
        .lines()
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(';')
        .collect();
    let col = |h: &str| header.iter().position(|x| *x == h).unwrap();
    let row: Vec<&str> = text
        .lines()
        .find(|l| l.starts_with(&forecast))
        .unwrap()
        .split(';')
        .collect();
    let (_, x) = p.pursuits().find(|(_, x)| x.id == forecast).unwrap();
    let (j, origin) = x.effective_j(lead).unwrap();
    assert_eq!(origin, JOrigin::Forecast);
    assert_eq!(row[col("J")], j.to_string());
    assert_eq!(row[col("origine de J")], "prévision");
    assert_eq!(row[col("facteur")], "1,25");
    let confirmed = text
        .lines()
        .filter(|l| l.contains(";confirmé par l'avis;"))
        .count();
    assert!(confirmed > 0, "{text}");
}

#[test]
fn a_date_typed_over_a_forecast_becomes_an_entered_j() {
    let p = retroplan::demo::portfolio(today());
    let (a, x) = p
        .pursuits()
        .find(|(_, x)| x.j.is_none() && x.current_expiry.is_some())
        .unwrap();
    let file = format!(
        "identifiant;collectivité;objet;J;origine de J\n{};{};{};2027-09-15;prévision\n",
        x.id, a.name, x.object
    );
    let (q, r) = import(&p, file.as_bytes(), ImportKind::Pursuits).unwrap();
    assert_eq!((r.updated, r.created), (1, 0));
    let (_, y) = q.pursuits().find(|(_, y)| y.id == x.id).unwrap();
    assert_eq!(
        (y.j, y.j_confirmed),
        (NaiveDate::from_ymd_opt(2027, 9, 15), false)
    );
}

#[test]
fn new_pursuits_match_by_authority_and_object_and_bad_rows_refuse_all() {
    let p = retroplan::demo::portfolio(today());
    let (a, x) = p.pursuits().next().unwrap();
    // No id: matched by authority + object (accents and case folded).
    let file = format!(
        "collectivité;objet;montant HT;type de marché\n{};{};75 000,50;works_exceptional\n{};Nouveau marché;;travaux\n",
        a.name,
        x.object.to_uppercase(),
        a.name
    );
    let (q, r) = import(&p, file.as_bytes(), ImportKind::Pursuits).unwrap();
    assert_eq!((r.updated, r.created), (1, 1));
    let (_, y) = q.pursuits().find(|(_, y)| y.id == x.id).unwrap();
    assert_eq!(y.amount, Some(75_000.5));
    let (_, n) = q
        .pursuits()
        .find(|(_, y)| y.object == "Nouveau marché")
        .unwrap();
    assert_eq!(n.market_kind, retroplan::model::MarketKind::Works);
    let bad = format!(
        "collectivité;objet;facteur;issue\n{};A;9;\n{};;1;\nInconnue;B;1;\n{};C;1;gagné peut-être\n",
        a.name, a.name, a.name
    );
    let Err(ImportError::Rows(rows)) = import(&p, bad.as_bytes(), ImportKind::Pursuits) else {
        panic!("accepted")
    };
    let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4, 5]);
    assert_eq!(rows[1].reason, Reason::EmptyObject);
}
