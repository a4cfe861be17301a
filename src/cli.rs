//! The command line (DESIGN §4). Subcommands never enter the TUI.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::{Lang, usage};
use crate::model::dates::parse_absolute;
use crate::model::{MarketKind, Procedure, RuleSet, SubmissionMode};

#[derive(Debug, Parser)]
#[command(
    name = "retroplan",
    version,
    about = "Rétroplanning for French public procurement bids",
    long_about = "Tracks public authorities, contacts and the contracts you pursue, on a \
                  timeline counted back from day J, the day you submit your bid.\n\
                  Without a subcommand, opens the tracker in the terminal."
)]
pub struct Cli {
    /// Portfolio file [default: the platform data directory]
    #[arg(long, global = true, env = "RETROPLAN_FILE", value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Language of the interface
    #[arg(long, global = true, env = "RETROPLAN_LANG", value_enum)]
    pub lang: Option<Lang>,
    /// Fix "today" (YYYY-MM-DD or DD/MM/YYYY), for reproducible runs
    #[arg(long, global = true, env = "RETROPLAN_TODAY", value_parser = parse_date_arg, value_name = "DATE")]
    pub today: Option<NaiveDate>,
    /// Open the tracker on a temporary copy of the example portfolio
    #[arg(long)]
    pub demo: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a portfolio file (never overwrites one)
    Init {
        /// Fill it with the example portfolio
        #[arg(long)]
        demo: bool,
    },
    /// Print the rétroplanning for a day J
    Timeline(TimelineArgs),
    /// What is due or late across the portfolio
    Agenda {
        /// Look this many days ahead
        #[arg(long, default_value_t = 14)]
        days: u32,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
        /// Only these families, comma-separated: late, due, documents, calls, decisions, notices, j
        #[arg(long, value_delimiter = ',', value_parser = parse_family)]
        kind: Vec<crate::report::due::Family>,
        /// Print every entry of a collapsed line under it
        #[arg(long)]
        expand: bool,
        /// Everyone's entries, not only yours and those nobody owns
        #[arg(long)]
        all: bool,
    },
    /// Where every open pursuit stands: stage, J, each item's state and evidence
    Status {
        /// Machine-readable output (keys documented in the README)
        #[arg(long)]
        json: bool,
    },
    /// Validate the portfolio file; exit 1 with every problem found
    Check,
    /// The company's standing documents, their validity and the bids they fail
    Docs {
        #[command(subcommand)]
        what: Option<DocsCommand>,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Bring back a missing portfolio from its backup (never overwrites)
    Restore {
        /// The copy to restore [default: the newest readable backup or temp file]
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
    },
    /// Export to a calendar, a spreadsheet, or a person's data (GDPR)
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Import spreadsheets or open data (DECP, BOAMP)
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Ask an open-data API for what is new (BOAMP notices)
    Fetch {
        #[command(subcommand)]
        what: FetchCommand,
    },
    /// Merge two copies of a portfolio by meaning (a git merge driver, sync conflict copies)
    Merge(MergeArgs),
    /// Erase personal data (GDPR)
    Erase {
        #[command(subcommand)]
        what: EraseCommand,
    },
    /// Print a shell completion script (see README for where to put it)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `retroplan man > retroplan.1`
    Man,
}

#[derive(Debug, Subcommand)]
pub enum DocsCommand {
    /// Record a standing document (attestation, Kbis, certification…)
    Add {
        /// urssaf, fiscal, kbis, insurance, certification, references, dume,
        /// rib, delegation, or any other name
        kind: String,
        /// Day it was issued
        #[arg(long, value_parser = parse_date_arg, value_name = "DATE")]
        issued: NaiveDate,
        /// Last day it is valid [default: from the kind, e.g. 6 months for urssaf]
        #[arg(long, value_parser = parse_date_arg, value_name = "DATE")]
        expires: Option<NaiveDate>,
        /// Where the file is (a path), or any note
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// What tells it from others of its kind (e.g. "Qualibat 1312")
        #[arg(long, value_name = "TEXT")]
        label: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Day J: the day the bid is submitted
    #[arg(long, value_parser = parse_date_arg, value_name = "DATE")]
    pub j: NaiveDate,
    /// Kind of contract (sets the default factor)
    #[arg(long, value_enum, default_value = "services")]
    pub kind: KindArg,
    /// Window factor in (0, 5] [default: 1.0, or 1.5 for works-exceptional]
    #[arg(long, value_parser = parse_factor_arg)]
    pub factor: Option<f64>,
    /// Rule set placing the notice: the seed's J-52, or the 2019 code's minimums
    #[arg(long, value_enum, default_value = "seed")]
    pub rules: RulesArg,
    /// Award procedure (sets the notice period under code2019)
    #[arg(long, value_enum, default_value = "unknown")]
    pub procedure: ProcedureArg,
    /// Days before J the notice is expected, whatever the rule
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=3650))]
    pub notice_days: Option<u32>,
    /// Submission mode [default: electronic from 40,000 € HT or when the amount is unknown]
    #[arg(long, value_enum)]
    pub submission: Option<SubmissionArg>,
    /// Estimated amount in euros excluding VAT
    #[arg(long, value_parser = parse_amount_arg)]
    pub amount: Option<f64>,
    /// The day the notice was published, when known: stage 3 starts on it
    #[arg(long, value_parser = parse_date_arg, value_name = "DATE")]
    pub published: Option<NaiveDate>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

