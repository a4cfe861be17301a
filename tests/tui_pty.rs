//! The real binary in a pseudo-terminal, on a copy of the demo portfolio:
//! the panes appear, Space ticks and the file shows it, `b` switches the
//! branch, `q` exits 0 and the terminal is restored.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;

struct Pty {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Dropping it hangs the terminal up.
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
}

impl Pty {
    fn spawn(file: &Path, lang: &str) -> Pty {
        let file = file.display().to_string();
        Pty::spawn_with(
            &["--file", &file, "--today", "2026-11-28", "--lang", lang],
            &[("TERM", "xterm-256color")],
        )
    }

    /// The binary with these arguments and environment (over the test's own,
    /// `NO_COLOR` removed).
    fn spawn_with(args: &[&str], env: &[(&str, &str)]) -> Pty {
        Pty::spawn_program(env!("CARGO_BIN_EXE_retroplan"), args, env)
    }

    /// Any program in the terminal (e.g. retroplan behind a wrapper).
    fn spawn_program(program: &str, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        for a in args {
            cmd.arg(a);
        }
        cmd.env_remove("NO_COLOR");
        // The status bar shows the user's name; a long git user.name of the
        // machine running the tests must not crowd out the hints they read.
        cmd.env("RETROPLAN_USER", "test");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn retroplan");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let rows = NonZeroU16::new(ROWS).unwrap();
        let cols = NonZeroU16::new(COLS).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Pty {
            screen,
            writer,
            child,
            master: Some(pair.master),
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Wait until every needle is on screen at once (a frame arrives over
    /// several reads: the status bar, drawn last, proves it is complete).
    fn wait_for(&self, needles: &[&str]) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = self.contents();
            if needles.iter().all(|n| text.contains(n)) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "never saw {needles:?} in:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Wait until `needle` is off the screen (an overlay closed): a key sent
    /// right after Esc could otherwise be read with it as Alt+key.
    fn wait_gone(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.contents().contains(needle) {
            assert!(Instant::now() < deadline, "{needle:?} stayed on screen");
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// The main screen is back, the cursor shown and the mouse released
    /// (the last bytes may still be in flight when the child exits).
    fn wait_restored(&self) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let restored = {
                let p = self.screen.lock().unwrap();
                let s = p.screen();
                !s.alternate_screen()
                    && !s.hide_cursor()
                    && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None
            };
            if restored {
                return;
            }
            assert!(Instant::now() < deadline, "terminal not restored");
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }
}

fn demo_file(dir: &Path) -> std::path::PathBuf {
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let path = dir.join("portfolio.json");
    let json = serde_json::to_string_pretty(&retroplan::demo::portfolio(today)).unwrap();
    std::fs::write(&path, json).unwrap();
    path
}

fn pursuit<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["pursuits"].as_array().unwrap())
        .find(|p| p["id"] == id)
        .unwrap()
}

/// The authority holding pursuit `id` (stage-1 ticks live there).
fn authority_of<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["pursuits"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["id"] == id)
        })
        .unwrap()
}

fn wait_file(path: &Path, ok: impl Fn(&serde_json::Value) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(text) = std::fs::read_to_string(path)
            && let Ok(v) = serde_json::from_str::<serde_json::Value>(&text)
            && ok(&v)
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the file never showed the change"
        );
        std::thread::sleep(Duration::from_millis(30));
    }
}

#[test]
fn tick_branch_and_quit_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "fr");
    pty.wait_for(&[
        "Rétroplanning",
        "Étapes et actions",
        "Contacts",
        "Maintenance du parc",
        "q quitter",
    ]);
    let first = "p-demo-informatique";
    let before: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(
        authority_of(&before, first)["checklist"]
            .get("prospection.retain")
            .is_none()
    );

    // Tab to the checklist; the cursor is on the late item; Space ticks it.
    pty.send("\t");
    pty.wait_for(&["Espace cocher"]);
    pty.send(" ");
    pty.wait_for(&["Coché : Fidéliser le contact", "fait le 28/11/2026"]);
    wait_file(&file, |v| {
        authority_of(v, first)["checklist"]["prospection.retain"]["done"] == "2026-11-28"
    });

    pty.send("b");
    pty.wait_for(&["Hypothèse : H1"]);
    wait_file(&file, |v| pursuit(v, first)["branch"] == "h1");

    pty.send("q");
    let status = pty.child.wait().unwrap();
    assert_eq!(status.exit_code(), 0);
    pty.wait_restored();
}

