//! The name of whoever uses retroplan on this machine (issue 17): it is
//! recorded on the interactions they log and the items they tick, and it
//! decides what is "mine". `RETROPLAN_USER`, else the `user.name` git
//! would sign a commit with in the portfolio's folder (a team sharing the
//! file through git has set it already), else the login name.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::model::text::clean_line;

/// The user name, from `env` and `git_name` (the folder's git
/// `user.name`); empty when none of them gives one.
pub fn resolve(
    env: impl Fn(&str) -> Option<String>,
    git_name: impl FnOnce() -> Option<String>,
) -> String {
    let given = |v: Option<String>| v.map(|v| clean_line(&v)).filter(|v| !v.is_empty());
    given(env("RETROPLAN_USER"))
        .or_else(|| given(git_name()))
        .or_else(|| {
            ["USER", "LOGNAME", "USERNAME"]
                .into_iter()
                .find_map(|k| given(env(k)))
        })
        .unwrap_or_default()
}

/// `git config user.name` as seen from `dir` (the repository's own
/// setting, else the global one); `None` without git or without a name.
pub fn git_user_name(dir: &Path) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["config", "--get", "user.name"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The user of this process, for the portfolio at `file`.
pub fn current(file: &Path) -> String {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    resolve(|k| std::env::var(k).ok(), || git_user_name(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn retroplan_user_then_git_then_login() {
        let git = || Some("Marie Curie".to_string());
        let all = env(&[("RETROPLAN_USER", " Paul "), ("USER", "pdupont")]);
        assert_eq!(resolve(&all, git), "Paul");
        let no_var = env(&[("USER", "pdupont")]);
        assert_eq!(resolve(&no_var, git), "Marie Curie");
        assert_eq!(resolve(&no_var, || None), "pdupont");
        let blank = env(&[("RETROPLAN_USER", "  "), ("LOGNAME", "marie")]);
        assert_eq!(resolve(&blank, || Some(String::new())), "marie");
        assert_eq!(resolve(env(&[]), || None), "");
        // A name is text like any other: no escapes reach the screen.
        let hostile = env(&[("RETROPLAN_USER", "Ma\u{1b}[31mrie")]);
        assert_eq!(resolve(&hostile, || None), "Ma[31mrie");
    }

    #[test]
    fn the_repository_name_wins_over_the_global_one() {
        if Command::new("git").arg("--version").output().is_err() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            let ok = Command::new("git")
                .arg("-C")
                .arg(dir.path())
                .args(args)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .status()
                .unwrap()
                .success();
            assert!(ok, "git {args:?}");
        };
        git(&["init", "-q"]);
        git(&["config", "user.name", "Élodie Martin"]);
        assert_eq!(git_user_name(dir.path()).as_deref(), Some("Élodie Martin"));
        let file = dir.path().join("portfolio.json");
        let name = resolve(|_| None, || git_user_name(file.parent().unwrap()));
        assert_eq!(name, "Élodie Martin");
    }
}