/// `retroplan merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O); an empty file means there is none
    #[arg(value_name = "BASE", requires_all = ["ours", "theirs"])]
    pub base: Option<PathBuf>,
    /// Our copy (git's %A): the result is written over it unless -o is given
    #[arg(value_name = "OURS")]
    pub ours: Option<PathBuf>,
    /// Their copy (git's %B)
    #[arg(value_name = "THEIRS")]
    pub theirs: Option<PathBuf>,
    /// Write the result here instead of over OURS
    #[arg(short, long, value_name = "OUT", requires = "theirs")]
    pub output: Option<PathBuf>,
    /// Register retroplan as git's merge driver for the portfolio (.gitattributes and the repository's config)
    #[arg(long, conflicts_with_all = ["base", "conflict_copies"])]
    pub setup: bool,
    /// Merge the sync conflict copies (Syncthing, Nextcloud, Dropbox) beside the portfolio into it, then remove them
    #[arg(long, conflicts_with = "base")]
    pub conflict_copies: bool,
}

/// `--kind` values, spelled for the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Services,
    Supplies,
    Works,
    /// Also spelled as in the file and the JSON.
    #[value(alias = "works_exceptional")]
    WorksExceptional,
}

impl From<KindArg> for MarketKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Services => MarketKind::Services,
            KindArg::Supplies => MarketKind::Supplies,
            KindArg::Works => MarketKind::Works,
            KindArg::WorksExceptional => MarketKind::WorksExceptional,
        }
    }
}

/// `--rules` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesArg {
    Seed,
    Code2019,
}

impl From<RulesArg> for RuleSet {
    fn from(r: RulesArg) -> Self {
        match r {
            RulesArg::Seed => RuleSet::Seed,
            RulesArg::Code2019 => RuleSet::Code2019,
        }
    }
}

/// `--procedure` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProcedureArg {
    Open,
    Restricted,
    Adapted,
    Negotiated,
    Subsequent,
    Unknown,
}

impl From<ProcedureArg> for Procedure {
    fn from(p: ProcedureArg) -> Self {
        match p {
            ProcedureArg::Open => Procedure::Open,
            ProcedureArg::Restricted => Procedure::Restricted,
            ProcedureArg::Adapted => Procedure::Adapted,
            ProcedureArg::Negotiated => Procedure::Negotiated,
            ProcedureArg::Subsequent => Procedure::Subsequent,
            ProcedureArg::Unknown => Procedure::Unknown,
        }
    }
}