#[test]
fn english_and_load_errors_before_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "Checklist", "Contacts", "q quit"]);
    pty.send("\x03");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_retroplan"))
        .args(["--file", &bad.display().to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.json"), "{err}");
    assert!(out.stdout.is_empty(), "nothing drawn: {:?}", out.stdout);
}

/// Tick, send `signal` as `kill` would, and expect the tick saved, the
/// terminal restored and `code` (128+n) as the exit status.
fn signal_saves_restores_and_exits(signal: &str, code: u32) {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "q quit"]);
    pty.send("\t ");
    pty.wait_for(&["Ticked:"]);
    let pid = pty.child.process_id().expect("child pid");
    let ok = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = pty.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "still running after {signal}");
        std::thread::sleep(Duration::from_millis(30));
    };
    assert_eq!(status.exit_code(), code);
    wait_file(&file, |v| {
        authority_of(v, "p-demo-informatique")["checklist"]["prospection.retain"]["done"]
            == "2026-11-28"
    });
    pty.wait_restored();
    drop(pty.master.take());
}

#[test]
fn sigterm_flushes_restores_and_exits_143() {
    signal_saves_restores_and_exits("-TERM", 143);
}

/// Issue 10 item 8: `kill -INT` and `kill -QUIT` are handled like SIGTERM.
#[test]
fn sigint_and_sigquit_flush_restore_and_exit_130_and_131() {
    signal_saves_restores_and_exits("-INT", 130);
    signal_saves_restores_and_exits("-QUIT", 131);
}

/// The demo's temporary folder goes with the tracker, whatever stops it.
#[test]
fn a_signal_leaves_no_demo_folder_behind() {
    for (signal, code) in [("-INT", 130), ("-QUIT", 131), ("-TERM", 143)] {
        let tmp = tempfile::tempdir().unwrap();
        let tmpdir = tmp.path().display().to_string();
        let mut pty = Pty::spawn_with(
            &["--demo", "--today", "2026-11-28", "--lang", "en"],
            &[("TERM", "xterm-256color"), ("TMPDIR", &tmpdir)],
        );
        pty.wait_for(&["Timeline", "q quit"]);
        let demo_dirs = || {
            std::fs::read_dir(tmp.path())
                .unwrap()
                .flatten()
                .filter(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with("retroplan-demo-")
                })
                .count()
        };
        assert_eq!(demo_dirs(), 1);
        let pid = pty.child.process_id().unwrap();
        std::process::Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(status) = pty.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "still running after {signal}");
            std::thread::sleep(Duration::from_millis(30));
        };
        assert_eq!(status.exit_code(), code);
        pty.wait_restored();
        assert_eq!(demo_dirs(), 0, "{signal} left the demo folder");
    }
}

fn authority_named<'a>(v: &'a serde_json::Value, name: &str) -> Option<&'a serde_json::Value> {
    v["authorities"]
        .as_array()?
        .iter()
        .find(|a| a["name"] == name)
}

fn contact_of<'a>(
    v: &'a serde_json::Value,
    authority: &str,
    name: &str,
) -> Option<&'a serde_json::Value> {
    authority_named(v, authority)?["contacts"]
        .as_array()?
        .iter()
        .find(|c| c["name"] == name)
}

/// Issue 5 end to end: add an authority, a contact, log an interaction,
/// delete with d y, undo with u; the file shows each step.
#[test]
fn add_log_delete_and_undo_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "q quit"]);

    pty.send("a");
    pty.wait_for(&["New authority", "Ctrl-S save"]);
    pty.send("Mairie de Dreux\x13");
    pty.wait_for(&["Saved"]);
    wait_file(&file, |v| authority_named(v, "Mairie de Dreux").is_some());

    // The new authority is selected: Shift-Tab goes to its (empty) contacts.
    pty.send("\x1b[Z");
    pty.wait_for(&["a add"]);
    pty.send("a");
    pty.wait_for(&["New contact"]);
    pty.send("Chloé Dubois\t\t0199000707\x13");
    wait_file(&file, |v| {
        contact_of(v, "Mairie de Dreux", "Chloé Dubois")
            .is_some_and(|c| c["phone"] == "01 99 00 07 07")
    });

    pty.send("i");
    pty.wait_for(&["Log an interaction"]);
    pty.send("Premier appel\x13");
    wait_file(&file, |v| {
        contact_of(v, "Mairie de Dreux", "Chloé Dubois")
            .is_some_and(|c| c["interactions"][0]["summary"] == "Premier appel")
    });
    pty.wait_for(&["Premier appel"]);

    pty.send("d");
    pty.wait_for(&["Delete Chloé Dubois with 1 interaction(s)? y/N"]);
    pty.send("y");
    wait_file(&file, |v| {
        authority_named(v, "Mairie de Dreux").is_some()
            && contact_of(v, "Mairie de Dreux", "Chloé Dubois").is_none()
    });

    pty.send("u");
    pty.wait_for(&["Undone"]);
    wait_file(&file, |v| {
        contact_of(v, "Mairie de Dreux", "Chloé Dubois")
            .is_some_and(|c| c["interactions"].as_array().is_some_and(|l| l.len() == 1))
    });

    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    pty.wait_restored();
}

