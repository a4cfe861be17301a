//! `retroplan agenda`, run as a user runs it.

mod common;
use common::cli::{demo, retroplan};

#[path = "../examples/gen_portfolio/generate.rs"]
#[allow(dead_code)]
mod generate;

use predicates::prelude::*;
use serde_json::Value;

/// A demo portfolio in a fresh folder, as `init --demo` makes it.

#[test]
fn text_lists_families_most_urgent_first_without_colour_in_a_pipe() {
    let (_dir, file) = demo();
    retroplan()
        .env("RETROPLAN_FILE", &file)
        .args(["agenda", "--today", "2026-11-28", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Agenda for 2026-11-28 — next 14 days\n\nLate · today\n",
        ))
        .stdout(predicate::str::contains(
            "! late         Département d'Eure-et-Loir › Marquage au sol des routes départementales — 3 items of stage 2 not done · J-",
        ))
        // Call lines carry the phone number.
        .stdout(predicate::str::contains(
            "☎ follow-up    Département d'Eure-et-Loir › Luc Bernard (Directeur des routes) · 01 99 00 03 31 — ",
        ))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn kind_filters_families_and_rejects_unknown_ones() {
    let (_dir, file) = demo();
    let out = retroplan()
        .args([
            "agenda",
            "--today",
            "2026-11-28",
            "--lang",
            "en",
            "--kind",
            "calls,j",
            "--json",
            "--file",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = v.as_array().unwrap();
    assert!(!entries.is_empty());
    assert!(
        entries
            .iter()
            .all(|e| ["calls", "j"].contains(&e["family"].as_str().unwrap()))
    );
    assert!(entries.iter().any(|e| e["phone"].is_string()));
    retroplan()
        .args(["agenda", "--kind", "later", "--file"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "late, due, documents, calls, decisions, notices, j",
        ));
}

#[test]
fn generated_portfolio_is_three_times_shorter_and_hides_no_late_pursuit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let portfolio = generate::portfolio(40, today, 1);
    std::fs::write(&file, retroplan::store::to_bytes(&portfolio)).unwrap();
    let run = |extra: &[&str]| {
        let out = retroplan()
            .args(["agenda", "--today", "2026-12-01", "--days", "14", "--file"])
            .arg(&file)
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let text = run(&[]);
    let v: Value = serde_json::from_str(&run(&["--json"])).unwrap();
    let entries = v.as_array().unwrap();
    // One line per entry plus headings was the agenda before it grouped,
    // and before evidence took the items the data proves off it.
    let before = entries.len() + proven_entries(&portfolio, today, 14);
    assert!(
        text.lines().count() * 3 <= before,
        "{} lines for {before} entries before",
        text.lines().count(),
    );
    for e in entries
        .iter()
        .filter(|e| e["state"] == "late" && e["pursuit"].is_string())
    {
        let who = format!(
            "{} › {}",
            e["authority"].as_str().unwrap(),
            e["pursuit"].as_str().unwrap()
        );
        assert!(text.contains(&who), "{who} missing");
    }
    // --expand hides nothing either: every entry has its line.
    assert!(run(&["--expand"]).lines().count() > entries.len());
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
    let kinds = [
        "late",
        "j_day",
        "closes",
        "follow_up",
        "nurture",
        "opens",
        "decision",
        "notice",
        "recall",
        "new_notice",
    ];
    let families = ["late", "due", "calls", "decisions", "notices", "j"];
    for e in entries {
        for key in [
            "date",
            "kind",
            "family",
            "authority",
            "pursuit",
            "item",
            "state",
            "contact",
            "role",
            "phone",
            "days_to_j",
            "urgency",
            "group",
            "stage",
        ] {
            assert!(e.get(key).is_some(), "{key} missing in {e}");
        }
        assert!(kinds.contains(&e["kind"].as_str().unwrap()), "{e}");
        assert!(["late", "due", "upcoming"].contains(&e["state"].as_str().unwrap()));
    }
    // In the text's order: family by family.
    let order: Vec<usize> = entries
        .iter()
        .map(|e| families.iter().position(|f| e["family"] == *f).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    assert!(
        entries
            .iter()
            .any(|e| e["kind"] == "follow_up" && e["pursuit"].is_null())
    );
    // Members of a group are next to each other.
    let groups: Vec<&str> = entries.iter().filter_map(|e| e["group"].as_str()).collect();
    let mut seen: Vec<&str> = Vec::new();
    for w in groups.windows(2) {
        if w[0] != w[1] {
            assert!(!seen.contains(&w[1]), "{} split", w[1]);
            seen.push(w[0]);
        }
    }
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

/// Items the agenda listed before evidence (late, closing or opening within
/// `days`) that the data now proves done.
fn proven_entries(p: &retroplan::model::Portfolio, today: chrono::NaiveDate, days: u64) -> usize {
    use retroplan::model::ItemState;
    use retroplan::model::progress::{items, windows_of};
    let horizon = today + chrono::Days::new(days);
    let mut n = 0;
    for a in &p.authorities {
        for pu in a.pursuits.iter().filter(|x| !x.outcome.is_closed()) {
            let Ok((w, _)) = windows_of(pu, &p.settings) else {
                continue;
            };
            for it in items(a, pu, &w, &p.settings, today) {
                if !it.active || it.state != ItemState::Evidence {
                    continue;
                }
                n += usize::from(match ItemState::pending(it.window, today) {
                    ItemState::Late => true,
                    ItemState::Due => it.window.last_day() <= horizon,
                    ItemState::Upcoming => it.window.start <= horizon,
                    _ => false,
                });
            }
        }
    }
    n
}
