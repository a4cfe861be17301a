//! The command line in the user's language. Clap only speaks English, so
//! the language is read from the raw arguments first (`--lang`, then
//! `RETROPLAN_LANG`, then the locale), the help is rewritten from
//! `i18n::usage`, and usage errors are worded from clap's context. Colour
//! only on a terminal that can show it (never for `TERM=dumb`).

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ColorChoice, Command, CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::i18n::{Lang, usage as words};

/// The language before clap has parsed anything: `--lang X` or
/// `--lang=X` among the arguments, else `RETROPLAN_LANG`, else the locale.
pub fn early_lang(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let parse = |v: &str| match v.to_ascii_lowercase().as_str() {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    };
    let mut it = args.iter().map(|a| a.to_string_lossy());
    let mut explicit = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            explicit = parse(v).or(explicit);
        } else if a == "--lang" {
            explicit = it.next().and_then(|v| parse(&v)).or(explicit);
        }
    }
    let explicit = explicit.or_else(|| env("RETROPLAN_LANG").and_then(|v| parse(&v)));
    Lang::resolve_with(explicit, env)
}

/// Whether colour may be used: not for `TERM=dumb` (nor `NO_COLOR`, which
/// clap's own detection and ours both honour).
pub fn colour_allowed(env: impl Fn(&str) -> Option<String>) -> bool {
    env("TERM").is_none_or(|t| t != "dumb") && env("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The clap command, worded in `lang`.
pub fn command(lang: Lang, colour: bool) -> Command {
    let cmd = Cli::command().color(if colour {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    });
    match lang {
        Lang::En => cmd,
        Lang::Fr => {
            let mut cmd = localize(cmd, lang, true);
            // The `help` subcommands exist once the command is built.
            cmd.build();
            localize_help_subcommands(cmd, lang)
        }
    }
}

fn localize_help_subcommands(mut cmd: Command, lang: Lang) -> Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = if name == "help" {
            cmd.mut_subcommand(name, |s| s.about(words::help_subcommand(lang)))
        } else {
            cmd.mut_subcommand(name, |s| localize_help_subcommands(s, lang))
        };
    }
    cmd
}

fn translate(s: Option<&clap::builder::StyledStr>) -> Option<&'static str> {
    s.and_then(|h| words::help_fr(&h.to_string()))
}

fn localize(mut cmd: Command, lang: Lang, root: bool) -> Command {
    if let Some(fr) = translate(cmd.get_about()) {
        cmd = cmd.about(fr);
    }
    if let Some(fr) = translate(cmd.get_long_about()) {
        cmd = cmd.long_about(fr);
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
            words::usage(lang)
        ))
        .subcommand_help_heading(words::commands_heading(lang))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(words::print_help(lang))
                .help_heading(words::options_heading(lang)),
        );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words::print_version(lang))
                .help_heading(words::options_heading(lang)),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |a| localize_arg(a, lang));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name, |s| localize(s, lang, false));
    }
    cmd
}

/// The help in French, with clap's English brackets rewritten.
fn localize_arg(a: Arg, lang: Lang) -> Arg {
    let mut help = translate(a.get_help())
        .map(str::to_string)
        .or_else(|| a.get_help().map(|h| h.to_string()))
        .unwrap_or_default();
    let mut notes = Vec::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_values = a.get_action().takes_values();
    if takes_values && !defaults.is_empty() && !a.is_hide_default_value_set() {
        notes.push(words::default_value(lang, &defaults.join(", ")));
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !a.is_hide_possible_values_set() {
        notes.push(words::possible_values(lang, &values.join(", ")));
    }
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        notes.push(words::env_var(lang, &env.to_string_lossy()));
    }
    if !notes.is_empty() {
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(&notes.join(" "));
    }
    let mut a = a.help(help).hide_env(true);
    if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            words::arguments_heading(lang)
        } else {
            words::options_heading(lang)
        };
        a = a.help_heading(heading);
    }
    if takes_values {
        a.hide_default_value(true).hide_possible_values(true)
    } else {
        a
    }
}

/// Parse `args` in `lang`; help, version and usage errors are printed
/// here and end the process with clap's exit code.
pub fn parse(args: Vec<OsString>, lang: Lang, colour: bool) -> Cli {
    let result = command(lang, colour)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match result {
        Ok(cli) => cli,
        Err(e) => match (lang, french_error(&e, lang)) {
            (Lang::Fr, Some(msg)) => {
                use std::io::Write;
                let _ = writeln!(std::io::stderr(), "{msg}");
                std::process::exit(e.exit_code())
            }
            _ => e.exit(),
        },
    }
}

