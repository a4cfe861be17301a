//! Parsing a large portfolio on two threads. Almost all of a large file is
//! its authorities, and each one parses on its own: a quick first pass
//! finds where each authority's text lies (no allocation per record), then
//! one half of them parses on a second thread while this one parses the
//! other half and the rest of the file.
//!
//! This is only a shortcut: whenever it does not apply or anything fails,
//! it gives up and the caller parses the plain way, which then reports the
//! very error (line and column) it always did. When it succeeds, the result
//! is the one the plain parse gives.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::model::{Authority, Portfolio};

/// A smaller file parses in a few milliseconds: not worth a thread.
pub(super) const MIN_BYTES: usize = 1 << 20;

/// The recursion limit of serde_json is 128 nested arrays and objects. A
/// record parsed alone starts two levels higher than in the file, so it could
/// accept what the plain parse refuses: only unknown keys can nest without
/// bound (the model's own types are a few levels deep), so any unknown value
/// deeper than this sends the file to the plain parse.
const MAX_EXTRA_DEPTH: usize = 100;

/// The authorities' texts, in file order; every other key is skipped.
#[derive(Deserialize)]
struct Outline<'a> {
    #[serde(borrow, default)]
    authorities: Option<Vec<&'a RawValue>>,
}

/// `bytes` (without a byte-order mark) parsed with the authorities split
/// between two threads, or `None`: too small, one core, or anything unusual
/// (then the plain parse decides).
pub(super) fn parse(bytes: &[u8], min_bytes: usize) -> Option<Portfolio> {
    if bytes.len() < min_bytes || std::thread::available_parallelism().map_or(true, |n| n.get() < 2)
    {
        return None;
    }
    let elements = serde_json::from_slice::<Outline>(bytes).ok()?.authorities?;
    let (open, close) = array_bounds(bytes, &elements)?;
    // The file with an empty authorities list: settings, documents, unknown
    // keys and all, parsed by the model's own code. It is small.
    let mut rest = Vec::with_capacity(bytes.len() - (close - open) + 1);
    rest.extend_from_slice(&bytes[..=open]);
    rest.extend_from_slice(&bytes[close..]);

    // Halves of about equal size in bytes, not in count.
    let total: usize = elements.iter().map(|r| r.get().len()).sum();
    let mut seen = 0;
    let cut = elements
        .iter()
        .position(|r| {
            seen += r.get().len();
            seen * 2 >= total
        })
        .map_or(elements.len(), |i| i + 1);
    let (head, tail) = elements.split_at(cut);
    let (portfolio, head, tail) = std::thread::scope(|s| {
        // No thread to be had (a process at its limit): this one does all.
        let spawned = std::thread::Builder::new().spawn_scoped(s, || parse_part(head));
        let tail = parse_part(tail);
        let portfolio = serde_json::from_slice::<Portfolio>(&rest).ok();
        let head = match spawned {
            Ok(handle) => handle.join().ok().flatten(),
            Err(_) => parse_part(head),
        };
        (portfolio, head, tail)
    });
    let mut portfolio = portfolio?;
    if !portfolio.authorities.is_empty() {
        return None;
    }
    portfolio.authorities = head?.into_iter().chain(tail?).collect();
    Some(portfolio)
}

/// Offsets of the authorities list's `[` and `]` in `bytes`.
fn array_bounds(bytes: &[u8], elements: &[&RawValue]) -> Option<(usize, usize)> {
    let base = bytes.as_ptr() as usize;
    let offset = |r: &RawValue| (r.get().as_ptr() as usize).checked_sub(base);
    let start = offset(elements.first()?)?;
    let last = elements.last()?;
    let end = offset(last)? + last.get().len();
    if end > bytes.len() {
        return None;
    }
    let open = bytes[..start].iter().rposition(|b| !is_space(*b))?;
    let close = end + bytes[end..].iter().position(|b| !is_space(*b))?;
    (bytes[open] == b'[' && bytes[close] == b']').then_some((open, close))
}

