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
        if needles.iter().any(|n| text.contains(n.as_str())) {
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
    let needles = needles(&c);
    let mut count = 0;
    free_text_mut(p, &c.id, |_, text| {
        let mut changed = false;
        for n in &needles {
            if text.contains(n.as_str()) {
                *text = text.replace(n.as_str(), redacted);
                changed = true;
            }
        }
        count += usize::from(changed);
    });
    Erased {
        name: c.name,
        id: c.id,
        interactions: c.interactions.len(),
        redacted: count,
    }
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
}
