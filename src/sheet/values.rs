//! Reading one spreadsheet cell into a model value: the words `export`
//! writes in either language, plus the usual spellings users type.

use chrono::NaiveDate;

use super::vocab as words;
use crate::i18n::{Lang, common};
use crate::model::dates::parse_absolute;
use crate::model::text::fold;
use crate::model::{AuthorityCategory, Influence};

/// Why a cell was refused; the import error lists it with the row number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellError {
    Bool(String),
    Category(String),
    Influence(String),
    Priority(String),
    Date(String),
    Days(String),
    /// A word that names none of the choices: (French, English) of each.
    Choice(String, Vec<(&'static str, &'static str)>),
    Factor(String),
    Amount(String),
    Time(String),
}

fn matches_word(value: &str, words: &[&str]) -> bool {
    let v = fold(value.trim());
    words.iter().any(|w| fold(w) == v)
}

/// `oui/non`, `yes/no`, `true/false`, `1/0`, `x`; empty is no.
pub fn boolean(s: &str) -> Result<bool, CellError> {
    let v = fold(s.trim());
    match v.as_str() {
        "" | "non" | "no" | "false" | "faux" | "0" | "n" => Ok(false),
        "oui" | "yes" | "true" | "vrai" | "1" | "x" | "o" | "y" => Ok(true),
        _ => Err(CellError::Bool(s.to_string())),
    }
}

/// The key (`state_service`) or the word in either language; empty is "other".
pub fn category(s: &str) -> Result<AuthorityCategory, CellError> {
    if s.trim().is_empty() {
        return Ok(AuthorityCategory::Other);
    }
    AuthorityCategory::ALL
        .into_iter()
        .find(|c| {
            let key = serde_json::to_value(c)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            matches_word(
                s,
                &[
                    &key,
                    &key.replace('_', " "),
                    common::category(Lang::Fr, *c),
                    common::category(Lang::En, *c),
                ],
            )
        })
        .ok_or_else(|| CellError::Category(s.to_string()))
}

/// `forte`/`high`, `influence forte`, the key; empty is unknown.
pub fn influence(s: &str) -> Result<Influence, CellError> {
    if s.trim().is_empty() {
        return Ok(Influence::Unknown);
    }
    Influence::ALL
        .into_iter()
        .find(|i| {
            matches_word(
                s,
                &[
                    words::influence_cell(Lang::Fr, *i),
                    words::influence_cell(Lang::En, *i),
                    common::influence(Lang::Fr, *i),
                    common::influence(Lang::En, *i),
                ],
            )
        })
        .ok_or_else(|| CellError::Influence(s.to_string()))
}

/// One of `all`, by its file key (`works_exceptional`, `works-exceptional`)
/// or its word in either language; empty is `None` (left as it is).
pub fn choice<T: Copy + std::fmt::Debug>(
    s: &str,
    all: &[T],
    word: impl Fn(Lang, T) -> &'static str,
) -> Result<Option<T>, CellError> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    all.iter()
        .copied()
        .find(|x| {
            let key = snake_case(&format!("{x:?}"));
            matches_word(
                s,
                &[
                    &key,
                    &key.replace('_', " "),
                    &key.replace('_', "-"),
                    word(Lang::Fr, *x),
                    word(Lang::En, *x),
                ],
            )
        })
        .map(Some)
        .ok_or_else(|| {
            CellError::Choice(
                s.to_string(),
                all.iter()
                    .map(|x| (word(Lang::Fr, *x), word(Lang::En, *x)))
                    .collect(),
            )
        })
}

/// `WorksExceptional` → `works_exceptional`: the file's spelling of a
/// unit variant (every model enum is `rename_all = "snake_case"`).
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A decimal typed either way (`1,25`, `1.25`), spaces and `€` ignored.
fn decimal(s: &str) -> Option<f64> {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// A window factor in (0, 5]; empty is `None`.
pub fn factor(s: &str) -> Result<Option<f64>, CellError> {
    match s.trim() {
        "" => Ok(None),
        t => decimal(t)
            .and_then(|x| crate::model::timeline::check_factor(x).ok())
            .map(Some)
            .ok_or_else(|| CellError::Factor(s.to_string())),
    }
}

/// An amount in euros (0 or more); empty is none.
pub fn amount(s: &str) -> Result<Option<f64>, CellError> {
    match s.trim() {
        "" => Ok(None),
        t => decimal(t)
            .filter(|x| *x >= 0.0)
            .map(Some)
            .ok_or_else(|| CellError::Amount(s.to_string())),
    }
}

/// `12:00` or `12h00`; empty is none.
pub fn time(s: &str) -> Result<Option<chrono::NaiveTime>, CellError> {
    match s.trim() {
        "" => Ok(None),
        t => crate::model::dates::parse_time(t)
            .map(Some)
            .ok_or_else(|| CellError::Time(s.to_string())),
    }
}

/// 1 (highest) to 5; empty is the default 3.
pub fn priority(s: &str) -> Result<u8, CellError> {
    match s.trim() {
        "" => Ok(3),
        t => t
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=5).contains(n))
            .ok_or_else(|| CellError::Priority(s.to_string())),
    }
}

/// ISO or French date; empty is none.
pub fn date(s: &str) -> Result<Option<NaiveDate>, CellError> {
    match s.trim() {
        "" => Ok(None),
        t => parse_absolute(t)
            .map(Some)
            .ok_or_else(|| CellError::Date(s.to_string())),
    }
}

/// A whole number of days (0 to 3650); empty is none.
pub fn days(s: &str) -> Result<Option<u32>, CellError> {
    match s.trim() {
        "" => Ok(None),
        t => t
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= 3650)
            .map(Some)
            .ok_or_else(|| CellError::Days(s.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_both_languages() {
        assert_eq!(boolean("Oui"), Ok(true));
        assert_eq!(boolean(""), Ok(false));
        assert!(boolean("peut-être").is_err());
        assert_eq!(category("Hôpital"), Ok(AuthorityCategory::Hospital));
        assert_eq!(
            category("state_service"),
            Ok(AuthorityCategory::StateService)
        );
        assert_eq!(
            category("Service de l'État"),
            Ok(AuthorityCategory::StateService)
        );
        assert_eq!(
            category("intercommunalite"),
            Ok(AuthorityCategory::Intercommunalite)
        );
        assert!(category("club").is_err());
        assert_eq!(influence("FORTE"), Ok(Influence::High));
        assert_eq!(influence("medium influence"), Ok(Influence::Medium));
        assert_eq!(priority("2"), Ok(2));
        assert!(priority("6").is_err());
        assert_eq!(
            date("28/11/2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 11, 28))
        );
        assert!(date("31/02/2026").is_err());
        assert_eq!(days(" 45 "), Ok(Some(45)));
        use crate::model::MarketKind;
        let kind = |s| choice(s, &MarketKind::ALL, common::market_kind);
        assert_eq!(
            kind("works_exceptional"),
            Ok(Some(MarketKind::WorksExceptional))
        );
        assert_eq!(kind("Travaux"), Ok(Some(MarketKind::Works)));
        assert_eq!(kind(""), Ok(None));
        assert!(matches!(kind("bricolage"), Err(CellError::Choice(..))));
        assert_eq!(factor("1,25"), Ok(Some(1.25)));
        assert!(factor("9").is_err());
        assert_eq!(amount("60 000,50 €"), Ok(Some(60_000.5)));
    }
}
