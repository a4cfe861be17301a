//! The real binary as the CLI tests run it: no user environment leaking in.

use std::path::PathBuf;

use assert_cmd::Command;

/// `retroplan` with the user's language, file, today and colour settings removed.
pub fn retroplan() -> Command {
    let mut cmd = Command::cargo_bin("retroplan").unwrap();
    cmd.env_remove("RETROPLAN_LANG")
        .env_remove("RETROPLAN_FILE")
        .env_remove("RETROPLAN_TODAY")
        .env_remove("RETROPLAN_USER")
        .env_remove("NO_COLOR")
        .env("LANG", "C");
    cmd
}

/// A fresh copy of the example portfolio, dated 2026-11-28, in its own folder.
pub fn demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portfolio.json");
    retroplan()
        .args(["init", "--demo", "--today", "2026-11-28", "--file"])
        .arg(&file)
        .assert()
        .success();
    (dir, file)
}
