//! `retroplan merge` as a team uses it: two clones of one git repository
//! with the driver set up by `merge --setup`, and a synced folder's
//! conflict copy.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use predicates::prelude::*;
use retroplan::model::{Interaction, InteractionKind, Portfolio};

const TODAY: &str = "2026-12-01";

fn retroplan(file: &Path) -> assert_cmd::Command {
    let mut cmd = common::cli::retroplan();
    cmd.env("RETROPLAN_TODAY", TODAY)
        .env_remove("RETROPLAN_USER")
        .args(["--lang", "en", "--file"])
        .arg(file);
    cmd
}

/// git as `who`, with no user or system configuration leaking in; the
/// driver git runs inherits the same environment.
fn git(dir: &Path, who: &str, args: &[&str]) -> Output {
    let home = dir.parent().unwrap().join("home");
    std::fs::create_dir_all(&home).unwrap();
    Command::new("git")
        .current_dir(dir)
        .env("HOME", &home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", who)
        .env("GIT_AUTHOR_EMAIL", format!("{who}@example.org"))
        .env("GIT_COMMITTER_NAME", who)
        .env("GIT_COMMITTER_EMAIL", format!("{who}@example.org"))
        .env("RETROPLAN_TODAY", TODAY)
        .env_remove("RETROPLAN_USER")
        .env("RETROPLAN_LANG", "en")
        .env("LANG", "C")
        .args(["-c", &format!("user.name={who}")])
        .args(["-c", &format!("user.email={who}@example.org")])
        .args(["-c", "pull.rebase=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn load(file: &Path) -> Portfolio {
    retroplan::store::load(file).unwrap().portfolio
}

/// An edit as the tracker makes it: through the store, keeping a `.bak`.
fn edit(file: &Path, f: impl FnOnce(&mut Portfolio)) {
    let loaded = retroplan::store::load(file).unwrap();
    let mut p = loaded.portfolio;
    f(&mut p);
    retroplan::store::save(file, &p, Some(&loaded.stamp)).unwrap();
}

/// A bare origin and two clones, Alice's and Bob's, sharing the demo
/// portfolio, each with the driver set up.
struct Team {
    _dir: tempfile::TempDir,
    alice: PathBuf,
    bob: PathBuf,
}

impl Team {
    fn new() -> Team {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let origin = root.join("origin.git");
        ok(git(
            root,
            "Alice",
            &["init", "--bare", "-q", origin.to_str().unwrap()],
        ));
        ok(git(root, "Alice", &["clone", "-q", "origin.git", "alice"]));
        let alice = root.join("alice");
        let file = alice.join("portfolio.json");
        common::cli::retroplan()
            .args(["init", "--demo", "--today", "2026-11-28", "--file"])
            .arg(&file)
            .assert()
            .success();
        retroplan(&file)
            .args(["merge", "--setup"])
            .assert()
            .success()
            .stdout(predicate::str::contains("/portfolio.json merge=retroplan"))
            .stdout(predicate::str::contains("merge.retroplan.driver = "));
        std::fs::write(alice.join(".gitignore"), "*.lock\n*.bak\n.*.tmp-*\n").unwrap();
        ok(git(&alice, "Alice", &["add", "."]));
        ok(git(&alice, "Alice", &["commit", "-q", "-m", "portfolio"]));
        ok(git(&alice, "Alice", &["push", "-q", "origin", "HEAD"]));
        ok(git(root, "Bob", &["clone", "-q", "origin.git", "bob"]));
        let bob = root.join("bob");
        retroplan(&bob.join("portfolio.json"))
            .args(["merge", "--setup"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Already in"));
        Team {
            _dir: dir,
            alice,
            bob,
        }
    }

    fn file(clone: &Path) -> PathBuf {
        clone.join("portfolio.json")
    }

    fn commit(clone: &Path, who: &str, msg: &str) {
        ok(git(clone, who, &["commit", "-q", "-a", "-m", msg]));
    }
}

#[test]
fn setup_says_what_it_wrote_and_refuses_outside_a_repository() {
    let team = Team::new();
    let attributes = std::fs::read_to_string(team.alice.join(".gitattributes")).unwrap();
    assert_eq!(attributes, "/portfolio.json merge=retroplan\n");
    let driver = ok(git(&team.bob, "Bob", &["config", "merge.retroplan.driver"]));
    assert!(driver.trim().ends_with(" merge %O %A %B"), "{driver}");
    let lone = tempfile::tempdir().unwrap();
    retroplan(&lone.path().join("p.json"))
        .args(["merge", "--setup"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not inside a git repository"));
}

#[test]
fn edits_of_different_authorities_merge_without_conflict() {
    let team = Team::new();
    edit(&Team::file(&team.alice), |p| {
        p.authorities[0].town = "Dreux".into();
    });
    Team::commit(&team.alice, "Alice", "Dreux");
    ok(git(&team.alice, "Alice", &["push", "-q"]));
    edit(&Team::file(&team.bob), |p| {
        p.authorities[1].priority = 1;
        // A call logged the same day.
        p.authorities[1].contacts[0].interactions.push(Interaction {
            id: "i-bob".into(),
            kind: InteractionKind::Call,
            date: "2026-12-01".parse().unwrap(),
            summary: "Rappel".into(),
            follow_up: None,
            by: String::new(),
            extra: Default::default(),
        });
    });
    Team::commit(&team.bob, "Bob", "priority");
    ok(git(&team.bob, "Bob", &["pull", "-q", "--no-edit"]));
    let p = load(&Team::file(&team.bob));
    assert_eq!(p.authorities[0].town, "Dreux");
    assert_eq!(p.authorities[1].priority, 1);
    assert!(
        p.authorities[1].contacts[0]
            .interactions
            .iter()
            .any(|i| i.id == "i-bob")
    );
    assert!(p.conflicts.is_empty());
    retroplan(&Team::file(&team.bob))
        .arg("check")
        .assert()
        .success();
}

#[test]
fn the_same_field_edited_twice_is_a_conflict_in_a_valid_file() {
    let team = Team::new();
    edit(&Team::file(&team.alice), |p| {
        p.authorities[0].name = "Mairie de Saint-Aubin (Alice)".into();
    });
    Team::commit(&team.alice, "Alice", "name");
    ok(git(&team.alice, "Alice", &["push", "-q"]));
    edit(&Team::file(&team.bob), |p| {
        p.authorities[0].name = "Ville de Saint-Aubin (Bob)".into();
        p.authorities[1].town = "Chartres".into();
    });
    Team::commit(&team.bob, "Bob", "name");
    let pull = git(&team.bob, "Bob", &["pull", "--no-edit"]);
    assert!(!pull.status.success(), "git must report the conflict");
    let said =
        String::from_utf8_lossy(&pull.stdout).into_owned() + &String::from_utf8_lossy(&pull.stderr);
    assert!(said.contains("CONFLICT"), "{said}");
    assert!(said.contains("1 conflict(s) recorded"), "{said}");
    let status = ok(git(&team.bob, "Bob", &["status", "--porcelain"]));
    assert!(status.contains("UU portfolio.json"), "{status}");
    // Valid JSON, no markers; ours in place, both recorded.
    let text = std::fs::read_to_string(Team::file(&team.bob)).unwrap();
    assert!(!text.contains("<<<<<<<"));
    let p = load(&Team::file(&team.bob));
    assert_eq!(p.authorities[0].name, "Ville de Saint-Aubin (Bob)");
    assert_eq!(p.authorities[1].town, "Chartres");
    let [c] = &p.conflicts[..] else {
        panic!("{:?}", p.conflicts)
    };
    assert_eq!((c.kind.as_str(), c.field.as_str()), ("authority", "name"));
    assert_eq!(c.theirs, "Mairie de Saint-Aubin (Alice)");
    assert_eq!((c.ours_by.as_str(), c.theirs_by.as_str()), ("Bob", "Alice"));
    retroplan(&Team::file(&team.bob))
        .arg("check")
        .assert()
        .success()
        .stderr(predicate::str::contains("1 merge conflict(s) to settle"));

    // The tracker lists it; one key keeps theirs, and the conflict is gone.
    let today = TODAY.parse().unwrap();
    let mut app = retroplan::app::App::new(p, retroplan::i18n::Lang::En, today);
    conflicts_resolved_with_one_key(&mut app);
    let p = app.portfolio().clone();
    assert!(p.conflicts.is_empty());
    assert_eq!(p.authorities[0].name, "Mairie de Saint-Aubin (Alice)");
    retroplan::store::save(&Team::file(&team.bob), &p, None).unwrap();
    ok(git(&team.bob, "Bob", &["add", "portfolio.json"]));
    ok(git(&team.bob, "Bob", &["commit", "-q", "--no-edit"]));
    retroplan(&Team::file(&team.bob))
        .arg("check")
        .assert()
        .success();
}

/// Press `X`, see the conflict, press `t` (keep theirs).
fn conflicts_resolved_with_one_key(app: &mut retroplan::app::App) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use retroplan::app::{Msg, keymap, update};
    let key = |app: &mut retroplan::app::App, c: char| {
        let ev = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let msg = keymap::decode(&app.mode, app.focus, &ev).unwrap();
        update(app, msg);
    };
    update(app, Msg::Resize(120, 40));
    key(app, 'X');
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    term.draw(|f| retroplan::ui::render(app, f)).unwrap();
    let screen = term.backend().to_string();
    assert!(screen.contains("Merge conflicts (1)"), "{screen}");
    assert!(screen.contains("Mairie de Saint-Aubin (Alice)"), "{screen}");
    assert!(screen.contains("Alice"), "{screen}");
    key(app, 't');
}

#[test]
fn a_syncthing_conflict_copy_is_noticed_then_merged_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portfolio.json");
    common::cli::retroplan()
        .args(["init", "--demo", "--today", "2026-11-28", "--file"])
        .arg(&file)
        .assert()
        .success();
    // Both devices start from this version; ours saves (keeping it as .bak)
    // while the other device's save lands as a conflict copy.
    let base = load(&file);
    edit(&file, |p| p.authorities[0].town = "Dreux".into());
    let mut theirs = base.clone();
    theirs.authorities[2].contacts[0].phone = "02 37 00 00 00".into();
    theirs.authorities[0].pursuits[0].object = "Nettoyage (Marc)".into();
    let copy = dir
        .path()
        .join("portfolio.sync-conflict-20261201-101500-ABCDEFG.json");
    std::fs::write(&copy, retroplan::store::to_bytes(&theirs)).unwrap();

    retroplan(&file)
        .arg("check")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "1 sync conflict copy(ies) beside the portfolio: run `retroplan merge --conflict-copies`",
        ));
    retroplan(&file)
        .arg("agenda")
        .assert()
        .success()
        .stderr(predicate::str::contains("sync conflict copy"));
    retroplan(&file)
        .args(["merge", "--conflict-copies"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Merged and removed: "))
        .stdout(predicate::str::contains(
            "(from ABCDEFG) — 0 conflict(s); ancestor: the .bak backup",
        ));
    assert!(!copy.exists());
    let p = load(&file);
    assert_eq!(p.authorities[0].town, "Dreux");
    assert_eq!(p.authorities[2].contacts[0].phone, "02 37 00 00 00");
    assert_eq!(p.authorities[0].pursuits[0].object, "Nettoyage (Marc)");
    assert!(p.conflicts.is_empty());
    retroplan(&file)
        .arg("check")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    retroplan(&file)
        .args(["merge", "--conflict-copies"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No conflict copy beside"));
}

#[test]
fn the_driver_by_hand_writes_over_ours_or_to_out_and_refuses_garbage() {
    let (dir, file) = common::cli::demo();
    let base = load(&file);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.authorities[0].priority = 2;
    theirs.authorities[0].priority = 5;
    theirs.authorities[1].town = "Chartres".into();
    let path = |n: &str| dir.path().join(n);
    for (n, p) in [("b.json", &base), ("o.json", &ours), ("t.json", &theirs)] {
        std::fs::write(path(n), retroplan::store::to_bytes(p)).unwrap();
    }
    retroplan(&file)
        .arg("merge")
        .args([path("b.json"), path("o.json"), path("t.json")])
        .args(["-o".as_ref(), path("out.json").as_os_str()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("merged with 1 conflict(s)"))
        .stderr(predicate::str::contains(
            "— priority (a-demo-saint-aubin): 2 ≠ 5",
        ));
    let out = load(&path("out.json"));
    assert_eq!(out.authorities[0].priority, 2);
    assert_eq!(out.authorities[1].town, "Chartres");
    assert_eq!(load(&path("o.json")), ours, "-o leaves OURS alone");
    // Clean: exit 0, written over OURS.
    std::fs::write(path("t.json"), retroplan::store::to_bytes(&base)).unwrap();
    retroplan(&file)
        .arg("merge")
        .args([path("b.json"), path("o.json"), path("t.json")])
        .assert()
        .success();
    assert_eq!(load(&path("o.json")), ours);
    // Not a portfolio: exit 2, nothing written.
    std::fs::write(path("t.json"), "{ not json").unwrap();
    let before = std::fs::read(path("o.json")).unwrap();
    retroplan(&file)
        .arg("merge")
        .args([path("b.json"), path("o.json"), path("t.json")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Nothing was written"));
    assert_eq!(std::fs::read(path("o.json")).unwrap(), before);
}

/// `-o` through a symlink (a portfolio kept elsewhere, linked into the
/// repository) replaces the file the link names and leaves the link a link.
#[cfg(unix)]
#[test]
fn out_through_a_symlink_writes_the_file_it_names() {
    let (dir, file) = common::cli::demo();
    let base = load(&file);
    let mut theirs = base.clone();
    theirs.authorities[1].town = "Chartres".into();
    let path = |n: &str| dir.path().join(n);
    for (n, p) in [("b.json", &base), ("o.json", &base), ("t.json", &theirs)] {
        std::fs::write(path(n), retroplan::store::to_bytes(p)).unwrap();
    }
    std::fs::create_dir(path("real")).unwrap();
    std::fs::write(path("real/out.json"), "old").unwrap();
    std::os::unix::fs::symlink(path("real/out.json"), path("link.json")).unwrap();
    retroplan(&file)
        .arg("merge")
        .args([path("b.json"), path("o.json"), path("t.json")])
        .args(["-o".as_ref(), path("link.json").as_os_str()])
        .assert()
        .success();
    let link = std::fs::symlink_metadata(path("link.json")).unwrap();
    assert!(link.file_type().is_symlink(), "the link is still a link");
    assert_eq!(load(&path("real/out.json")).authorities[1].town, "Chartres");
}
