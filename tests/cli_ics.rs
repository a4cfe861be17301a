//! `retroplan export ics`, run as a user runs it, read back by a real parser.

mod common;
use common::cli::retroplan;

use icalendar::{Calendar, Component};
use predicates::prelude::*;

#[test]
fn the_demo_calendar_parses_with_stable_uids() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portfolio.json");
    retroplan()
        .args(["init", "--demo", "--today", "2026-11-28", "--file"])
        .arg(&file)
        .assert()
        .success();
    let out = retroplan()
        .args([
            "export",
            "ics",
            "--all",
            "--today",
            "2026-11-28",
            "--lang",
            "en",
            "--file",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let cal: Calendar = text.parse().unwrap();
    let p = retroplan::store::load(&file).unwrap().portfolio;
    let pursuits = p.pursuits().count();
    // J, three stage starts and the branch decision per pursuit, plus follow-ups.
    assert!(cal.events().count() >= pursuits * 5);
    assert!(cal.todos().count() > 0);
    assert!(
        cal.events()
            .all(|e| e.get_uid().is_some() && e.get_timestamp().is_some())
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75);
    }
    // Written to a file, the same components with the same UIDs.
    let ics = dir.path().join("plan.ics");
    retroplan()
        .args(["export", "ics", "--all", "--today", "2026-11-28", "-o"])
        .arg(&ics)
        .arg("--file")
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let again: Calendar = std::fs::read_to_string(&ics).unwrap().parse().unwrap();
    let uids = |c: &Calendar| -> Vec<String> {
        c.events()
            .filter_map(|e| e.get_uid().map(str::to_string))
            .collect()
    };
    assert_eq!(uids(&cal), uids(&again));
}

#[test]
fn unknown_file_and_unwritable_output_fail() {
    let dir = tempfile::tempdir().unwrap();
    retroplan()
        .args(["export", "ics", "--lang", "en", "--file"])
        .arg(dir.path().join("none.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("none.json"));
    let file = dir.path().join("p.json");
    retroplan()
        .args(["init", "--file"])
        .arg(&file)
        .assert()
        .success();
    retroplan()
        .args(["export", "ics", "--lang", "en", "-o"])
        .arg(dir.path().join("no/such/dir/x.ics"))
        .arg("--file")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot write"));
}

/// Issue 16 item 5: the default is what a person subscribes to (no stage
/// starts, no to-dos); `--only` picks; `--all` is everything.
#[test]
fn default_only_and_all_choose_the_parts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portfolio.json");
    retroplan()
        .args(["init", "--demo", "--today", "2026-11-28", "--file"])
        .arg(&file)
        .assert()
        .success();
    let export = |args: &[&str]| -> Calendar {
        let out = retroplan()
            .args(["export", "ics", "--today", "2026-11-28", "--file"])
            .arg(&file)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().parse().unwrap()
    };
    let uids = |c: &Calendar| -> Vec<String> {
        c.events()
            .filter_map(|e| e.get_uid().map(str::to_string))
            .collect()
    };
    let default = export(&[]);
    assert_eq!(default.todos().count(), 0);
    assert!(!uids(&default).iter().any(|u| u.contains(".stage.")));
    assert!(uids(&default).iter().any(|u| u.ends_with(".j@retroplan")));
    assert!(
        uids(&default)
            .iter()
            .any(|u| u.ends_with(".branch@retroplan"))
    );
    assert!(
        uids(&default)
            .iter()
            .any(|u| u.ends_with(".follow-up@retroplan"))
    );
    let only_j = export(&["--only", "j"]);
    assert!(uids(&only_j).iter().all(|u| u.ends_with(".j@retroplan")));
    let two = export(&["--only", "j,follow-ups"]);
    assert!(uids(&two).len() > uids(&only_j).len());
    let all = export(&["--all"]);
    assert!(all.todos().count() > 0);
    assert!(uids(&all).iter().any(|u| u.contains(".stage.")));
    retroplan()
        .args(["export", "ics", "--all", "--only", "j", "--file"])
        .arg(&file)
        .assert()
        .code(2);
}
