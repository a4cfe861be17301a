use std::io::Write;
use std::process::ExitCode;

use retroplan::cli::Command;
use retroplan::cli_lang;
use retroplan::commands::{self, Context};
use retroplan::i18n::Lang;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = |k: &str| std::env::var(k).ok();
    let lang = cli_lang::early_lang(&args, env);
    retroplan::cli::set_parse_lang(lang);
    let cli = cli_lang::parse(args, lang, cli_lang::colour_allowed(env));
    let ctx = Context {
        file: cli.file.clone(),
        lang: Lang::resolve(cli.lang),
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    let result = match &cli.command {
        None => retroplan::tui::run(&ctx, cli.demo),
        Some(Command::Timeline(args)) => commands::timeline::run(args, ctx.lang, ctx.today),
        Some(Command::Init { demo }) => commands::init::run(&ctx, *demo),
        Some(Command::Agenda {
            days,
            json,
            kind,
            expand,
            all,
        }) => commands::agenda::run(&ctx, *days, *json, kind, *expand, *all),
        Some(Command::Status { json }) => commands::status::run(&ctx, *json),
        Some(Command::Check) => commands::check::run(&ctx),
        Some(Command::Docs { what, json }) => commands::docs::run(&ctx, what.as_ref(), *json),
        Some(Command::Export { what }) => commands::export::run(&ctx, what),
        Some(Command::Import { what }) => commands::import::run(&ctx, what),
        Some(Command::Erase { what }) => commands::erase::run(&ctx, what),
        Some(Command::Merge(args)) => commands::merge::run(&ctx, args),
        Some(Command::Fetch { what }) => commands::fetch::run(&ctx, what),
        Some(Command::Completions { shell }) => commands::shell::run_completions(*shell, ctx.lang),
        Some(Command::Man) => commands::shell::run_man(ctx.lang),
        Some(Command::Restore { from }) => commands::restore::run(&ctx, from.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if let Some(lost) = err.downcast_ref::<commands::files::OutputLost>() {
                let (code, line) = lost.outcome(ctx.lang);
                if let Some(line) = line {
                    let _ = writeln!(std::io::stderr(), "retroplan: {line}");
                }
                return ExitCode::from(code);
            }
            // Not eprintln!: it panics when stderr is gone (a closed terminal).
            let _ = writeln!(std::io::stderr(), "retroplan: {err:#}");
            ExitCode::FAILURE
        }
    }
}
