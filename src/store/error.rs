//! Everything that can go wrong with the save file, each case carrying what a
//! message needs: which file, where in it, what is wrong and what to do.
//! The words for users live in `i18n::store` (`i18n::Localize`); `Display`
//! is a plain English line for logs and developers.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

/// Which file operation failed, so the message can say what was attempted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Read,
    CreateDir,
    CreateTemp,
    Write,
    Sync,
    Backup,
    Replace,
    SyncDir,
    Lock,
    Inspect,
}

/// A failure of the store. Callers branch on the variant (e.g. `Locked` opens
/// read-only, `ChangedOnDisk` offers reload or save-as); users read
/// `i18n::Localize::localized`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// No home directory, so no default place for the file.
    #[error("no home directory: no default place for the portfolio file")]
    NoDataDir,
    /// The portfolio file does not exist.
    #[error("{}: no such file", path.display())]
    NotFound { path: PathBuf },
    /// An operating-system error on `path`.
    #[error("{}: could not {action:?}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: IoAction,
        #[source]
        source: Arc<io::Error>,
    },
    /// Not valid JSON, or JSON that does not fit the format, at line/column
    /// (1-based; column 0 means "before the first character", e.g. an empty file).
    #[error("{}:{line}:{column}: {detail}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        detail: String,
        /// The backup beside the file, when there is one to suggest.
        bak: Option<PathBuf>,
    },
    /// Valid JSON, but not a retroplan portfolio.
    #[error("{}: not a retroplan portfolio", path.display())]
    NotOurs { path: PathBuf, bak: Option<PathBuf> },
    /// Written by a newer retroplan in a shape this build cannot read, or a
    /// save of such data was attempted: never written.
    #[error("{}: written by a newer retroplan (format version {found})", path.display())]
    NewerVersion { path: PathBuf, found: u64 },
    /// A version number no retroplan ever wrote (0).
    #[error("{}: format version {found} does not exist", path.display())]
    BadVersion { path: PathBuf, found: u64 },
    /// Parses, but breaks rules the program relies on (duplicate ids,
    /// a factor or priority out of range).
    #[error("{}: {} problem(s) break the rules of the format", path.display(), problems.len())]
    Invalid {
        path: PathBuf,
        problems: Vec<super::validate::Problem>,
    },
    /// Another process holds the lock file `lock` of `path`.
    #[error("{}: locked by another retroplan ({})", path.display(), lock.display())]
    Locked { path: PathBuf, lock: PathBuf },
    /// The file on disk is no longer the one loaded or last saved.
    #[error("{}: changed on disk since it was read; not written", path.display())]
    ChangedOnDisk { path: PathBuf },
    /// The new file is in place but the folder could not be synced, so a
    /// power cut could still undo the save. `stamp` is what is on disk now.
    #[error("{}: written, but the folder could not be synced: {source}", path.display())]
    NotDurable {
        path: PathBuf,
        stamp: super::DiskStamp,
        #[source]
        source: Arc<io::Error>,
    },
    /// `init` found a file already there; it never overwrites.
    #[error("{}: already exists; not overwritten", path.display())]
    Exists { path: PathBuf },
    /// An export's `-o` names the portfolio or one of its own files
    /// (backup, lock, temp): it would be destroyed. Nothing was written.
    #[error("{}: is the portfolio {} or one of its files; nothing written", output.display(), portfolio.display())]
    ProtectedOutput { output: PathBuf, portfolio: PathBuf },
    /// The file is missing but a copy of it survives (`.bak`, or the temp
    /// file of a save that was cut short): `retroplan restore` brings it back.
    #[error("{}: missing, but a copy survives at {}", path.display(), copy.display())]
    MissingWithCopy { path: PathBuf, copy: PathBuf },
    /// The data cannot be written faithfully (e.g. a number that is not finite).
    #[error("{}: cannot be saved faithfully: {what}", path.display())]
    Unsavable { path: PathBuf, what: String },
}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, action: IoAction, err: io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            action,
            source: Arc::new(err),
        }
    }
}

/// Equal when every field reads the same (an I/O error compares by its kind
/// and message): enough for tests and for state that holds an error.
impl PartialEq for StoreError {
    fn eq(&self, other: &Self) -> bool {
        format!("{self:?}") == format!("{other:?}")
    }
}

impl Eq for StoreError {}
