//! The baseline for the agenda benchmark: read and check a portfolio, print
//! nothing. `cargo run --release --example load_only -- FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: load_only FILE");
        std::process::exit(2);
    };
    match retroplan::store::load(std::path::Path::new(&path)) {
        Ok(l) => std::process::exit(i32::from(l.portfolio.authorities.is_empty())),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
