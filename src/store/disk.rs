//! The filesystem operations a save performs, behind a trait so tests can
//! make any one of them fail (disk full, permission denied) without chmod,
//! which proves nothing when tests run as root.

use std::fs::{File, Permissions};
use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// One step of a save, named so a fault can target it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    CreateTemp,
    Write,
    SyncFile,
    Backup,
    Rename,
    SyncDir,
}

/// The operations `save` performs, in the order it performs them.
pub trait Disk: Send + Sync {
    /// A new file in `dir`, created exclusively (O_EXCL) with mode 0600,
    /// removed when dropped unless renamed.
    fn create_temp(&self, dir: &Path, prefix: &std::ffi::OsStr) -> io::Result<NamedTempFile>;
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    fn sync_file(&self, file: &File) -> io::Result<()>;
    /// Make `link` a second name of `original` (fails if `link` exists).
    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Make the renames in `dir` durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
}

/// The real filesystem.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealDisk;

/// Mode 0600: the file holds personal data (contacts).
#[cfg(unix)]
pub(crate) fn private_file() -> Permissions {
    use std::os::unix::fs::PermissionsExt;
    Permissions::from_mode(0o600)
}

impl Disk for RealDisk {
    fn create_temp(&self, dir: &Path, prefix: &std::ffi::OsStr) -> io::Result<NamedTempFile> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(prefix).suffix(".tmp");
        #[cfg(unix)]
        builder.permissions(private_file());
        builder.tempfile_in(dir)
    }

    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync_file(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        std::fs::hard_link(original, link)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            File::open(dir)?.sync_all()
        }
        #[cfg(not(unix))]
        {
            let _ = dir;
            Ok(())
        }
    }
}
