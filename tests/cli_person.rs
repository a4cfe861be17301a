//! Personal data: `export person` and `erase person`, run as a user runs them.

mod common;
use common::cli::{demo, retroplan};

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

/// Every byte of every file under `dir`.
fn all_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(all_bytes(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn export_person_prints_everything_held_as_json() {
    let (_dir, file) = demo();
    let out = retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["export", "person", "CLAIRE.MARTIN@example.fr"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "retroplan-person");
    assert_eq!(v["contact"]["id"], "c-demo-martin");
    assert_eq!(v["contact"]["email"], "claire.martin@example.fr");
    assert_eq!(v["authority"]["id"], "a-demo-saint-aubin");
    assert!(!v["contact"]["interactions"].as_array().unwrap().is_empty());
    assert!(v["mentions"].is_array());
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["export", "person", "nobody@example.fr", "--lang", "en"])
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains(
            "no contact has the id or email \"nobody@example.fr\"",
        ));
}

#[test]
fn erase_leaves_no_byte_of_the_person_in_the_folder() {
    let (dir, file) = demo();
    // One more save first, so that a backup holding the person exists.
    let csv = dir.path().join("a.csv");
    std::fs::write(&csv, "nom\nVille de Dreux\n").unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["import", "csv", "authorities"])
        .arg(&csv)
        .assert()
        .success();
    std::fs::remove_file(&csv).unwrap();
    let bak = dir.path().join("portfolio.json.bak");
    assert!(contains(&std::fs::read(&bak).unwrap(), "Claire Martin"));
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["erase", "person", "c-demo-martin", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Erased: Claire Martin (c-demo-martin)",
        ));
    for (path, bytes) in all_bytes(dir.path()) {
        for needle in ["Claire Martin", "claire.martin@example.fr", "c-demo-martin"] {
            assert!(!contains(&bytes, needle), "{needle} in {}", path.display());
        }
    }
    // The file is still a valid portfolio, and its backup too.
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .arg("check")
        .assert()
        .success();
    retroplan()
        .arg("check")
        .arg("--file")
        .arg(&bak)
        .assert()
        .success();
    // Erasing again: no such person.
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["erase", "person", "c-demo-martin"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("c-demo-martin"));
}

#[test]
fn erase_refuses_a_locked_file_or_unknown_person_and_writes_nothing() {
    let (dir, file) = demo();
    let before = std::fs::read(&file).unwrap();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["erase", "person", "nobody@example.fr"])
        .assert()
        .failure();
    {
        let _held = retroplan::store::lock(&file).unwrap();
        retroplan()
            .env("RETROPLAN_FILE", &file)
            .args(["erase", "person", "c-demo-martin"])
            .assert()
            .failure()
            .stderr(predicate::str::is_empty().not());
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!dir.path().join("portfolio.json.bak").exists());
    retroplan()
        .args(["erase", "person", "x", "--file"])
        .arg(dir.path().join("missing.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.json"));
    assert!(!dir.path().join("missing.json.lock").exists());
}

/// The contact was deleted in the tracker: the file no longer holds them,
/// but the backup (the version before) still does. Erasing by email or id
/// still works and rewrites the backup.
#[test]
fn erase_finds_a_person_left_only_in_the_backup() {
    let (dir, file) = demo();
    let loaded = retroplan::store::load(&file).unwrap();
    let mut p = loaded.portfolio;
    let (ai, ci) = retroplan::gdpr::find(&p, "c-demo-martin").unwrap();
    p.authorities[ai].contacts.remove(ci);
    p.authorities[ai].activity = "Rencontré Claire Martin au salon".into();
    retroplan::store::save(&file, &p, Some(&loaded.stamp)).unwrap();
    let bak = dir.path().join("portfolio.json.bak");
    assert!(contains(&std::fs::read(&bak).unwrap(), "Claire Martin"));
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args([
            "erase",
            "person",
            "Claire.Martin@example.fr",
            "--lang",
            "en",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("backup"));
    for (path, bytes) in all_bytes(dir.path()) {
        for needle in ["Claire Martin", "claire.martin@example.fr", "c-demo-martin"] {
            assert!(!contains(&bytes, needle), "{needle} in {}", path.display());
        }
    }
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["erase", "person", "claire.martin@example.fr"])
        .assert()
        .failure();
}
