//! Where `agenda` spends its time on a large file (load, compute, render).
//! `cargo run --release --example agenda_phases -- FILE`.

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: agenda_phases FILE");
        std::process::exit(2);
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let lang = retroplan::i18n::Lang::Fr;
    let t0 = Instant::now();
    let Ok(loaded) = retroplan::store::load(std::path::Path::new(&path)) else {
        eprintln!("cannot load {path}");
        std::process::exit(1);
    };
    let t1 = Instant::now();
    let entries = retroplan::report::agenda::agenda(&loaded.portfolio, today, 14, lang, &[]);
    let t2 = Instant::now();
    let text = retroplan::report::agenda_text::render(
        &entries,
        today,
        14,
        lang,
        retroplan::report::agenda_text::Colour::Off,
        false,
    );
    let t3 = Instant::now();
    let json = serde_json::to_string_pretty(&entries.entries).unwrap_or_default();
    let t4 = Instant::now();
    println!(
        "{} entries; load {:?}, agenda {:?}, text {:?} ({} bytes), json {:?} ({} bytes)",
        entries.entries.len(),
        t1 - t0,
        t2 - t1,
        t3 - t2,
        text.len(),
        t4 - t3,
        json.len()
    );
}
