//! Keys in the file that the model does not know. They are kept through
//! load and save (each record's `extra`), found during the one typed parse;
//! `check` names them, since a hand edit's typo ("priorty") is a usual cause.

use crate::model::{Extra, Portfolio};

/// Paths such as `authorities[2].priorty` of every unknown key, in file
/// order of the records and key order within one.
pub fn unknown_keys(p: &Portfolio) -> Vec<String> {
    let mut out = Vec::new();
    // Paths are spelled only for records that hold unknown keys: almost
    // none do, and a large file has hundreds of thousands of records.
    push(&mut out, String::new, &p.extra);
    push(&mut out, || "settings".into(), &p.settings.extra);
    push(&mut out, || "boamp".into(), &p.boamp.extra);
    for (oi, o) in p.boamp.opportunities.iter().enumerate() {
        push(&mut out, || format!("boamp.opportunities[{oi}]"), &o.extra);
    }
    for (di, d) in p.documents.iter().enumerate() {
        push(&mut out, || format!("documents[{di}]"), &d.extra);
    }
    for (ai, a) in p.authorities.iter().enumerate() {
        let at = || format!("authorities[{ai}]");
        push(&mut out, at, &a.extra);
        for (ci, c) in a.contacts.iter().enumerate() {
            let at = || format!("{}.contacts[{ci}]", at());
            push(&mut out, at, &c.extra);
            for (ii, i) in c.interactions.iter().enumerate() {
                push(
                    &mut out,
                    || format!("{}.interactions[{ii}]", at()),
                    &i.extra,
                );
            }
        }
        for (pi, x) in a.pursuits.iter().enumerate() {
            let at = || format!("{}.pursuits[{pi}]", at());
            push(&mut out, at, &x.extra);
            push(&mut out, || format!("{}.notice", at()), &x.notice.extra);
            for (ri, r) in x.requirements.iter().enumerate() {
                push(
                    &mut out,
                    || format!("{}.requirements[{ri}]", at()),
                    &r.extra,
                );
            }
            for (id, entry) in &x.checklist {
                push(
                    &mut out,
                    || format!("{}.checklist.{id}", at()),
                    &entry.extra,
                );
            }
        }
    }
    out
}

fn push(out: &mut Vec<String>, at: impl Fn() -> String, extra: &Extra) {
    if extra.is_empty() {
        return;
    }
    let at = at();
    for key in extra.keys() {
        out.push(if at.is_empty() {
            key.clone()
        } else {
            format!("{at}.{key}")
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_survive_a_round_trip_and_are_named_with_their_path() {
        let text = br#"{"format":"retroplan","version":1,"from_newer":{"a":[1,2]},
            "settings":{"lead_time_days":30,"theme":"dark"},
            "authorities":[{"id":"a","name":"A","priorty":2,
              "contacts":[{"id":"c","name":"C","interactions":[
                {"id":"i","kind":"call","date":"2026-01-02","summary":"s","mood":null}]}],
              "pursuits":[{"id":"p","object":"O","j":"2027-01-01","x-sync":{"rev":7},
                "checklist":{"prospection.retain":{"done":"2026-01-01","signed":"me"}}}]}]}"#;
        let (p, _) = crate::store::parse(std::path::Path::new("p.json"), text).unwrap();
        assert_eq!(
            unknown_keys(&p),
            [
                "from_newer",
                "settings.theme",
                "authorities[0].priorty",
                "authorities[0].contacts[0].interactions[0].mood",
                "authorities[0].pursuits[0].x-sync",
                "authorities[0].pursuits[0].checklist.prospection.retain.signed",
            ]
        );
        let again =
            crate::store::parse(std::path::Path::new("p.json"), &crate::store::to_bytes(&p))
                .unwrap()
                .0;
        assert_eq!(again, p);
        assert_eq!(again.extra["from_newer"], serde_json::json!({"a": [1, 2]}));
        assert_eq!(again.settings.lead_time_days, 30);
    }
}
