//! Any portfolio survives a save and a load unchanged, and its bytes are a
//! pure function of the data.

mod common;

use proptest::prelude::*;
use retroplan::store;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn save_load_gives_back_the_same_portfolio(p in common::strategies::portfolio()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portfolio.json");
        let stamp = store::save(&path, &p, None).unwrap();
        let first = std::fs::read(&path).unwrap();
        let loaded = store::load(&path).unwrap();
        prop_assert_eq!(&loaded.portfolio, &p);
        prop_assert_eq!(loaded.stamp, stamp);

        store::save(&path, &loaded.portfolio, Some(&stamp)).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), first.clone());
        prop_assert_eq!(store::to_bytes(&p), first);
    }
}
