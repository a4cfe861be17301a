//! Stable ids: short, unique in the file, and unlikely to collide when two
//! copies of a portfolio are edited apart and merged under git.

use std::collections::HashSet;
use std::time::{SystemTime, UNIX_EPOCH};

use super::portfolio::Portfolio;

const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn base36(mut n: u128) -> String {
    let mut out = Vec::new();
    loop {
        out.push(ALPHABET[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A new id `<prefix>-<base36 clock>` not yet used in `portfolio`.
pub fn new_id(portfolio: &Portfolio, prefix: &str) -> String {
    let used: HashSet<&str> = portfolio.all_ids().collect();
    new_id_avoiding(&used, prefix)
}

/// Same as [`new_id`] for callers that already hold the set of used ids.
pub fn new_id_avoiding(used: &HashSet<&str>, prefix: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    // Microseconds keep ids short; the loop settles same-tick collisions.
    let mut n = nanos / 1000;
    loop {
        let id = format!("{prefix}-{}", base36(n));
        if !used.contains(id.as_str()) {
            return id;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Authority;

    #[test]
    fn ids_are_unique_in_the_portfolio() {
        let mut p = Portfolio::default();
        for _ in 0..500 {
            let id = new_id(&p, "a");
            assert!(p.authority(&id).is_none());
            p.authorities.push(Authority::new(id, "x"));
        }
        assert_eq!(base36(0), "0");
        assert_eq!(base36(36), "10");
    }
}
