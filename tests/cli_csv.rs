//! `retroplan export csv` and `retroplan import csv`, run as a user runs them.

mod common;
use common::cli::{demo, retroplan};

use std::path::Path;

use predicates::prelude::*;
use retroplan::model::Portfolio;

fn load(file: &Path) -> Portfolio {
    retroplan::store::load(file).unwrap().portfolio
}

fn export(file: &Path, args: &[&str]) -> Vec<u8> {
    let out = retroplan()
        .env("RETROPLAN_FILE", file)
        .args(["export", "csv"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn export_defaults_to_semicolon_bom_and_french_headers() {
    let (_dir, file) = demo();
    let bytes = export(&file, &["authorities"]);
    assert!(bytes.starts_with(b"\xEF\xBB\xBFidentifiant;nom;cat\xC3\xA9gorie;"));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
    let en = export(
        &file,
        &["contacts", "--lang", "en", "--delimiter", ",", "--no-bom"],
    );
    let text = String::from_utf8(en).unwrap();
    assert!(text.starts_with("id,authority,authority_siret,name,role,phone,mobile,email,"));
    // The do-not-contact person is not among the people to call.
    let p = load(&file);
    for (_, c) in p.contacts().filter(|(_, c)| c.do_not_contact) {
        assert!(!text.contains(&c.name));
    }
    let pursuits = String::from_utf8(export(&file, &["pursuits", "--lang", "en"])).unwrap();
    assert!(pursuits.contains("Marquage au sol des routes départementales"));
}

#[test]
fn export_to_a_file_and_reimport_changes_nothing() {
    let (dir, file) = demo();
    let before = std::fs::read(&file).unwrap();
    for table in ["authorities", "contacts"] {
        let csv = dir.path().join(format!("{table}.csv"));
        retroplan()
            .env("RETROPLAN_FILE", &file)
            .args(["export", "csv", table, "-o"])
            .arg(&csv)
            .assert()
            .success()
            .stdout("");
        retroplan()
            .env("RETROPLAN_FILE", &file)
            .args(["import", "csv", table, "--lang", "en"])
            .arg(&csv)
            .assert()
            .success()
            .stdout(predicate::str::contains("0 created, 0 updated"));
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_spreadsheet_edit_with_reordered_english_columns_updates_and_creates() {
    let (dir, file) = demo();
    let csv = dir.path().join("edited.csv");
    // Reordered columns, English and French headers mixed, comma-separated,
    // a quoted newline, a cell neutralised by our export, an unknown column.
    std::fs::write(
        &csv,
        "Ville,NAME,Priorité,Activity,Couleur\r\n\
         Orléans,région centre-val de loire,1,\"Lycées\nFormation\",bleu\r\n\
         Dreux,Ville de Dreux,4,'=SUM(A1),vert\r\n",
    )
    .unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities", "--lang", "en"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 created, 1 updated, 0 unchanged",
        ))
        .stdout(predicate::str::contains(
            "Columns ignored (unknown): Couleur",
        ));
    let p = load(&file);
    let region = p.authorities.iter().find(|a| a.town == "Orléans").unwrap();
    // Matched on the folded name; the sheet's spelling is what the user typed.
    assert_eq!(region.name, "région centre-val de loire");
    assert_eq!(p.authorities.len(), 7);
    assert_eq!(region.priority, 1);
    assert_eq!(region.activity, "Lycées\nFormation");
    let dreux = p
        .authorities
        .iter()
        .find(|a| a.name == "Ville de Dreux")
        .unwrap();
    assert_eq!((dreux.town.as_str(), dreux.priority), ("Dreux", 4));
    assert_eq!(dreux.activity, "=SUM(A1)");
    assert!(dreux.id.starts_with("a-"));
    assert!(dir.path().join("portfolio.json.bak").exists());
}

#[test]
fn windows_1252_is_converted_and_said() {
    let (dir, file) = demo();
    let csv = dir.path().join("old-excel.csv");
    // "Évreux" and "Conseil départemental" in Windows-1252.
    std::fs::write(
        &csv,
        b"nom;commune\r\nConseil d\xE9partemental de l'Eure;\xC9vreux\r\n".as_slice(),
    )
    .unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("Windows-1252"))
        .stdout(predicate::str::contains("1 créé(s)"));
    assert!(
        load(&file)
            .authorities
            .iter()
            .any(|a| a.name == "Conseil départemental de l'Eure" && a.town == "Évreux")
    );
}

#[test]
fn bad_rows_are_all_listed_and_nothing_changes() {
    let (dir, file) = demo();
    let before = std::fs::read(&file).unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "nom;SIRET;priorité;catégorie\nBon;;2;commune\n;;;\nSans nom mais;;9;\nX;123;1;club\n",
    )
    .unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities", "--lang", "en"])
        .arg(&csv)
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains(
            "2 row(s) refused, nothing was imported",
        ))
        .stderr(predicate::str::contains(
            "line 4: priority \"9\": a number from 1 to 5",
        ))
        .stderr(predicate::str::contains(
            "line 5: SIRET \"123\": 14 digits are needed",
        ));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn contacts_match_by_email_and_need_a_known_authority() {
    let (dir, file) = demo();
    let csv = dir.path().join("contacts.csv");
    std::fs::write(
        &csv,
        "collectivité;nom;courriel;téléphone\n\
         Ville de Saint-Aubin-sur-Loire;Claire MARTIN-Dupont;claire.martin@example.fr;+33 1 99 00 01 99\n\
         ville de saint-aubin-sur-loire;Nouveau Contact;;\n",
    )
    .unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "contacts", "--dry-run", "--lang", "en"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Dry run, nothing written: 1 would be created, 1 updated",
        ));
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "contacts"])
        .arg(&csv)
        .assert()
        .success();
    let p = load(&file);
    let a = p.authority("a-demo-saint-aubin").unwrap();
    let claire = a.contacts.iter().find(|c| c.id == "c-demo-martin").unwrap();
    assert_eq!(claire.name, "Claire MARTIN-Dupont");
    assert_eq!(claire.phone, "01 99 00 01 99");
    assert!(!claire.interactions.is_empty(), "the log is kept");
    assert!(a.contacts.iter().any(|c| c.name == "Nouveau Contact"));
    std::fs::write(&csv, "collectivité;nom\nMairie de Nulle-Part;Jean\n").unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "contacts", "--lang", "en"])
        .arg(&csv)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "line 2: authority \"Mairie de Nulle-Part\" not found",
        ));
}

