//! `retroplan export ics|csv|person`: the portfolio for a calendar, a
//! spreadsheet, or one person's data. Reads the file only; takes no lock.

use std::process::ExitCode;

use super::files::{read_portfolio, write_output};
use super::{Context, not_yet};
use crate::cli::{Command, CsvTable, ExportCommand};
use crate::gdpr as person;
use crate::i18n::compliance::unknown_pursuit;
use crate::i18n::gdpr as words;
use crate::report::ics::{Options, Part, calendar_with};
use crate::sheet::export::{TableKind, table};
use crate::sheet::io::write_table;
use crate::sheet::requirements::matrix;

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let Command::Export { what } = args else {
        return not_yet(ctx.lang);
    };
    match what {
        ExportCommand::Csv {
            table: which,
            output,
            pursuit,
            delimiter,
            bom: _,
            no_bom,
        } => {
            let (path, loaded) = read_portfolio(ctx)?;
            let p = &loaded.portfolio;
            let (headers, rows) = match which {
                CsvTable::Authorities => table(p, TableKind::Authorities, ctx.lang),
                CsvTable::Contacts => table(p, TableKind::Contacts, ctx.lang),
                CsvTable::Pursuits => table(p, TableKind::Pursuits, ctx.lang),
                CsvTable::Requirements => {
                    matrix(p, pursuit.as_deref(), ctx.lang).ok_or_else(|| {
                        anyhow::anyhow!(unknown_pursuit(ctx.lang, pursuit.as_deref().unwrap_or("")))
                    })?
                }
            };
            let bytes = write_table(&headers, &rows, *delimiter, !*no_bom);
            write_output(&path, output.as_deref(), &bytes, ctx.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        ExportCommand::Ics { output, only, all } => {
            let (path, loaded) = read_portfolio(ctx)?;
            let parts = match (*all, only.is_empty()) {
                (true, _) => Part::ALL.to_vec(),
                (false, true) => Part::DEFAULT.to_vec(),
                (false, false) => only.clone(),
            };
            let now = chrono::Utc::now();
            // The file's last save dates every component (SEQUENCE too).
            let modified = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .map_or(now, chrono::DateTime::<chrono::Utc>::from);
            let o = Options {
                parts,
                stamp: now,
                modified,
            };
            let text = calendar_with(&loaded.portfolio, ctx.today, ctx.lang, &o);
            write_output(&path, output.as_deref(), text.as_bytes(), ctx.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        ExportCommand::Person { who } => {
            let (_, loaded) = read_portfolio(ctx)?;
            let p = &loaded.portfolio;
            let at = person::find(p, who)
                .map_err(|e| anyhow::anyhow!(words::person_error(ctx.lang, &e)))?;
            let mut s = serde_json::to_string_pretty(&person::export(p, at, ctx.today))?;
            s.push('\n');
            super::files::print_output(s.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
