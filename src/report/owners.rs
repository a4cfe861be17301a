//! Whose an agenda entry is (issue 17): the person's owner for a call,
//! else the requirement's, else the pursuit's; entries about nothing owned
//! (the standing documents) are nobody's. The Today view and `agenda` keep
//! the user's and nobody's unless asked for everything.

use chrono::NaiveDate;

use super::due::Due;
use crate::model::Portfolio;
use crate::model::compliance::warnings::pursuit_warnings;
use crate::model::owner::mine_or_unowned;

/// The owner of what `d` is about; empty when nobody owns it.
pub fn owner_of<'a>(p: &'a Portfolio, d: &Due, today: NaiveDate) -> &'a str {
    let Some(a) = p.authorities.get(d.authority as usize) else {
        return "";
    };
    let contact = d.contact.and_then(|c| a.contacts.get(c as usize));
    let pursuit = d.pursuit.and_then(|i| a.pursuits.get(i as usize));
    if let Some(c) = contact.filter(|c| !c.owner.trim().is_empty()) {
        return &c.owner;
    }
    // Warnings are found again only when a requirement names an owner.
    if let (Some(pu), Some(n)) = (pursuit, d.warning)
        && pu.requirements.iter().any(|r| !r.owner.trim().is_empty())
    {
        let mut ws = Vec::new();
        pursuit_warnings(p, a, pu, today, &mut ws);
        if let Some(r) = ws.get(n as usize).and_then(|w| w.requirement)
            && !r.owner.trim().is_empty()
        {
            return &r.owner;
        }
    }
    pursuit.map_or("", |pu| pu.owner.as_str())
}

/// Whether `d` is `me`'s or nobody's.
pub fn mine(p: &Portfolio, d: &Due, today: NaiveDate, me: &str) -> bool {
    mine_or_unowned(owner_of(p, d, today), me)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compliance::{Requirement, RequirementKind};
    use crate::model::{Authority, Contact, Pursuit};
    use crate::report::agenda::collect;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_call_is_the_persons_owners_a_requirement_its_owners_else_the_pursuits() {
        let mut a = Authority::new("a1", "Mairie");
        let mut pu = Pursuit::new("p1", "Voirie");
        pu.j = Some(d("2026-12-20"));
        pu.owner = "Paul".into();
        let mut r = Requirement::new("r1", RequirementKind::Document, "Mémoire technique");
        r.due = Some(d("2026-11-30"));
        r.owner = "Élodie".into();
        pu.requirements.push(r);
        a.pursuits.push(pu);
        let mut c = Contact::new("c1", "Jean Dupont");
        c.owner = "Marie".into();
        a.contacts.push(c);
        let mut p = Portfolio::default();
        p.authorities.push(a);
        let today = d("2026-12-01");
        let dues = collect(&p, today, 30);
        let owners: Vec<&str> = dues.iter().map(|x| owner_of(&p, x, today)).collect();
        assert!(owners.contains(&"Marie"), "{owners:?}");
        assert!(owners.contains(&"Élodie"), "{owners:?}");
        assert!(owners.contains(&"Paul"), "{owners:?}");
        for (x, o) in dues.iter().zip(&owners) {
            if x.contact.is_some() {
                assert_eq!(*o, "Marie");
            }
        }
        assert!(dues.iter().any(|x| mine(&p, x, today, "paul")));
        assert!(!dues.iter().all(|x| mine(&p, x, today, "paul")));
    }
}
