//! What the user decides about a checklist item — tick (possibly backdated),
//! untick against the evidence, not applicable with a reason, note — and
//! where it is held: stage 1 once per authority, the rest per pursuit.

use chrono::NaiveDate;

use super::authority::Authority;
use super::pursuit::{ChecklistEntry, Pursuit};
use super::template::Template;
use crate::lang::Lang;

pub use super::pursuit::Entries;

/// Stage 1 (prospection) is about the authority and its people: its items
/// are held once per authority and count for each of its pursuits.
pub fn is_authority_item(id: &str) -> bool {
    Template::get(Lang::Fr)
        .stages
        .first()
        .is_some_and(|s| s.items.iter().any(|i| i.id == id))
}

/// Drop an entry that no longer holds anything the user decided.
fn tidy(entries: &mut Entries, id: &str) {
    if entries.get(id).is_some_and(ChecklistEntry::is_empty) {
        entries.remove(id);
    }
}

/// Space on an item. `proven` says whether the data proves it now.
/// Shown done (ticked, or proven and not unticked) → not done: the tick goes
/// and, when proven, an untick overrides the evidence. Shown not done → done:
/// an override is lifted when the evidence is back, else ticked on `today`
/// by `by` (who ticked; forgotten when the tick goes).
pub fn toggle(entries: &mut Entries, id: &str, today: NaiveDate, proven: bool, by: &str) {
    let entry = entries.entry(id.to_string()).or_default();
    let shown_done = entry.done.is_some() || (proven && !entry.unticked);
    if shown_done {
        entry.done = None;
        entry.unticked = proven;
    } else if entry.unticked && proven {
        entry.unticked = false;
    } else {
        entry.unticked = false;
        entry.done = Some(today);
    }
    entry.by = match entry.done {
        Some(_) => by.trim().to_string(),
        None => String::new(),
    };
    tidy(entries, id);
}

/// Tick on `day`, which may be earlier than today ("I did meet them, in
/// March"), by `by`.
pub fn tick_on(entries: &mut Entries, id: &str, day: NaiveDate, by: &str) {
    let entry = entries.entry(id.to_string()).or_default();
    entry.done = Some(day);
    entry.by = by.trim().to_string();
    entry.unticked = false;
}

/// Set or clear the hand tick's date, as the item form does: a date ticks
/// on that day (backdating), none removes the hand tick (evidence, if any,
/// shows again). Unchanged when it already says so.
pub fn set_done(entries: &mut Entries, id: &str, day: Option<NaiveDate>, by: &str) {
    match day {
        Some(day) if entries.get(id).and_then(|e| e.done) != Some(day) => {
            tick_on(entries, id, day, by);
        }
        None if entries.get(id).is_some_and(|e| e.done.is_some()) => {
            if let Some(e) = entries.get_mut(id) {
                e.done = None;
                e.by.clear();
            }
            tidy(entries, id);
        }
        _ => {}
    }
}

/// Mark not applicable with `reason`, or with `None` make it count again.
pub fn set_not_applicable(entries: &mut Entries, id: &str, reason: Option<String>) {
    entries.entry(id.to_string()).or_default().not_applicable = reason;
    tidy(entries, id);
}

/// Replace the note (empty removes it).
pub fn set_note(entries: &mut Entries, id: &str, note: String) {
    entries.entry(id.to_string()).or_default().note = note;
    tidy(entries, id);
}

/// Move stage-1 entries from the authority's pursuits to the authority
/// itself (how version 1 files, imports and old code held them). When
/// several disagree the latest tick wins; distinct notes are all kept,
/// the winner's first, so nothing the user wrote is lost.
pub fn hoist_stage_one(a: &mut Authority) {
    for p in &mut a.pursuits {
        let ids: Vec<String> = p
            .checklist
            .keys()
            .filter(|id| is_authority_item(id))
            .cloned()
            .collect();
        for id in ids {
            let Some(theirs) = p.checklist.remove(&id) else {
                continue;
            };
            match a.checklist.get_mut(&id) {
                None => {
                    a.checklist.insert(id, theirs);
                }
                Some(ours) => merge(ours, theirs),
            }
        }
    }
}

