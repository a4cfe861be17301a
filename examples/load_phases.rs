//! Where a load's time goes, phase by phase, as `store::load` runs them:
//! read the file, hash it for the stamp, parse, migrate (stage-1 hoisting),
//! validate (ids and ranges); then what dropping the portfolio costs.
//! `cargo run --release --example load_phases -- FILE [RUNS]`.

use std::path::Path;
use std::time::{Duration, Instant};

use retroplan::store;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: load_phases FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let path = Path::new(&path);
    for _ in 0..runs {
        let t = Instant::now();
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("cannot read {}", path.display());
            std::process::exit(1);
        };
        let read = t.elapsed();
        let t = Instant::now();
        let hash = store::content_hash(&bytes);
        let stamp = t.elapsed();
        let t = Instant::now();
        let mut p = match store::parse(path, &bytes) {
            Ok((p, _)) => p,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        let parse = t.elapsed();
        let t = Instant::now();
        store::migrate::upgrade(&mut p);
        let migrate = t.elapsed();
        let t = Instant::now();
        let errors = store::validate::errors(&p).len();
        let validate = t.elapsed();
        let t = Instant::now();
        drop(p);
        let dropped = t.elapsed();
        println!(
            "read {:.1} ms, stamp {:.1} ms, parse {:.1} ms, migrate {:.1} ms, validate {:.1} ms ({errors} errors), drop {:.1} ms [hash {hash:016x}]",
            ms(read),
            ms(stamp),
            ms(parse),
            ms(migrate),
            ms(validate),
            ms(dropped)
        );
    }
}