#[test]
fn a_second_instance_opens_read_only_and_refuses_ticks() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut first = Pty::spawn(&file, "en");
    first.wait_for(&["Timeline", "q quit"]);
    let mut second = Pty::spawn(&file, "en");
    second.wait_for(&["READ-ONLY", "q quit"]);
    let before = std::fs::read(&file).unwrap();
    second.send("\t ");
    second.wait_for(&["Read-only: nothing is changed."]);
    second.send("q");
    assert_eq!(second.child.wait().unwrap().exit_code(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
    first.send("q");
    assert_eq!(first.child.wait().unwrap().exit_code(), 0);
}

#[test]
fn first_run_creates_an_empty_portfolio_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sub").join("portfolio.json");
    let mut pty = Pty::spawn(&file, "fr");
    pty.wait_for(&["Bienvenue", "retroplan --demo", "Nouveau portefeuille"]);
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["format"], "retroplan");
}

#[test]
fn newer_files_open_read_only_and_outside_changes_are_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    let newer = dir.path().join("newer.json");
    std::fs::write(&newer, text.replacen("\"version\": 2", "\"version\": 3", 1)).unwrap();
    let mut pty = Pty::spawn(&newer, "en");
    pty.wait_for(&["READ-ONLY: file from a newer version", "q quit"]);
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);

    // Someone edits the file behind our back: our tick is not written over it.
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "q quit"]);
    let theirs = text.replacen("Nadia Roux", "Nadia Roux-Martin", 1);
    std::fs::write(&file, &theirs).unwrap();
    pty.send("\t ");
    pty.wait_for(&["FILE CHANGED ON DISK"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
    pty.send("q");
    pty.wait_for(&["Quit anyway"]);
    pty.send("y");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
}

#[test]
fn a_mouse_click_focuses_the_pane_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "q quit"]);
    // SGR mouse report (1-based column;row): press and release in the contacts pane.
    pty.send("\x1b[<0;100;30M\x1b[<0;100;30m");
    pty.send("?");
    pty.wait_for(&["Keys — Contacts"]);
    // Any key closes the help; a lone Esc would be read with the next key as Alt-q.
    pty.send(" ");
    pty.wait_for(&["q quit"]);
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
}

#[test]
fn sighup_saves_restores_and_exits_129() {
    // What a shell forwards to its jobs when its window is closed.
    signal_saves_restores_and_exits("-HUP", 129);
}

/// Closing the terminal (the pty's master) hangs the app up: it must save
/// and leave with 128+SIGHUP, not spin on a dead terminal.
#[test]
fn a_closed_terminal_ends_the_app_with_sighup() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_retroplan"));
    cmd.args([
        "--file",
        &file.display().to_string(),
        "--today",
        "2026-11-28",
    ]);
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    // Wait for the first frame, so the app is in its event loop.
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(15);
    while !String::from_utf8_lossy(&seen).contains("Rétroplanning") {
        assert!(Instant::now() < deadline, "no first frame");
        let mut buf = [0u8; 4096];
        let n = reader.read(&mut buf).unwrap();
        seen.extend_from_slice(&buf[..n]);
    }
    drop(pair.master);
    drop(reader);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert_eq!(status.exit_code(), 129, "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "still running after hang-up");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Issue 10 item 3: the file is gone but its backup is not. The tracker asks;
/// yes brings the backup back, no starts anew and keeps the backup aside.
#[test]
fn a_missing_file_with_a_backup_is_restored_or_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let bak = dir.path().join("portfolio.json.bak");
    std::fs::rename(&file, &bak).unwrap();
    let kept = std::fs::read(&bak).unwrap();
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["portfolio.json is missing", "Restore it? [Y/n]"]);
    pty.send("\r");
    pty.wait_for(&["Timeline", "Région Centre-Val de Loire", "q quit"]);
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), kept);

    std::fs::remove_file(&file).unwrap();
    let mut pty = Pty::spawn(&file, "fr");
    pty.wait_for(&["une copie existe", "La restaurer ? [O/n]"]);
    pty.send("n\r");
    pty.wait_for(&["Nouveau portefeuille"]);
    // A tick-less session still saves twice at most; the old backup survives.
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("portfolio.json.bak-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "the old backup is kept aside");
    assert_eq!(std::fs::read(aside[0].path()).unwrap(), kept);
}

