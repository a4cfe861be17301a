//! Every line the Today view could show, in its order, kept in step one
//! authority at a time: an edit re-sorts that authority's few lines, never
//! the whole portfolio's, and the view copies only the lines it has room
//! for (see [`TodayView`](super::TodayView)).
//!
//! A line never spans two authorities (groups are per pursuit or per
//! authority), so the global order is a merge of per-authority orders.

use std::cmp::Reverse;
use std::ops::Range;

use chrono::{Days, NaiveDate};

use crate::report::agenda::lines_of;
use crate::report::due::{Due, EntryKind, Family, Group, NO_AUTHORITY};

/// Days "this week" spans (windows opening or closing, follow-ups ahead).
pub const WEEK: u64 = 7;

/// Where a line sorts: family, then the lead's urgency (highest first),
/// date (oldest first), then authority, pursuit and file order.
type Key = (Family, Reverse<i32>, NaiveDate, u32, Option<u32>, u32);

/// A line over one authority's records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexLine {
    key: Key,
    pub group: Option<Group>,
    /// Positions in the authority's records (or in `docs`), the lead first.
    pub members: Vec<u32>,
}

impl IndexLine {
    pub fn family(&self) -> Family {
        self.key.0
    }

    pub fn urgency(&self) -> i32 {
        self.key.1.0
    }

    /// The authority's position, or [`NO_AUTHORITY`] for standing documents.
    pub fn authority(&self) -> u32 {
        self.key.3
    }

    /// Move the line to the authority now at `a`.
    fn set_authority(&mut self, a: u32) {
        self.key.3 = a;
        self.group = self.group.map(|g| g.at(a));
    }
}

/// The lines of every authority and of the standing documents, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TodayIndex {
    pub lines: Vec<IndexLine>,
    /// The standing documents' records (they belong to no authority).
    pub docs: Vec<Due>,
}

/// What the Today view keeps of `d` (the records look 30 days ahead; the
/// week's windows and follow-ups only 7).
pub fn shown(d: &Due, today: NaiveDate) -> bool {
    let week = today.checked_add_days(Days::new(WEEK)).unwrap_or(today);
    match d.family(today) {
        Family::Due => d.date <= week,
        Family::Calls => d.kind != EntryKind::FollowUp || d.date <= week,
        _ => true,
    }
}

/// The lines over `dues`, the records of authority `a` (or the documents'
/// when `a` is [`NO_AUTHORITY`]), in their order.
fn lines_over(dues: &[Due], a: u32, today: NaiveDate) -> Vec<IndexLine> {
    let kept: Vec<usize> = (0..dues.len())
        .filter(|&i| shown(&dues[i], today))
        .collect();
    let sub: Vec<Due> = kept
        .iter()
        .map(|&i| {
            if a == NO_AUTHORITY {
                dues[i]
            } else {
                dues[i].at(a as usize)
            }
        })
        .collect();
    lines_of(&sub, today, &[], |_| true)
        .into_iter()
        .map(|l| {
            let lead = &sub[l.members[0]];
            IndexLine {
                key: (
                    l.family,
                    Reverse(l.urgency),
                    lead.date,
                    a,
                    lead.pursuit,
                    lead.seq,
                ),
                group: l.group,
                members: l.members.iter().map(|&m| kept[m] as u32).collect(),
            }
        })
        .collect()
}

impl TodayIndex {
    /// From every authority's records and the documents'.
    pub fn build(dues: &[Vec<Due>], docs: Vec<Due>, today: NaiveDate) -> TodayIndex {
        let mut lines: Vec<IndexLine> = dues
            .iter()
            .enumerate()
            .flat_map(|(a, list)| lines_over(list, a as u32, today))
            .chain(lines_over(&docs, NO_AUTHORITY, today))
            .collect();
        lines.sort_by_key(|l| l.key);
        TodayIndex { lines, docs }
    }

    fn add(&mut self, new: Vec<IndexLine>) {
        for l in new {
            let at = self.lines.partition_point(|x| x.key < l.key);
            self.lines.insert(at, l);
        }
    }

    /// Authority `a`'s records changed to `dues`; the documents' to `docs`.
    pub fn update(&mut self, a: usize, dues: &[Due], docs: Vec<Due>, today: NaiveDate) {
        let a = a as u32;
        self.lines
            .retain(|l| l.authority() != a && l.authority() != NO_AUTHORITY);
        self.add(lines_over(dues, a, today));
        self.add(lines_over(&docs, NO_AUTHORITY, today));
        self.docs = docs;
    }

    /// An authority was inserted at `a` with `dues`: those after it move
    /// down one place (their order does not change).
    pub fn insert(&mut self, a: usize, dues: &[Due], today: NaiveDate) {
        let a = a as u32;
        for l in &mut self.lines {
            if l.key.3 >= a && l.key.3 != NO_AUTHORITY {
                l.set_authority(l.key.3 + 1);
            }
        }
        self.add(lines_over(dues, a, today));
    }

    /// The authority at `a` was removed.
    pub fn remove(&mut self, a: usize) {
        let a = a as u32;
        self.lines.retain(|l| l.key.3 != a);
        for l in &mut self.lines {
            if l.key.3 > a && l.key.3 != NO_AUTHORITY {
                l.set_authority(l.key.3 - 1);
            }
        }
    }

    /// Where each family's lines are, for the non-empty families, in
    /// [`Family::ALL`] order.
    pub fn families(&self) -> Vec<(Family, Range<usize>)> {
        Family::ALL
            .into_iter()
            .filter_map(|f| {
                let start = self.lines.partition_point(|l| l.family() < f);
                let end = self.lines.partition_point(|l| l.family() <= f);
                (start < end).then_some((f, start..end))
            })
            .collect()
    }

    /// Member `m` of `line`, with its authority's current position.
    pub fn due(&self, dues: &[Vec<Due>], line: &IndexLine, m: u32) -> Option<Due> {
        let a = line.authority();
        if a == NO_AUTHORITY {
            self.docs.get(m as usize).copied()
        } else {
            dues.get(a as usize)?
                .get(m as usize)
                .map(|d| d.at(a as usize))
        }
    }
}
