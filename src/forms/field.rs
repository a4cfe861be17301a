//! One form field: its kind, its raw input (tui-input for text), and the
//! parsing that turns the input into a typed value or an error.

use chrono::NaiveDate;
use tui_input::Input;

use crate::i18n::{Lang, forms as words};
use crate::model::dates::parse_date;
use crate::model::fields;
use crate::model::text::{clean_line, clean_multiline};

/// What a field holds and how it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// Free text; `required` refuses empty, `multiline` keeps line breaks when pasted.
    Text { required: bool, multiline: bool },
    /// A date typed as 28/11/2026, 2026-11-28 or +30.
    Date { required: bool },
    /// One of fixed options, cycled with ←/→ or Space.
    Choice { options: Vec<&'static str> },
    /// Yes or no, toggled with Space or ←/→.
    Bool,
    /// A decimal number in `[min, max]`; empty allowed unless `required`.
    Number { min: f64, max: f64, required: bool },
    /// A whole number in `[min, max]`; empty allowed.
    Integer { min: u32, max: u32 },
    /// 14 digits, Luhn-checked; empty allowed.
    Siret,
    /// French formats normalised; empty allowed.
    Phone,
    /// Shape-checked; empty allowed.
    Email,
    /// A time of day typed as 12:00 or 12h; empty allowed.
    Time,
}

/// A parsed value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Date(Option<NaiveDate>),
    Choice(usize),
    Bool(bool),
    Number(Option<f64>),
    Integer(Option<u32>),
    Time(Option<chrono::NaiveTime>),
}

#[derive(Debug, Clone)]
pub struct Field {
    /// Internal key the form's owner reads values by.
    pub key: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub input: Input,
    /// Selected option (Choice) or state (Bool: 0 no, 1 yes).
    pub choice: usize,
    /// Shown under the field after a refused submit.
    pub error: Option<String>,
    /// Shown under the field while editing (e.g. the forecast J).
    pub hint: Option<String>,
}

impl Field {
    pub fn new(key: &'static str, label: &'static str, kind: FieldKind) -> Field {
        Field {
            key,
            label,
            kind,
            input: Input::default(),
            choice: 0,
            error: None,
            hint: None,
        }
    }

    pub fn with_text(mut self, value: &str) -> Field {
        self.input = Input::new(value.to_string());
        self
    }

    pub fn with_choice(mut self, index: usize) -> Field {
        self.choice = index;
        self
    }

    pub fn with_bool(mut self, yes: bool) -> Field {
        self.choice = usize::from(yes);
        self
    }

    /// Fields edited by typing (as opposed to cycling).
    pub fn is_textual(&self) -> bool {
        !matches!(self.kind, FieldKind::Choice { .. } | FieldKind::Bool)
    }

    /// Step a choice or a yes/no forwards or backwards.
    pub fn cycle(&mut self, forward: bool) {
        let n = match &self.kind {
            FieldKind::Choice { options } => options.len(),
            FieldKind::Bool => 2,
            _ => return,
        };
        if n == 0 {
            return;
        }
        self.choice = if forward {
            (self.choice + 1) % n
        } else {
            (self.choice + n - 1) % n
        };
    }

    /// The text shown in the field's box.
    pub fn display(&self, lang: Lang) -> String {
        match &self.kind {
            FieldKind::Choice { options } => options.get(self.choice).copied().unwrap_or("").into(),
            FieldKind::Bool => words::yes_no(lang, self.choice == 1).into(),
            _ => self.input.value().to_string(),
        }
    }

    /// Parse the input; the error is worded for the user.
    pub fn parse(&self, lang: Lang, today: NaiveDate) -> Result<Value, String> {
        let raw = self.input.value().trim();
        let empty = raw.is_empty();
        match &self.kind {
            FieldKind::Text {
                required,
                multiline,
            } => {
                let v = if *multiline {
                    clean_multiline(raw)
                } else {
                    clean_line(raw)
                };
                if *required && v.is_empty() {
                    Err(words::required(lang).into())
                } else {
                    Ok(Value::Text(v))
                }
            }
            FieldKind::Date { required } => {
                if empty {
                    return if *required {
                        Err(words::required(lang).into())
                    } else {
                        Ok(Value::Date(None))
                    };
                }
                parse_date(raw, today)
                    .map(|d| Value::Date(Some(d)))
                    .map_err(|_| words::bad_date(lang, raw))
            }
            FieldKind::Choice { .. } => Ok(Value::Choice(self.choice)),
            FieldKind::Bool => Ok(Value::Bool(self.choice == 1)),
            FieldKind::Number { min, max, required } => {
                if empty {
                    return if *required {
                        Err(words::required(lang).into())
                    } else {
                        Ok(Value::Number(None))
                    };
                }
                match parse_decimal(raw) {
                    Some(x) if x >= *min && x <= *max => Ok(Value::Number(Some(x))),
                    _ => Err(words::bad_number(lang, *min, *max)),
                }
            }
            FieldKind::Integer { min, max } => {
                if empty {
                    return Ok(Value::Integer(None));
                }
                match raw.replace([' ', '\u{a0}', '\u{202f}'], "").parse::<u32>() {
                    Ok(n) if n >= *min && n <= *max => Ok(Value::Integer(Some(n))),
                    _ => Err(words::bad_integer(lang, *min, *max)),
                }
            }
            FieldKind::Siret if empty => Ok(Value::Text(String::new())),
            FieldKind::Siret => fields::siret(raw)
                .map(Value::Text)
                .map_err(|e| words::field_error(lang, e)),
            FieldKind::Phone => fields::phone(&clean_line(raw))
                .map(Value::Text)
                .map_err(|e| words::field_error(lang, e)),
            FieldKind::Email => fields::email(&clean_line(raw))
                .map(Value::Text)
                .map_err(|e| words::field_error(lang, e)),
            FieldKind::Time if empty => Ok(Value::Time(None)),
            FieldKind::Time => crate::model::dates::parse_time(raw)
                .map(|t| Value::Time(Some(t)))
                .ok_or_else(|| words::bad_time(lang, raw)),
        }
    }
}

