//! Streaming a BOAMP document: notices are handed over one at a time while
//! the file is read through a buffer, so an export of the whole year is
//! never held in memory (each notice is small and is dropped after use).
//!
//! Shapes accepted: the API v2.1 envelope `{"total_count", "results": […]}`,
//! the older `{"records": [{"record": {"fields": …}}]}` (and v1's
//! `{"records": [{"fields": …}]}`), and the `/exports/json` bare array.

use std::fmt;
use std::io::{BufReader, Read};

use serde::de::{
    DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::Value;

const BUFFER: usize = 256 * 1024;

type Sink<'a> = &'a mut dyn FnMut(Value);

/// The parser's message for JSON that is not BOAMP data.
pub const NOT_BOAMP: &str = "neither \"results\", \"records\" nor an array of notices";

/// Call `each` for every element of the document, in file order, and
/// return the envelope's `total_count` (`nhits` in API v1) when it has one.
pub fn for_each<R: Read>(reader: R, each: Sink<'_>) -> Result<Option<u64>, serde_json::Error> {
    let mut reader = BufReader::with_capacity(BUFFER, reader);
    skip_bom(&mut reader).map_err(serde_json::Error::io)?;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let total = Top(each).deserialize(&mut de)?;
    de.end()?;
    Ok(total)
}

/// Windows tools and some portal downloads start with a UTF-8 byte-order mark.
fn skip_bom<R: Read>(reader: &mut BufReader<R>) -> std::io::Result<()> {
    use std::io::BufRead;
    let head = reader.fill_buf()?;
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        reader.consume(3);
    }
    Ok(())
}

struct Top<'a>(Sink<'a>);

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = Option<u64>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<u64>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = Option<u64>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a BOAMP document: {\"results\": …}, {\"records\": …} or an array of notices")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<u64>, A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            (self.0)(v);
        }
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<u64>, A::Error> {
        let mut total = None;
        let mut found = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "results" | "records" => {
                    map.next_value_seed(Elements(&mut *self.0))?;
                    found = true;
                }
                "total_count" | "nhits" => total = map.next_value::<Option<u64>>()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !found {
            return Err(A::Error::custom(NOT_BOAMP));
        }
        Ok(total)
    }
}

/// The list of `results` or `records` (null is an empty page).
struct Elements<'a>(Sink<'a>);

impl<'de> DeserializeSeed<'de> for Elements<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Elements<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of notices")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            (self.0)(v);
        }
        Ok(())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(doc: &str) -> Result<(usize, Option<u64>), serde_json::Error> {
        let mut n = 0;
        let total = for_each(doc.as_bytes(), &mut |_| n += 1)?;
        Ok((n, total))
    }

    #[test]
    fn every_envelope() {
        assert_eq!(
            count(r#"{"total_count":9,"results":[{},{}]}"#).unwrap(),
            (2, Some(9))
        );
        assert_eq!(
            count(r#"{"records":[{"record":{}}],"total_count":1}"#).unwrap(),
            (1, Some(1))
        );
        assert_eq!(
            count(r#"{"nhits":3,"records":[{"fields":{}}]}"#).unwrap(),
            (1, Some(3))
        );
        assert_eq!(count(r#"[{}, {}, {}]"#).unwrap(), (3, None));
        assert_eq!(count("\u{feff}[]").unwrap(), (0, None));
        assert_eq!(
            count(r#"{"total_count":0,"results":[]}"#).unwrap(),
            (0, Some(0))
        );
        assert_eq!(count(r#"{"results":null}"#).unwrap(), (0, None));
    }

    #[test]
    fn other_json_is_refused() {
        let err = count(r#"{"format":"retroplan","authorities":[]}"#).unwrap_err();
        assert!(err.to_string().contains(NOT_BOAMP), "{err}");
        assert!(count(r#"{"results":[}"#).is_err());
        assert!(count("").is_err());
        assert!(count("[] x").is_err());
    }
}