/// Issue 13's story in the real binary: record the URSSAF attestation of
/// 01/11/2026 from the `D` list and see the pursuit (J 30/06/2027) warn that
/// it expires before J and stop being ready to file.
#[test]
fn a_standing_document_added_from_d_warns_on_the_pursuit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portfolio.json");
    let json = r#"{ "format": "retroplan", "version": 1, "authorities": [
        { "id": "a-1", "name": "Mairie de Tours", "category": "commune", "priority": 1,
          "pursuits": [ { "id": "p-1", "object": "Nettoyage des écoles", "j": "2027-06-30" } ] } ] }"#;
    std::fs::write(&file, json).unwrap();
    let mut pty = Pty::spawn(&file, "fr");
    pty.wait_for(&["Nettoyage des écoles", "q quitter"]);
    // The checklist's last lines: stage 3's block, not ready: no
    // candidature document is recorded yet.
    pty.send("\tG");
    pty.wait_for(&[
        "Exigences et pièces",
        "pas prêt à déposer",
        "aucune enregistrée",
    ]);
    pty.send("D");
    pty.wait_for(&["Pièces administratives", "Aucune pièce enregistrée"]);
    pty.send("a");
    pty.wait_for(&["Nouvelle pièce administrative", "Délivrée le"]);
    // Kind URSSAF is preselected; Tab to the issue date and type over today's.
    pty.send("\t\t\t");
    pty.send(&"\u{7f}".repeat(10));
    pty.send("01/11/2026");
    pty.wait_for(&["vide : 01/05/2027, selon le type"]);
    pty.send("\u{13}"); // Ctrl-S
    pty.wait_for(&["Attestation URSSAF", "⚠ expire avant J de 1 marché(s)"]);
    pty.send("\u{1b}");
    pty.wait_gone("Pièces administratives");
    pty.wait_for(&[
        "pas prêt à déposer",
        "Attestation URSSAF",
        "⚠ 01/05/2027 < J",
    ]);
    wait_file(&file, |v| {
        v["documents"][0]["kind"] == "urssaf" && v["documents"][0]["expires"] == "2027-05-01"
    });
    pty.send("q");
    let status = pty.child.wait().unwrap();
    assert_eq!(status.exit_code(), 0);
    pty.wait_restored();
}

/// Issue 10 item 4: a `touch` is no change (the tick is saved); a real change
/// asks, and "keep yours" (confirmed) saves ours and keeps theirs aside.
#[test]
fn a_touch_is_no_conflict_and_a_real_change_offers_a_way_out() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "q quit"]);
    let later = std::time::SystemTime::now() + Duration::from_secs(120);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(later)
        .unwrap();
    pty.send("\t ");
    wait_file(&file, |v| {
        authority_of(v, "p-demo-informatique")["checklist"]["prospection.retain"]["done"]
            == "2026-11-28"
    });
    assert!(!pty.contents().contains("CHANGED ON DISK"));

    let text = std::fs::read_to_string(&file).unwrap();
    let theirs = text.replacen("Nadia Roux", "Nadia Roux-Martin", 1);
    std::fs::write(&file, &theirs).unwrap();
    pty.send(" ");
    pty.wait_for(&[
        "File changed on disk",
        "Région Centre-Val de Loire",
        "k  keep yours",
    ]);
    pty.send("k");
    pty.wait_for(&["Write your version over theirs?"]);
    pty.send("y");
    pty.wait_for(&["theirs is kept as"]);
    wait_file(&file, |v| {
        authority_of(v, "p-demo-informatique")["checklist"]["prospection.retain"]["done"].is_null()
    });
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("portfolio.json.theirs-")
        })
        .expect("theirs kept aside");
    assert_eq!(std::fs::read_to_string(aside.path()).unwrap(), theirs);

    // Reload theirs: our unsaved tick is dropped, their edit shows.
    std::fs::write(&file, &theirs).unwrap();
    pty.send(" ");
    pty.wait_for(&["File changed on disk", "r  reload theirs"]);
    pty.send("r");
    pty.wait_for(&["File reloaded from disk"]);
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
}