/// JSON's whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn parse_part(texts: &[&RawValue]) -> Option<Vec<Authority>> {
    texts
        .iter()
        .map(|r| {
            let a = serde_json::from_str::<Authority>(r.get()).ok()?;
            shallow_extras(&a).then_some(a)
        })
        .collect()
}

/// Every unknown value under `a` nests at most [`MAX_EXTRA_DEPTH`] deep.
fn shallow_extras(a: &Authority) -> bool {
    let ok = |extra: &crate::model::Extra| extra.values().all(|v| depth(v) <= MAX_EXTRA_DEPTH);
    ok(&a.extra)
        && a.checklist.values().all(|e| ok(&e.extra))
        && a.contacts
            .iter()
            .all(|c| ok(&c.extra) && c.interactions.iter().all(|i| ok(&i.extra)))
        && a.pursuits.iter().all(|p| {
            ok(&p.extra)
                && ok(&p.notice.extra)
                && p.checklist.values().all(|e| ok(&e.extra))
                && p.requirements.iter().all(|r| ok(&r.extra))
        })
}

/// Nesting depth of arrays and objects in `v` (a scalar: 0).
fn depth(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(bytes: &[u8]) -> Result<Portfolio, String> {
        serde_json::from_slice(bytes).map_err(|e| e.to_string())
    }

    #[test]
    fn the_split_parse_gives_the_plain_result_unknown_keys_included() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut p = crate::demo::portfolio(today);
        p.extra
            .insert("from_newer".into(), serde_json::json!({"a": [1]}));
        let a = p.authorities.get_mut(1).unwrap();
        a.extra.insert("priorty".into(), serde_json::json!(2));
        a.pursuits[0]
            .extra
            .insert("x-sync".into(), serde_json::json!({"rev": 7}));
        let bytes = crate::store::to_bytes(&p);
        let split = parse(&bytes, 0).expect("split");
        assert_eq!(split, plain(&bytes).unwrap());
        assert!(split.authorities.len() > 2);
        // Compact JSON and keys in another order split the same way.
        let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let authorities = v.as_object_mut().unwrap().remove("authorities").unwrap();
        v.as_object_mut()
            .unwrap()
            .insert("authorities".into(), authorities);
        let compact = serde_json::to_vec(&v).unwrap();
        assert_eq!(parse(&compact, 0).expect("split"), split);
    }

    #[test]
    fn anything_unusual_is_left_to_the_plain_parse() {
        let at = |authorities: &str| {
            format!(r#"{{"format":"retroplan","version":2,"authorities":{authorities}}}"#)
        };
        // Too small, no authorities, an empty list, a wrong record, a
        // duplicate key, trailing garbage.
        assert!(parse(at(r#"[{"id":"a","name":"A"}]"#).as_bytes(), MIN_BYTES).is_none());
        assert!(parse(br#"{"format":"retroplan","version":2}"#, 0).is_none());
        assert!(parse(at("[]").as_bytes(), 0).is_none());
        assert!(parse(at(r#"[{"id":"a","name":"A"},{"id":"b"}]"#).as_bytes(), 0).is_none());
        let twice = r#"{"format":"retroplan","version":2,"authorities":[],"authorities":[{"id":"a","name":"A"}]}"#;
        assert!(parse(twice.as_bytes(), 0).is_none());
        assert!(
            parse(
                format!("{} x", at(r#"[{"id":"a","name":"A"}]"#)).as_bytes(),
                0
            )
            .is_none()
        );
        let fine = at(r#"[{"id":"a","name":"A"},{"id":"b","name":"B","x":[[1]]}]"#);
        assert_eq!(parse(fine.as_bytes(), 0), plain(fine.as_bytes()).ok());
    }

    #[test]
    fn nesting_the_plain_parse_refuses_is_refused() {
        // 126 levels in an unknown key: 129 in the file, over serde_json's
        // limit, but only 127 in a record parsed alone.
        let deep = format!("{}{}", "[".repeat(126), "]".repeat(126));
        let text = format!(
            r#"{{"format":"retroplan","version":2,"authorities":[{{"id":"a","name":"A","x":{deep}}}]}}"#
        );
        assert!(plain(text.as_bytes()).is_err());
        assert!(parse(text.as_bytes(), 0).is_none());
    }
}
