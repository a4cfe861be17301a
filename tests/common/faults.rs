//! A filesystem that fails on demand, to test what a failed save leaves
//! behind without relying on permissions (tests may run as root).

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Mutex;

use retroplan::store::disk::{Disk, RealDisk, Step};
use tempfile::NamedTempFile;

/// Fails the chosen step with the chosen error; everything else is real.
/// A failing `Write` writes half the bytes first, as a full disk does.
pub struct FaultyDisk {
    pub fail: Mutex<Option<(Step, io::ErrorKind)>>,
}

impl FaultyDisk {
    pub fn new(step: Step, kind: io::ErrorKind) -> Self {
        FaultyDisk {
            fail: Mutex::new(Some((step, kind))),
        }
    }

    /// Stop failing (the disk was cleaned up).
    pub fn heal(&self) {
        *self.fail.lock().unwrap() = None;
    }

    pub fn break_at(&self, step: Step, kind: io::ErrorKind) {
        *self.fail.lock().unwrap() = Some((step, kind));
    }

    fn check(&self, step: Step) -> io::Result<()> {
        match *self.fail.lock().unwrap() {
            Some((s, kind)) if s == step => Err(io::Error::new(kind, format!("injected at {s:?}"))),
            _ => Ok(()),
        }
    }
}

impl Disk for FaultyDisk {
    fn create_temp(&self, dir: &Path, prefix: &OsStr) -> io::Result<NamedTempFile> {
        self.check(Step::CreateTemp)?;
        RealDisk.create_temp(dir, prefix)
    }

    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if let Err(e) = self.check(Step::Write) {
            file.write_all(&bytes[..bytes.len() / 2])?;
            return Err(e);
        }
        RealDisk.write_all(file, bytes)
    }

    fn sync_file(&self, file: &File) -> io::Result<()> {
        self.check(Step::SyncFile)?;
        RealDisk.sync_file(file)
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        self.check(Step::Backup)?;
        RealDisk.hard_link(original, link)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        // The backup's rename is part of the backup step.
        let step = if to.extension() == Some(OsStr::new("bak")) {
            Step::Backup
        } else {
            Step::Rename
        };
        self.check(step)?;
        RealDisk.rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Step::SyncDir)?;
        RealDisk.sync_dir(dir)
    }
}
