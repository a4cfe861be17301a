//! `retroplan completions SHELL` and `retroplan man` (issue 16 item 6).

mod common;
use common::cli::retroplan;

use std::process::Command;

fn generated(args: &[&str]) -> String {
    let out = retroplan().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `prog` runs here (zsh and fish are not on every machine).
fn has(prog: &str) -> bool {
    Command::new(prog).arg("--version").output().is_ok()
}

#[test]
fn bash_completion_parses_and_completes_subcommands_in_a_fresh_shell() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("retroplan.bash");
    std::fs::write(&script, generated(&["completions", "bash"])).unwrap();
    let syntax = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .unwrap();
    assert!(
        syntax.status.success(),
        "{}",
        String::from_utf8_lossy(&syntax.stderr)
    );
    // What bash does on `retroplan exp<TAB>` and `retroplan export <TAB>`.
    let complete = |line: &str, words: &str, cword: usize| {
        let out = Command::new("bash")
            .arg("--norc")
            .arg("-c")
            .arg(format!(
                "source '{}'; COMP_WORDS=({words}); COMP_CWORD={cword}; \
                 COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; \
                 _retroplan retroplan \"${{COMP_WORDS[$COMP_CWORD]}}\" \"${{COMP_WORDS[$COMP_CWORD-1]}}\"; \
                 echo \"${{COMPREPLY[@]}}\"",
                script.display()
            ))
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        complete("retroplan exp", "retroplan exp", 1).trim(),
        "export"
    );
    let sub = complete("retroplan export ", "retroplan export ''", 2);
    for word in ["ics", "csv", "person"] {
        assert!(sub.split_whitespace().any(|w| w == word), "{sub}");
    }
}

#[test]
fn zsh_fish_and_powershell_scripts_are_generated_and_parse() {
    let zsh = generated(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef retroplan"), "{zsh}");
    let fish = generated(&["completions", "fish"]);
    assert!(fish.contains("complete -c retroplan"));
    // Descriptions in the user's language, like --help.
    assert!(fish.contains("Ce qui est à faire ou en retard"), "{fish}");
    let fish_en = generated(&["--lang", "en", "completions", "fish"]);
    assert!(fish_en.contains("What is due or late across the portfolio"));
    let ps = generated(&["completions", "powershell"]);
    assert!(ps.contains("Register-ArgumentCompleter"));
    for (shell, script, check) in [("zsh", &zsh, "-n"), ("fish", &fish, "--no-execute")] {
        if !has(shell) {
            continue;
        }
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("script");
        std::fs::write(&f, script).unwrap();
        let out = Command::new(shell).arg(check).arg(&f).output().unwrap();
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_man_page_is_roff_naming_every_subcommand() {
    let man = generated(&["man"]);
    assert!(man.contains(".TH retroplan 1"), "{man}");
    assert!(
        man.contains("Fichier du portefeuille"),
        "a French manual by default"
    );
    for sub in [
        "timeline",
        "agenda",
        "export",
        "import",
        "completions",
        "man",
    ] {
        assert!(man.contains(sub), "{sub} missing");
    }
}
