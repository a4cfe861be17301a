//! Issue 10, tried as a hostile user would, through the real binary: an
//! export never overwrites the portfolio, every name of one file shares one
//! lock, a missing file with a surviving copy is brought back, unknown keys
//! survive a save, and a closed or full stdout is no panic.

mod common;
use common::cli::{demo, retroplan};

use std::path::Path;

use predicates::prelude::*;

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn no_export_overwrites_the_portfolio_or_its_files() {
    let (dir, file) = demo();
    // A save makes the backup.
    retroplan()
        .arg("--file")
        .arg(&file)
        .args(["import", "csv", "authorities"])
        .arg(write(
            dir.path(),
            "a.csv",
            "nom;ville\nMairie de Test;Test\n",
        ))
        .assert()
        .success();
    let bak = dir.path().join("portfolio.json.bak");
    let (before, bak_before) = (bytes(&file), bytes(&bak));
    std::fs::hard_link(&file, dir.path().join("hard.csv")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&bak, dir.path().join("link.csv")).unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let targets = [
        file.clone(),
        bak.clone(),
        dir.path().join("portfolio.json.lock"),
        dir.path().join("hard.csv"),
        dir.path().join("link.csv"),
        sub.join("../portfolio.json"),
    ];
    for target in &targets {
        for (export, lang, word) in [
            (&["csv", "contacts"][..], "fr", "Rien n'a été écrit"),
            (&["ics"][..], "en", "Nothing was written"),
        ] {
            retroplan()
                .arg("--file")
                .arg(&file)
                .args(["--lang", lang, "export"])
                .args(export)
                .arg("-o")
                .arg(target)
                .assert()
                .failure()
                .code(1)
                .stderr(predicate::str::contains(word));
        }
    }
    assert_eq!(bytes(&file), before);
    assert_eq!(bytes(&bak), bak_before);
}

