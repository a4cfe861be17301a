//! `retroplan docs [--json]` lists the standing documents; `retroplan docs
//! add KIND --issued DATE …` records one, under the lock, saved atomically.

use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;

use super::Context;
use super::files::{print_output, read_portfolio, write_stdout};
use crate::cli::{Command, DocsCommand};
use crate::i18n::{compliance as words, report as report_words};
use crate::model::compliance::DocKind;
use crate::model::ids::new_id;
use crate::report::docs::{lines, new_document, render};
use crate::store;

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    match args {
        Command::Docs {
            what:
                Some(DocsCommand::Add {
                    kind,
                    issued,
                    expires,
                    note,
                    label,
                }),
            ..
        } => add(
            ctx,
            kind,
            *issued,
            *expires,
            note.as_deref().unwrap_or(""),
            label.as_deref().unwrap_or(""),
        ),
        Command::Docs { json, .. } => list(ctx, *json),
        _ => super::not_yet(ctx.lang),
    }
}

fn list(ctx: &Context, json: bool) -> anyhow::Result<ExitCode> {
    let (_, loaded) = read_portfolio(ctx)?;
    let docs = lines(&loaded.portfolio, ctx.today, ctx.lang);
    let out = if json {
        let mut s = serde_json::to_string_pretty(&docs)?;
        s.push('\n');
        s
    } else {
        render(&docs, ctx.today, ctx.lang)
    };
    print_output(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn add(
    ctx: &Context,
    kind: &str,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
    note: &str,
    label: &str,
) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let kind = DocKind::parse(kind);
    if kind == DocKind::Other(String::new()) {
        return Err(anyhow!(words::empty_kind(l)));
    }
    if expires.is_some_and(|e| e < issued) {
        return Err(anyhow!(words::expires_before_issued(l)));
    }
    let err = |e: store::StoreError| anyhow!(e.localized(l));
    let path = store::resolve_path(ctx.file.as_deref()).map_err(err)?;
    super::files::must_exist(&path, l)?;
    let _lock = store::lock(&path).map_err(err)?;
    let loaded = store::load(&path).map_err(err)?;
    if loaded.newer_version {
        return Err(anyhow!(report_words::newer_file(l, &path)));
    }
    let mut portfolio = loaded.portfolio;
    let id = new_id(&portfolio, "d");
    let mut doc = new_document(
        &portfolio,
        id,
        kind,
        issued,
        expires,
        note.trim().to_string(),
    );
    doc.label = label.trim().to_string();
    let (id, issued, expires) = (doc.id.clone(), doc.issued, doc.expires);
    let name = words::doc_name(l, &doc).into_owned();
    portfolio.documents.push(doc);
    store::save(&path, &portfolio, Some(&loaded.stamp)).map_err(err)?;
    let mut out = words::recorded(l, &id, &name, issued, expires);
    out.push('\n');
    // Say at once which bids it fails.
    if let Some(line) = lines(&portfolio, ctx.today, l)
        .into_iter()
        .find(|d| d.id == id)
        && let Some(e) = line.expires
    {
        for f in &line.fails {
            out.push_str(&format!(
                "  ✗ {} › {} — {}\n",
                crate::model::text::clean_line(f.authority),
                crate::model::text::clean_line(f.object),
                words::expires_before_j(l, &name, e, f.j)
            ));
        }
    }
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
