//! Issue 16 item 9: clap's help and usage errors follow `--lang`,
//! `RETROPLAN_LANG` and the locale; no colour for `TERM=dumb`.

mod common;
use common::cli::retroplan;

use std::io::Read;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use predicates::prelude::*;

#[test]
fn help_is_french_by_default_and_english_on_request() {
    retroplan()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Utilisation : retroplan"))
        .stdout(predicate::str::contains("Commandes :"))
        .stdout(predicate::str::contains("Afficher l'aide"))
        .stdout(predicate::str::contains("Créer un fichier de portefeuille"));
    retroplan()
        .args(["--help", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: retroplan"))
        .stdout(predicate::str::contains("Print help"));
    retroplan()
        .args(["export", "ics", "--help"])
        .env("RETROPLAN_LANG", "en")
        .assert()
        .success()
        .stdout(predicate::str::contains("Only these parts"));
}

#[test]
fn usage_errors_follow_the_language() {
    retroplan()
        .args(["timeline", "--j", "2027-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "erreur : valeur « 2027-02-30 » non valable pour « --j <DATE> » : « 2027-02-30 » n'est pas une date",
        ))
        .stderr(predicate::str::contains("Pour en savoir plus"));
    retroplan()
        .args(["exprot"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "sous-commande inconnue « exprot »",
        ))
        .stderr(predicate::str::contains("vouliez-vous dire « export » ?"));
    retroplan()
        .args(["timeline", "--kind", "bricks", "--j", "2027-01-01"])
        .env("LANG", "en_US.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: invalid value 'bricks' for '--kind <KIND>'",
        ));
    retroplan()
        .args(["timeline", "--lang=en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the following required arguments were not provided",
        ));
    retroplan()
        .args(["timeline"])
        .env("LANG", "fr_FR.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("arguments obligatoires manquants"));
}

/// What a usage error prints on a real terminal with `term`.
fn error_on_a_terminal(term: &str) -> String {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_retroplan"));
    cmd.args([
        "--lang",
        "en",
        "timeline",
        "--kind",
        "bricks",
        "--j",
        "2027-01-01",
    ]);
    cmd.env("TERM", term);
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("CLICOLOR_FORCE");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let out = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        out
    });
    child.wait().unwrap();
    drop(pair.master);
    String::from_utf8_lossy(&out.join().unwrap()).into_owned()
}

#[test]
fn a_dumb_terminal_gets_no_colour() {
    let coloured = error_on_a_terminal("xterm-256color");
    assert!(coloured.contains("invalid value"), "{coloured}");
    assert!(coloured.contains('\u{1b}'), "a colour terminal gets colour");
    let dumb = error_on_a_terminal("dumb");
    assert!(dumb.contains("invalid value"), "{dumb}");
    assert!(!dumb.contains('\u{1b}'), "{dumb:?}");
}
