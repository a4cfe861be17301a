//! Streaming a DECP document: contracts are handed over one at a time while
//! the file is read through a buffer, so a consolidated file of hundreds of
//! megabytes is never held in memory.
//!
//! Shapes accepted: `{"marches": […]}`, `{"marches": {"marche": […]}}`, a
//! top-level array of contracts, and a single contract object.

use std::fmt;
use std::io::{self, BufReader, Read};

use serde::de::{
    DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};

use super::raw::{ContractVisitor, RawContract};
use super::sanitize::NonFinite;

/// Buffer between the file and the parser.
const BUFFER: usize = 256 * 1024;

type Sink<'a> = &'a mut dyn FnMut(RawContract);

/// Call `each` for every contract in the document read from `reader`, in
/// file order. Fails on a document that is not JSON (with its line and
/// column); elements of the wrong kind reach `each` marked `not_an_object`.
pub fn for_each<R: Read>(reader: R, each: Sink<'_>) -> Result<(), serde_json::Error> {
    let reader = without_bom(reader).map_err(serde_json::Error::io)?;
    let reader = BufReader::with_capacity(BUFFER, NonFinite::new(reader));
    let mut de = serde_json::Deserializer::from_reader(reader);
    Top(each).deserialize(&mut de)?;
    de.end()
}

/// The reader past a leading UTF-8 byte-order mark, which Windows tools and
/// some portal exports write and the JSON parser refuses.
fn without_bom<R: Read>(mut reader: R) -> io::Result<io::Chain<io::Cursor<Vec<u8>>, R>> {
    let mut head = Vec::with_capacity(3);
    while head.len() < 3 {
        let mut byte = [0u8; 1];
        match reader.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => head.push(byte[0]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    if head == [0xEF, 0xBB, 0xBF] {
        head.clear();
    }
    Ok(io::Cursor::new(head).chain(reader))
}

/// The parser's message for JSON that is not DECP data; callers word it
/// in the user's language.
pub const NOT_DECP: &str = "neither a \"marches\" list nor a contract";

/// Keys only a contract has: they tell a lone contract from other JSON.
const CONTRACT_KEYS: [&str; 6] = [
    "id",
    "acheteur",
    "acheteur.id",
    "acheteur_id",
    "dateNotification",
    "dureeMois",
];

/// The document itself.
struct Top<'a>(Sink<'a>);

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a DECP document: {\"marches\": …}, an array of contracts or one contract")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        each_element(seq, self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let each = self.0;
        let mut found = false;
        // Until `marches` shows up, the keys may be those of a single contract;
        // such an object is small, so it is kept whole.
        let mut single = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == "marches" {
                map.next_value_seed(Marches(&mut *each))?;
                found = true;
                single.clear();
            } else if found {
                map.next_value::<IgnoredAny>()?;
            } else {
                single.insert(key, map.next_value::<Value>()?);
            }
        }
        // Any other JSON (a retroplan portfolio, an API envelope) is refused
        // rather than read as one broken contract.
        if !found && !single.is_empty() && !CONTRACT_KEYS.iter().any(|k| single.contains_key(*k)) {
            return Err(A::Error::custom(NOT_DECP));
        }
        if !found && !single.is_empty() {
            let c = ContractVisitor
                .visit_map(serde::de::value::MapDeserializer::new(single.into_iter()))
                .map_err(A::Error::custom)?;
            each(c);
        }
        Ok(())
    }
}

/// The value of `marches`: the array itself, or `{"marche": …}`.
struct Marches<'a>(Sink<'a>);

impl<'de> DeserializeSeed<'de> for Marches<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Marches<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of contracts or {\"marche\": […]}")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        each_element(seq, self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "marche" {
                map.next_value_seed(Elements(&mut *self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// The value of `marche`: an array of contracts, or a single one.
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
        f.write_str("an array of contracts or one contract")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        each_element(seq, self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        (self.0)(ContractVisitor.visit_map(map)?);
        Ok(())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// One element at a time: each is dropped before the next is read.
fn each_element<'de, A: SeqAccess<'de>>(mut seq: A, each: Sink<'_>) -> Result<(), A::Error> {
    while let Some(c) = seq.next_element::<RawContract>()? {
        each(c);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(doc: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each(doc.as_bytes(), &mut |c| {
            out.push(match (&c.id, c.not_an_object) {
                (_, true) => "!".to_string(),
                (Some(Value::String(s)), _) => s.clone(),
                (other, _) => format!("{other:?}"),
            })
        })
        .unwrap();
        out
    }

    #[test]
    fn every_shape() {
        assert_eq!(ids(r#"{"marches":[{"id":"a"},{"id":"b"}]}"#), ["a", "b"]);
        assert_eq!(ids(r#"{"marches":{"marche":[{"id":"a"}]}}"#), ["a"]);
        assert_eq!(ids(r#"{"marches":{"marche":{"id":"a"}}}"#), ["a"]);
        assert_eq!(ids(r#"[{"id":"a"}, 3]"#), ["a", "!"]);
        assert_eq!(ids(r#"{"$schema":"x","id":"a","dureeMois":NaN}"#), ["a"]);
        assert_eq!(
            ids(r#"{"$schema":"x","marches":[{"id":"a"}],"n":1}"#),
            ["a"]
        );
        assert_eq!(ids(r#"{"marches":null}"#), Vec::<String>::new());
        assert_eq!(ids(r#"{}"#), Vec::<String>::new());
    }

    #[test]
    fn other_json_is_refused() {
        let err = for_each(
            r#"{"format":"retroplan","version":1,"authorities":[]}"#.as_bytes(),
            &mut |_| panic!("no contract here"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("marches"), "{err}");
        assert!(for_each(r#"{"data":[{"id":1}]}"#.as_bytes(), &mut |_| {}).is_err());
        // A lone contract, even a broken one, is still read.
        assert_eq!(ids(r#"{"acheteur.id":"1","objet":"x"}"#), ["None"]);
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(ids("\u{feff}{\"marches\":[{\"id\":\"a\"}]}"), ["a"]);
        assert_eq!(ids("\u{feff}[]"), Vec::<String>::new());
        // Short documents and a lone mark still parse or fail as JSON.
        assert_eq!(ids("[]"), Vec::<String>::new());
        assert!(for_each("\u{feff}".as_bytes(), &mut |_| {}).is_err());
        assert!(for_each("\u{feff}\u{feff}[]".as_bytes(), &mut |_| {}).is_err());
    }

    #[test]
    fn syntax_errors_carry_their_position() {
        let err = for_each("{\"marches\":[\n{\"id\":}]}".as_bytes(), &mut |_| {}).unwrap_err();
        assert_eq!((err.line(), err.column()), (2, 7));
        assert!(for_each("{} x".as_bytes(), &mut |_| {}).is_err());
        assert!(for_each("".as_bytes(), &mut |_| {}).is_err());
    }
}
