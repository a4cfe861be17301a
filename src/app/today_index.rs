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

use crate::model::Portfolio;
use crate::report::agenda::lines_of;
use crate::report::due::{Due, EntryKind, Family, Group, NO_AUTHORITY};
use crate::report::owners;

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
    /// Only what is this user's or nobody's (issue 17); `None`: everything.
    pub scope: Option<String>,
}

/// What the index keeps besides [`shown`]: with a `scope`, the records
/// that are that user's or nobody's.
struct Keep<'a> {
    p: &'a Portfolio,
    today: NaiveDate,
    scope: Option<&'a str>,
}

impl Keep<'_> {
    fn keeps(&self, d: &Due) -> bool {
        self.scope
            .is_none_or(|me| owners::mine(self.p, d, self.today, me))
    }
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
fn lines_over(dues: &[Due], a: u32, today: NaiveDate, keep: &Keep) -> Vec<IndexLine> {
    let kept: Vec<usize> = (0..dues.len())
        .filter(|&i| shown(&dues[i], today))
        .filter(|&i| a == NO_AUTHORITY || keep.keeps(&dues[i].at(a as usize)))
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
    /// With a `scope`, only that user's records and nobody's.
    pub fn build(
        p: &Portfolio,
        dues: &[Vec<Due>],
        docs: Vec<Due>,
        today: NaiveDate,
        scope: Option<&str>,
    ) -> TodayIndex {
        let keep = Keep { p, today, scope };
        let mut lines: Vec<IndexLine> = dues
            .iter()
            .enumerate()
            .flat_map(|(a, list)| lines_over(list, a as u32, today, &keep))
            .chain(lines_over(&docs, NO_AUTHORITY, today, &keep))
            .collect();
        lines.sort_by_key(|l| l.key);
        TodayIndex {
            lines,
            docs,
            scope: scope.map(str::to_string),
        }
    }

    fn keep<'a>(&'a self, p: &'a Portfolio, today: NaiveDate) -> Keep<'a> {
        Keep {
            p,
            today,
            scope: self.scope.as_deref(),
        }
    }

    fn add(&mut self, new: Vec<IndexLine>) {
        for l in new {
            let at = self.lines.partition_point(|x| x.key < l.key);
            self.lines.insert(at, l);
        }
    }

    /// Authority `a`'s records changed to `dues`; the documents' to `docs`.
    pub fn update(
        &mut self,
        p: &Portfolio,
        a: usize,
        dues: &[Due],
        docs: Vec<Due>,
        today: NaiveDate,
    ) {
        let a = a as u32;
        self.lines
            .retain(|l| l.authority() != a && l.authority() != NO_AUTHORITY);
        let keep = self.keep(p, today);
        let new = lines_over(dues, a, today, &keep);
        let new_docs = lines_over(&docs, NO_AUTHORITY, today, &keep);
        self.add(new);
        self.add(new_docs);
        self.docs = docs;
    }

    /// An authority was inserted at `a` with `dues`: those after it move
    /// down one place (their order does not change).
    pub fn insert(&mut self, p: &Portfolio, a: usize, dues: &[Due], today: NaiveDate) {
        let a = a as u32;
        for l in &mut self.lines {
            if l.key.3 >= a && l.key.3 != NO_AUTHORITY {
                l.set_authority(l.key.3 + 1);
            }
        }
        let new = lines_over(dues, a, today, &self.keep(p, today));
        self.add(new);
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