#[test]
fn exports_are_private_and_dash_is_stdout() {
    let (dir, file) = demo();
    let out = dir.path().join("contacts.csv");
    retroplan()
        .arg("--file")
        .arg(&file)
        .args(["export", "csv", "contacts", "-o"])
        .arg(&out)
        .assert()
        .success();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let stdout = retroplan()
        .current_dir(dir.path())
        .arg("--file")
        .arg(&file)
        .args(["export", "csv", "contacts", "-o", "-"])
        .output()
        .unwrap();
    assert!(stdout.status.success());
    assert_eq!(stdout.stdout, bytes(&out));
    assert!(!dir.path().join("-").exists());
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Two loops of imports, one through the file's name and one through a
/// symlink, in parallel processes: every import that says it succeeded is
/// in the file at the end (a refused one says the file is in use).
#[cfg(unix)]
#[test]
fn every_name_of_one_file_shares_one_lock() {
    let (dir, file) = demo();
    let link = dir.path().join("a.json");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    // Held through the real name: an import through the link must wait its turn.
    let held = retroplan::store::lock(&file).unwrap();
    retroplan()
        .arg("--file")
        .arg(&link)
        .args(["--lang", "en", "import", "csv", "authorities"])
        .arg(write(dir.path(), "x.csv", "nom;ville\nMairie X;X\n"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("in use by another retroplan"));
    drop(held);
    let loops: Vec<_> = [file.clone(), link.clone()]
        .into_iter()
        .enumerate()
        .map(|(n, name)| {
            let dir = dir.path().to_path_buf();
            std::thread::spawn(move || {
                let mut done = Vec::new();
                for i in 0..12 {
                    let who = format!("Mairie L{n}-{i}");
                    let csv = write(&dir, &format!("l{n}-{i}.csv"), &format!("nom\n{who}\n"));
                    let out = retroplan()
                        .arg("--file")
                        .arg(&name)
                        .args(["--lang", "en", "import", "csv", "authorities"])
                        .arg(csv)
                        .output()
                        .unwrap();
                    if out.status.success() {
                        done.push(who);
                    } else {
                        let err = String::from_utf8_lossy(&out.stderr);
                        assert!(err.contains("in use"), "{err}");
                    }
                }
                done
            })
        })
        .collect();
    let done: Vec<String> = loops.into_iter().flat_map(|h| h.join().unwrap()).collect();
    let p = retroplan::store::load(&file).unwrap().portfolio;
    for who in &done {
        assert!(p.authorities.iter().any(|a| &a.name == who), "{who} lost");
    }
    assert!(!done.is_empty());
    // One lock file, beside the real file; none beside the link's name.
    assert!(!dir.path().join("a.json.lock").exists());
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_missing_file_names_its_backup_and_restore_brings_it_back() {
    let (dir, file) = demo();
    let bak = dir.path().join("portfolio.json.bak");
    std::fs::rename(&file, &bak).unwrap();
    let kept = bytes(&bak);
    for args in [&["check"][..], &["agenda"], &["export", "ics"]] {
        retroplan()
            .arg("--file")
            .arg(&file)
            .args(["--lang", "en"])
            .args(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains("a copy exists"))
            .stderr(predicate::str::contains("retroplan --file"))
            .stderr(predicate::str::contains("restore"));
    }
    retroplan()
        .arg("--file")
        .arg(&file)
        .arg("restore")
        .assert()
        .success()
        .stdout(predicate::str::contains("restauré"));
    assert_eq!(bytes(&file), kept);
    assert_eq!(bytes(&bak), kept);
    // Never over an existing portfolio.
    retroplan()
        .arg("--file")
        .arg(&file)
        .args(["--lang", "en", "restore"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists"));
    // init on a missing file keeps the old backup aside instead of losing it.
    std::fs::remove_file(&file).unwrap();
    retroplan()
        .arg("--file")
        .arg(&file)
        .arg("init")
        .assert()
        .success();
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("portfolio.json.bak-")
        })
        .expect("old backup kept aside");
    assert_eq!(bytes(&aside.path()), kept);
}

/// Issue 10 item 6: keys this version does not know survive a save, at
/// every level, and `check` names them.
#[test]
fn unknown_keys_survive_a_save_and_check_names_them() {
    let (dir, file) = demo();
    let mut v: serde_json::Value = serde_json::from_slice(&bytes(&file)).unwrap();
    v["synced_by"] = serde_json::json!({"tool": "x", "rev": [1, 2.5, null]});
    v["settings"]["theme"] = "dark".into();
    v["authorities"][0]["crm_id"] = 42.into();
    v["authorities"][0]["pursuits"][0]["x-note"] = "keep me".into();
    v["authorities"][0]["contacts"][0]["linkedin"] = "in/x".into();
    std::fs::write(&file, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    retroplan()
        .arg("--file")
        .arg(&file)
        .args(["--lang", "en", "check"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "unknown key 'authorities[0].crm_id'",
        ))
        .stderr(predicate::str::contains("unknown key 'synced_by'"));
    retroplan()
        .arg("--file")
        .arg(&file)
        .args(["import", "csv", "authorities"])
        .arg(write(
            dir.path(),
            "a.csv",
            "nom;ville\nMairie Neuve;Neuve\n",
        ))
        .assert()
        .success();
    let after: serde_json::Value = serde_json::from_slice(&bytes(&file)).unwrap();
    assert_eq!(after["synced_by"], v["synced_by"]);
    assert_eq!(after["settings"]["theme"], "dark");
    assert_eq!(after["authorities"][0]["crm_id"], 42);
    assert_eq!(after["authorities"][0]["pursuits"][0]["x-note"], "keep me");
    assert_eq!(after["authorities"][0]["contacts"][0]["linkedin"], "in/x");
}

/// `retroplan` as a plain process, for tests that choose its stdout.
fn process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("retroplan"));
    cmd.env_remove("RETROPLAN_LANG")
        .env_remove("RETROPLAN_FILE")
        .env_remove("RETROPLAN_TODAY")
        .env("LANG", "C");
    cmd
}

/// Issue 10 item 9: `> /dev/full` is one line and exit 1; a closed pipe
/// (`| true`) is silence and exit 141; never a panic.
#[cfg(target_os = "linux")]
#[test]
fn a_full_or_closed_stdout_is_an_ordinary_error() {
    let (_dir, file) = demo();
    let commands: [&[&str]; 7] = [
        &["check"],
        &["agenda"],
        &["timeline", "--j", "2027-06-01"],
        &["export", "ics"],
        &["export", "csv", "contacts", "-o", "-"],
        &["docs"],
        &["completions", "bash"],
    ];
    for args in commands {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = process()
            .arg("--file")
            .arg(&file)
            .args(["--lang", "en"])
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().collect::<Vec<_>>(),
            ["retroplan: cannot write to standard output: No space left on device (os error 28)"],
            "{args:?}"
        );

        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = process()
            .arg("--file")
            .arg(&file)
            .args(args)
            .stdout(writer)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(141), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {:?}", out.stderr);
    }
}
