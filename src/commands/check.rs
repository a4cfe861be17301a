//! `retroplan check`: validate the save file without writing anything;
//! exit 0 with a one-line summary, or 1 with every problem listed.

use crate::i18n::Localize;
use std::process::ExitCode;

use super::Context;
use super::files::{print_output, write_stderr};
use crate::i18n;
use crate::model::FORMAT_VERSION;
use crate::store::{self, StoreError, validate};

pub fn run(ctx: &Context) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let fail = |e: StoreError| {
        write_stderr(&format!("retroplan: {}\n", e.localized(l)));
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
    lines.extend(
        store::unknown_keys(&portfolio)
            .iter()
            .map(|k| i18n::store::unknown_key(l, k)),
    );
    // Said, not failed: the file itself is sound; what waits is a choice.
    for line in super::merge::notes(l, &path, &portfolio) {
        eprintln!("{line}");
    }
    if lines.is_empty() {
        let ok = i18n::store::check_ok(l, &path, &validate::counts(&portfolio));
        let mut out = format!("{ok}\n");
        if portfolio.version < FORMAT_VERSION {
            let keep = store::migrate::original_path(&path, portfolio.version);
            let older = i18n::evidence::check_older(l, portfolio.version, &keep);
            out.push_str(&format!("{older}\n"));
        }
        print_output(out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut report = i18n::store::check_failed(l, &path, lines.len());
    for line in lines {
        report.push_str(&format!("\n  {line}"));
    }
    report.push('\n');
    write_stderr(&report);
    Ok(ExitCode::FAILURE)
}