fn wait_exit(pty: &mut Pty) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = pty.child.try_wait().unwrap() {
            return status.exit_code();
        }
        assert!(Instant::now() < deadline, "still running");
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn ticked(v: &serde_json::Value) -> bool {
    authority_of(v, "p-demo-informatique")["checklist"]["prospection.retain"]["done"]
        == "2026-11-28"
}

/// Issue 10 item 7: a 1 MB bracketed paste into a form field is taken in
/// one step, cut at 10,000 characters, and the field says so.
#[test]
fn a_megabyte_paste_into_a_form_is_cut_and_said_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["Timeline", "q quit"]);
    pty.send("a");
    pty.wait_for(&["New authority", "Ctrl-S save"]);
    let mut paste = String::from("\x1b[200~");
    paste.push_str(&"x".repeat(1 << 20));
    paste.push_str("\x1b[201~");
    pty.send(&paste);
    pty.wait_for(&["Text cut at 10,000 characters"]);
    // Ctrl-C quits from a form; nothing was submitted.
    pty.send("\x03");
    assert_eq!(wait_exit(&mut pty), 0);
    pty.wait_restored();
}

/// Issue 10 item 11: no terminal at all, or `TERM=dumb`: a message that
/// points to the commands, before anything is drawn, locked or created.
#[test]
fn no_terminal_or_a_dumb_one_points_to_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let before = std::fs::read(&file).unwrap();
    for lang in ["en", "fr"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_retroplan"))
            .args(["--file", &file.display().to_string(), "--lang", lang])
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        let said = if lang == "en" {
            "retroplan: the tracker needs a terminal; try `retroplan agenda`"
        } else {
            "retroplan: le suivi a besoin d'un terminal ; essayez `retroplan agenda`"
        };
        assert!(err.starts_with(said), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(out.stdout.is_empty());
    }
    // A missing file is not created without a terminal.
    let missing = dir.path().join("new.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_retroplan"))
        .args(["--file", &missing.display().to_string(), "--lang", "en"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!missing.exists());

    let mut pty = Pty::spawn_with(
        &["--file", &file.display().to_string(), "--lang", "en"],
        &[("TERM", "dumb")],
    );
    pty.wait_for(&[
        "this terminal (TERM=dumb) cannot show the tracker",
        "retroplan agenda",
    ]);
    assert_eq!(wait_exit(&mut pty), 1);
    assert!(!pty.screen.lock().unwrap().screen().alternate_screen());
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!dir.path().join("portfolio.json.lock").exists());
}

