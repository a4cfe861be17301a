//! Every user-facing string, in French (default) and English. Code elsewhere
//! asks here for words; it never spells them itself. One file per area.

pub mod agenda;
pub mod boamp;
pub mod cli;
pub mod common;
pub mod compliance;
pub mod decp;
pub mod evidence;
pub mod forms;
pub mod gdpr;
pub mod merge;
pub mod recovery;
pub mod report;
pub mod rules;
pub mod sheet;
pub mod store;
pub mod tui;
pub mod usage;

use chrono::NaiveDate;

/// The UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The French or the English of a pair.
    pub fn pick<T>(self, fr: T, en: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// `--lang` (or `RETROPLAN_LANG`, read by clap) when given, else the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that names fr or en, else French.
    pub fn resolve(explicit: Option<Lang>) -> Lang {
        Self::resolve_with(explicit, |k| std::env::var(k).ok())
    }

    /// [`Lang::resolve`] over any environment, for tests.
    pub fn resolve_with(explicit: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = explicit {
            return lang;
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            let Some(value) = env(key).filter(|v| !v.is_empty()) else {
                continue;
            };
            let v = value.to_ascii_lowercase();
            if v.starts_with("fr") {
                return Lang::Fr;
            }
            if v.starts_with("en") {
                return Lang::En;
            }
            // The first set variable decides, as POSIX locale lookup does.
            break;
        }
        Lang::Fr
    }

    /// 28/11/2026 in French, 2026-11-28 in English.
    pub fn date(self, d: NaiveDate) -> String {
        match self {
            Lang::Fr => d.format("%d/%m/%Y").to_string(),
            Lang::En => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// A decimal with the language's separator: 1,5 / 1.5.
    pub fn decimal(self, x: f64) -> String {
        // Exact (shortest round-trip form), at least one decimal: a factor
        // of 1.25 rounded to "1,2" would be read back as another factor.
        let mut s = format!("{x}");
        if !s.contains(['.', 'e', 'N', 'i']) {
            s.push_str(".0");
        }
        match self {
            Lang::Fr => s.replace('.', ","),
            Lang::En => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn language_resolution_order() {
        assert_eq!(
            Lang::resolve_with(Some(Lang::En), env(&[("LANG", "fr_FR")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LANG", "en_GB.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_ALL", "fr_FR"), ("LANG", "en_US")])),
            Lang::Fr
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_MESSAGES", "en_US"), ("LANG", "fr_FR")])),
            Lang::En
        );
        assert_eq!(Lang::resolve_with(None, env(&[("LANG", "C")])), Lang::Fr);
        assert_eq!(Lang::resolve_with(None, env(&[])), Lang::Fr);
    }

    #[test]
    fn dates_and_decimals() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(Lang::Fr.date(d), "28/11/2026");
        assert_eq!(Lang::En.date(d), "2026-11-28");
        assert_eq!(Lang::Fr.decimal(1.5), "1,5");
        assert_eq!(Lang::En.decimal(1.0), "1.0");
        assert_eq!(Lang::Fr.decimal(1.25), "1,25");
        assert_eq!(Lang::En.decimal(0.875), "0.875");
    }
}
