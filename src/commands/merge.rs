//! `retroplan merge BASE OURS THEIRS [-o OUT]` (git's merge driver: `%O %A
//! %B`, the result written over `%A`), `merge --setup` and `merge
//! --conflict-copies`.
//!
//! Exit status for git: 0 merged cleanly, 1 merged with conflicts recorded
//! in the file (git then marks the file conflicted; the file itself is a
//! valid portfolio), 2 nothing could be merged (nothing written).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Context;
use crate::cli::MergeArgs;
use crate::i18n::{self, Lang, Localized};
use crate::merge::{self, Labels, copies, git};
use crate::model::Portfolio;
use crate::store::{self, StoreError};

pub fn run(ctx: &Context, args: &MergeArgs) -> anyhow::Result<ExitCode> {
    if args.setup {
        return setup(ctx);
    }
    if args.conflict_copies {
        return conflict_copies(ctx);
    }
    match (&args.base, &args.ours, &args.theirs) {
        (Some(b), Some(o), Some(t)) => three_files(ctx, b, o, t, args.output.as_deref()),
        _ => {
            eprintln!("retroplan: {}", i18n::merge::need_three(ctx.lang));
            Ok(ExitCode::from(2))
        }
    }
}

fn dir_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Read a portfolio to merge; the message says why not.
fn read(l: Lang, path: &Path) -> Result<Portfolio, String> {
    let bytes =
        std::fs::read(path).map_err(|e| i18n::merge::cannot_read(l, path, &e.to_string()))?;
    match store::parse(path, &bytes) {
        Ok((_, true)) => Err(Localized(
            &StoreError::NewerVersion {
                path: path.to_path_buf(),
                found: 0,
            },
            l,
        )
        .to_string()),
        Ok((p, false)) => Ok(p),
        Err(e) => Err(i18n::merge::cannot_read(
            l,
            path,
            &Localized(&e, l).to_string(),
        )),
    }
}

