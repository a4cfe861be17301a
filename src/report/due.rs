//! What needs doing, as index-based records ([`Due`]) that both the
//! `agenda` command and the TUI's Today view read: one producer function per
//! family of entries, each scored by what is at stake ([`urgency`]).
//!
//! To add a kind of entry: one [`EntryKind`] variant (the compiler then asks
//! for its section, weight and wording) and one producer added to
//! `report::agenda::PRODUCERS` (kept there so that producers living in
//! other modules, which read this one's types, are not imported back here).

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::model::progress::{
    AuthorityPlan, ItemState, Section as ItemSection, items_in, windows_of,
};
use crate::model::template::CHOOSE_BRANCH_ID;
use crate::model::timeline::StageId;
use crate::model::{Authority, Contact, Portfolio, Settings};

/// The authority index of entries that belong to none.
pub const NO_AUTHORITY: u32 = u32::MAX;

/// H2's action A: "call the contact again".
pub const RECALL_ID: &str = "h2.recall";

/// What an agenda entry is about. The JSON spelling (`snake_case`) is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// An item whose window is over and that is not done.
    Late,
    /// Day J of an open pursuit.
    JDay,
    /// The last day of an item's open window.
    Closes,
    /// A follow-up date set on an interaction, with no exchange since.
    FollowUp,
    /// A contact whose keep-in-touch interval has run out.
    Nurture,
    /// The first day of an item's window.
    Opens,
    /// The H1/H2 choice at J-8 months, not made yet.
    Decision,
    /// Stage 3 opens: the notice is expected.
    Notice,
    /// H2's action A, call the contact again: names whom to call.
    Recall,
    /// A standing document linked to the pursuit expires before its J.
    DocumentExpires,
    /// A requirement not ready at its due date.
    RequirementDue,
    /// A visit or question deadline within the next 7 days.
    DeadlineSoon,
    /// A standing document expiring within 30 days, whatever the pursuits.
    DocumentExpiring,
    /// A BOAMP notice changed the pursuit (J confirmed or moved, award…)
    /// within the last week.
    NewNotice,
}

/// The families `agenda --kind` filters on, in the order the agenda and
/// the Today view list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Late, or due today.
    Late,
    /// Windows closing or opening soon.
    Due,
    /// Compliance: documents and requirements (issue 13).
    Documents,
    Calls,
    Decisions,
    Notices,
    J,
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::Late,
        Family::Due,
        Family::Documents,
        Family::Calls,
        Family::Decisions,
        Family::Notices,
        Family::J,
    ];

    /// The `--kind` spelling.
    pub fn key(self) -> &'static str {
        match self {
            Family::Late => "late",
            Family::Due => "due",
            Family::Documents => "documents",
            Family::Calls => "calls",
            Family::Decisions => "decisions",
            Family::Notices => "notices",
            Family::J => "j",
        }
    }

    pub fn parse(s: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.key() == s.trim())
    }
}

impl EntryKind {
    /// Where the entry is listed. Something closing today is as pressing as
    /// something late.
    pub fn family(self, date: NaiveDate, today: NaiveDate) -> Family {
        match self {
            EntryKind::Late => Family::Late,
            EntryKind::Closes if date <= today => Family::Late,
            EntryKind::Closes | EntryKind::Opens => Family::Due,
            EntryKind::FollowUp | EntryKind::Nurture | EntryKind::Recall => Family::Calls,
            EntryKind::Decision => Family::Decisions,
            EntryKind::Notice | EntryKind::NewNotice => Family::Notices,
            EntryKind::JDay => Family::J,
            EntryKind::DocumentExpires
            | EntryKind::RequirementDue
            | EntryKind::DeadlineSoon
            | EntryKind::DocumentExpiring => Family::Documents,
        }
    }

    /// What the entry weighs before the stake of its J is added (see
    /// [`urgency`]).
    fn weight(self, state: DueState) -> i32 {
        match (self, state) {
            (EntryKind::JDay, _) => 90,
            (EntryKind::Decision, DueState::Late) => 70,
            (EntryKind::Late | EntryKind::Recall, _) => 60,
            (EntryKind::Closes, DueState::Due) | (EntryKind::RequirementDue, DueState::Late) => 60,
            (EntryKind::RequirementDue | EntryKind::DeadlineSoon, _) => 50,
            (EntryKind::DocumentExpires | EntryKind::DocumentExpiring, _) => 40,
            (EntryKind::Decision, DueState::Due) | (EntryKind::FollowUp, DueState::Late) => 50,
            (EntryKind::FollowUp, DueState::Due) => 50,
            (EntryKind::Closes, _) => 40,
            (EntryKind::NewNotice, _) => 45,
            (EntryKind::Notice, _) => 30,
            (EntryKind::Decision | EntryKind::FollowUp, DueState::Upcoming) => 20,
            (EntryKind::Nurture | EntryKind::Opens, _) => 10,
        }
    }
}