fn text(e: &clap::Error, k: ContextKind) -> Option<String> {
    match e.get(k)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

/// A usage error in `lang`, or `None` for what clap prints best itself
/// (help, version, kinds without context).
pub fn french_error(e: &clap::Error, lang: Lang) -> Option<String> {
    use words::UsageError as U;
    let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
    let problem = match e.kind() {
        ErrorKind::UnknownArgument => U::UnknownArgument(&arg),
        ErrorKind::InvalidSubcommand => U::UnknownSubcommand(
            e.get(ContextKind::InvalidSubcommand)
                .and_then(|v| match v {
                    ContextValue::String(s) => Some(s.as_str()),
                    _ => None,
                })
                .unwrap_or_default(),
        ),
        ErrorKind::InvalidValue if value.is_empty() => U::NoValue(&arg),
        ErrorKind::InvalidValue => U::InvalidValue {
            arg: &arg,
            value: &value,
        },
        ErrorKind::ValueValidation => U::Refused {
            arg: &arg,
            value: &value,
            why: std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default(),
        },
        ErrorKind::MissingRequiredArgument => U::Missing(match e.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(v)) => v.clone(),
            _ => vec![arg.clone()],
        }),
        ErrorKind::ArgumentConflict => U::Conflict {
            arg: &arg,
            with: &text(e, ContextKind::PriorArg).unwrap_or_default(),
        },
        _ => return None,
    };
    let mut out = words::usage_error(lang, &problem);
    if let Some(valid) = text(e, ContextKind::ValidValue) {
        out.push_str(&format!("\n  {}", words::possible_values(lang, &valid)));
    }
    for k in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
        ContextKind::SuggestedSubcommand,
    ] {
        if let Some(s) = text(e, k) {
            out.push('\n');
            out.push_str(&words::did_you_mean(lang, &s));
        }
    }
    if let Some(usage) = text(e, ContextKind::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n\n{} {usage}", words::usage(lang)));
    }
    out.push_str("\n\n");
    out.push_str(words::try_help(lang));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_known_before_parsing() {
        let none = env(&[]);
        assert_eq!(
            early_lang(&args(&["retroplan", "--lang", "en", "x"]), &none),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["retroplan", "x", "--lang=EN"]), &none),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["retroplan", "--lang", "de"]), &none),
            Lang::Fr
        );
        let en = env(&[("RETROPLAN_LANG", "en")]);
        assert_eq!(early_lang(&args(&["retroplan"]), &en), Lang::En);
        assert_eq!(
            early_lang(&args(&["retroplan", "--lang", "fr"]), &en),
            Lang::Fr
        );
        let locale = env(&[("LANG", "en_GB.UTF-8")]);
        assert_eq!(early_lang(&args(&["retroplan"]), &locale), Lang::En);
        // After `--` nothing is an option.
        assert_eq!(
            early_lang(&args(&["retroplan", "--", "--lang", "en"]), &none),
            Lang::Fr
        );
    }

    #[test]
    fn no_colour_for_a_dumb_terminal_or_no_color() {
        assert!(colour_allowed(env(&[("TERM", "xterm-256color")])));
        assert!(!colour_allowed(env(&[("TERM", "dumb")])));
        assert!(!colour_allowed(env(&[("NO_COLOR", "1")])));
        assert!(colour_allowed(env(&[("NO_COLOR", "")])));
    }

    /// Every French command builds (clap's debug asserts run on build).
    #[test]
    fn the_french_command_builds_and_every_subcommand_is_translated() {
        let mut cmd = command(Lang::Fr, true);
        cmd.build();
        for sub in cmd.get_subcommands() {
            let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
            assert!(
                words::help_fr(&about).is_none(),
                "{} left in English",
                sub.get_name()
            );
        }
        command(Lang::En, false).debug_assert();
    }

    /// Every help text of every option has its French: a new option
    /// without one would show English in a French help.
    #[test]
    fn every_english_help_has_a_french_one() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            let helps = cmd
                .get_arguments()
                .map(|a| (a.get_id().to_string(), a.get_help()))
                .chain([("about".to_string(), cmd.get_about())]);
            for (id, help) in helps {
                let en = help.map(ToString::to_string).unwrap_or_default();
                if !en.is_empty() && words::help_fr(&en).is_none() {
                    missing.push(format!("{path} {id}: {en}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "retroplan", &mut missing);
        assert!(
            missing.is_empty(),
            "add these to src/i18n/usage.rs:\n{}",
            missing.join("\n")
        );
    }
}
