//! Settling a recorded conflict by keeping one side: the value of that side
//! goes back into its field (or the record goes, when that side deleted
//! it), on the JSON of the authority or of the portfolio's head that holds
//! the record, so every field is handled alike.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::conflict::{Conflict, Side};

/// What settling did to the thing it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// Changed (or already as chosen): keep it.
    Kept,
    /// The chosen side deleted this very record (an authority): remove it.
    Remove,
}

/// Why a conflict could not be settled there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettleError {
    /// The record is not in what was given (deleted since).
    Missing,
    /// The value does not fit the field any more (the model changed).
    Invalid(String),
}

/// The object with this `id` (or BOAMP `notice_ref`) anywhere in `v`.
fn find_mut<'a>(v: &'a mut Value, id: &str) -> Option<&'a mut Value> {
    let own = match &*v {
        Value::Object(o) => {
            o.get("id").and_then(Value::as_str) == Some(id)
                || o.get("notice_ref").and_then(Value::as_str) == Some(id)
        }
        _ => false,
    };
    if own {
        return Some(v);
    }
    match v {
        Value::Object(o) => o.values_mut().find_map(|x| find_mut(x, id)),
        Value::Array(a) => a.iter_mut().find_map(|x| find_mut(x, id)),
        _ => None,
    }
}

/// Remove the element with this id from whatever list holds it.
fn remove(v: &mut Value, id: &str) -> bool {
    match v {
        Value::Array(a) => {
            let before = a.len();
            a.retain(|x| {
                x.get("id").and_then(Value::as_str) != Some(id)
                    && x.get("notice_ref").and_then(Value::as_str) != Some(id)
            });
            a.len() != before || a.iter_mut().any(|x| remove(x, id))
        }
        Value::Object(o) => o.values_mut().any(|x| remove(x, id)),
        _ => false,
    }
}

/// Put `value` at the `/`-separated `field` of `record`; `null` leaves
/// the key out, as the file does for an empty value.
fn set(record: &mut Value, field: &str, value: &Value) -> Result<(), SettleError> {
    let keys: Vec<&str> = field.split('/').filter(|k| !k.is_empty()).collect();
    let Some((last, path)) = keys.split_last() else {
        return Err(SettleError::Missing);
    };
    let mut at = record;
    for k in path {
        let o = at.as_object_mut().ok_or(SettleError::Missing)?;
        at = o
            .entry(k.to_string())
            .or_insert_with(|| Value::Object(Default::default()));
    }
    let o = at.as_object_mut().ok_or(SettleError::Missing)?;
    if value.is_null() {
        o.remove(*last);
    } else {
        o.insert(last.to_string(), value.clone());
    }
    Ok(())
}

/// Keep `side` of `c` in `target` (an authority, or the portfolio's head).
pub fn settle<T: Serialize + DeserializeOwned>(
    target: &mut T,
    c: &Conflict,
    side: Side,
) -> Result<Settled, SettleError> {
    let chosen = c.value(side);
    if c.is_deletion() {
        if !chosen.is_null() {
            // The edited record is the one in place.
            return Ok(Settled::Kept);
        }
        let mut v =
            serde_json::to_value(&*target).map_err(|e| SettleError::Invalid(e.to_string()))?;
        let own = v.get("id").and_then(Value::as_str) == Some(c.record.as_str());
        if own {
            return Ok(Settled::Remove);
        }
        if !remove(&mut v, &c.record) {
            return Err(SettleError::Missing);
        }
        *target = serde_json::from_value(v).map_err(|e| SettleError::Invalid(e.to_string()))?;
        return Ok(Settled::Kept);
    }
    if side == c.kept {
        return Ok(Settled::Kept);
    }
    let mut v = serde_json::to_value(&*target).map_err(|e| SettleError::Invalid(e.to_string()))?;
    let record = if c.kind == c.record {
        // Outside any record: the section (`settings`) of the head.
        v.get_mut(&c.record).ok_or(SettleError::Missing)?
    } else {
        find_mut(&mut v, &c.record).ok_or(SettleError::Missing)?
    };
    set(record, &c.field, chosen)?;
    *target = serde_json::from_value(v).map_err(|e| SettleError::Invalid(e.to_string()))?;
    Ok(Settled::Kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::{Labels, merge};
    use crate::model::{Authority, Portfolio, Pursuit};

    fn conflicted() -> Portfolio {
        let mut b = Portfolio::default();
        let mut a = Authority::new("a1", "Mairie");
        let mut p = Pursuit::new("p1", "Voirie");
        p.j = Some("2027-01-01".parse().unwrap());
        a.pursuits.push(p);
        b.authorities.push(a);
        let (mut x, mut y) = (b.clone(), b.clone());
        x.authorities[0].pursuits[0].object = "Voirie (x)".into();
        y.authorities[0].pursuits[0].object = "Voirie (y)".into();
        x.settings.lead_time_days = 60;
        y.settings.lead_time_days = 30;
        x.authorities[0].town = "Dreux".into();
        y.authorities[0].pursuits.clear();
        y.authorities[0].town = "Anet".into();
        let _ = &mut y;
        merge(Some(&b), &x, &y, &Labels::default(), None)
            .unwrap()
            .portfolio
    }

    #[test]
    fn keeping_theirs_puts_their_value_back_and_ours_changes_nothing() {
        let p = conflicted();
        let by_field = |f: &str| p.conflicts.iter().find(|c| c.field == f).unwrap().clone();
        let mut a = p.authorities[0].clone();
        assert_eq!(
            settle(&mut a, &by_field("town"), Side::Ours),
            Ok(Settled::Kept)
        );
        assert_eq!(a, p.authorities[0]);
        settle(&mut a, &by_field("town"), Side::Theirs).unwrap();
        assert_eq!(a.town, "Anet");
        let mut head = p.clone();
        settle(&mut head, &by_field("lead_time_days"), Side::Theirs).unwrap();
        assert_eq!(head.settings.lead_time_days, 30);
    }

    #[test]
    fn keeping_the_deleting_side_deletes_the_record() {
        let p = conflicted();
        let gone = p
            .conflicts
            .iter()
            .find(|c| c.is_deletion())
            .unwrap()
            .clone();
        assert_eq!(gone.record, "p1");
        let mut a = p.authorities[0].clone();
        assert_eq!(settle(&mut a, &gone, Side::Ours), Ok(Settled::Kept));
        assert_eq!(a.pursuits.len(), 1);
        settle(&mut a, &gone, Side::Theirs).unwrap();
        assert!(a.pursuits.is_empty());
    }
}