/// Where an entry's date falls against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DueState {
    Late,
    Due,
    Upcoming,
}

impl DueState {
    pub fn of(date: NaiveDate, today: NaiveDate) -> DueState {
        if date < today {
            DueState::Late
        } else if date == today {
            DueState::Due
        } else {
            DueState::Upcoming
        }
    }

    /// The JSON spelling.
    pub fn key(self) -> &'static str {
        match self {
            DueState::Late => "late",
            DueState::Due => "due",
            DueState::Upcoming => "upcoming",
        }
    }
}

/// The stake of an entry: 100 when J is today, one point less every three
/// days, nothing from 300 days on or when no open J is ahead.
pub fn stake(days_to_j: Option<i64>) -> i32 {
    match days_to_j {
        Some(d) if d >= 0 => i32::try_from(100 - d / 3).unwrap_or(0).max(0),
        _ => 0,
    }
}

/// The score entries are ordered by within their family, highest first:
/// the kind's weight plus the stake of the nearest J it is about.
pub fn urgency(kind: EntryKind, state: DueState, days_to_j: Option<i64>) -> i32 {
    kind.weight(state) + stake(days_to_j)
}

/// Entries shown as one line: undone items of stages that are over, per
/// pursuit; people to call, per authority; windows opening, or closing
/// after today, per pursuit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    Undone {
        authority: u32,
        pursuit: u32,
    },
    Calls {
        authority: u32,
    },
    /// Items of one pursuit whose windows open (or close) soon.
    Window {
        authority: u32,
        pursuit: u32,
        opens: bool,
    },
}

/// One thing to do, by index into the portfolio (no string copied).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    /// The day it is about: when it became late, closes, opens, is due.
    pub date: NaiveDate,
    pub kind: EntryKind,
    pub state: DueState,
    /// [`NO_AUTHORITY`] for the standing documents' warnings.
    pub authority: u32,
    pub pursuit: Option<u32>,
    pub contact: Option<u32>,
    /// The interaction whose follow-up this is.
    pub interaction: Option<u32>,
    /// The compliance warning, by position among its pursuit's (or the
    /// standing documents') warnings.
    pub warning: Option<u32>,
    /// Checklist item (template id).
    pub item: Option<&'static str>,
    /// The stage of a late item, for the collapsed line's wording.
    pub stage: Option<StageId>,
    /// Days to the J at stake (the pursuit's, or the authority's nearest open J).
    pub days_to_j: Option<i64>,
    pub urgency: i32,
    /// Set when the entry shares its line with others (two or more).
    pub group: Option<Group>,
    /// Checklist or file order, the last tie-breaker.
    pub seq: u32,
}

impl Due {
    pub fn family(&self, today: NaiveDate) -> Family {
        self.kind.family(self.date, today)
    }

    /// The same record for the authority now at position `a`.
    pub fn at(&self, a: usize) -> Due {
        let a = idx(a);
        let mut d = *self;
        d.authority = a;
        d.group = d.group.map(|g| g.at(a));
        d
    }
}

impl Group {
    /// The same group for the authority now at position `a`.
    pub fn at(self, a: u32) -> Group {
        match self {
            Group::Undone { pursuit, .. } => Group::Undone {
                authority: a,
                pursuit,
            },
            Group::Calls { .. } => Group::Calls { authority: a },
            Group::Window { pursuit, opens, .. } => Group::Window {
                authority: a,
                pursuit,
                opens,
            },
        }
    }
}

/// The authority being walked and the span of days looked at.
pub struct Ctx<'a> {
    pub p: &'a Portfolio,
    pub index: u32,
    pub a: &'a Authority,
    pub today: NaiveDate,
    pub horizon: NaiveDate,
    /// Days to the authority's nearest open J ahead.
    pub nearest_j: Option<i64>,
}

