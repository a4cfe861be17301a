//! What `retroplan merge` asks of git: where the repository is, who the
//! user is, who wrote the other side, and `merge --setup`, which registers
//! retroplan as the merge driver of the portfolio.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The name the driver is registered under (`merge=retroplan`).
pub const DRIVER: &str = "retroplan";

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// The top folder of the git work tree holding `dir`.
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    git(dir, &["rev-parse", "--show-toplevel"]).map(PathBuf::from)
}

/// `user.name` as git sees it from `dir`.
pub fn user_name(dir: &Path) -> Option<String> {
    git(dir, &["config", "user.name"])
}

/// The author of the commit being merged in, if a merge is under way in
/// `dir`'s repository. While the driver runs, git names both sides in
/// `GITHEAD_<sha>` variables (MERGE_HEAD is written only afterwards): the
/// one that is not HEAD is theirs.
pub fn merge_head_author(dir: &Path) -> Option<String> {
    let head = git(dir, &["rev-parse", "HEAD"]).unwrap_or_default();
    let theirs = std::env::vars().find_map(|(k, _)| {
        let sha = k.strip_prefix("GITHEAD_")?;
        (sha != head && sha.bytes().all(|b| b.is_ascii_hexdigit())).then(|| sha.to_string())
    });
    let rev = theirs.unwrap_or_else(|| "MERGE_HEAD".to_string());
    git(dir, &["log", "-1", "--format=%an", &rev])
}

/// What `merge --setup` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// The `.gitattributes` file and the line it holds.
    pub attributes: PathBuf,
    pub line: String,
    /// False when the line was there already.
    pub line_added: bool,
    /// The driver command stored in the repository's config.
    pub driver: String,
}

/// Why `merge --setup` could not do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupError {
    /// The portfolio is not inside a git work tree.
    NotARepository(PathBuf),
    /// Writing `.gitattributes` or running `git config` failed.
    Failed(String),
}

/// Register `exe` as the merge driver of `portfolio` in its repository:
/// a `.gitattributes` line at the top of the work tree (committed, so
/// every clone shares it) and `merge.retroplan.*` in `.git/config` (local:
/// each clone runs `--setup` once).
pub fn setup(portfolio: &Path, exe: &Path) -> Result<Setup, SetupError> {
    let dir = match portfolio.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let top = toplevel(&dir).ok_or_else(|| SetupError::NotARepository(dir.clone()))?;
    let top = top.canonicalize().unwrap_or(top);
    let abs = dir.canonicalize().unwrap_or(dir);
    let name = portfolio
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rel = abs
        .strip_prefix(&top)
        .map(|r| r.join(&name))
        .unwrap_or_else(|_| PathBuf::from(&name));
    // Attribute patterns use '/', and a space must be escaped.
    let pattern = rel
        .to_string_lossy()
        .replace('\\', "/")
        .replace(' ', "[[:space:]]");
    let line = format!("/{pattern} merge={DRIVER}");
    let attributes = top.join(".gitattributes");
    let old = std::fs::read_to_string(&attributes).unwrap_or_default();
    let line_added = !old.lines().any(|l| l.trim() == line);
    if line_added {
        let mut text = old;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        std::fs::write(&attributes, text)
            .map_err(|e| SetupError::Failed(format!("{}: {e}", attributes.display())))?;
    }
    let quoted = shell_quote(&exe.to_string_lossy());
    let driver = format!("{quoted} merge %O %A %B");
    for (key, value) in [
        (
            "merge.retroplan.name",
            "retroplan: merge portfolios by meaning",
        ),
        ("merge.retroplan.driver", driver.as_str()),
    ] {
        let status = Command::new("git")
            .arg("-C")
            .arg(&top)
            .args(["config", key, value])
            .status()
            .map_err(|e| SetupError::Failed(format!("git config: {e}")))?;
        if !status.success() {
            return Err(SetupError::Failed(format!("git config {key}")));
        }
    }
    Ok(Setup {
        attributes,
        line,
        line_added,
        driver,
    })
}

/// `s` as one word for the shell git runs the driver with.
fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-+".contains(&b))
    {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_for_the_shell() {
        assert_eq!(shell_quote("/usr/bin/retroplan"), "/usr/bin/retroplan");
        assert_eq!(shell_quote("/home/a b/retroplan"), "'/home/a b/retroplan'");
        assert_eq!(shell_quote("/x/it's"), r"'/x/it'\''s'");
    }
}
