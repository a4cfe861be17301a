//! Reading the file: never writes, never panics on what it finds, and says
//! exactly where and what when it refuses.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;
use serde_json::error::Category;

use super::paths::{bak_path, parent_dir, real_path, temp_prefix};
use super::stamp::DiskStamp;
use super::validate;
use super::{IoAction, StoreError};
use crate::model::{FORMAT_NAME, FORMAT_VERSION, Portfolio};

/// A portfolio read from disk, with what saving it back needs to know.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub portfolio: Portfolio,
    /// The file as read: pass it to `save` (or `Saver::spawn`) so a change
    /// made on disk meanwhile is noticed instead of overwritten.
    pub stamp: DiskStamp,
    /// Written by a newer retroplan: show it read-only, never write it.
    pub newer_version: bool,
}

/// Read and check the portfolio at `path`. Refuses a file that does not
/// parse, is not ours, or breaks the rules the program relies on
/// ([`Severity::Error`] problems of [`validate`]); warnings are left to
/// `retroplan check`. The file is only read.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let (bytes, meta) = read_file(path)?;
    let stamp = DiskStamp::new(&meta, &bytes);
    let (portfolio, newer_version) = load_bytes(path, &bytes)?;
    Ok(Loaded {
        portfolio,
        stamp,
        newer_version,
    })
}

/// [`parse`], then refuse the rule errors, as [`load`] does.
pub(crate) fn load_bytes(path: &Path, bytes: &[u8]) -> Result<(Portfolio, bool), StoreError> {
    let (mut portfolio, newer_version) = parse(path, bytes)?;
    if !newer_version {
        super::migrate::upgrade(&mut portfolio);
    }
    let errors = validate::errors(&portfolio);
    if !errors.is_empty() {
        return Err(StoreError::Invalid {
            path: path.to_path_buf(),
            problems: errors,
        });
    }
    Ok((portfolio, newer_version))
}

/// The whole file and the metadata of the very handle it was read from.
pub(crate) fn read_file(path: &Path) -> Result<(Vec<u8>, std::fs::Metadata), StoreError> {
    let mut file = File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => missing(path),
        _ => StoreError::io(path, IoAction::Read, e),
    })?;
    let read_err = |e| StoreError::io(path, IoAction::Read, e);
    let meta = file.metadata().map_err(read_err)?;
    if meta.is_dir() {
        return Err(StoreError::io(
            path,
            IoAction::Read,
            io::Error::from(io::ErrorKind::IsADirectory),
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes).map_err(read_err)?;
    // Re-read the metadata: the stamp must describe what was read.
    let meta = file.metadata().map_err(read_err)?;
    Ok((bytes, meta))
}

/// Only the keys that say whose file this is and which version.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
}

/// Parse `bytes` read from `path` (named in errors): the portfolio, and
/// whether it comes from a newer version.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(Portfolio, bool), StoreError> {
    // Editors on some systems add a byte-order mark; it is not an error.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A large file parses on two threads; anything else (and any error, to
    // be reported exactly) the plain way.
    let parsed = match super::split::parse(bytes, super::split::MIN_BYTES) {
        Some(p) => Ok(p),
        None => serde_json::from_slice::<Portfolio>(bytes),
    };
    match parsed {
        Ok(p) => {
            if p.format != FORMAT_NAME {
                return Err(not_ours(path));
            }
            match p.version {
                0 => Err(StoreError::BadVersion {
                    path: path.to_path_buf(),
                    found: 0,
                }),
                v => Ok((p, v > FORMAT_VERSION)),
            }
        }
        Err(e) if e.classify() == Category::Data => Err(explain_misfit(path, bytes, e)),
        Err(e) => Err(syntax(path, e)),
    }
}

/// Valid JSON that does not fit the model: another program's file, a newer
/// version's shape, or a wrong value at a precise place.
fn explain_misfit(path: &Path, bytes: &[u8], err: serde_json::Error) -> StoreError {
    let Ok(header) = serde_json::from_slice::<Header>(bytes) else {
        return not_ours(path);
    };
    if header.format.as_ref().and_then(Value::as_str) != Some(FORMAT_NAME) {
        return not_ours(path);
    }
    match header.version.as_ref().and_then(Value::as_u64) {
        Some(v) if v > u64::from(FORMAT_VERSION) => StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: v,
        },
        _ => syntax(path, err),
    }
}

