//! Everything that can go wrong with the save file, each case carrying what a
//! message needs: which file, where in it, what is wrong and what to do.
//! The words themselves live in `i18n::store`; `Display` is the English text.

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::{self, Lang};

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
/// [`StoreError::localized`].
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// No home directory, so no default place for the file.
    #[error("{}", i18n::store::error(Lang::En, self))]
    NoDataDir,
    /// The portfolio file does not exist.
    #[error("{}", i18n::store::error(Lang::En, self))]
    NotFound { path: PathBuf },
    /// An operating-system error on `path`.
    #[error("{}", i18n::store::error(Lang::En, self))]
    Io {
        path: PathBuf,
        action: IoAction,
        #[source]
        source: Arc<io::Error>,
    },
    /// Not valid JSON, or JSON that does not fit the format, at line/column
    /// (1-based; column 0 means "before the first character", e.g. an empty file).
    #[error("{}", i18n::store::error(Lang::En, self))]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        detail: String,
        /// The backup beside the file, when there is one to suggest.
        bak: Option<PathBuf>,
    },
    /// Valid JSON, but not a retroplan portfolio.
    #[error("{}", i18n::store::error(Lang::En, self))]
    NotOurs { path: PathBuf, bak: Option<PathBuf> },
    /// Written by a newer retroplan in a shape this build cannot read, or a
    /// save of such data was attempted: never written.
    #[error("{}", i18n::store::error(Lang::En, self))]
    NewerVersion { path: PathBuf, found: u64 },
    /// A version number no retroplan ever wrote (0).
    #[error("{}", i18n::store::error(Lang::En, self))]
    BadVersion { path: PathBuf, found: u64 },
    /// Parses, but breaks rules the program relies on (duplicate ids,
    /// a factor or priority out of range).
    #[error("{}", i18n::store::error(Lang::En, self))]
    Invalid {
        path: PathBuf,
        problems: Vec<super::validate::Problem>,
    },
    /// Another process holds the lock file `lock` of `path`.
    #[error("{}", i18n::store::error(Lang::En, self))]
    Locked { path: PathBuf, lock: PathBuf },
    /// The file on disk is no longer the one loaded or last saved.
    #[error("{}", i18n::store::error(Lang::En, self))]
    ChangedOnDisk { path: PathBuf },
    /// The new file is in place but the folder could not be synced, so a
    /// power cut could still undo the save. `stamp` is what is on disk now.
    #[error("{}", i18n::store::error(Lang::En, self))]
    NotDurable {
        path: PathBuf,
        stamp: super::DiskStamp,
        #[source]
        source: Arc<io::Error>,
    },
    /// `init` found a file already there; it never overwrites.
    #[error("{}", i18n::store::error(Lang::En, self))]
    Exists { path: PathBuf },
    /// An export's `-o` names the portfolio or one of its own files
    /// (backup, lock, temp): it would be destroyed. Nothing was written.
    #[error("{}", i18n::store::error(Lang::En, self))]
    ProtectedOutput { output: PathBuf, portfolio: PathBuf },
    /// The file is missing but a copy of it survives (`.bak`, or the temp
    /// file of a save that was cut short): `retroplan restore` brings it back.
    #[error("{}", i18n::store::error(Lang::En, self))]
    MissingWithCopy { path: PathBuf, copy: PathBuf },
    /// The data cannot be written faithfully (e.g. a number that is not finite).
    #[error("{}", i18n::store::error(Lang::En, self))]
    Unsavable { path: PathBuf, what: String },
}

impl StoreError {
    /// The message in the user's language.
    pub fn localized(&self, lang: Lang) -> String {
        i18n::store::error(lang, self)
    }

    pub(crate) fn io(path: impl Into<PathBuf>, action: IoAction, err: io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            action,
            source: Arc::new(err),
        }
    }
}

/// Lets `StoreError` be printed localized with `{}`.
pub struct Localized<'a>(pub &'a StoreError, pub Lang);

impl fmt::Display for Localized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.localized(self.1))
    }
}
