//! `retroplan import boamp FILE… [--new] [--company NAME] [--dry-run]` and
//! `retroplan fetch boamp [--since DATE] [--departement CODE]… [--base-url
//! URL] [--timeout S] …`: notices read from files or asked from the API, then
//! applied the same way.
//!
//! Everything is read and applied to a copy in memory before anything is
//! written: an unreadable file or a failed request leaves the portfolio as
//! it was. The save is atomic and made under the lock.

use std::fs::File;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use indicatif::{ProgressBar, ProgressStyle};

use super::Context;
use super::files::{must_exist, write_stdout};
use crate::boamp::fetch::{self, FetchError, Query};
use crate::boamp::{Event, Importer, Options, Summary, stream};
use crate::cli::BoampArgs;
use crate::i18n::{self, Lang};
use crate::model::Portfolio;
use crate::store::{self, Localized, StoreError};

/// How far back a first fetch looks: a call for tenders published three
/// months ago may still be open.
const FIRST_FETCH_DAYS: u64 = 90;

pub fn import(ctx: &Context, files: &[PathBuf], args: &BoampArgs) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    session(ctx, args, |_, importer| {
        for file in files {
            read_one(l, file, importer)?;
        }
        Ok(Fed::default())
    })
}

/// What `fetch boamp` was asked.
pub struct FetchArgs<'a> {
    pub since: Option<NaiveDate>,
    pub departements: &'a [String],
    pub base_url: &'a str,
    pub timeout: u64,
}

pub fn fetch(ctx: &Context, f: &FetchArgs, args: &BoampArgs) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let today = ctx.today;
    session(ctx, args, |portfolio, importer| {
        let since = f.since.or(portfolio.boamp.last_fetch).unwrap_or_else(|| {
            today
                .checked_sub_days(Days::new(FIRST_FETCH_DAYS))
                .unwrap_or(today)
        });
        let departements = if f.departements.is_empty() {
            portfolio_departements(portfolio)
        } else {
            f.departements.to_vec()
        };
        let q = Query {
            base_url: f.base_url.to_string(),
            since,
            departements,
            timeout: Duration::from_secs(f.timeout),
        };
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}") {
                bar.set_style(style);
            }
            bar.set_message(i18n::boamp::progress(l, &fetch::Pages::default()));
            bar
        });
        let result = fetch::fetch(
            &q,
            &mut |pages| {
                if let Some(bar) = &bar {
                    bar.set_message(i18n::boamp::progress(l, pages));
                }
            },
            &mut |v| importer.offer(&v),
        );
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        let pages = result.map_err(|e: FetchError| i18n::boamp::fetch_error(l, &e))?;
        Ok(Fed {
            head: i18n::boamp::fetched(l, &pages, since),
            fetched_on: Some(today),
        })
    })
}

