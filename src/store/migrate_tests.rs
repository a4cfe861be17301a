use std::path::Path;

use super::*;
use crate::model::ticks::is_authority_item;

#[test]
fn the_original_is_named_after_the_file_and_its_version() {
    assert_eq!(
        original_path(Path::new("/d/portfolio.json"), 1),
        Path::new("/d/portfolio.v1.json")
    );
    assert_eq!(
        original_path(Path::new("work.retro"), 1),
        Path::new("work.v1.retro")
    );
    assert_eq!(
        original_path(Path::new("/d/data"), 1),
        Path::new("/d/data.v1")
    );
}

#[test]
fn upgrade_converts_version_one_and_leaves_version_two_alone() {
    let mut p = crate::demo::portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    assert_eq!(upgrade(&mut p.clone()), None, "the demo is version 2");
    // Spread the demo's stage 1 back into its pursuits, as version 1 held it.
    for a in &mut p.authorities {
        let stage1 = std::mem::take(&mut a.checklist);
        for x in &mut a.pursuits {
            x.checklist.extend(stage1.clone());
        }
    }
    p.version = 1;
    assert_eq!(upgrade(&mut p), Some(1));
    assert_eq!(p.version, FORMAT_VERSION);
    assert_eq!(p.converted_from, Some(1));
    assert!(
        p.pursuits()
            .all(|(_, x)| x.checklist.keys().all(|id| !is_authority_item(id)))
    );
    assert!(p.authorities.iter().any(|a| !a.checklist.is_empty()));
}
