//! Issue 16 items 1 and 2: contact and authority lists as French offices
//! type them (hand-made headers, Windows-1252 or UTF-8, `;` or `,`), and
//! the leading zeros a spreadsheet drops.

use chrono::NaiveDate;
use retroplan::model::{Authority, Contact, Portfolio};
use retroplan::sheet::columns::Col;
use retroplan::sheet::import::{ImportError, ImportKind, ImportReport, Reason, import};
use retroplan::sheet::io::SourceEncoding;

fn demo() -> Portfolio {
    retroplan::demo::portfolio(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/csv/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn run(name: &str, kind: ImportKind) -> (Portfolio, ImportReport) {
    import(&demo(), &fixture(name), kind).unwrap()
}

fn contact<'a>(p: &'a Portfolio, name: &str) -> (&'a Authority, &'a Contact) {
    p.contacts()
        .find(|(_, c)| c.name == name)
        .unwrap_or_else(|| panic!("no contact {name}"))
}

fn authority<'a>(p: &'a Portfolio, name: &str) -> &'a Authority {
    p.authorities.iter().find(|a| a.name == name).unwrap()
}

#[test]
fn windows_1252_semicolon_contacts_with_first_names_phone_and_mobile() {
    let (p, r) = run("office_contacts_cp1252_semicolon.csv", ImportKind::Contacts);
    assert_eq!(r.encoding, SourceEncoding::Windows1252);
    assert_eq!((r.created, r.updated), (3, 0));
    assert_eq!(r.ignored_columns, ["Remarque interne"]);
    let (a, anne) = contact(&p, "Anne Dupont");
    assert_eq!(a.name, "Département d'Eure-et-Loir");
    assert_eq!(anne.role, "Acheteuse — Commande publique");
    assert_eq!(anne.phone, "01 99 00 05 01");
    assert_eq!(anne.mobile, "06 39 98 05 01");
    assert_eq!(anne.email, "anne.dupont@example.fr");
    // Two Duponts are two people.
    let (_, marc) = contact(&p, "Marc Dupont");
    assert_eq!(marc.role, "Ingénieur — Routes");
    assert_eq!(marc.phone, "01 99 00 05 02", "trunk zero put back");
    assert_eq!(marc.mobile, "");
    let (a, helene) = contact(&p, "Hélène Lévêque");
    assert_eq!(a.name, "Ville de Saint-Aubin-sur-Loire");
    assert_eq!(
        (helene.role.as_str(), helene.mobile.as_str()),
        ("Directrice", "06 39 98 05 03")
    );
    assert_eq!(r.restored.len(), 1);
    assert_eq!((r.restored[0].line, r.restored[0].column), (3, Col::Phone));
    // The same file again changes nothing.
    let (again, r2) = import(
        &p,
        &fixture("office_contacts_cp1252_semicolon.csv"),
        ImportKind::Contacts,
    )
    .unwrap();
    assert_eq!((r2.created, r2.updated, r2.skipped), (0, 0, 3));
    assert_eq!(again, p);
}

#[test]
fn utf8_comma_contacts_named_in_one_column_with_the_authority_name() {
    let (p, r) = run("office_contacts_utf8_comma.csv", ImportKind::Contacts);
    assert_eq!(r.encoding, SourceEncoding::Utf8);
    assert!(r.ignored_columns.is_empty());
    assert_eq!(r.created, 2);
    let (a, paul) = contact(&p, "Paul Étienne");
    assert_eq!(a.name, "Région Centre-Val de Loire");
    assert_eq!(paul.role, "Chargé de mission lycées");
    assert_eq!(
        (paul.phone.as_str(), paul.mobile.as_str()),
        ("01 99 00 06 01", "06 39 98 06 01")
    );
    let (a, zoe) = contact(&p, "Zoé Ménard");
    assert_eq!(a.name, "Centre hospitalier d'Évreux");
    assert_eq!(
        (zoe.phone.as_str(), zoe.email.as_str()),
        ("01 99 00 06 02", "zoe.menard@example.fr")
    );
}

#[test]
fn utf8_semicolon_authorities_with_postcodes_and_a_pandas_siret() {
    let (p, r) = run(
        "office_authorities_utf8_semicolon.csv",
        ImportKind::Authorities,
    );
    assert_eq!(r.created, 2);
    assert_eq!(r.ignored_columns, ["Population"]);
    let bourg = authority(&p, "Commune de Bourg-Test");
    assert_eq!(bourg.departement, "01", "from postcode 1000 → 01000");
    assert_eq!(bourg.town, "Bourg-en-Bresse");
    assert_eq!(bourg.siret.as_deref(), Some("21010053500017"));
    assert_eq!(authority(&p, "Mairie de Corte-Test").departement, "2B");
    let restored: Vec<_> = r
        .restored
        .iter()
        .map(|x| (x.line, x.column, x.to.as_str()))
        .collect();
    assert_eq!(
        restored,
        [
            (2, Col::Postcode, "01000"),
            (2, Col::Siret, "21010053500017")
        ]
    );
}

#[test]
fn windows_1252_comma_authorities_get_their_leading_zero_back() {
    let (p, r) = run(
        "office_authorities_cp1252_comma.csv",
        ImportKind::Authorities,
    );
    assert_eq!(r.encoding, SourceEncoding::Windows1252);
    let amb = authority(&p, "Ville d'Ambérieu-Test");
    assert_eq!(
        (amb.departement.as_str(), amb.town.as_str(), amb.priority),
        ("01", "Ambérieu-en-Bugey", 2)
    );
    assert_eq!(authority(&p, "Ville de Laon-Test").departement, "02");
    let summary = retroplan::i18n::sheet::import_summary(retroplan::i18n::Lang::Fr, &r, false);
    assert!(
        summary.contains("ligne 2 département « 1 » → « 01 »"),
        "{summary}"
    );
}

#[test]
fn numbers_no_restoration_makes_valid_are_refused_with_their_line() {
    let e = import(
        &demo(),
        "nom;département\nA;27\nB;100\nC;0\n".as_bytes(),
        ImportKind::Authorities,
    )
    .unwrap_err();
    let ImportError::Rows(rows) = e else {
        panic!("{e:?}")
    };
    let got: Vec<_> = rows.iter().map(|r| (r.line, r.reason.clone())).collect();
    assert_eq!(
        got,
        [
            (3, Reason::NotRestorable(Col::Departement, "100".into())),
            (4, Reason::NotRestorable(Col::Departement, "0".into())),
        ]
    );
}
