//! Older file versions, read and converted in memory.
//!
//! Version 1 held stage-1 (prospection) progress in each pursuit; version 2
//! holds it once per authority (`authorities[].checklist`). Converting moves
//! every stage-1 entry up to its authority; when pursuits disagree the
//! latest tick wins and all distinct notes are kept. The file itself is
//! only rewritten by the next save, and that first save keeps the
//! version-1 original beside it as `portfolio.v1.json` (never overwritten).

use std::path::{Path, PathBuf};

use crate::model::ticks::hoist_stage_one;
use crate::model::{FORMAT_VERSION, Portfolio};

/// Bring `p` to the current version in place. Returns the version it was
/// converted from, if it was older. Stage-1 entries found on pursuits of a
/// current file (hand edits, older tools) are moved up too.
pub fn upgrade(p: &mut Portfolio) -> Option<u32> {
    for a in &mut p.authorities {
        hoist_stage_one(a);
    }
    if p.version >= FORMAT_VERSION {
        return None;
    }
    let from = p.version;
    p.version = FORMAT_VERSION;
    p.converted_from = Some(from);
    Some(from)
}

/// Where the original of a converted file is kept:
/// `portfolio.json` → `portfolio.v1.json` beside it.
pub fn original_path(path: &Path, version: u32) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}.v{version}.{}", ext.to_string_lossy()),
        None => format!("{stem}.v{version}"),
    };
    path.with_file_name(name)
}

#[cfg(test)]
#[path = "migrate_tests.rs"]
mod tests;
