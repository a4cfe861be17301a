//! A plan's warnings, one shape for `timeline --json` and `status --json`:
//! the plan's dates on a closed day (J, the candidature deadline, the
//! notice's publication), then paper chosen where electronic submission is
//! mandatory (or may be).

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::i18n::{Lang, rules as rule_words};
use crate::model::holidays::closed_days;
use crate::model::rules::paper_warning;
use crate::model::{Pursuit, Windows};

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Each warning as `{"about", "date", "kind", "message"}` (no `date` for
/// the paper warning), J first.
pub fn plan_warnings(w: &Windows, pursuit: &Pursuit, lang: Lang) -> Vec<Value> {
    let mut out: Vec<Value> = closed_days(w)
        .map(|(role, date, warn)| {
            json!({
                "about": role.key(),
                "date": iso(date),
                "kind": warn.key(),
                "message": rule_words::closed_day(lang, role, date, warn),
            })
        })
        .collect();
    if paper_warning(pursuit.submission, pursuit.amount) {
        out.push(json!({
            "about": "submission",
            "kind": "paper_over_threshold",
            "message": rule_words::paper_warning(lang),
        }));
    }
    out
}
