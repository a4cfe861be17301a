//! Who owns what in a team's portfolio (issue 17): pursuits, contacts and
//! requirements may name an owner; interactions and ticks name who did
//! them. Names are compared folded (case, accents and outer spaces do not
//! matter), so "Élodie" typed on one machine is "elodie" on another.

use super::text::fold;

/// Whether two spellings name the same person.
pub fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && fold(a) == fold(b)
}

/// Whether something owned by `owner` is `me`'s or nobody's: what the
/// Today view and `agenda` show by default.
pub fn mine_or_unowned(owner: &str, me: &str) -> bool {
    owner.trim().is_empty() || same_person(owner, me)
}

/// Whether `owner` matches a typed `@name`: its folded start, so `@mar`
/// finds "Marie" (and `@` alone finds what nobody owns).
pub fn owner_matches(owner: &str, folded_prefix: &str) -> bool {
    if folded_prefix.is_empty() {
        owner.trim().is_empty()
    } else {
        fold(owner.trim()).starts_with(folded_prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_folded_and_nobody_is_nobody() {
        assert!(same_person("Élodie", " elodie "));
        assert!(!same_person("", ""));
        assert!(!same_person("Marie", "Mario"));
        assert!(mine_or_unowned("", "Marie"));
        assert!(mine_or_unowned("MARIE", "Marie"));
        assert!(!mine_or_unowned("Paul", "Marie"));
        assert!(owner_matches("Marie Curie", "mar"));
        assert!(!owner_matches("Paul", "mar"));
        assert!(owner_matches("", ""));
        assert!(!owner_matches("Paul", ""));
    }
}