/// `ours` and `theirs` are one item's entries from two pursuits: the later
/// tick wins, notes are joined.
fn merge(ours: &mut ChecklistEntry, theirs: ChecklistEntry) {
    let notes = |first: &str, second: &str| match (first.is_empty(), second.is_empty()) {
        (_, true) => first.to_string(),
        (true, false) => second.to_string(),
        _ if first.split(" · ").any(|n| n == second) => first.to_string(),
        _ => format!("{first} · {second}"),
    };
    if theirs.done > ours.done {
        let note = notes(&theirs.note, &ours.note);
        // Unknown keys of the loser are kept too, the winner's first.
        let mut extra = std::mem::take(&mut ours.extra);
        extra.extend(theirs.extra.clone());
        *ours = ChecklistEntry {
            note,
            extra,
            ..theirs
        };
    } else {
        ours.note = notes(&ours.note, &theirs.note);
        for (k, v) in theirs.extra {
            ours.extra.entry(k).or_insert(v);
        }
    }
}

impl Authority {
    /// The user's entry for item `id` as seen from `pursuit`: the
    /// authority's for a stage-1 item, the pursuit's otherwise.
    pub fn entry<'a>(&'a self, pursuit: &'a Pursuit, id: &str) -> Option<&'a ChecklistEntry> {
        if is_authority_item(id) {
            self.checklist.get(id)
        } else {
            pursuit.checklist.get(id)
        }
    }

    /// The entries that hold item `id` for the pursuit at `pursuit`.
    pub fn entries_mut(&mut self, pursuit: usize, id: &str) -> Option<&mut Entries> {
        if is_authority_item(id) {
            Some(&mut self.checklist)
        } else {
            self.pursuits.get_mut(pursuit).map(|p| &mut p.checklist)
        }
    }
}

impl Pursuit {
    /// Tick an unticked item on `today`, or untick a ticked one, in the
    /// pursuit's own entries (no evidence considered). The note stays.
    pub fn toggle(&mut self, item_id: &str, today: NaiveDate) {
        self.toggle_by(item_id, today, "");
    }

