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
}