/// Issue 10 item 10: when no lock file can be made beside the portfolio (a
/// read-only file system, no free inode), the tracker opens read-only and
/// says why. Here the lock's name is taken by a folder, which works as root.
#[test]
fn no_room_for_the_lock_opens_read_only_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    std::fs::create_dir(dir.path().join("portfolio.json.lock")).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&[
        "READ-ONLY: no lock file can be made beside the file",
        "q quit",
    ]);
    pty.send("\t ");
    pty.wait_for(&["Read-only: nothing is"]);
    pty.send("q");
    assert_eq!(wait_exit(&mut pty), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// Issue 10 item 10 on a real read-only file system: a tmpfs mounted
/// read-only in a private mount namespace (needs `unshare` and the right to
/// mount, as root in a container; elsewhere the test above stands alone).
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_file_system_opens_read_only_and_says_why() {
    let probe = std::process::Command::new("unshare")
        .args(["-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("no private mounts here: covered by no_room_for_the_lock_opens_read_only");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = demo_file(dir.path());
    let mnt = dir.path().join("ro");
    std::fs::create_dir(&mnt).unwrap();
    let script = format!(
        "mount -t tmpfs tmpfs '{m}' && cp '{s}' '{m}/p.json' && mount -o remount,ro '{m}' \
         && exec '{b}' --file '{m}/p.json' --today 2026-11-28 --lang en",
        m = mnt.display(),
        s = src.display(),
        b = env!("CARGO_BIN_EXE_retroplan"),
    );
    let mut pty = Pty::spawn_program(
        "unshare",
        &["-m", "sh", "-c", &script],
        &[("TERM", "xterm-256color")],
    );
    pty.wait_for(&["READ-ONLY: read-only file system", "q quit"]);
    pty.send("\t ");
    pty.wait_for(&["Read-only: nothing is"]);
    pty.send("q");
    assert_eq!(wait_exit(&mut pty), 0);
}

/// Issue 10 item 12: a save that fails (here: the backup's name is taken by
/// a folder) makes quitting ask, offering a retry; the exit then says
/// whether the changes reached the disk, never "lost" when they did not.
#[test]
fn a_failed_save_offers_retry_at_quit_and_the_exit_tells_the_truth() {
    let start = |dir: &Path| {
        let file = demo_file(dir);
        let bak = dir.join("portfolio.json.bak");
        std::fs::create_dir(&bak).unwrap();
        std::fs::write(bak.join("in-the-way"), "x").unwrap();
        let mut pty = Pty::spawn(&file, "en");
        pty.wait_for(&["Timeline", "q quit"]);
        pty.send("\t ");
        pty.wait_for(&["SAVE FAILED"]);
        pty.send("q");
        pty.wait_for(&[
            "Changes could not be saved",
            "r retry · y quit without them · n stay",
        ]);
        (file, bak, pty)
    };
    let read = |file: &Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
    };

    // Retry while the disk still fails: asked again; once healed, saved and gone.
    let dir = tempfile::tempdir().unwrap();
    let (file, bak, mut pty) = start(dir.path());
    pty.send("r");
    std::thread::sleep(Duration::from_millis(500));
    pty.wait_for(&["r retry · y quit without them · n stay"]);
    assert!(pty.child.try_wait().unwrap().is_none());
    std::fs::remove_dir_all(&bak).unwrap();
    pty.send("r");
    assert_eq!(wait_exit(&mut pty), 0);
    assert!(ticked(&read(&file)));

    // Quit without them, but the disk was healed meanwhile: saved, and said.
    let dir = tempfile::tempdir().unwrap();
    let (file, bak, mut pty) = start(dir.path());
    std::fs::remove_dir_all(&bak).unwrap();
    pty.send("y");
    assert_eq!(wait_exit(&mut pty), 0);
    pty.wait_restored();
    pty.wait_for(&["retroplan: all your changes are saved."]);
    assert!(ticked(&read(&file)));

    // Quit without them while the disk still fails: not saved, and said.
    let dir = tempfile::tempdir().unwrap();
    let (file, _bak, mut pty) = start(dir.path());
    pty.send("y");
    assert_eq!(wait_exit(&mut pty), 0);
    pty.wait_restored();
    pty.wait_for(&["retroplan: your last changes were NOT saved"]);
    assert!(!ticked(&read(&file)));
}

/// The morning routine: `T` opens the Today view on the most urgent line
/// (the undone items of Marquage au sol, J-40), Enter goes to its first
/// late item in the checklist, Space ticks it, and the file shows it.
#[test]
fn today_view_enter_then_space_ticks_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let before: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let marquage = before["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["pursuits"].as_array().unwrap())
        .find(|p| p["object"].as_str().unwrap().starts_with("Marquage au sol"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let item = "preparation.holder_criteria";
    assert!(pursuit(&before, &marquage)["checklist"].get(item).is_none());
    let mut pty = Pty::spawn(&file, "fr");
    pty.wait_for(&["Rétroplanning", "en retard · ", "aujourd'hui · T"]);
    pty.send("T");
    pty.wait_for(&[
        "Aujourd'hui, 28/11/2026",
        "Appels à passer",
        "01 99 00 03 31",
        "Marquage au sol des routes départementales — 3 points de l'étape 2 non faits",
    ]);
    pty.send("\r");
    pty.wait_for(&["Espace cocher"]);
    pty.send(" ");
    pty.wait_for(&["Coché : Connaître le titulaire"]);
    wait_file(&file, |v| {
        pursuit(v, &marquage)["checklist"][item]["done"] == "2026-11-28"
    });
    pty.send("q");
    assert_eq!(pty.child.wait().unwrap().exit_code(), 0);
    pty.wait_restored();
}

/// Issue 17 item 3: a synced folder's conflict copy beside the portfolio is
/// named at start-up, and the tracker leaves it alone (only `merge
/// --conflict-copies` merges and removes it).
#[test]
fn a_sync_conflict_copy_beside_the_file_is_named_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let copy = dir
        .path()
        .join("portfolio.sync-conflict-20261127-101500-ABCDEFG.json");
    std::fs::copy(&file, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let mut pty = Pty::spawn(&file, "en");
    pty.wait_for(&["1 conflict copy: run retroplan merge --conflict-copies"]);
    pty.send("q");
    assert_eq!(wait_exit(&mut pty), 0);
    pty.wait_restored();
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        before,
        "the copy is untouched"
    );
}
