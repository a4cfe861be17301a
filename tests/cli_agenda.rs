//! `retroplan agenda`, run as a user runs it.

mod common;
use common::cli::{demo, retroplan};

use predicates::prelude::*;
use serde_json::Value;

/// A demo portfolio in a fresh folder, as `init --demo` makes it.

#[test]
fn text_lists_overdue_then_days_without_colour_in_a_pipe() {
    let (_dir, file) = demo();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["agenda", "--today", "2026-11-28", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Agenda for 2026-11-28 — next 14 days\n\nOverdue\n",
        ))
        .stdout(predicate::str::contains(
            "! late         Département d'Eure-et-Loir › Marquage au sol des routes départementales",
        ))
        .stdout(predicate::str::contains("Monday 2026-11-30"))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn french_by_default_and_days_widen_the_horizon() {
    let (_dir, file) = demo();
    let narrow = retroplan()
        .args(["agenda", "--today", "2026-11-28", "--days", "1", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    let wide = retroplan()
        .args(["agenda", "--today", "2026-11-28", "--days", "60", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    let narrow = String::from_utf8(narrow.stdout).unwrap();
    let wide = String::from_utf8(wide.stdout).unwrap();
    assert!(narrow.starts_with("Agenda du 28/11/2026 — jusqu'à demain"));
    assert!(narrow.contains("En retard"));
    assert!(wide.lines().count() > narrow.lines().count());
    assert!(wide.contains("jour J"));
}

#[test]
fn json_is_the_documented_array() {
    let (_dir, file) = demo();
    let out = retroplan()
        .args(["agenda", "--json", "--today", "2026-11-28", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = v.as_array().unwrap();
    assert!(!entries.is_empty());
    let kinds = ["late", "j_day", "closes", "follow_up", "nurture", "opens"];
    for e in entries {
        for key in ["date", "kind", "authority", "pursuit", "item", "state"] {
            assert!(e.get(key).is_some(), "{key} missing in {e}");
        }
        assert!(kinds.contains(&e["kind"].as_str().unwrap()), "{e}");
        assert!(["late", "due", "upcoming"].contains(&e["state"].as_str().unwrap()));
    }
    let dates: Vec<&str> = entries
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "most urgent (oldest) first");
    assert!(
        entries
            .iter()
            .any(|e| e["kind"] == "follow_up" && e["pursuit"].is_null())
    );
}

#[test]
fn no_color_is_honoured_and_do_not_contact_never_listed() {
    let (_dir, file) = demo();
    let out = retroplan()
        .env("NO_COLOR", "1")
        .args(["agenda", "--days", "400", "--today", "2026-11-28", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'));
    let p: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    for a in p["authorities"].as_array().unwrap() {
        for c in a["contacts"].as_array().unwrap() {
            if c["do_not_contact"] == true {
                assert!(!text.contains(c["name"].as_str().unwrap()));
            }
        }
    }
}

#[test]
fn unknown_file_and_broken_file_fail_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    retroplan()
        .args(["agenda", "--lang", "en", "--file"])
        .arg(&missing)
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains("nope.json"))
        .stderr(predicate::str::contains("retroplan init"));
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"format\": \"retroplan\",").unwrap();
    retroplan()
        .args(["agenda", "--lang", "en", "--file"])
        .arg(&broken)
        .assert()
        .failure()
        .stderr(predicate::str::contains("broken.json"));
}

#[test]
fn reading_takes_no_lock_and_writes_nothing() {
    let (dir, file) = demo();
    let before = std::fs::read(&file).unwrap();
    let _held = retroplan::store::lock(&file).unwrap();
    retroplan()
        .args(["agenda", "--file"])
        .arg(&file)
        .assert()
        .success();
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!dir.path().join("portfolio.json.bak").exists());
}