fn not_ours(path: &Path) -> StoreError {
    StoreError::NotOurs {
        path: path.to_path_buf(),
        bak: existing_bak(path),
    }
}

fn syntax(path: &Path, err: serde_json::Error) -> StoreError {
    let (line, column) = (err.line(), err.column());
    let full = err.to_string();
    let suffix = format!(" at line {line} column {column}");
    let detail = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    StoreError::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        detail,
        bak: existing_bak(path),
    }
}

/// The backup, when there is one worth suggesting.
fn existing_bak(path: &Path) -> Option<std::path::PathBuf> {
    let bak = bak_path(path);
    bak.is_file().then_some(bak)
}

/// The newest readable copy of the portfolio at `path` when the file
/// itself is missing; `None` when the file exists or nothing survives.
pub fn surviving_copy(path: &Path) -> Option<PathBuf> {
    let real = real_path(path);
    if fs::symlink_metadata(&real).is_ok() {
        return None;
    }
    let mut candidates = vec![bak_path(&real)];
    let prefix = temp_prefix(&real);
    if let (Some(prefix), Ok(entries)) = (prefix.to_str(), fs::read_dir(parent_dir(&real))) {
        candidates.extend(
            entries
                .flatten()
                .filter(|e| {
                    e.file_name()
                        .to_str()
                        .is_some_and(|n| n.starts_with(prefix))
                })
                .map(|e| e.path()),
        );
    }
    candidates
        .into_iter()
        .filter_map(|c| {
            let modified = fs::metadata(&c).and_then(|m| m.modified()).ok()?;
            let bytes = fs::read(&c).ok()?;
            load_bytes(&c, &bytes).ok()?;
            Some((modified, c))
        })
        .max_by_key(|(modified, _)| *modified)
        .map(|(_, c)| c)
}

/// The error for a missing `path`: it names the surviving copy, if any.
pub fn missing(path: &Path) -> StoreError {
    match surviving_copy(path) {
        Some(copy) => StoreError::MissingWithCopy {
            path: path.to_path_buf(),
            copy,
        },
        None => StoreError::NotFound {
            path: path.to_path_buf(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> StoreError {
        parse(Path::new("p.json"), bytes).unwrap_err()
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        match err(b"{\n  \"format\": \"retroplan\",\n  \"version\": 1,,\n}") {
            StoreError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 16)),
            e => panic!("{e:?}"),
        }
        assert!(matches!(
            err(b""),
            StoreError::Syntax {
                line: 1,
                column: 0,
                ..
            }
        ));
        assert!(matches!(
            err(&[0; 64]),
            StoreError::Syntax {
                line: 1,
                column: 1,
                ..
            }
        ));
    }

    #[test]
    fn other_json_is_not_ours_and_newer_shapes_are_named() {
        assert!(matches!(err(b"[1, 2]"), StoreError::NotOurs { .. }));
        assert!(matches!(err(b"{\"a\": 1}"), StoreError::NotOurs { .. }));
        assert!(matches!(
            err(br#"{"format":"other","version":1}"#),
            StoreError::NotOurs { .. }
        ));
        assert!(matches!(
            err(br#"{"format":"retroplan","version":7,"authorities":{"new":"shape"}}"#),
            StoreError::NewerVersion { found: 7, .. }
        ));
        assert!(matches!(
            err(br#"{"format":"retroplan","version":0}"#),
            StoreError::BadVersion { found: 0, .. }
        ));
    }

    #[test]
    fn a_newer_file_that_fits_is_flagged_not_refused() {
        let (p, newer) = parse(
            Path::new("p.json"),
            b"\xEF\xBB\xBF{\"format\":\"retroplan\",\"version\":3}",
        )
        .unwrap();
        assert!(newer);
        assert_eq!(p.version, 3);
    }

    #[test]
    fn a_wrong_value_is_located() {
        let bytes = br#"{"format":"retroplan","version":1,
"authorities":[{"id":"a","name":"x","priority":"high"}]}"#;
        match err(bytes) {
            StoreError::Syntax { line, detail, .. } => {
                assert_eq!(line, 2);
                assert!(detail.contains("invalid type"), "{detail}");
            }
            e => panic!("{e:?}"),
        }
    }
}
