//! `retroplan timeline`, run as a user runs it.

mod common;
use common::cli::retroplan;

use predicates::prelude::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = retroplan().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_gives_the_documented_windows() {
    let v = json(&["timeline", "--j", "2027-06-30", "--json"]);
    assert_eq!(v["j"], "2027-06-30");
    assert_eq!(v["factor"], 1.0);
    assert_eq!(v["branch_date"], "2026-10-30");
    let stages = v["stages"].as_array().unwrap();
    let ids: Vec<&str> = stages.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["prospection", "preparation", "publicity"]);
    assert_eq!(stages[0]["start"], "2026-06-30");
    assert_eq!(stages[0]["end"], "2026-10-30");
    assert_eq!(stages[1]["start"], "2026-10-30");
    assert_eq!(stages[1]["end"], "2027-05-09");
    assert_eq!(stages[2]["start"], "2027-05-09");
    assert_eq!(stages[2]["end"], "2027-06-29");
    assert_eq!(stages[0]["items"].as_array().unwrap().len(), 5);
    assert_eq!(stages[0]["items"][0]["id"], "prospection.targets");
    assert_eq!(
        stages[0]["items"][0]["label"],
        "Établir la liste des collectivités publiques cibles"
    );
}

#[test]
fn json_in_english_with_french_date_input_and_factor() {
    let v = json(&[
        "timeline",
        "--j",
        "30/06/2027",
        "--factor",
        "1.5",
        "--json",
        "--lang",
        "en",
    ]);
    assert_eq!(v["factor"], 1.5);
    assert_eq!(v["stages"][0]["start"], "2025-12-30");
    assert_eq!(v["stages"][2]["start"], "2027-04-13");
    assert_eq!(
        v["stages"][0]["items"][0]["label"],
        "List the target public authorities"
    );
}

#[test]
fn works_exceptional_kind_sets_factor() {
    let v = json(&[
        "timeline",
        "--j",
        "2027-06-30",
        "--kind",
        "works-exceptional",
        "--json",
    ]);
    assert_eq!(v["factor"], 1.5);
    assert_eq!(v["kind"], "works_exceptional");
}

#[test]
fn text_in_french_by_default() {
    retroplan()
        .args(["timeline", "--j", "2027-06-30", "--today", "2026-11-28"])
        .assert()
        .success()
        .stdout(predicate::str::contains("J = 30/06/2027"))
        .stdout(predicate::str::contains("J-214"))
        .stdout(predicate::str::contains(
            "Étape 1 — La prospection    30/06/2026 → 29/10/2026",
        ))
        .stdout(predicate::str::contains("Appels téléphoniques"))
        .stdout(predicate::str::contains("en retard"));
}

