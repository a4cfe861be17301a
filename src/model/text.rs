//! Text hygiene: the one place where strings entering the model are cleaned,
//! and the folding used by every search and name match.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Bidirectional embeddings, overrides and isolates: they can make a name
/// display as something else (U+202A–U+202E, U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Strip control characters (C0, DEL, C1: terminal escapes start there) and
/// bidi overrides. Newlines become spaces in single-line fields.
pub fn clean_line(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Like [`clean_line`] but keeps line breaks, for notes and summaries.
pub fn clean_multiline(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .filter(|c| *c == '\n' || (!c.is_control() && !is_bidi_control(*c)))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Lowercase without accents, for search and matching:
/// `fold("Évreux") == "evreux"`, `fold("Œuvre") == "oeuvre"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The digits of a phone number, the French country code read as a
/// leading 0: "+33 1 23 45 67 89", "0033 (0)1…" and "01.23.45.67.89" all
/// give "0123456789", so any way of typing a number finds it.
pub fn phone_digits(s: &str) -> String {
    let digits: String = s
        .replace("(0)", "")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let trimmed = s.trim_start();
    let national = if trimmed.starts_with('+') {
        digits.strip_prefix("33")
    } else {
        digits.strip_prefix("0033")
    };
    match national {
        Some(rest) => format!("0{rest}"),
        None => digits,
    }
}

/// A search as typed, folded once: the text to find, and its phone digits
/// when it reads as (part of) a phone number ("01 99 00", "+33 1 99").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub folded: String,
    pub digits: Option<String>,
}

/// Fewer digits than this are too common to mean a phone number.
const PHONE_QUERY_DIGITS: usize = 4;

impl Query {
    pub fn new(text: &str) -> Query {
        let phone_like = text
            .chars()
            .all(|c| c.is_ascii_digit() || " .-+/()".contains(c));
        let digits = phone_digits(text);
        Query {
            folded: fold(text.trim()),
            digits: (phone_like && digits.len() >= PHONE_QUERY_DIGITS).then_some(digits),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Whether `haystack` (folded text, phone numbers as digits) holds it.
    pub fn found_in(&self, haystack: &str) -> bool {
        haystack.contains(&self.folded)
            || self.digits.as_ref().is_some_and(|d| haystack.contains(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escapes_and_bidi() {
        assert_eq!(clean_line("a\u{1b}[31mb\u{7}"), "a[31mb");
        assert_eq!(clean_line("x\u{202E}y\u{2066}z"), "xyz");
        assert_eq!(clean_line("  une\nligne\t "), "une ligne");
        assert_eq!(clean_line("\u{9b}31m"), "31m");
        assert_eq!(clean_multiline("l1\r\nl2\u{1b}"), "l1\nl2");
    }

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Évreux"), "evreux");
        assert_eq!(fold("Eure-et-Loir"), "eure-et-loir");
        assert_eq!(fold("CŒUR"), "coeur");
        assert!(fold("Conseil départemental d'Eure-et-Loir").contains("eure"));
    }

    #[test]
    fn phone_numbers_compare_by_digits_whatever_the_spelling() {
        for typed in [
            "01 23 45 67 89",
            "01.23.45.67.89",
            "+33 1 23 45 67 89",
            "0033 (0)1 23 45 67 89",
        ] {
            assert_eq!(phone_digits(typed), "0123456789", "{typed}");
        }
        let q = Query::new("45 67");
        assert_eq!(q.digits.as_deref(), Some("4567"));
        assert!(q.found_in("luc bernard\u{1f}0123456789\u{1f}"));
        // Too few digits, or words: no phone reading.
        assert_eq!(Query::new("n°12").digits, None);
        assert_eq!(Query::new("123").digits, None);
        assert_eq!(Query::new(" Évreux ").folded, "evreux");
    }
}