impl Ctx<'_> {
    pub fn due(&self, kind: EntryKind, date: NaiveDate, days_to_j: Option<i64>) -> Due {
        let state = DueState::of(date, self.today);
        Due {
            date,
            kind,
            state,
            authority: self.index,
            pursuit: None,
            contact: None,
            interaction: None,
            warning: None,
            item: None,
            stage: None,
            days_to_j,
            urgency: urgency(kind, state, days_to_j),
            group: None,
            seq: 0,
        }
    }
}

/// A producer adds the entries of one family for one authority.
pub type Producer = fn(&Ctx, &mut Vec<Due>);

pub fn idx(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The person to call for an authority: decision-maker first, then by
/// influence, then file order; never someone who asked not to be contacted.
pub fn best_contact(a: &Authority) -> Option<usize> {
    a.contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.do_not_contact)
        .min_by_key(|(n, c)| (!c.decision_maker, std::cmp::Reverse(c.influence as u8), *n))
        .map(|(n, _)| n)
}

/// The pursuit that lists the authority's stage-1 items in the agenda: the
/// open one whose J is nearest ahead (what is at stake), else the one whose
/// J went by most recently.
fn stage_one_home(a: &Authority, settings: &Settings, today: NaiveDate) -> Option<usize> {
    let js = a
        .pursuits
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.outcome.is_closed())
        .filter_map(|(i, p)| Some((i, windows_of(p, settings).ok()?.0.j)));
    js.min_by_key(|&(i, j)| (j < today, if j < today { today - j } else { j - today }, i))
        .map(|(i, _)| i)
}

/// Checklist items, decisions, notices expected and J of the open pursuits.
pub fn pursuit_dues(ctx: &Ctx, out: &mut Vec<Due>) {
    let (today, horizon) = (ctx.today, ctx.horizon);
    // Stage 1 and the evidence are the authority's: worked out once for all its pursuits.
    let plan = AuthorityPlan::of(ctx.a, &ctx.p.settings, today);
    let home = stage_one_home(ctx.a, &ctx.p.settings, today);
    for (pi, pursuit) in ctx.a.pursuits.iter().enumerate() {
        if pursuit.outcome.is_closed() {
            continue;
        }
        let Ok((windows, _)) = windows_of(pursuit, &ctx.p.settings) else {
            continue;
        };
        let to_j = Some(windows.days_to_j(today));
        let mut push = |mut d: Due, item: Option<&'static str>, n: usize| {
            d.pursuit = Some(idx(pi));
            d.item = item;
            d.seq = idx(n);
            out.push(d);
        };
        let mut notice_open = false;
        let listed = items_in(&plan, ctx.a, pursuit, &windows, today);
        for (n, item) in listed.into_iter().enumerate() {
            if !item.active {
                continue;
            }
            // A stage-1 item is the authority's: listed once, not again on
            // each of its pursuits.
            let shared = item.section == ItemSection::Stage(StageId::Prospection);
            if shared && home != Some(pi) {
                continue;
            }
            let last = item.window.last_day();
            let stage = match item.section {
                ItemSection::Stage(s) => Some(s),
                ItemSection::Branch => Some(StageId::Preparation),
                ItemSection::Submit => None,
            };
            let kind = |plain: EntryKind| {
                if item.id == CHOOSE_BRANCH_ID {
                    EntryKind::Decision
                } else if item.id == RECALL_ID {
                    EntryKind::Recall
                } else {
                    plain
                }
            };
            let d = match item.state {
                ItemState::Late => ctx.due(kind(EntryKind::Late), last, to_j),
                ItemState::Due if last <= horizon => ctx.due(kind(EntryKind::Closes), last, to_j),
                ItemState::Upcoming if item.window.start <= horizon => {
                    if stage == Some(StageId::Publicity) && item.id != CHOOSE_BRANCH_ID {
                        // One "notice expected" line for the whole stage.
                        notice_open = true;
                        continue;
                    }
                    ctx.due(kind(EntryKind::Opens), item.window.start, to_j)
                }
                _ => continue,
            };
            let mut d = d;
            d.stage = stage;
            if d.kind == EntryKind::Recall {
                d.contact = best_contact(ctx.a).map(idx);
            }
            push(d, Some(item.id), n);
        }
        if notice_open {
            push(
                ctx.due(EntryKind::Notice, windows.publicity.start, to_j),
                None,
                0,
            );
        }
        if windows.j >= today && windows.j <= horizon {
            push(ctx.due(EntryKind::JDay, windows.j, to_j), None, 0);
        }
    }
}