/// "480 000,50", "480000.5", "1 200 000" → f64. Thousands separators are spaces.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let compact: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€'))
        .collect();
    let x: f64 = compact.replace(',', ".").parse().ok()?;
    x.is_finite().then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn parse(kind: FieldKind, typed: &str) -> Result<Value, String> {
        Field::new("k", "K", kind)
            .with_text(typed)
            .parse(Lang::En, today())
    }

    #[test]
    fn texts_are_cleaned_and_required_checked() {
        let req = FieldKind::Text {
            required: true,
            multiline: false,
        };
        assert_eq!(
            parse(req.clone(), "  Ville\u{1b}[2J  "),
            Ok(Value::Text("Ville[2J".into()))
        );
        assert!(parse(req, "   ").is_err());
        let notes = FieldKind::Text {
            required: false,
            multiline: true,
        };
        assert_eq!(parse(notes, "a\nb\u{202e}"), Ok(Value::Text("a\nb".into())));
    }

    #[test]
    fn dates_in_three_forms() {
        let k = FieldKind::Date { required: false };
        let d = |s| Value::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        assert_eq!(parse(k.clone(), "28/12/2026"), Ok(d("2026-12-28")));
        assert_eq!(parse(k.clone(), "2026-12-28"), Ok(d("2026-12-28")));
        assert_eq!(parse(k.clone(), "+30"), Ok(d("2026-12-28")));
        assert_eq!(parse(k.clone(), ""), Ok(Value::Date(None)));
        let err = parse(k, "30/02/2027").unwrap_err();
        assert!(err.contains("30/02/2027"), "{err}");
        assert!(parse(FieldKind::Date { required: true }, "").is_err());
    }

    #[test]
    fn numbers_and_identifiers() {
        let money = FieldKind::Number {
            min: 0.0,
            max: 1e12,
            required: false,
        };
        assert_eq!(
            parse(money.clone(), "480 000,50"),
            Ok(Value::Number(Some(480_000.5)))
        );
        assert!(parse(money, "-3").is_err());
        let lots = FieldKind::Integer { min: 1, max: 999 };
        assert_eq!(parse(lots.clone(), "12"), Ok(Value::Integer(Some(12))));
        assert!(parse(lots, "0").is_err());
        assert!(parse(FieldKind::Siret, "21350238800018").is_err());
        assert_eq!(parse(FieldKind::Siret, ""), Ok(Value::Text(String::new())));
        assert_eq!(
            parse(FieldKind::Phone, "+33199000111"),
            Ok(Value::Text("01 99 00 01 11".into()))
        );
        assert!(parse(FieldKind::Email, "nobody").is_err());
        let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0);
        assert_eq!(parse(FieldKind::Time, "12h"), Ok(Value::Time(noon)));
        assert_eq!(parse(FieldKind::Time, " 12:00 "), Ok(Value::Time(noon)));
        assert_eq!(parse(FieldKind::Time, ""), Ok(Value::Time(None)));
        assert!(parse(FieldKind::Time, "midi").is_err());
    }

    #[test]
    fn choices_cycle_both_ways() {
        let mut f = Field::new(
            "k",
            "K",
            FieldKind::Choice {
                options: vec!["a", "b", "c"],
            },
        );
        f.cycle(false);
        assert_eq!(f.choice, 2);
        f.cycle(true);
        assert_eq!(f.choice, 0);
        let mut b = Field::new("b", "B", FieldKind::Bool);
        b.cycle(true);
        assert_eq!(b.parse(Lang::Fr, today()), Ok(Value::Bool(true)));
    }
}