#[test]
fn error_paths_unknown_file_bad_encoding_locked() {
    let (dir, file) = demo();
    let csv = dir.path().join("a.csv");
    std::fs::write(&csv, "nom\nA\n").unwrap();
    // Unknown portfolio.
    retroplan()
        .args(["import", "csv", "authorities", "--file"])
        .arg(dir.path().join("missing.json"))
        .arg(&csv)
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.json"));
    retroplan()
        .args(["export", "csv", "authorities", "--file"])
        .arg(dir.path().join("missing.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.json"));
    // Unknown CSV.
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities", "--lang", "en"])
        .arg(dir.path().join("nope.csv"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot read"))
        .stderr(predicate::str::contains("nope.csv"));
    // Bytes no spreadsheet writes.
    let binary = dir.path().join("binary.csv");
    std::fs::write(&binary, b"nom\n\x00\x81\x8d\n".as_slice()).unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities", "--lang", "en"])
        .arg(&binary)
        .assert()
        .failure()
        .stderr(predicate::str::contains("CSV UTF-8"));
    // No name column.
    let nameless = dir.path().join("nameless.csv");
    std::fs::write(&nameless, "ville\nDreux\n").unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities", "--lang", "en"])
        .arg(&nameless)
        .assert()
        .failure()
        .stderr(predicate::str::contains("\"name\""));
    // Another process holds the lock: refused, nothing written.
    let before = std::fs::read(&file).unwrap();
    let _held = retroplan::store::lock(&file).unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities", "--lang", "en"])
        .arg(&csv)
        .assert()
        .failure()
        .stderr(predicate::str::contains("lock").or(predicate::str::contains("used")));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// Issue 16 item 3: the pursuits table goes out and comes back in through
/// the binary, unchanged.
#[test]
fn pursuits_export_and_import_back_change_nothing() {
    let (dir, file) = demo();
    let before = std::fs::read(&file).unwrap();
    let csv = dir.path().join("pursuits.csv");
    std::fs::write(&csv, export(&file, &["pursuits"])).unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "pursuits", "--lang", "en"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "0 created, 0 updated, 10 unchanged",
        ));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}