/// The départements of the portfolio's buyers that are codes (45, 2A, 971).
fn portfolio_departements(p: &Portfolio) -> Vec<String> {
    let mut out: Vec<String> = p
        .authorities
        .iter()
        .map(|a| a.departement.trim().to_uppercase())
        .filter(|d| (2..=3).contains(&d.len()) && d.chars().all(|c| c.is_ascii_alphanumeric()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// What feeding the importer said.
#[derive(Default)]
struct Fed {
    /// Lines printed before the import's report.
    head: Vec<String>,
    /// The day of a successful fetch, remembered in the file.
    fetched_on: Option<NaiveDate>,
}

/// Open, lock, feed the importer, report, save. `feed` gets the portfolio
/// as it was loaded (to read settings) and the importer working on a copy;
/// it returns what to print first, or the error.
fn session(
    ctx: &Context,
    args: &BoampArgs,
    feed: impl FnOnce(&Portfolio, &mut Importer) -> Result<Fed, String>,
) -> anyhow::Result<ExitCode> {
    let l = ctx.lang;
    let fail = |msg: String| {
        super::files::write_stderr(&format!("retroplan: {msg}\n"));
        Ok(ExitCode::FAILURE)
    };
    let store_fail = |e: StoreError| fail(Localized(&e, l).to_string());
    let path = match store::resolve_path(ctx.file.as_deref()) {
        Ok(p) => p,
        Err(e) => return store_fail(e),
    };
    must_exist(&path, l)?;
    // A dry run writes nothing, so it needs no lock.
    let _lock = if args.dry_run {
        None
    } else {
        match store::lock(&path) {
            Ok(guard) => Some(guard),
            Err(e) => return store_fail(e),
        }
    };
    let loaded = match store::load(&path) {
        Ok(loaded) if loaded.newer_version => {
            return store_fail(StoreError::NewerVersion {
                path: path.clone(),
                found: u64::from(loaded.portfolio.version),
            });
        }
        Ok(loaded) => loaded,
        Err(e) => return store_fail(e),
    };
    let mut portfolio = loaded.portfolio.clone();
    let mut out = String::new();
    if let Some(name) = args.company.as_deref() {
        let name = crate::model::text::clean_line(name);
        if name != portfolio.settings.company_name {
            line(&mut out, &i18n::boamp::company_set(l, &name));
            portfolio.settings.company_name = name;
        }
    }
    let options = Options {
        today: ctx.today,
        create: args.new,
        lang: l,
    };
    let mut importer = Importer::new(&mut portfolio, options);
    let fed = match feed(&loaded.portfolio, &mut importer) {
        Ok(fed) => fed,
        Err(msg) => return fail(msg),
    };
    let summary = importer.finish();
    if let Some(day) = fed.fetched_on {
        portfolio.boamp.last_fetch = Some(day);
    }
    for h in fed.head {
        line(&mut out, &h);
    }
    report(l, &portfolio, &summary, args, &mut out);
    if args.dry_run {
        line(&mut out, i18n::decp::dry_run(l));
        write_stdout(out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if portfolio == loaded.portfolio {
        line(&mut out, i18n::decp::nothing_to_save(l));
        write_stdout(out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    write_stdout(out.as_bytes())?;
    match store::save(&path, &portfolio, Some(&loaded.stamp)) {
        Ok(_) => {
            write_stdout(format!("{}\n", i18n::decp::saved(l, &path)).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => store_fail(e),
    }
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

fn report(l: Lang, p: &Portfolio, s: &Summary, args: &BoampArgs, out: &mut String) {
    for e in &s.events {
        line(out, &i18n::boamp::event(l, e));
    }
    if !s.ambiguous.is_empty() {
        line(out, i18n::boamp::ambiguous_header(l));
        for a in &s.ambiguous {
            line(out, &format!("  {}", i18n::boamp::ambiguity(l, a)));
        }
    }
    for tally in i18n::boamp::summary(l, s) {
        line(out, &tally);
    }
    let opportunities = s
        .events
        .iter()
        .any(|e| matches!(e, Event::Opportunity { .. }));
    if opportunities && !args.new {
        line(out, i18n::boamp::new_hint(l));
    }
    let suggested = s.events.iter().any(|e| matches!(e, Event::Winners { .. }));
    if suggested && p.settings.company_name.is_empty() {
        line(out, i18n::boamp::company_hint(l));
    }
}

/// Stream one file into the importer; the message says what went wrong.
fn read_one(l: Lang, path: &Path, importer: &mut Importer) -> Result<(), String> {
    let file = File::open(path).map_err(|e| i18n::decp::cannot_read(l, path, &e))?;
    stream::for_each(file, &mut |v| importer.offer(&v))
        .map(|_| ())
        .map_err(|e| {
            if e.is_io() {
                return i18n::decp::cannot_read(l, path, &std::io::Error::from(e));
            }
            let text = e.to_string();
            let detail = text
                .rsplit_once(" at line ")
                .map_or(text.as_str(), |(d, _)| d);
            if detail == stream::NOT_BOAMP {
                return i18n::boamp::other_json(l, path);
            }
            i18n::boamp::not_boamp(l, path, e.line(), e.column(), detail)
        })
}
