//! Files written beside the portfolio by exports (`-o FILE`): never one of
//! the portfolio's own files, and private like the portfolio.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::paths::{parent_dir, real_path, sibling, temp_prefix};
use super::{IoAction, StoreError};

/// Where an export goes: `-o -` (or no `-o`) is standard output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    Stdout,
    File(PathBuf),
}

impl Output {
    /// `-o` as given on the command line.
    pub fn from_arg(arg: Option<&Path>) -> Output {
        match arg {
            None => Output::Stdout,
            Some(p) if p.as_os_str() == "-" => Output::Stdout,
            Some(p) => Output::File(p.to_path_buf()),
        }
    }
}

/// Whether `name` (a file name in the portfolio's folder) is one of the
/// portfolio's own files: itself, its backups, its lock, its temp files and
/// the copies kept when the disk changed under it.
fn is_family(file_name: &std::ffi::OsStr, name: &std::ffi::OsStr) -> bool {
    let (Some(file), Some(name)) = (file_name.to_str(), name.to_str()) else {
        return file_name == name;
    };
    let temp = temp_prefix(Path::new(file));
    let temp = temp.to_str().unwrap_or_default();
    name == file
        || name.starts_with(&format!("{file}.bak"))
        || name == format!("{file}.lock")
        || name.starts_with(&format!("{file}.theirs-"))
        || name.starts_with(&format!("{file}.mine-"))
        || name.starts_with(temp)
}

/// Refuse `out` when it is the portfolio at `portfolio` or one of its own
/// files, compared as files (symlinks followed; same device and inode for
/// hard links), not by spelling.
pub fn guard_output(portfolio: &Path, out: &Path) -> Result<(), StoreError> {
    let refuse = || StoreError::ProtectedOutput {
        output: out.to_path_buf(),
        portfolio: portfolio.to_path_buf(),
    };
    let real = real_path(portfolio);
    let real_out = real_path(out);
    if let (Some(file), Some(name)) = (real.file_name(), real_out.file_name())
        && parent_dir(&real) == parent_dir(&real_out)
        && is_family(file, name)
    {
        return Err(refuse());
    }
    // A hard link (or a bind mount) is another path to the same file.
    if let Ok(out_meta) = fs::metadata(&real_out) {
        let family = [
            real.clone(),
            sibling(&real, ".bak"),
            sibling(&real, ".lock"),
        ];
        if family
            .iter()
            .filter_map(|f| fs::metadata(f).ok())
            .any(|m| same_file(&m, &out_meta))
        {
            return Err(refuse());
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// Write `bytes` to `out` with mode 0600 (exports hold personal data), after
/// [`guard_output`]. An existing file is made private too.
pub fn write_private(portfolio: &Path, out: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    guard_output(portfolio, out)?;
    let fail = |e| StoreError::io(out, IoAction::Write, e);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(out).map_err(fail)?;
    #[cfg(unix)]
    file.set_permissions(super::disk::private_file())
        .map_err(fail)?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dash_is_stdout() {
        assert_eq!(Output::from_arg(Some(Path::new("-"))), Output::Stdout);
        assert_eq!(Output::from_arg(None), Output::Stdout);
        assert_eq!(
            Output::from_arg(Some(Path::new("x.csv"))),
            Output::File("x.csv".into())
        );
    }

    #[test]
    fn the_portfolio_and_its_files_are_refused_by_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.json");
        fs::write(&p, b"{}").unwrap();
        fs::write(dir.path().join("p.json.bak"), b"{}").unwrap();
        let refused = [
            "p.json",
            "./p.json",
            "p.json.bak",
            "p.json.lock",
            ".p.json.tmp-abc.tmp",
            "p.json.theirs-20261201",
            "p.json.bak-20261201",
        ];
        for name in refused {
            let out = dir.path().join(name);
            assert!(
                matches!(
                    guard_output(&p, &out),
                    Err(StoreError::ProtectedOutput { .. })
                ),
                "{name}"
            );
        }
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        assert!(guard_output(&p, &sub.join("../p.json")).is_err());
        fs::hard_link(&p, dir.path().join("hard.csv")).unwrap();
        assert!(guard_output(&p, &dir.path().join("hard.csv")).is_err());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("p.json.bak"), dir.path().join("l.csv"))
                .unwrap();
            assert!(guard_output(&p, &dir.path().join("l.csv")).is_err());
        }
        assert!(guard_output(&p, &dir.path().join("contacts.csv")).is_ok());
        assert!(guard_output(&p, &dir.path().join("p.json.csv")).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn exports_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("x.csv");
        fs::write(&out, b"old").unwrap();
        fs::set_permissions(&out, fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&dir.path().join("p.json"), &out, b"new").unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"new");
        let mode = fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
