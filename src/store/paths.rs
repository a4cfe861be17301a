//! Where the portfolio lives, and the names of the files kept beside it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use super::StoreError;

/// The file name in the platform data directory.
pub const DEFAULT_FILE_NAME: &str = "portfolio.json";

/// The portfolio path: `file` when given (from `--file` or `RETROPLAN_FILE`,
/// which clap reads), else `RETROPLAN_FILE` for callers without clap, else
/// the platform data directory (`~/.local/share/retroplan/portfolio.json` on Linux).
pub fn resolve_path(file: Option<&Path>) -> Result<PathBuf, StoreError> {
    if let Some(f) = file.filter(|f| !f.as_os_str().is_empty()) {
        return Ok(f.to_path_buf());
    }
    if let Some(f) = std::env::var_os("RETROPLAN_FILE").filter(|f| !f.is_empty()) {
        return Ok(PathBuf::from(f));
    }
    default_path()
}

/// The platform default, ignoring overrides.
pub fn default_path() -> Result<PathBuf, StoreError> {
    ProjectDirs::from("", "", "retroplan")
        .map(|d| d.data_dir().join(DEFAULT_FILE_NAME))
        .ok_or(StoreError::NoDataDir)
}

/// The file that `path` names, symlinks followed (also when the target does
/// not exist yet), so that every name of one file shares one lock, one
/// backup and one set of temp files. Falls back to `path` when nothing
/// better can be known (e.g. a folder that cannot be read).
pub fn real_path(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    // Like the kernel's limit on nested links: a loop is not followed forever.
    for _ in 0..40 {
        if let Ok(real) = std::fs::canonicalize(&current) {
            return real;
        }
        match std::fs::read_link(&current) {
            // A dangling link: follow it by hand, relative to its folder.
            Ok(target) => current = parent_dir(&current).join(target),
            // A file not created yet: its folder's real path, and its name.
            Err(_) => {
                let Some(name) = current.file_name() else {
                    return current;
                };
                return std::fs::canonicalize(parent_dir(&current))
                    .map(|dir| dir.join(name))
                    .unwrap_or(current);
            }
        }
    }
    current
}

/// `portfolio.json` → `portfolio.json<suffix>` in the same folder.
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The previous version kept by every save: `portfolio.json.bak`, beside
/// the real file when `path` is a symlink.
pub fn bak_path(path: &Path) -> PathBuf {
    sibling(&real_path(path), ".bak")
}

/// The lock file that keeps two instances from writing: `portfolio.json.lock`,
/// beside the real file when `path` is a symlink.
pub fn lock_path(path: &Path) -> PathBuf {
    sibling(&real_path(path), ".lock")
}

/// The folder holding the file (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Prefix of the temporary files a save creates beside the file; hidden, and
/// specific enough that leftovers from a killed process can be recognised.
pub(crate) fn temp_prefix(path: &Path) -> OsString {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".tmp-");
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn real_path_follows_links_even_to_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(dir.path()).unwrap();
        let file = real.join("p.json");
        std::os::unix::fs::symlink(&file, dir.path().join("a.json")).unwrap();
        std::os::unix::fs::symlink("a.json", dir.path().join("b.json")).unwrap();
        // Dangling: the target does not exist yet.
        assert_eq!(real_path(&dir.path().join("b.json")), file);
        std::fs::write(&file, b"{}").unwrap();
        assert_eq!(real_path(&dir.path().join("b.json")), file);
        assert_eq!(
            real_path(&dir.path().join("new.json")),
            real.join("new.json")
        );
    }

    #[test]
    fn sibling_names() {
        let p = Path::new("/x/y/portfolio.json");
        assert_eq!(bak_path(p), Path::new("/x/y/portfolio.json.bak"));
        assert_eq!(lock_path(p), Path::new("/x/y/portfolio.json.lock"));
        assert_eq!(parent_dir(Path::new("f.json")), Path::new("."));
        assert_eq!(temp_prefix(p), ".portfolio.json.tmp-");
    }

    #[test]
    fn explicit_file_wins_and_default_is_under_the_data_dir() {
        let p = resolve_path(Some(Path::new("here.json"))).unwrap();
        assert_eq!(p, Path::new("here.json"));
        if let Ok(d) = default_path() {
            assert!(d.ends_with("retroplan/portfolio.json"), "{}", d.display());
        }
    }
}
