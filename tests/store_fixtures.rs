//! Bad files from `tests/fixtures/store/`: `check`, `init` and `load` each
//! refuse them with a message naming the file and the place, and leave them
//! byte-identical, with nothing created beside them.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use retroplan::store::{self, StoreError};

/// (fixture, what `check` must say in English)
const BAD: &[(&str, &str)] = &[
    (
        "empty.json",
        "empty.json:1:0: unreadable JSON: the file is empty",
    ),
    (
        "truncated.json",
        "truncated.json:373:0: unreadable JSON: the file stops midway",
    ),
    (
        "nul_filled.json",
        "nul_filled.json:1:1: unreadable JSON: a JSON value was expected",
    ),
    (
        "deeply_nested.json",
        "deeply_nested.json:1:54: unreadable JSON: invalid type",
    ),
    (
        "wrong_format.json",
        "wrong_format.json is not a retroplan portfolio",
    ),
    (
        "version_999.json",
        "written by a newer retroplan (format 999",
    ),
    (
        "version_999_new_shape.json",
        "comes from a newer retroplan (format 999",
    ),
];

fn retroplan() -> Command {
    let mut cmd = Command::cargo_bin("retroplan").unwrap();
    cmd.env_remove("RETROPLAN_FILE")
        .env_remove("RETROPLAN_LANG")
        .env("RETROPLAN_TODAY", "2026-11-28")
        .env("LANG", "C");
    cmd
}

/// A private copy of a fixture, alone in its folder.
fn copy(name: &str) -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/store")
        .join(name);
    let bytes = fs::read(&src).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, &bytes).unwrap();
    (dir, path, bytes)
}

fn assert_untouched(dir: &Path, path: &Path, bytes: &[u8]) {
    assert_eq!(fs::read(path).unwrap(), bytes, "{} changed", path.display());
    assert_eq!(
        fs::read_dir(dir).unwrap().count(),
        1,
        "files appeared beside {}",
        path.display()
    );
}

#[test]
fn check_refuses_each_bad_file_saying_where_and_leaves_it_alone() {
    for (name, message) in BAD {
        let (dir, path, bytes) = copy(name);
        let out = retroplan()
            .args(["--lang", "en", "check", "--file"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{name}: {err}");
        assert_untouched(dir.path(), &path, &bytes);
    }
}

#[test]
fn check_speaks_french_by_default() {
    let (_dir, path, _) = copy("truncated.json");
    let out = retroplan()
        .args(["check", "--file"])
        .arg(&path)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("truncated.json:373:0 : JSON illisible : le fichier s'arrête au milieu"),
        "{err}"
    );
    assert!(err.contains("n'a pas été modifié"), "{err}");
}

#[test]
fn init_never_overwrites_any_of_them() {
    for (name, _) in BAD {
        for demo in [false, true] {
            let (dir, path, bytes) = copy(name);
            let mut cmd = retroplan();
            cmd.args(["--lang", "en", "init"]);
            if demo {
                cmd.arg("--demo");
            }
            let out = cmd.arg("--file").arg(&path).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{name}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("already exists"), "{name}: {err}");
            assert_untouched(dir.path(), &path, &bytes);
        }
    }
}

#[test]
fn load_refuses_each_with_its_reason_and_leaves_it_alone() {
    for (name, _) in BAD {
        let (dir, path, bytes) = copy(name);
        match store::load(&path) {
            Ok(loaded) => {
                // Only the newer file that fits the model opens, read-only.
                assert_eq!(*name, "version_999.json");
                assert!(loaded.newer_version);
                // And nothing can write it back.
                let err = store::save(&path, &loaded.portfolio, Some(&loaded.stamp)).unwrap_err();
                assert!(matches!(err, StoreError::NewerVersion { found: 999, .. }));
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.contains(name), "{name}: {msg}");
                let expected = match *name {
                    "wrong_format.json" => matches!(e, StoreError::NotOurs { .. }),
                    "version_999_new_shape.json" => matches!(e, StoreError::NewerVersion { .. }),
                    _ => matches!(e, StoreError::Syntax { .. }),
                };
                assert!(expected, "{name}: {e:?}");
            }
        }
        assert_untouched(dir.path(), &path, &bytes);
    }
}

#[test]
fn a_bad_file_with_a_backup_beside_it_suggests_the_backup() {
    let (dir, path, _) = copy("truncated.json");
    let good = retroplan::demo::portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    fs::write(store::bak_path(&path), store::to_bytes(&good)).unwrap();
    let msg = store::load(&path).unwrap_err().to_string();
    assert!(msg.contains("truncated.json.bak"), "{msg}");
    assert!(msg.contains("retroplan check --file"), "{msg}");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn check_accepts_a_good_file_with_a_one_line_summary_and_flags_rule_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.json");
    retroplan()
        .args(["init", "--demo", "--file"])
        .arg(&path)
        .assert()
        .success();
    let out = retroplan()
        .args(["--lang", "en", "check", "--file"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("valid — 6 authorities, 10 pursuits"),
        "{text}"
    );

    // Break several rules by hand, as a careless edit would.
    let mut v: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    let a0 = &mut v["authorities"][0];
    a0["priority"] = 9.into();
    a0["priorty"] = 2.into();
    a0["pursuits"][0]["factor"] = 7.5.into();
    a0["pursuits"][0]["checklist"]["prospection.nope"] = serde_json::json!({"done": "2026-01-01"});
    let dup = v["authorities"][1]["id"].clone();
    v["authorities"][2]["id"] = dup;
    let c0 = &mut v["authorities"][0]["contacts"][0]["interactions"][0];
    c0["follow_up"] = "1999-01-01".into();
    let p1 = &mut v["authorities"][1]["pursuits"][0];
    p1["j"] = serde_json::Value::Null;
    p1["current_expiry"] = serde_json::Value::Null;
    p1["j_confirmed"] = false.into();
    fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let before = fs::read(&path).unwrap();

    let out = retroplan()
        .args(["--lang", "en", "check", "--file"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "7 problem(s)",
        "priority 9 outside 1 to 5",
        "factor 7.5 outside (0, 5]",
        "checklist item 'prospection.nope' unknown",
        "appears 2 times",
        "follow-up on 1999-01-01, before the interaction itself",
        "neither a day J nor a current-contract expiry",
        "unknown key 'authorities[0].priorty'",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    // Errors come first; load refuses what the program cannot work with.
    let first = err.lines().nth(1).unwrap();
    assert!(first.trim_start().starts_with("error:"), "{err}");
    match store::load(&path) {
        Err(StoreError::Invalid { problems, .. }) => assert_eq!(problems.len(), 3),
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn init_creates_folder_and_file_and_refuses_a_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/sub/portfolio.json");
    retroplan()
        .args(["init", "--file"])
        .arg(&path)
        .assert()
        .success();
    let loaded = store::load(&path).unwrap();
    assert!(loaded.portfolio.authorities.is_empty());
    let before = fs::read(&path).unwrap();
    let out = retroplan()
        .args(["init", "--demo", "--file"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("existe déjà"));
    assert_eq!(fs::read(&path).unwrap(), before);

    // RETROPLAN_FILE works as --file does.
    let other = dir.path().join("env.json");
    retroplan()
        .env("RETROPLAN_FILE", &other)
        .args(["init", "--demo"])
        .assert()
        .success();
    assert_eq!(store::load(&other).unwrap().portfolio.authorities.len(), 6);
}
