//! proptest: a portfolio exported to CSV and imported again is unchanged,
//! whatever its text holds (formula prefixes, quotes, delimiters, newlines,
//! accents, emoji), in either language, with any delimiter, BOM or not.

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use retroplan::i18n::Lang;
use retroplan::model::text::{clean_line, clean_multiline};
use retroplan::model::{Authority, AuthorityCategory, Contact, Influence, Portfolio};
use retroplan::sheet::export::{TableKind, table};
use retroplan::sheet::import::{ImportKind, import};
use retroplan::sheet::io::write_table;

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        "[=+\\-@'\"\t\r\n;, a-zA-Zéèàçœ€😀\\\\]{0,24}",
        Just("=HYPERLINK(\"http://x\";\"clic\")".to_string()),
        Just("'=1+1".to_string()),
        Just("''".to_string()),
        Just("-".to_string()),
        Just("\"\"\";;\r\n,".to_string()),
        any::<String>(),
    ]
}

fn line() -> impl Strategy<Value = String> {
    hostile().prop_map(|s| clean_line(&s))
}

fn name() -> impl Strategy<Value = String> {
    line().prop_map(|s| if s.is_empty() { "x".into() } else { s })
}

/// A real département code, or hostile text that is not a number: a bare number such as
/// "5" or "0" is what a spreadsheet leaves of "05", which the import restores or refuses on
/// purpose, so it cannot round-trip unchanged.
fn departement() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-4]|976",
        line().prop_filter("a bare number is a mangled code", |s| {
            !s.trim()
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        }),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (730_000i32..=760_000).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap())
}

/// Valid SIRETs (Luhn), so an import accepts them.
const SIRETS: [&str; 4] = [
    "21350238800019",
    "13001845000028",
    "35600000000048",
    "21280085000019",
];

fn contact() -> impl Strategy<Value = Contact> {
    (
        (
            name(),
            line(),
            select(vec!["", "01 99 00 01 11", "+32 2 123 45 67"]),
        ),
        option::of("[a-z0-9.+_-]{1,8}@[a-z]{1,8}\\.fr"),
        (any::<bool>(), select(Influence::ALL.to_vec()), hostile()),
        (option::of(date()), option::of(0u32..=3650), any::<bool>()),
    )
        .prop_map(
            |((n, role, phone), email, (dm, inf, notes), (checked, keep, dnc))| {
                let mut c = Contact::new("", n);
                c.role = role;
                c.phone = phone.to_string();
                c.email = email.unwrap_or_default();
                c.decision_maker = dm;
                c.influence = inf;
                c.notes = clean_multiline(&notes);
                c.details_checked = checked;
                c.keep_in_touch_days = keep;
                c.do_not_contact = dnc;
                c
            },
        )
}

fn authority() -> impl Strategy<Value = Authority> {
    (
        (
            name(),
            select(AuthorityCategory::ALL.to_vec()),
            line(),
            departement(),
        ),
        (hostile(), 1u8..=5, any::<bool>()),
        vec(contact(), 0..4),
    )
        .prop_map(
            |((n, cat, town, dep), (activity, prio, with_siret), contacts)| {
                let mut a = Authority::new("", n);
                a.category = cat;
                a.town = town;
                a.departement = dep;
                a.activity = clean_multiline(&activity);
                a.priority = prio;
                a.siret = with_siret.then(String::new);
                a.contacts = contacts;
                a
            },
        )
}

/// Unique ids, unique SIRETs, names unique once folded (so a contact row's
/// authority name points at one authority).
fn portfolio() -> impl Strategy<Value = Portfolio> {
    vec(authority(), 0..6).prop_map(|mut list| {
        let mut sirets = SIRETS.iter();
        for (i, a) in list.iter_mut().enumerate() {
            a.id = format!("a-{i}");
            a.name = format!("{} #{i}", a.name);
            a.siret = a
                .siret
                .take()
                .and_then(|_| sirets.next().map(|s| s.to_string()));
            for (j, c) in a.contacts.iter_mut().enumerate() {
                c.id = format!("c-{i}-{j}");
            }
        }
        Portfolio {
            authorities: list.into(),
            ..Portfolio::default()
        }
    })
}

fn csv(p: &Portfolio, kind: TableKind, lang: Lang, delimiter: u8, bom: bool) -> Vec<u8> {
    let (headers, rows) = table(p, kind, lang);
    write_table(&headers, &rows, delimiter, bom)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn export_then_import_into_the_same_portfolio_changes_nothing(
        p in portfolio(),
        lang in select(vec![Lang::Fr, Lang::En]),
        delimiter in select(vec![b';', b',', b'\t']),
        bom in any::<bool>(),
    ) {
        for (kind, table_kind) in [
            (ImportKind::Authorities, TableKind::Authorities),
            (ImportKind::Contacts, TableKind::Contacts),
        ] {
            let bytes = csv(&p, table_kind, lang, delimiter, bom);
            let (q, report) = import(&p, &bytes, kind).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(&q, &p);
            prop_assert_eq!(report.created + report.updated, 0);
        }
    }

    #[test]
    fn export_then_import_into_an_empty_portfolio_rebuilds_it(
        p in portfolio(),
        lang in select(vec![Lang::Fr, Lang::En]),
        delimiter in select(vec![b';', b',', b'\t']),
    ) {
        let authorities = csv(&p, TableKind::Authorities, lang, delimiter, true);
        let (q, _) = import(&Portfolio::default(), &authorities, ImportKind::Authorities)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let contacts = csv(&p, TableKind::Contacts, lang, delimiter, true);
        let (q, report) = import(&q, &contacts, ImportKind::Contacts)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        // People who asked not to be contacted are not exported to call lists.
        let mut expected = p.clone();
        for a in &mut expected.authorities {
            a.contacts.retain(|c| !c.do_not_contact);
        }
        prop_assert_eq!(report.created, expected.contacts().count());
        prop_assert_eq!(q, expected);
    }
}

/// A SIRET with a wrong check digit got into the file by hand (the store
/// accepts it): the file's own export still imports back unchanged.
#[test]
fn a_stored_siret_with_a_wrong_check_digit_round_trips() {
    let mut a = Authority::new("a1", "Ville de Test");
    a.siret = Some("12345678901234".into());
    let mut c = Contact::new("c1", "Jeanne Test");
    c.email = "jeanne@example.fr".into();
    a.contacts.push(c);
    let p = Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    };
    for (kind, table_kind) in [
        (ImportKind::Authorities, TableKind::Authorities),
        (ImportKind::Contacts, TableKind::Contacts),
    ] {
        let bytes = csv(&p, table_kind, Lang::Fr, b';', true);
        let (q, _) = import(&p, &bytes, kind).expect("imports back");
        assert_eq!(q, p);
    }
    // A new, mistyped SIRET is still refused.
    let typo = "nom;SIRET\r\nVille de Test;12345678901235\r\n";
    assert!(import(&p, typo.as_bytes(), ImportKind::Authorities).is_err());
}
