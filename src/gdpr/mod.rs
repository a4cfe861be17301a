//! Personal data (GDPR): everything held about one contact, and erasing it.
//! A contact is found by id or email. Erasing removes the contact with their
//! log, and redacts their name and email where they were written in free
//! text elsewhere (notes, summaries, checklist notes), so that once the file
//! and its backup are rewritten no byte of them names the person.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::model::{Contact, Portfolio};

/// Why no single contact was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonError {
    NotFound(String),
    /// Several contacts share this email: their ids, to pick one.
    Ambiguous(Vec<String>),
}

/// Where the contact is: (authority index, contact index).
pub fn find(p: &Portfolio, who: &str) -> Result<(usize, usize), PersonError> {
    let who = who.trim();
    let mut by_email = Vec::new();
    for (ai, a) in p.authorities.iter().enumerate() {
        for (ci, c) in a.contacts.iter().enumerate() {
            if c.id == who {
                return Ok((ai, ci));
            }
            if !c.email.is_empty() && c.email.eq_ignore_ascii_case(who) {
                by_email.push((ai, ci));
            }
        }
    }
    match by_email.as_slice() {
        [] => Err(PersonError::NotFound(who.to_string())),
        [one] => Ok(*one),
        many => Err(PersonError::Ambiguous(
            many.iter()
                .map(|(a, c)| p.authorities[*a].contacts[*c].id.clone())
                .collect(),
        )),
    }
}

/// A free-text field outside the contact's own record that names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Which field: e.g. `pursuit p-1 checklist prospection.meet note`.
    #[serde(rename = "where")]
    pub place: String,
    pub text: String,
}

/// The strings that identify the person in free text: their name and email
/// (names under three characters would match too much to mean anything).
fn needles(c: &Contact) -> Vec<String> {
    let mut out = Vec::new();
    if c.name.trim().chars().count() >= 3 {
        out.push(c.name.trim().to_string());
    }
    if !c.email.is_empty() {
        out.push(c.email.clone());
    }
    out
}

/// Every free-text field of the portfolio except the contact's own record,
/// with a description of where it is. Names and objects are not free text:
/// they belong to other records and are never rewritten.
fn free_text_mut(p: &mut Portfolio, skip: &str, mut f: impl FnMut(String, &mut String)) {
    for a in &mut p.authorities {
        f(format!("authority {} activity", a.id), &mut a.activity);
        for c in a.contacts.iter_mut().filter(|c| c.id != skip) {
            f(format!("contact {} notes", c.id), &mut c.notes);
            for i in &mut c.interactions {
                f(format!("interaction {} summary", i.id), &mut i.summary);
            }
        }
        for x in &mut a.pursuits {
            f(
                format!("pursuit {} award_criteria", x.id),
                &mut x.award_criteria,
            );
            f(
                format!("pursuit {} current_holder", x.id),
                &mut x.current_holder,
            );
            for (item, entry) in &mut x.checklist {
                f(
                    format!("pursuit {} checklist {item} note", x.id),
                    &mut entry.note,
                );
            }
        }
    }
}

fn mentions_of(p: &Portfolio, c: &Contact) -> Vec<Mention> {
    let needles = needles(c);
    let mut out = Vec::new();
    // A copy, since the walk is written once for both reading and redacting.
    let mut copy = p.clone();
    free_text_mut(&mut copy, &c.id, |place, text| {
        if needles.iter().any(|n| !occurrences(text, n).is_empty()) {
            out.push(Mention {
                place,
                text: text.clone(),
            });
        }
    });
    out
}

/// Everything held about the contact at `(ai, ci)`, as the documented JSON:
/// `format`, `exported_on`, `authority` {id, name}, `contact` (the record as
/// saved, with its interactions), `mentions` [{where, text}].
pub fn export(p: &Portfolio, (ai, ci): (usize, usize), today: NaiveDate) -> Value {
    let a = &p.authorities[ai];
    let c = &a.contacts[ci];
    serde_json::json!({
        "format": "retroplan-person",
        "exported_on": today.format("%Y-%m-%d").to_string(),
        "authority": { "id": a.id, "name": a.name },
        "contact": c,
        "mentions": mentions_of(p, c),
    })
}

/// What an erasure removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erased {
    pub name: String,
    pub id: String,
    pub interactions: usize,
    /// Free-text fields where the name or email was replaced by `redacted`.
    pub redacted: usize,
}

/// Remove the contact at `(ai, ci)` with their log, and replace their name
/// and email in other free text by `redacted`.
pub fn erase(p: &mut Portfolio, (ai, ci): (usize, usize), redacted: &str) -> Erased {
    let c = p.authorities[ai].contacts.remove(ci);
    let count = redact(p, &c, redacted);
    Erased {
        name: c.name,
        id: c.id,
        interactions: c.interactions.len(),
        redacted: count,
    }
}