fn three_files(
    ctx: &Context,
    base: &Path,
    ours: &Path,
    theirs: &Path,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let fail = |msg: String| {
        eprintln!("retroplan: {msg}");
        Ok(ExitCode::from(2))
    };
    let (o, t) = match (read(l, ours), read(l, theirs)) {
        (Ok(o), Ok(t)) => (o, t),
        (Err(e), _) | (_, Err(e)) => return fail(e),
    };
    // git gives an empty %O when the two sides have no common ancestor.
    let b = match std::fs::read(base) {
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => None,
        Ok(_) => match read(l, base) {
            Ok(b) => Some(b),
            Err(_) => {
                eprintln!("retroplan: {}", i18n::merge::base_ignored(l, base));
                None
            }
        },
        Err(_) => None,
    };
    // git runs drivers at the top of the work tree, with MERGE_HEAD set
    // during a merge.
    let here = PathBuf::from(".");
    let labels = Labels {
        ours: merge::user_name(&here),
        theirs: git::merge_head_author(&here).unwrap_or_default(),
    };
    let merged = match merge::merge(b.as_ref(), &o, &t, &labels, Some(ctx.today)) {
        Ok(m) => m,
        Err(e) => return fail(i18n::merge::failed(l, &e.to_string())),
    };
    let target = out.unwrap_or(ours);
    if let Err(e) = write_atomic(target, &store::to_bytes(&merged.portfolio)) {
        return fail(i18n::merge::cannot_write(l, target, &e.to_string()));
    }
    let mut text = format!("{}\n", i18n::merge::merged(l, out, merged.conflicts.len()));
    for c in &merged.conflicts {
        text.push_str(&i18n::merge::conflict_line(l, c));
        text.push('\n');
    }
    // stderr: git shows it, and a driver's stdout is no place for reports.
    let _ = std::io::stderr().write_all(text.as_bytes());
    Ok(if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Replace `path` with `bytes` at once (a temporary file in the same
/// folder, synced, then renamed), private to the user like the portfolio.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // Through a symlink, the file it names is replaced, never the link.
    let path = &store::real_path(path);
    let dir = dir_of(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(".retroplan-merge-")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0o600);
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(mode))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn setup(ctx: &Context) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let path = match store::resolve_path(ctx.file.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("retroplan: {}", Localized(&e, l));
            return Ok(ExitCode::FAILURE);
        }
    };
    let exe = std::env::current_exe()?;
    match git::setup(&path, &exe) {
        Ok(s) => {
            let mut out = String::new();
            for line in i18n::merge::setup_done(l, &s) {
                out.push_str(&line);
                out.push('\n');
            }
            super::files::write_stdout(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(git::SetupError::NotARepository(dir)) => {
            eprintln!("retroplan: {}", i18n::merge::not_a_repository(l, &dir));
            Ok(ExitCode::FAILURE)
        }
        Err(git::SetupError::Failed(why)) => {
            eprintln!("retroplan: {}", i18n::merge::setup_failed(l, &why));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Merge every sync conflict copy beside the portfolio into it, under the
/// lock, saved once; each copy is removed only after that save.
fn conflict_copies(ctx: &Context) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let fail = |msg: String| {
        eprintln!("retroplan: {msg}");
        Ok(ExitCode::FAILURE)
    };
    let path = match store::resolve_path(ctx.file.as_deref()) {
        Ok(p) => p,
        Err(e) => return fail(Localized(&e, l).to_string()),
    };
    let found = copies::find(&path);
    if found.is_empty() {
        println!("{}", i18n::merge::no_copies(l, &path));
        return Ok(ExitCode::SUCCESS);
    }
    let _lock = match store::lock(&path) {
        Ok(g) => g,
        Err(e) => return fail(Localized(&e, l).to_string()),
    };
    let loaded = match store::load(&path) {
        Ok(x) if x.newer_version => {
            return fail(
                Localized(
                    &StoreError::NewerVersion {
                        path: path.clone(),
                        found: u64::from(x.portfolio.version),
                    },
                    l,
                )
                .to_string(),
            );
        }
        Ok(x) => x,
        Err(e) => return fail(Localized(&e, l).to_string()),
    };
    let base = read(l, &store::bak_path(&path)).ok();
    let ours_by = merge::user_name(&dir_of(&path));
    let mut portfolio = loaded.portfolio.clone();
    let mut done: Vec<(copies::Copy, usize)> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for copy in found {
        let theirs = match read(l, &copy.path) {
            Ok(t) => t,
            Err(e) => {
                lines.push(i18n::merge::copy_unreadable(l, &copy.path, &e));
                continue;
            }
        };
        let labels = Labels {
            ours: ours_by.clone(),
            theirs: copy.by.clone(),
        };
        match merge::merge_copy(base.as_ref(), &portfolio, &theirs, &labels, Some(ctx.today)) {
            Ok(m) => {
                portfolio = m.portfolio;
                done.push((copy, m.conflicts.len()));
            }
            Err(e) => lines.push(i18n::merge::copy_unreadable(l, &copy.path, &e.to_string())),
        }
    }
    if portfolio != loaded.portfolio
        && let Err(e) = store::save(&path, &portfolio, Some(&loaded.stamp))
    {
        for line in lines {
            eprintln!("retroplan: {line}");
        }
        return fail(Localized(&e, l).to_string());
    }
    for (copy, conflicts) in &done {
        match std::fs::remove_file(&copy.path) {
            Ok(()) => println!(
                "{}",
                i18n::merge::copy_merged(l, &copy.path, &copy.by, *conflicts, base.is_some())
            ),
            Err(e) => lines.push(i18n::merge::copy_not_removed(l, &copy.path, &e.to_string())),
        }
    }
    let failed = !lines.is_empty();
    for line in lines {
        eprintln!("retroplan: {line}");
    }
    if !portfolio.conflicts.is_empty() {
        println!(
            "{}",
            i18n::merge::conflicts_recorded(l, portfolio.conflicts.len())
        );
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Lines `check` and `agenda` print about conflict copies beside the
/// portfolio and conflicts recorded in it (nothing when all is settled).
pub fn notes(l: Lang, path: &Path, p: &Portfolio) -> Vec<String> {
    let mut out = Vec::new();
    let found = copies::find(path);
    if !found.is_empty() {
        out.extend(i18n::merge::copies_found(l, &found));
    }
    if !p.conflicts.is_empty() {
        out.push(i18n::merge::conflicts_recorded(l, p.conflicts.len()));
    }
    out
}
