//! Writes a large realistic portfolio for tests and benchmarks:
//! `cargo run --release --example gen_portfolio -- --authorities 5000 --out big.json`

mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;

use retroplan::cli::parse_date_arg;
use retroplan::i18n::Lang;
use retroplan::i18n::Localize;
use retroplan::store;

#[derive(Parser)]
#[command(about = "Write a synthetic retroplan portfolio (deterministic for a seed)")]
struct Args {
    /// Number of authorities
    #[arg(long)]
    authorities: usize,
    /// File to write; refused if it exists, unless --force
    #[arg(long)]
    out: PathBuf,
    /// Dates are placed around this day [default: today]
    #[arg(long, value_parser = parse_date_arg)]
    today: Option<NaiveDate>,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Replace an existing file
    #[arg(long)]
    force: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let p = generate::portfolio(args.authorities, today, args.seed);
    let result = if args.force {
        store::create_private_dir(store::parent_dir(&args.out))
            .and_then(|()| store::save(&args.out, &p, None))
    } else {
        store::save_new(&args.out, &p)
    };
    match result {
        Ok(stamp) => {
            let c = store::validate::counts(&p);
            eprintln!(
                "{}: {} bytes, {} authorities, {} pursuits, {} contacts, {} interactions, {} ticks",
                args.out.display(),
                stamp.len,
                c.authorities,
                c.pursuits,
                c.contacts,
                c.interactions,
                c.ticks
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_portfolio: {}", e.localized(Lang::En));
            ExitCode::FAILURE
        }
    }
}