#[test]
fn text_in_english_from_env_and_locale() {
    retroplan()
        .env("RETROPLAN_LANG", "en")
        .args(["timeline", "--j", "2027-06-30", "--today", "2026-11-28"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Stage 1 — Prospection    2026-06-30 → 2026-10-29",
        ))
        .stdout(predicate::str::contains("Phone calls"));
    retroplan()
        .env("LANG", "en_GB.UTF-8")
        .args(["timeline", "--j", "2027-06-30"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Day J"));
}

#[test]
fn impossible_date_exits_2_naming_it() {
    retroplan()
        .args(["timeline", "--j", "2027-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2027-02-30"));
    retroplan()
        .args(["timeline", "--j", "31/04/2027"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("31/04/2027"));
}

#[test]
fn factor_out_of_range_exits_2_naming_it() {
    for bad in ["0", "5.5", "-1", "abc", "NaN"] {
        retroplan()
            .args(["timeline", "--j", "2027-06-30", "--factor", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("« {bad} »")));
        retroplan()
            .args([
                "--lang",
                "en",
                "timeline",
                "--j",
                "2027-06-30",
                "--factor",
                bad,
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("'{bad}'")));
    }
}

#[test]
fn bad_today_exits_2() {
    retroplan()
        .args(["timeline", "--j", "2027-06-30", "--today", "2026-02-29"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2026-02-29"));
}

/// Issue 16 items 3 and 8: the factor is written exactly, and `--kind`
/// takes the file's spelling too.
#[test]
fn the_header_gives_the_exact_factor_and_kind_takes_the_file_spelling() {
    retroplan()
        .args(["timeline", "--j", "2027-06-30", "--today", "2026-11-28"])
        .args(["--kind", "works_exceptional", "--factor", "1.25"])
        .assert()
        .success()
        .stdout(predicate::str::contains("facteur 1,25)"));
    retroplan()
        .args(["timeline", "--j", "2027-06-30", "--lang", "en"])
        .args(["--kind", "works-exceptional"])
        .assert()
        .success()
        .stdout(predicate::str::contains("factor 1.5)"));
}

#[test]
fn code2019_open_tender_puts_stage_3_at_j_minus_30_and_says_why() {
    let v = json(&[
        "timeline",
        "--j",
        "2027-06-30",
        "--rules",
        "code2019",
        "--procedure",
        "open",
        "--json",
    ]);
    assert_eq!(v["rules"], "code2019");
    assert_eq!(v["procedure"], "open");
    assert_eq!(v["stages"][2]["start"], "2027-05-31");
    assert_eq!(v["notice"]["expected"], "2027-05-31");
    assert_eq!(v["notice"]["days"], 30);
    assert_eq!(v["notice"]["rule"], "code2019.open.electronic");
    assert!(
        v["notice"]["why"]
            .as_str()
            .unwrap()
            .contains("électronique")
    );
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0);
    // Paper: 35 days.
    let v = json(&[
        "timeline",
        "--j",
        "2027-06-30",
        "--rules",
        "code2019",
        "--procedure",
        "open",
        "--submission",
        "paper",
        "--amount",
        "39999",
        "--json",
    ]);
    assert_eq!(v["stages"][2]["start"], "2027-05-26");
    assert_eq!(v["notice"]["rule"], "code2019.open.paper");
    assert_eq!(
        v["warnings"].as_array().unwrap().len(),
        0,
        "below 40 k€ paper is fine"
    );
}

#[test]
fn seed_rules_still_give_j_minus_52() {
    for extra in [
        &[][..],
        &["--rules", "seed"][..],
        &["--rules", "seed", "--procedure", "adapted"][..],
    ] {
        let mut args = vec!["timeline", "--j", "2027-06-30", "--json"];
        args.extend_from_slice(extra);
        let v = json(&args);
        assert_eq!(v["stages"][2]["start"], "2027-05-09", "{extra:?}");
        assert_eq!(v["notice"]["rule"], "seed");
        assert_eq!(v["rules"], "seed");
    }
}

#[test]
fn notice_days_and_published_date_override_the_rule() {
    let v = json(&[
        "timeline",
        "--j",
        "2027-06-30",
        "--rules",
        "code2019",
        "--procedure",
        "adapted",
        "--notice-days",
        "28",
        "--json",
    ]);
    assert_eq!(v["stages"][2]["start"], "2027-06-02");
    assert_eq!(v["notice"]["rule"], "pursuit");
    let v = json(&[
        "timeline",
        "--j",
        "2027-06-30",
        "--rules",
        "code2019",
        "--procedure",
        "open",
        "--submission",
        "paper",
        "--published",
        "2027-05-20",
        "--json",
    ]);
    assert_eq!(v["stages"][2]["start"], "2027-05-20");
    assert_eq!(v["notice"]["expected"], "2027-05-26");
    assert_eq!(v["notice"]["published"], "2027-05-20");
    assert_eq!(
        v["notice"]["text"],
        "avis attendu J-35 · publié le 20/05/2027 (J-41)"
    );
    // Paper with no amount: electronic may be mandatory.
    assert_eq!(v["warnings"][0]["kind"], "paper_over_threshold");
}

#[test]
fn restricted_procedure_has_a_candidature_milestone() {
    let v = json(&[
        "timeline",
        "--j",
        "2027-06-30",
        "--rules",
        "code2019",
        "--procedure",
        "restricted",
        "--json",
    ]);
    assert_eq!(v["stages"][2]["start"], "2027-05-06");
    assert_eq!(v["candidature"]["date"], "2027-06-05");
    assert_eq!(v["candidature"]["days"], 25);
    let items = v["stages"][2]["items"].as_array().unwrap();
    assert!(
        items
            .iter()
            .any(|i| i["id"] == "publicity.candidature" && i["last_day"] == "2027-06-05")
    );
    // 5 June 2027 is a Saturday: the candidature deadline warns too.
    assert_eq!(v["warnings"][0]["about"], "candidature");
    assert_eq!(v["warnings"][0]["kind"], "saturday");
}

#[test]
fn j_on_ascension_warns() {
    let v = json(&["timeline", "--j", "2027-05-06", "--json", "--lang", "en"]);
    assert_eq!(v["warnings"][0]["about"], "j");
    assert_eq!(v["warnings"][0]["kind"], "ascension");
    assert!(
        v["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Ascension")
    );
    retroplan()
        .args(["timeline", "--j", "2027-05-06", "--today", "2026-12-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "J tombe un jour férié : Ascension (06/05/2027)",
        ));
    retroplan()
        .args(["timeline", "--j", "2027-06-27", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("J falls on a Sunday (2027-06-27)"));
}

#[test]
fn factor_one_and_a_half_names_the_real_branch_offset() {
    let v = json(&["timeline", "--j", "2027-06-30", "--factor", "1.5", "--json"]);
    assert_eq!(v["branch"]["title"], "2 hypothèses à J-12 mois");
    assert_eq!(v["branch_date"], "2026-06-30");
    let v = json(&["timeline", "--j", "2027-06-30", "--json"]);
    assert_eq!(v["branch"]["title"], "2 hypothèses à J-8 mois");
}
