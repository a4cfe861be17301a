//! `retroplan import decp`, run as a user runs it.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const FIX: &str = "tests/fixtures/decp";

fn retroplan(file: &Path) -> Command {
    let mut cmd = Command::cargo_bin("retroplan").unwrap();
    cmd.env_remove("RETROPLAN_LANG")
        .env_remove("RETROPLAN_FILE")
        .env("LANG", "C")
        .env("RETROPLAN_TODAY", "2026-11-28")
        .arg("--file")
        .arg(file);
    cmd
}

fn fixture(name: &str) -> PathBuf {
    Path::new(FIX).join(name)
}

fn portfolio(file: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

#[test]
fn import_creates_the_file_then_reimport_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    retroplan(&file)
        .args(["--lang", "en", "import", "decp"])
        .arg(fixture("decp-2022-format-test.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "+ SIRET 22130001500247 — Renewal: Construction d'un stade",
        ))
        .stdout(predicate::str::contains(
            "expires 2028-06-06 · forecast J 2028-03-08 (decp:2020F00075)",
        ))
        .stdout(predicate::str::contains(
            "Contracts read: 5 · pursuits created: 1 · updated: 0 · unchanged: 0",
        ))
        .stdout(predicate::str::contains("  duration not given (NC): 1"))
        .stdout(predicate::str::contains(
            "  contract already expired (see --include-expired): 3",
        ));
    let v = portfolio(&file);
    let a = &v["authorities"][0];
    assert_eq!(a["siret"], "22130001500247");
    assert_eq!(a["needs_rename"], true);
    let pu = &a["pursuits"][0];
    assert_eq!(pu["current_expiry"], "2028-06-06");
    assert_eq!(pu["j"], Value::Null);
    assert_eq!(pu["source"], "decp:2020F00075");
    retroplan(&file).arg("check").assert().success();

    let before = std::fs::read(&file).unwrap();
    retroplan(&file)
        .args(["import", "decp"])
        .arg(fixture("decp-2022-format-test.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("inchangées : 1"))
        .stdout(predicate::str::contains("le fichier n'a pas été réécrit"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    retroplan(&file)
        .args(["import", "decp", "--dry-run", "--include-expired"])
        .arg(fixture("decp-v1-official-example.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "+ Ville de Rennes — Renouvellement : Entretien des jardins municipaux · \
             échéance 13/08/2009 · J prévu 15/05/2009 (decp:2010-3452112)",
        ))
        .stdout(predicate::str::contains("rien n'a été écrit"));
    assert!(!file.exists());
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

#[test]
fn an_unreadable_input_leaves_the_portfolio_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    retroplan(&file).arg("init").assert().success();
    let before = std::fs::read(&file).unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"marches\": [\n  {\"id\": \"x\",}\n]}").unwrap();
    // The good file comes first: its contract must not be saved either.
    retroplan(&file)
        .args(["--lang", "en", "import", "decp"])
        .arg(fixture("decp-2022-format-test.json"))
        .arg(&broken)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "broken.json is not a readable DECP file (line 2, column",
        ))
        .stderr(predicate::str::contains("The portfolio was not changed."));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    retroplan(&file)
        .args(["--lang", "en", "import", "decp"])
        .arg(dir.path().join("missing.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("Cannot read"))
        .stderr(predicate::str::contains("missing.json"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn filters_by_cpv_and_buyer() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    let all: Vec<PathBuf> = [
        "decp-v1-official-example.json",
        "decp-2019-format-test.json",
        "decp-2022-format-test.json",
        "decp-v2-real-gip-maximilien-excerpt.json",
        "decp-v2-real-flat-variant.json",
    ]
    .iter()
    .map(|n| fixture(n))
    .collect();
    retroplan(&file)
        .args([
            "--lang",
            "en",
            "import",
            "decp",
            "--include-expired",
            "--include-works",
            "--cpv",
            "45",
        ])
        .args(&all)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Contracts read: 11 · pursuits created: 4",
        ))
        .stdout(predicate::str::contains("  other CPV code (--cpv): 5"));
    let v = portfolio(&file);
    let sources: Vec<&str> = v["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["pursuits"].as_array().unwrap())
        .map(|p| p["source"].as_str().unwrap())
        .collect();
    // Grouped by buyer: 21500222100012 has a contract in two files.
    assert_eq!(
        sources,
        [
            "decp:2019_83935401",
            "decp:202207LOT03",
            "decp:202401L04",
            "decp:D2F0000502"
        ]
    );

    let other = dir.path().join("q.json");
    retroplan(&other)
        .args(["--lang", "en", "import", "decp", "--include-expired"])
        .args(["--buyer", "130 018 450 00028"])
        .args(&all)
        .assert()
        .success()
        .stdout(predicate::str::contains("pursuits created: 2"))
        // The buyer's one-off works contract is no renewal: said, not imported.
        .stdout(predicate::str::contains(
            "  one-off works contract, not a renewal (see --include-works): 1",
        ))
        // The two "NC" records belong to other buyers: filtered, not reported as NC.
        .stdout(predicate::str::contains("  other buyer (--buyer): 8"))
        .stdout(predicate::str::contains("NC").not());
}

#[test]
fn refuses_while_another_writer_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    retroplan(&file).arg("init").assert().success();
    let before = std::fs::read(&file).unwrap();
    let _held = retroplan::store::lock(&file).unwrap();
    retroplan(&file)
        .args(["import", "decp"])
        .arg(fixture("decp-2022-format-test.json"))
        .assert()
        .failure();
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // A dry run still works: it writes nothing.
    retroplan(&file)
        .args(["import", "decp", "--dry-run"])
        .arg(fixture("decp-2022-format-test.json"))
        .assert()
        .success();
}

#[test]
fn a_reader_closing_early_does_not_stop_the_import() {
    // More report than a pipe buffers (64 KiB), so the writer meets the
    // closed pipe before the save: the import must still save and succeed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    let input = dir.path().join("many.json");
    let contracts: Vec<Value> = (0..1500)
        .map(|i| {
            serde_json::json!({
                "id": format!("C{i}"), "acheteur": {"id": "21350238800019"},
                "objet": "Nettoyage des locaux municipaux et des écoles de la commune",
                "dureeMois": 24, "dateNotification": "2026-01-15"
            })
        })
        .collect();
    std::fs::write(
        &input,
        serde_json::to_vec(&serde_json::json!({ "marches": contracts })).unwrap(),
    )
    .unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("retroplan"))
        .env("RETROPLAN_TODAY", "2026-11-28")
        .args(["--lang", "en", "--file"])
        .arg(&file)
        .args(["import", "decp"])
        .arg(&input)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = portfolio(&file);
    assert_eq!(
        v["authorities"][0]["pursuits"].as_array().unwrap().len(),
        1500
    );
}

#[test]
fn other_json_is_refused_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    let other = dir.path().join("portfolio.json");
    std::fs::write(
        &other,
        br#"{"format":"retroplan","version":1,"authorities":[]}"#,
    )
    .unwrap();
    retroplan(&file)
        .args(["--lang", "fr", "import", "decp"])
        .arg(&other)
        .assert()
        .failure()
        .stderr(predicate::str::contains("ne contient pas de données DECP"))
        .stderr(predicate::str::contains("n'a pas été modifié"));
    assert!(!file.exists());
}
