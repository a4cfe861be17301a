//! The generated portfolios of `gen_portfolio` are realistic, deterministic
//! for a seed, and pass every rule of `check`.

#[path = "../examples/gen_portfolio/generate.rs"]
mod generate;

use chrono::NaiveDate;
use retroplan::store::{self, validate};

#[test]
fn same_seed_same_bytes_and_check_finds_nothing() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let p = generate::portfolio(400, today, 3);
    assert_eq!(
        store::to_bytes(&p),
        store::to_bytes(&generate::portfolio(400, today, 3))
    );
    assert_ne!(
        store::to_bytes(&p),
        store::to_bytes(&generate::portfolio(400, today, 4))
    );
    assert_eq!(validate::validate(&p, Some(today)), []);

    let c = validate::counts(&p);
    let per = |n: usize| n as f64 / 400.0;
    assert!((1.7..2.3).contains(&per(c.pursuits)), "{c:?}");
    assert!((3.6..4.4).contains(&per(c.contacts)), "{c:?}");
    assert!((9.0..11.0).contains(&per(c.interactions)), "{c:?}");
    let ticks = c.ticks as f64 / c.pursuits as f64;
    assert!((8.0..10.0).contains(&ticks), "half of 18 items: {ticks}");
}
