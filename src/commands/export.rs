//! `retroplan export ics|csv|person`: the portfolio for a calendar, a
//! spreadsheet, or one person's data. Reads the file only; takes no lock.

use std::process::ExitCode;

use super::files::{read_portfolio, write_output};
use super::{Context, not_yet};
use crate::cli::{Command, CsvTable, ExportCommand};
use crate::report::csv_export::{TableKind, table};
use crate::report::csv_io::write_table;
use crate::report::ics::calendar;

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let Command::Export { what } = args else {
        return not_yet(ctx.lang);
    };
    match what {
        ExportCommand::Csv {
            table: which,
            output,
            delimiter,
            bom: _,
            no_bom,
        } => {
            let (_, loaded) = read_portfolio(ctx)?;
            let kind = match which {
                CsvTable::Authorities => TableKind::Authorities,
                CsvTable::Contacts => TableKind::Contacts,
                CsvTable::Pursuits => TableKind::Pursuits,
            };
            let (headers, rows) = table(&loaded.portfolio, kind, ctx.lang);
            let bytes = write_table(&headers, &rows, *delimiter, !*no_bom);
            write_output(output.as_deref(), &bytes, ctx.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        ExportCommand::Ics { output } => {
            let (_, loaded) = read_portfolio(ctx)?;
            let text = calendar(&loaded.portfolio, ctx.today, ctx.lang, chrono::Utc::now());
            write_output(output.as_deref(), text.as_bytes(), ctx.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        _ => not_yet(ctx.lang),
    }
}
