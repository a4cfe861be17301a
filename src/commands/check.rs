//! `retroplan check`: validate the save file without writing anything;
//! exit 0 with a one-line summary, or 1 with every problem listed.

use std::process::ExitCode;

use super::Context;
use crate::i18n;
use crate::model::FORMAT_VERSION;
use crate::model::Portfolio;
use crate::store::{self, StoreError, validate};

pub fn run(ctx: &Context, _args: &crate::cli::Command) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let fail = |e: StoreError| {
        eprintln!("retroplan: {}", e.localized(l));
        Ok(ExitCode::FAILURE)
    };
    let path = match store::resolve_path(ctx.file.as_deref()) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    // `parse`, not `load`: load stops at rule errors, check lists them all.
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return fail(store::missing(&path));
        }
        Err(e) => {
            return fail(StoreError::Io {
                path,
                action: store::IoAction::Read,
                source: std::sync::Arc::new(e),
            });
        }
    };
    let portfolio = match store::parse(&path, &bytes) {
        Ok((p, _)) => p,
        Err(e) => return fail(e),
    };
    let mut lines: Vec<String> = Vec::new();
    if portfolio.version > FORMAT_VERSION {
        lines.push(i18n::store::check_newer(l, portfolio.version));
    }
    lines.extend(
        validate::validate(&portfolio, Some(ctx.today))
            .iter()
            .map(|p| p.localized(l)),
    );
    lines.extend(unknown_keys(l, &bytes, &portfolio));
    // Said, not failed: the file itself is sound; what waits is a choice.
    for line in super::merge::notes(l, &path, &portfolio) {
        eprintln!("{line}");
    }
    if lines.is_empty() {
        println!(
            "{}",
            i18n::store::check_ok(l, &path, &validate::counts(&portfolio))
        );
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("{}", i18n::store::check_failed(l, &path, lines.len()));
    for line in lines {
        eprintln!("  {line}");
    }
    Ok(ExitCode::FAILURE)
}

/// Keys the next save would drop, or why the raw JSON could not be walked.
fn unknown_keys(l: crate::i18n::Lang, bytes: &[u8], p: &Portfolio) -> Vec<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let file = match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(v) => v,
        // The model ignores unknown values without limit; a generic walk
        // stops at serde_json's depth limit, which only a runaway value reaches.
        Err(e) => return vec![i18n::store::too_deep(l, e.line(), e.column())],
    };
    let Ok(canonical) = serde_json::to_value(p) else {
        return Vec::new();
    };
    store::unknown_keys(&file, &canonical)
        .iter()
        .map(|k| i18n::store::unknown_key(l, k))
        .collect()
}