/// Follow-ups and contacts to nurture.
pub fn contact_dues(ctx: &Ctx, out: &mut Vec<Due>) {
    for (ci, c) in ctx.a.contacts.iter().enumerate() {
        one_contact(ctx, ci, c, out);
    }
}

fn one_contact(ctx: &Ctx, ci: usize, c: &Contact, out: &mut Vec<Due>) {
    let (today, horizon) = (ctx.today, ctx.horizon);
    if c.do_not_contact {
        return;
    }
    let seq = idx(ci);
    for (n, (i, day)) in c.follow_ups().enumerate() {
        // A later exchange with the person settles the follow-up.
        let settled = c.interactions.iter().any(|o| o.date > i.date);
        if !settled && day <= horizon {
            let mut d = ctx.due(EntryKind::FollowUp, day, ctx.nearest_j);
            d.contact = Some(seq);
            d.interaction = c.interactions.iter().position(|x| x.id == i.id).map(idx);
            d.seq = seq.saturating_mul(64).saturating_add(idx(n));
            out.push(d);
        }
    }
    if c.to_nurture(&ctx.p.settings, today) {
        // Due since the day after the interval ran out; today when never met.
        let since = c
            .last_interaction()
            .and_then(|l| {
                l.date.checked_add_days(Days::new(
                    u64::from(c.keep_in_touch_interval(&ctx.p.settings)) + 1,
                ))
            })
            .map_or(today, |d| d.min(today));
        let mut d = ctx.due(EntryKind::Nurture, since, ctx.nearest_j);
        d.contact = Some(seq);
        d.seq = seq.saturating_mul(64).saturating_add(63);
        out.push(d);
    }
}

/// Days to the authority's nearest J ahead among its open pursuits.
fn nearest_j(p: &Portfolio, a: &Authority, today: NaiveDate) -> Option<i64> {
    a.pursuits
        .iter()
        .filter(|pu| !pu.outcome.is_closed())
        .filter_map(|pu| windows_of(pu, &p.settings).ok())
        .map(|(w, _)| w.days_to_j(today))
        .filter(|d| *d >= 0)
        .min()
}

/// Everything `producers` find for authority `index` on `today`, looking
/// `days` ahead, grouped (see [`Group`]) but in no particular order.
pub fn authority_dues_with(
    p: &Portfolio,
    index: usize,
    today: NaiveDate,
    days: u32,
    producers: &[Producer],
) -> Vec<Due> {
    let Some(a) = p.authorities.get(index) else {
        return Vec::new();
    };
    let ctx = Ctx {
        p,
        index: idx(index),
        a,
        today,
        horizon: today
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(NaiveDate::MAX),
        nearest_j: nearest_j(p, a, today),
    };
    let mut out = Vec::new();
    for producer in producers {
        producer(&ctx, &mut out);
    }
    assign_groups(&mut out, today);
    out
}

/// The group an entry would join: late items (not the decision), items
/// opening or closing soon, people to call.
fn candidate(d: &Due, today: NaiveDate) -> Option<Group> {
    let authority = d.authority;
    match (d.kind, d.pursuit) {
        (EntryKind::Late, Some(pursuit)) => Some(Group::Undone { authority, pursuit }),
        (EntryKind::Opens | EntryKind::Closes, Some(pursuit)) if d.family(today) == Family::Due => {
            Some(Group::Window {
                authority,
                pursuit,
                opens: d.kind == EntryKind::Opens,
            })
        }
        _ if d.family(today) == Family::Calls => Some(Group::Calls { authority }),
        _ => None,
    }
}

/// Groups hold two entries or more; an entry alone keeps its own line.
fn assign_groups(out: &mut [Due], today: NaiveDate) {
    let keys: Vec<Option<Group>> = out.iter().map(|d| candidate(d, today)).collect();
    for (n, d) in out.iter_mut().enumerate() {
        let Some(k) = keys[n] else { continue };
        let shared = keys.iter().filter(|x| **x == Some(k)).count() > 1;
        d.group = shared.then_some(k);
    }
}

#[cfg(test)]
#[path = "due_tests.rs"]
mod tests;
