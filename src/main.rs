use std::process::ExitCode;

use clap::Parser;

use retroplan::cli::{Cli, Command};
use retroplan::commands;
use retroplan::i18n::Lang;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = Lang::resolve(cli.lang);
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let result = match &cli.command {
        Some(Command::Timeline(args)) => commands::timeline::run(args, lang, today),
        _ => commands::not_yet(lang),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("retroplan: {err:#}");
            ExitCode::FAILURE
        }
    }
}
