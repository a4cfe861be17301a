//! Version 1 → version 2: stage-1 progress moves from each pursuit up to
//! its authority; the first save keeps the version-1 original beside the
//! file; `check` accepts both versions.

mod common;
#[path = "../examples/gen_portfolio/generate.rs"]
mod generate;

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use common::cli::retroplan;
use retroplan::model::ticks::is_authority_item;
use retroplan::model::{FORMAT_VERSION, Portfolio};
use retroplan::store;
use serde_json::Value;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// `p` written as version 1 wrote it: each authority's stage-1 entries
/// copied into every one of its pursuits, no `checklist` on authorities.
fn as_version_one(p: &Portfolio) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&store::to_bytes(p)).unwrap();
    v["version"] = Value::from(1);
    for a in v["authorities"].as_array_mut().unwrap() {
        let obj = a.as_object_mut().unwrap();
        let stage1 = obj
            .remove("checklist")
            .unwrap_or(Value::Object(Default::default()));
        for x in obj["pursuits"].as_array_mut().unwrap() {
            let list = x["checklist"].as_object_mut().unwrap();
            for (id, entry) in stage1.as_object().unwrap() {
                list.insert(id.clone(), entry.clone());
            }
        }
    }
    serde_json::to_vec_pretty(&v).unwrap()
}

/// Load `bytes` as a file: the portfolio after conversion.
fn load_bytes(dir: &Path, bytes: &[u8]) -> store::Loaded {
    let path = dir.join("portfolio.json");
    fs::write(&path, bytes).unwrap();
    store::load(&path).unwrap()
}

fn same_data(converted: &Portfolio, original: &Portfolio) {
    assert_eq!(converted.version, FORMAT_VERSION);
    assert_eq!(converted.converted_from, Some(1));
    let mut c = converted.clone();
    c.converted_from = None;
    assert_eq!(&c, original);
}

#[test]
fn the_shipped_demo_round_trips_through_version_one() {
    let dir = tempfile::tempdir().unwrap();
    let demo = retroplan::demo::portfolio(d("2026-11-28"));
    assert!(demo.authorities.iter().any(|a| !a.checklist.is_empty()));
    let loaded = load_bytes(dir.path(), &as_version_one(&demo));
    same_data(&loaded.portfolio, &demo);
}

#[test]
fn gen_portfolio_output_round_trips_through_version_one() {
    let dir = tempfile::tempdir().unwrap();
    let generated = generate::portfolio(300, d("2026-11-28"), 7);
    let v1 = as_version_one(&generated);
    assert!(
        serde_json::from_slice::<Value>(&v1).unwrap()["authorities"][0]
            .get("checklist")
            .is_none()
    );
    let loaded = load_bytes(dir.path(), &v1);
    same_data(&loaded.portfolio, &generated);
}

#[test]
fn pursuits_that_disagree_keep_the_latest_tick_and_every_note() {
    let bytes = include_bytes!("fixtures/store/v1_disagreeing_pursuits.json");
    let dir = tempfile::tempdir().unwrap();
    let p = load_bytes(dir.path(), bytes).portfolio;
    let a = &p.authorities[0];
    let meet = &a.checklist["prospection.meet"];
    assert_eq!(meet.done, Some(d("2026-05-20")), "the latest of three");
    assert_eq!(meet.note, "Rencontre au salon · RDV avec la DGS");
    assert_eq!(
        a.checklist["prospection.targets"].done,
        Some(d("2026-01-05"))
    );
    let contact = &a.checklist["prospection.contact"];
    assert_eq!(contact.done, Some(d("2026-02-14")), "a tick beats none");
    assert_eq!(contact.note, "Voir M. Durand");
    assert_eq!(a.checklist.len(), 3);
    // Stages 2 and 3 stay with their pursuit.
    assert_eq!(
        a.pursuits[0].checklist.keys().collect::<Vec<_>>(),
        ["preparation.expiry"]
    );
    assert_eq!(
        a.pursuits[1].checklist.keys().collect::<Vec<_>>(),
        ["preparation.nature"]
    );
    assert!(a.pursuits[2].checklist.is_empty());
    assert!(
        p.pursuits()
            .all(|(_, x)| x.checklist.keys().all(|id| !is_authority_item(id)))
    );
    let b = &p.authorities[1];
    assert_eq!(
        b.checklist["prospection.decision_maker"].done,
        Some(d("2026-04-01"))
    );
}

#[test]
fn the_first_save_keeps_the_original_and_later_saves_leave_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    let original = include_bytes!("fixtures/store/v1_disagreeing_pursuits.json");
    fs::write(&path, original).unwrap();
    let loaded = store::load(&path).unwrap();
    let keep = dir.path().join("portfolio.v1.json");
    assert!(!keep.exists(), "loading writes nothing");
    let stamp = store::save(&path, &loaded.portfolio, Some(&loaded.stamp)).unwrap();
    assert_eq!(fs::read(&keep).unwrap(), original);
    let saved: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["version"], 2);
    assert!(saved["authorities"][0]["checklist"]["prospection.meet"].is_object());
    // A second save (and one after the copy was deleted) never writes it again.
    let mut p = loaded.portfolio.clone();
    p.authorities[0].name.push_str(" (28)");
    let stamp = store::save(&path, &p, Some(&stamp)).unwrap();
    assert_eq!(fs::read(&keep).unwrap(), original);
    fs::remove_file(&keep).unwrap();
    store::save(&path, &p, Some(&stamp)).unwrap();
    assert!(!keep.exists(), "the file on disk is version 2 now");
    // Reloaded: version 2, nothing to convert.
    let again = store::load(&path).unwrap();
    assert_eq!(again.portfolio.converted_from, None);
    assert_eq!(
        again.portfolio.authorities[0].checklist,
        p.authorities[0].checklist
    );
}

#[test]
fn check_accepts_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = dir.path().join("old.json");
    fs::write(
        &v1,
        include_bytes!("fixtures/store/v1_disagreeing_pursuits.json"),
    )
    .unwrap();
    let out = retroplan()
        .args(["check", "--lang", "en", "--today", "2026-12-01", "--file"])
        .arg(&v1)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("format 1: converted to format 2"),
        "{stdout}"
    );
    assert!(stdout.contains("old.v1.json"), "{stdout}");
    let (_dir, v2) = common::cli::demo();
    let out = retroplan()
        .args(["check", "--lang", "en", "--today", "2026-12-01", "--file"])
        .arg(&v2)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(!stdout.contains("converted"), "{stdout}");
    let saved: Value = serde_json::from_slice(&fs::read(&v2).unwrap()).unwrap();
    assert_eq!(saved["version"], 2);
}