    /// Tick (recording `by`, who ticked) or untick (forgetting who), in the
    /// pursuit's own entries (no evidence considered).
    pub fn toggle_by(&mut self, item_id: &str, today: NaiveDate, by: &str) {
        toggle(&mut self.checklist, item_id, today, false, by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const ID: &str = "preparation.expiry";

    #[test]
    fn toggle_without_evidence_ticks_and_unticks() {
        let mut e = Entries::new();
        toggle(&mut e, ID, d("2026-12-01"), false, "");
        assert_eq!(e[ID].done, Some(d("2026-12-01")));
        toggle(&mut e, ID, d("2026-12-02"), false, "");
        assert!(e.is_empty(), "an empty entry is dropped");
    }

    #[test]
    fn toggle_against_evidence_unticks_then_gives_it_back() {
        let mut e = Entries::new();
        // Proven: Space unticks (override), Space again lifts the override.
        toggle(&mut e, ID, d("2026-12-01"), true, "");
        assert!(e[ID].unticked && e[ID].done.is_none());
        toggle(&mut e, ID, d("2026-12-01"), true, "");
        assert!(e.is_empty());
        // A manual tick on a proven item: Space removes it and overrides.
        tick_on(&mut e, ID, d("2026-03-10"), "");
        toggle(&mut e, ID, d("2026-12-01"), true, "");
        assert_eq!(e[ID].done, None);
        assert!(e[ID].unticked);
        // The evidence went away meanwhile: Space ticks today.
        toggle(&mut e, ID, d("2026-12-01"), false, "");
        assert_eq!(e[ID].done, Some(d("2026-12-01")));
        assert!(!e[ID].unticked);
    }

    #[test]
    fn backdating_clears_an_untick_and_keeps_the_note() {
        let mut e = Entries::new();
        set_note(&mut e, ID, "vu en mars".into());
        toggle(&mut e, ID, d("2026-12-01"), true, "");
        tick_on(&mut e, ID, d("2026-03-14"), "");
        assert_eq!(e[ID].done, Some(d("2026-03-14")));
        assert!(!e[ID].unticked);
        assert_eq!(e[ID].note, "vu en mars");
    }

    #[test]
    fn not_applicable_set_and_cleared() {
        let mut e = Entries::new();
        set_not_applicable(&mut e, ID, Some("pas de marché en cours".into()));
        assert_eq!(
            e[ID].not_applicable.as_deref(),
            Some("pas de marché en cours")
        );
        set_not_applicable(&mut e, ID, None);
        assert!(e.is_empty());
        set_not_applicable(&mut e, ID, Some(String::new()));
        assert!(e.contains_key(ID), "an empty reason still marks it");
    }

    #[test]
    fn hoisting_keeps_the_latest_tick_and_every_note() {
        let mut a = Authority::new("a", "A");
        let mut p1 = Pursuit::new("p1", "P1");
        let mut p2 = Pursuit::new("p2", "P2");
        tick_on(&mut p1.checklist, "prospection.meet", d("2026-03-01"), "");
        set_note(&mut p1.checklist, "prospection.meet", "RDV mairie".into());
        tick_on(&mut p2.checklist, "prospection.meet", d("2026-05-01"), "");
        set_note(&mut p2.checklist, "prospection.meet", "RDV DGS".into());
        set_note(&mut p1.checklist, "prospection.contact", "Mme X".into());
        tick_on(
            &mut p2.checklist,
            "prospection.contact",
            d("2026-01-10"),
            "",
        );
        tick_on(&mut p2.checklist, ID, d("2026-06-01"), "");
        a.pursuits = vec![p1, p2];
        hoist_stage_one(&mut a);
        let meet = &a.checklist["prospection.meet"];
        assert_eq!(meet.done, Some(d("2026-05-01")));
        assert_eq!(meet.note, "RDV DGS · RDV mairie");
        let contact = &a.checklist["prospection.contact"];
        assert_eq!(contact.done, Some(d("2026-01-10")), "a tick beats no tick");
        assert_eq!(contact.note, "Mme X");
        assert!(a.pursuits[0].checklist.is_empty());
        assert_eq!(
            a.pursuits[1].checklist.len(),
            1,
            "stage 2 stays with the pursuit"
        );
        // Hoisting again changes nothing.
        let before = a.clone();
        hoist_stage_one(&mut a);
        assert_eq!(a, before);
    }

    #[test]
    fn stage_one_items_belong_to_the_authority() {
        assert!(is_authority_item("prospection.meet"));
        assert!(is_authority_item("prospection.targets"));
        assert!(!is_authority_item("preparation.expiry"));
        assert!(!is_authority_item("h2.recall"));
        assert!(!is_authority_item("branch.choose"));
        let mut a = Authority::new("a", "A");
        a.pursuits.push(Pursuit::new("p", "P"));
        tick_on(
            a.entries_mut(0, "prospection.meet").unwrap(),
            "prospection.meet",
            d("2026-01-02"),
            "",
        );
        tick_on(a.entries_mut(0, ID).unwrap(), ID, d("2026-01-03"), "");
        assert_eq!(a.checklist.len(), 1);
        assert_eq!(a.pursuits[0].checklist.len(), 1);
        let p = &a.pursuits[0];
        assert_eq!(
            a.entry(p, "prospection.meet").unwrap().done,
            Some(d("2026-01-02"))
        );
        assert_eq!(a.entry(p, ID).unwrap().done, Some(d("2026-01-03")));
        assert!(a.entries_mut(5, ID).is_none());
    }
}