/// `--submission` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SubmissionArg {
    Electronic,
    Paper,
}

impl From<SubmissionArg> for SubmissionMode {
    fn from(s: SubmissionArg) -> Self {
        match s {
            SubmissionArg::Electronic => SubmissionMode::Electronic,
            SubmissionArg::Paper => SubmissionMode::Paper,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Milestones and pending items as an iCalendar file (RFC 5545)
    Ics {
        /// Output file [default: standard output]
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only these parts, comma-separated [default: j,decisions,deadlines,follow-ups,documents]
        #[arg(
            long,
            value_enum,
            value_delimiter = ',',
            value_name = "PARTS",
            conflicts_with = "all"
        )]
        only: Vec<crate::report::ics::Part>,
        /// Every part: also stage starts and a to-do per checklist item
        #[arg(long)]
        all: bool,
    },
    /// A table as CSV (';' and a BOM by default, for French Excel)
    Csv {
        /// The table to write
        table: CsvTable,
        /// Output file [default: standard output]
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only this pursuit (for `requirements`)
        #[arg(long, value_name = "ID")]
        pursuit: Option<String>,
        /// Field separator: ';', ',' or 'tab'
        #[arg(long, default_value = ";", value_parser = parse_delimiter)]
        delimiter: u8,
        /// Write a UTF-8 byte-order mark (default)
        #[arg(long, overrides_with = "no_bom")]
        bom: bool,
        /// Do not write a byte-order mark
        #[arg(long)]
        no_bom: bool,
    },
    /// Everything held about one contact, as JSON
    Person {
        /// Contact id or email
        who: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Authorities, contacts or pursuits from a CSV file (all or nothing)
    Csv {
        /// The table to fill
        table: ImportTable,
        /// The CSV file to read
        // Its own id: "file" is the global --file (the portfolio).
        #[arg(id = "csv_file", value_name = "FILE")]
        file: PathBuf,
        /// Show what would change; write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Award data (DECP) as forecast pursuits
    Decp {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Keep only this buyer SIRET (repeatable)
        #[arg(long = "buyer", value_name = "SIRET")]
        buyers: Vec<String>,
        /// Keep only CPV codes starting with this prefix (repeatable)
        #[arg(long = "cpv", value_name = "PREFIX")]
        cpv: Vec<String>,
        /// Also import contracts that have already expired
        #[arg(long)]
        include_expired: bool,
        /// Also import one-off works contracts (CPV 45, not a framework agreement)
        #[arg(long)]
        include_works: bool,
        /// Show what would change; write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// BOAMP notices: confirm J, follow rectificatifs and awards
    Boamp {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        opts: BoampArgs,
    },
}

/// What `import boamp` and `fetch boamp` share.
#[derive(Debug, Args)]
pub struct BoampArgs {
    /// Create a pursuit for each call for tenders no pursuit waits for
    #[arg(long)]
    pub new: bool,
    /// Your company's name as award notices spell it (remembered)
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,
    /// Show what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum FetchCommand {
    /// BOAMP notices published since the last fetch, imported as by `import boamp`
    Boamp {
        /// First publication day asked for [default: the last fetch, else 90 days ago]
        #[arg(long, value_parser = parse_date_arg, value_name = "DATE")]
        since: Option<NaiveDate>,
        /// Département code (repeatable) [default: the portfolio's buyers' départements]
        #[arg(long = "departement", value_name = "CODE")]
        departements: Vec<String>,
        /// The API's address, for a mirror or a test server
        #[arg(long, value_name = "URL", env = "RETROPLAN_BOAMP_URL", default_value = crate::boamp::fetch::DEFAULT_BASE_URL)]
        base_url: String,
        /// Give up on a request after this many seconds
        #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
        timeout: u64,
        #[command(flatten)]
        opts: BoampArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum EraseCommand {
    /// Remove a contact and their interactions, from the file and its backup
    Person {
        /// Contact id or email
        who: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvTable {
    Authorities,
    Contacts,
    Pursuits,
    /// The compliance matrix: every requirement and linked document per pursuit
    Requirements,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportTable {
    Authorities,
    Contacts,
    Pursuits,
}

/// The language of the value parsers' messages: clap calls them with the
/// text alone, so `main` sets it once, before parsing (English if unset).
static PARSE_LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

pub fn set_parse_lang(lang: Lang) {
    let _ = PARSE_LANG.set(lang);
}

fn parse_lang() -> Lang {
    PARSE_LANG.get().copied().unwrap_or(Lang::En)
}

/// A date as typed on the command line: ISO or French, and it must exist.
pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    parse_absolute(s).ok_or_else(|| usage::not_a_date(parse_lang(), s))
}

fn parse_amount_arg(s: &str) -> Result<f64, String> {
    let x: f64 = s
        .replace([' ', '\u{a0}', '\u{202f}'], "")
        .replace(',', ".")
        .parse()
        .map_err(|_| usage::not_an_amount(parse_lang(), s))?;
    if x.is_finite() && x >= 0.0 {
        Ok(x)
    } else {
        Err(usage::not_an_amount(parse_lang(), s))
    }
}

fn parse_factor_arg(s: &str) -> Result<f64, String> {
    let x: f64 = s
        .replace(',', ".")
        .parse()
        .map_err(|_| usage::not_a_number(parse_lang(), s))?;
    crate::model::timeline::check_factor(x).map_err(|_| usage::factor_range(parse_lang(), s))
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        ";" => Ok(b';'),
        "," => Ok(b','),
        "tab" | "\t" => Ok(b'\t'),
        _ => Err(usage::bad_delimiter(parse_lang(), s)),
    }
}

/// One `agenda --kind` family.
fn parse_family(s: &str) -> Result<crate::report::due::Family, String> {
    crate::report::due::Family::parse(s).ok_or_else(|| {
        let all: Vec<&str> = crate::report::due::Family::ALL
            .iter()
            .map(|f| f.key())
            .collect();
        format!("unknown kind {s:?}: expected one of {}", all.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value the file or the JSON shows is accepted back: the serde
    /// spelling (`works_exceptional`) as well as clap's (`works-exceptional`).
    #[test]
    fn kinds_accept_the_file_spelling() {
        for kind in MarketKind::ALL {
            let file = serde_json::to_value(kind).unwrap();
            let file = file.as_str().unwrap();
            let arg = KindArg::from_str(file, false).unwrap();
            assert_eq!(MarketKind::from(arg), kind, "{file}");
            let dashed = KindArg::from_str(&file.replace('_', "-"), false).unwrap();
            assert_eq!(MarketKind::from(dashed), kind);
        }
    }

    /// Whatever clap spells with a dash, the underscore spelling is taken too.
    fn both_spellings<T: ValueEnum + PartialEq + std::fmt::Debug>() {
        for v in T::value_variants() {
            let name = v.to_possible_value().unwrap().get_name().to_string();
            for spelled in [name.clone(), name.replace('-', "_")] {
                assert_eq!(T::from_str(&spelled, false).as_ref(), Ok(v), "{spelled}");
            }
        }
    }

    #[test]
    fn every_value_takes_dash_and_underscore() {
        both_spellings::<KindArg>();
        both_spellings::<RulesArg>();
        both_spellings::<ProcedureArg>();
        both_spellings::<SubmissionArg>();
        both_spellings::<CsvTable>();
        both_spellings::<ImportTable>();
        both_spellings::<Lang>();
        both_spellings::<crate::report::ics::Part>();
        both_spellings::<clap_complete::Shell>();
    }
}
