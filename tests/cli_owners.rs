//! Issue 17 "who" from the command line: `agenda` shows your entries and
//! those nobody owns, `--all` everyone's, the JSON says whose each is.

mod common;
use common::cli::{demo, retroplan};

use serde_json::Value;

/// The demo with one pursuit owned by Marie and the Perche Vert's
/// pursuits (and its people) by Paul.
fn team_demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, file) = demo();
    // Marie's: the first pursuit outside the Perche Vert the agenda lists.
    let out = retroplan()
        .args([
            "agenda",
            "--today",
            "2026-11-28",
            "--days",
            "60",
            "--json",
            "--file",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let maries = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["authority_id"] != "a-demo-perche-vert" && e["pursuit_id"].is_string())
        .map(|e| e["pursuit_id"].clone())
        .unwrap();
    let mut v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    for a in v["authorities"].as_array_mut().unwrap() {
        let paul = a["id"] == "a-demo-perche-vert";
        for p in a["pursuits"].as_array_mut().unwrap() {
            if p["id"] == maries {
                p["owner"] = "Marie".into();
            }
            if paul {
                p["owner"] = "Paul".into();
            }
        }
        if paul {
            for c in a["contacts"].as_array_mut().unwrap() {
                c["owner"] = "Paul".into();
            }
        }
    }
    std::fs::write(&file, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    (dir, file)
}

fn agenda(file: &std::path::Path, user: &str, extra: &[&str]) -> (Vec<Value>, String) {
    let mut json = retroplan();
    json.env("RETROPLAN_USER", user)
        .args([
            "agenda",
            "--today",
            "2026-11-28",
            "--days",
            "60",
            "--json",
            "--file",
        ])
        .arg(file)
        .args(extra);
    let out = json.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut text = retroplan();
    text.env("RETROPLAN_USER", user)
        .args([
            "agenda",
            "--today",
            "2026-11-28",
            "--days",
            "60",
            "--lang",
            "en",
            "--file",
        ])
        .arg(file)
        .args(extra);
    let out = text.output().unwrap();
    assert!(out.status.success());
    (
        v.as_array().unwrap().clone(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn owners(entries: &[Value]) -> Vec<&str> {
    entries
        .iter()
        .map(|e| e.get("owner").and_then(Value::as_str).unwrap_or(""))
        .collect()
}

#[test]
fn agenda_shows_mine_and_nobodys_and_all_shows_everyones() {
    let (_dir, file) = team_demo();
    let (all, _) = agenda(&file, "marie", &["--all"]);
    let o = owners(&all);
    assert!(o.contains(&"Paul"), "{o:?}");
    assert!(o.contains(&"Marie"), "{o:?}");
    assert!(o.contains(&""), "{o:?}");
    let (mine, text) = agenda(&file, "marie", &[]);
    let o = owners(&mine);
    assert!(!o.contains(&"Paul"), "{o:?}");
    assert!(o.contains(&"Marie"));
    let pauls = all.len() - mine.len();
    assert!(pauls > 0);
    assert!(
        text.contains(&format!(
            "{pauls} entry(ies) owned by others not shown (--all shows everything)."
        )),
        "{text}"
    );
    // Paul sees his own and nobody's, not Marie's.
    let (his, _) = agenda(&file, "Paul", &[]);
    let o = owners(&his);
    assert!(o.contains(&"Paul") && !o.contains(&"Marie"), "{o:?}");
    // Nothing hidden, nothing said.
    let (_, text) = agenda(&file, "marie", &["--all"]);
    assert!(!text.contains("not shown"));
}

#[test]
fn without_retroplan_user_the_git_name_of_the_folder_decides() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    let (dir, file) = team_demo();
    let git = |args: &[&str]| {
        assert!(
            std::process::Command::new("git")
                .arg("-C")
                .arg(dir.path())
                .args(args)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .status()
                .unwrap()
                .success()
        );
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "Paul"]);
    let out = retroplan()
        .env_remove("RETROPLAN_USER")
        .args([
            "agenda",
            "--today",
            "2026-11-28",
            "--days",
            "60",
            "--json",
            "--file",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let o = owners(v.as_array().unwrap());
    assert!(o.contains(&"Paul") && !o.contains(&"Marie"), "{o:?}");
}
