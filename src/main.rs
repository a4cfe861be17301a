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
        Some(cmd @ Command::Init { .. }) => commands::init::run(&ctx, cmd),
        Some(cmd @ Command::Agenda { .. }) => commands::agenda::run(&ctx, cmd),
        Some(Command::Status { json }) => commands::status::run(&ctx, *json),
        Some(cmd @ Command::Check) => commands::check::run(&ctx, cmd),
        Some(cmd @ Command::Docs { .. }) => commands::docs::run(&ctx, cmd),
        Some(cmd @ Command::Export { .. }) => commands::export::run(&ctx, cmd),
        Some(cmd @ Command::Import { .. }) => commands::import::run(&ctx, cmd),
        Some(cmd @ Command::Erase { .. }) => commands::erase::run(&ctx, cmd),
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
