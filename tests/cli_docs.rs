//! `retroplan docs`, `docs add`, the compliance entries of `agenda --json`,
//! the compliance matrix and the format addition, run as a user runs them.

mod common;
use common::cli::retroplan;

use predicates::prelude::*;
use serde_json::Value;

/// A portfolio with one pursuit whose J is 30/06/2027 and one requirement.
fn story() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portfolio.json");
    let json = r#"{
  "format": "retroplan",
  "version": 1,
  "authorities": [
    {
      "id": "a-1",
      "name": "Mairie de Tours",
      "category": "commune",
      "priority": 1,
      "pursuits": [
        {
          "id": "p-1",
          "object": "Nettoyage des écoles",
          "j": "2027-06-30",
          "requirements": [
            { "id": "r-1", "kind": "document", "label": "Mémoire technique", "status": "in_progress" }
          ]
        }
      ]
    }
  ]
}
"#;
    std::fs::write(&file, json).unwrap();
    (dir, file)
}

fn run_json(file: &std::path::Path, args: &[&str]) -> Value {
    let out = retroplan()
        .args(args)
        .args(["--today", "2026-12-01", "--file"])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_issue_story_from_the_command_line() {
    let (_dir, file) = story();
    retroplan()
        .args(["docs", "add", "urssaf", "--issued", "01/11/2026", "--note", "Admin/urssaf.pdf"])
        .args(["--today", "2026-12-01", "--file"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Attestation URSSAF, délivrée le 01/11/2026, expire le 01/05/2027.",
        ))
        .stdout(predicate::str::contains(
            "✗ Mairie de Tours › Nettoyage des écoles — Attestation URSSAF expire le 01/05/2027, avant J le 30/06/2027 — à renouveler",
        ));
    let docs = run_json(&file, &["docs", "--json"]);
    let d = &docs[0];
    assert_eq!(d["kind"], "urssaf");
    assert_eq!(d["issued"], "2026-11-01");
    assert_eq!(d["expires"], "2027-05-01");
    assert_eq!(d["note"], "Admin/urssaf.pdf");
    assert!(d["id"].as_str().unwrap().starts_with("d-"));
    assert_eq!(
        d["fails"],
        serde_json::json!([{ "id": "p-1", "object": "Nettoyage des écoles", "j": "2027-06-30", "authority": "Mairie de Tours" }])
    );
    let agenda = run_json(&file, &["agenda", "--json"]);
    let e = agenda
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "document_expires")
        .expect("a document_expires entry");
    assert_eq!(e["date"], "2027-05-01");
    assert_eq!(e["j"], "2027-06-30");
    assert_eq!(e["pursuit_id"], "p-1");
    // Renewed: the new attestation replaces the old one, and no pursuit fails.
    retroplan()
        .args([
            "docs",
            "add",
            "URSSAF",
            "--issued",
            "2027-04-15",
            "--lang",
            "en",
        ])
        .args(["--today", "2026-12-01", "--file"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "URSSAF certificate, issued 2027-04-15, expires 2027-10-15.",
        ))
        .stdout(predicate::str::contains("✗").not());
    let docs = run_json(&file, &["docs", "--json"]);
    assert_eq!(docs[0]["superseded"], true);
    assert_eq!(docs[0]["fails"], serde_json::json!([]));
    let agenda = run_json(&file, &["agenda", "--json"]);
    assert!(
        !agenda
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "document_expires")
    );
    retroplan()
        .args(["docs", "--lang", "en", "--today", "2026-12-01", "--file"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "issued 2026-11-01, expires 2027-05-01 (replaced)",
        ))
        .stdout(predicate::str::contains(
            "issued 2027-04-15, expires 2027-10-15 (valid)",
        ));
    retroplan()
        .args(["check", "--file"])
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn docs_add_refuses_what_cannot_be_right_and_defaults_from_the_kind() {
    let (_dir, file) = story();
    let before = std::fs::read(&file).unwrap();
    retroplan()
        .args([
            "docs",
            "add",
            "kbis",
            "--issued",
            "2026-11-01",
            "--expires",
            "2026-10-01",
            "--lang",
            "en",
            "--file",
        ])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "expiry date comes before the issue date",
        ));
    retroplan()
        .args(["docs", "add", "kbis", "--issued", "2026-02-30", "--file"])
        .arg(&file)
        .assert()
        .failure();
    assert_eq!(std::fs::read(&file).unwrap(), before);
    retroplan()
        .args([
            "docs",
            "add",
            "references",
            "--issued",
            "2026-11-01",
            "--label",
            "Lycée Balzac",
            "--lang",
            "en",
            "--file",
        ])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "References — Lycée Balzac, issued 2026-11-01, no expiry.",
        ));
    retroplan()
        .args([
            "docs",
            "add",
            "Mandat SEPA",
            "--issued",
            "2026-11-01",
            "--expires",
            "2027-11-01",
            "--file",
        ])
        .arg(&file)
        .assert()
        .success();
    let docs = run_json(&file, &["docs", "--json"]);
    assert_eq!(docs[1]["kind"], "Mandat SEPA");
    assert_eq!(docs[1]["expires"], "2027-11-01");
    assert_eq!(docs[0]["expires"], Value::Null);
}

#[test]
fn export_csv_requirements_is_the_compliance_matrix() {
    let (_dir, file) = story();
    retroplan()
        .args(["export", "csv", "requirements", "--no-bom", "--lang", "en", "--file"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Authority;Pursuit id;Pursuit;Day J;Ready to file;Line;Id;Kind;Label;Status;Due;Owner;Note;Expires\r\n",
        ))
        .stdout(predicate::str::contains(
            "Mairie de Tours;p-1;Nettoyage des écoles;2027-06-30;no;requirement;r-1;document;Mémoire technique;in progress;2027-06-29;;;\r\n",
        ));
    retroplan()
        .args([
            "export",
            "csv",
            "requirements",
            "--pursuit",
            "p-9",
            "--lang",
            "en",
            "--file",
        ])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("no pursuit with id 'p-9'"));
}

/// The example of docs/FORMAT.md is a file the program reads, checks clean
/// and writes back byte for byte: the documentation cannot drift.
#[test]
fn format_doc_example_round_trips_with_the_compliance_keys() {
    let doc = include_str!("../docs/FORMAT.md");
    let start = doc.find("```json\n").unwrap() + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let example = &doc[start..end];
    let p: retroplan::model::Portfolio = serde_json::from_str(example).unwrap();
    assert_eq!(p.documents.len(), 1);
    assert_eq!(p.authorities[0].pursuits[0].requirements.len(), 1);
    assert_eq!(
        retroplan::store::validate::validate(&p, None),
        [],
        "the example must check clean"
    );
    let mut back = serde_json::to_string_pretty(&p).unwrap();
    back.push('\n');
    assert_eq!(back, example);
}