/// Replace `c`'s name and email by `redacted` in every free-text field of
/// `p` but `c`'s own record; how many fields changed. Also for a person no
/// longer in `p` (deleted in the tracker, still in the backup).
pub fn redact(p: &mut Portfolio, c: &Contact, redacted: &str) -> usize {
    let needles = needles(c);
    let mut count = 0;
    free_text_mut(p, &c.id, |_, text| {
        let mut changed = false;
        for n in &needles {
            let found = occurrences(text, n);
            if found.is_empty() {
                continue;
            }
            let mut out = String::with_capacity(text.len());
            let mut from = 0;
            for r in found {
                out.push_str(&text[from..r.start]);
                out.push_str(redacted);
                from = r.end;
            }
            out.push_str(&text[from..]);
            *text = out;
            changed = true;
        }
        count += usize::from(changed);
    });
    count
}

/// Where `needle` occurs in `hay` as a whole word, ignoring ASCII case
/// (emails are case-insensitive; notes write names in capitals): "Marc" is
/// found in "voir MARC." but not in "Marché" or "Marcel".
fn occurrences(hay: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    // ASCII lowercasing keeps every byte offset and character boundary.
    if needle.is_empty() {
        return Vec::new();
    }
    let (h, n) = (hay.to_ascii_lowercase(), needle.to_ascii_lowercase());
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (open, close) = (word(n.chars().next()), word(n.chars().next_back()));
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = h.get(at..).and_then(|rest| rest.find(n.as_str())) {
        let (start, end) = (at + i, at + i + n.len());
        let clear_before = !open || !word(h[..start].chars().next_back());
        let clear_after = !close || !word(h[end..].chars().next());
        if clear_before && clear_after {
            out.push(start..end);
            at = end;
        } else {
            at = start + h[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Portfolio {
        crate::demo::portfolio(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
    }

    #[test]
    fn found_by_id_or_email_any_case() {
        let p = demo();
        let by_id = find(&p, "c-demo-martin").unwrap();
        let by_email = find(&p, " Claire.Martin@EXAMPLE.fr ").unwrap();
        assert_eq!(by_id, by_email);
        assert_eq!(
            find(&p, "nobody@example.fr"),
            Err(PersonError::NotFound("nobody@example.fr".into()))
        );
        let mut twice = p.clone();
        twice.authorities[1].contacts[0].email = "claire.martin@example.fr".into();
        assert!(
            matches!(find(&twice, "claire.martin@example.fr"), Err(PersonError::Ambiguous(ids)) if ids.len() == 2)
        );
    }

    #[test]
    fn export_holds_the_record_and_mentions_and_erase_leaves_no_trace() {
        let mut p = demo();
        let at = find(&p, "c-demo-martin").unwrap();
        p.authorities[1].pursuits[0]
            .checklist
            .entry("prospection.meet".into())
            .or_default()
            .note = "Voir avec Claire Martin (claire.martin@example.fr)".into();
        let v = export(&p, at, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        assert_eq!(v["contact"]["name"], "Claire Martin");
        assert!(!v["contact"]["interactions"].as_array().unwrap().is_empty());
        assert_eq!(v["mentions"].as_array().unwrap().len(), 1);
        let e = erase(&mut p, at, "[…]");
        assert_eq!((e.name.as_str(), e.redacted), ("Claire Martin", 1));
        let bytes = String::from_utf8(crate::store::to_bytes(&p)).unwrap();
        assert!(!bytes.contains("Claire Martin"));
        assert!(!bytes.contains("claire.martin@example.fr"));
        assert!(bytes.contains("Voir avec […] ([…])"));
    }

    #[test]
    fn the_email_in_any_case_and_the_name_as_a_whole_word_are_redacted() {
        let mut p = demo();
        let at = find(&p, "c-demo-martin").unwrap();
        let notes = &mut p.authorities[1].contacts[0].notes;
        *notes = "Écrire à CLAIRE.MARTIN@Example.FR ; claire martin le sait.".into();
        let a = &mut p.authorities[1].pursuits[0];
        // Other words that merely contain the name stay as they are.
        a.award_criteria = "Critères de Claire Martinez, pas de Claire Martin".into();
        let e = erase(&mut p, at, "[…]");
        assert_eq!(e.redacted, 2);
        assert_eq!(
            p.authorities[1].contacts[0].notes,
            "Écrire à […] ; […] le sait."
        );
        assert_eq!(
            p.authorities[1].pursuits[0].award_criteria,
            "Critères de Claire Martinez, pas de […]"
        );
    }

    #[test]
    fn a_name_that_is_also_a_word_prefix_is_not_cut_out_of_other_words() {
        let mut c = Contact::new("c-x", "Marc");
        c.email = "m@x.fr".into();
        let mut p = demo();
        p.authorities[0].activity = "Marché de Marc ; voir Marcel. MARC!".into();
        assert_eq!(redact(&mut p, &c, "[…]"), 1);
        assert_eq!(
            p.authorities[0].activity,
            "Marché de […] ; voir Marcel. […]!"
        );
    }
}
