//! What is due or late across the portfolio (`retroplan agenda`): late
//! items, windows opening or closing soon, follow-ups, contacts to nurture
//! and J dates, as dated entries sorted most urgent first.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::agenda_compliance;
use crate::i18n::Lang;
use crate::model::progress::{ItemState, items, windows_of};
use crate::model::{Authority, Contact, Portfolio, Pursuit, Template};

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
    /// A standing document linked to the pursuit expires before its J.
    DocumentExpires,
    /// A requirement not ready at its due date.
    RequirementDue,
    /// A visit or question deadline within the next 7 days.
    DeadlineSoon,
    /// A standing document expiring within 30 days, whatever the pursuits.
    DocumentExpiring,
}

/// One line of the agenda, borrowing its text from the portfolio (an agenda
/// over thousands of pursuits copies no string). Serialized as the
/// documented JSON entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry<'a> {
    /// The day the entry is about: when it became late, closes, opens, is due.
    pub date: NaiveDate,
    pub kind: EntryKind,
    /// Authority name.
    pub authority: &'a str,
    /// Pursuit object; `None` for entries about a contact.
    pub pursuit: Option<&'a str>,
    /// Checklist item label, or the interaction summary of a follow-up.
    pub item: Option<&'a str>,
    /// `late`, `due` or `upcoming`.
    pub state: &'static str,
    /// Contact name for follow-ups and contacts to nurture.
    pub contact: Option<&'a str>,
    pub authority_id: &'a str,
    pub pursuit_id: Option<&'a str>,
    /// Template id of the checklist item (stable across languages).
    pub item_id: Option<&'a str>,
    pub contact_id: Option<&'a str>,
    /// The compliance entries' extras (issue 13); absent on the others.
    #[serde(flatten)]
    pub compliance: Option<super::agenda_compliance::Extra<'a>>,
    /// Sort key after date and kind: authority by name, then file order.
    #[serde(skip)]
    pub(super) order: (u32, u32),
}

fn state_of(date: NaiveDate, today: NaiveDate) -> &'static str {
    if date < today {
        "late"
    } else if date == today {
        "due"
    } else {
        "upcoming"
    }
}

/// The agenda on `today`, looking `days` ahead, most urgent first: by date
/// (oldest late first), then kind, authority, pursuit, and checklist order. Closed pursuits
/// and do-not-contact people never appear.
pub fn agenda(p: &Portfolio, today: NaiveDate, days: u32, lang: Lang) -> Vec<Entry<'_>> {
    let horizon = today
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX);
    // Rank authorities by name once, so sorting compares integers.
    let mut by_name: Vec<usize> = (0..p.authorities.len()).collect();
    by_name.sort_by(|&x, &y| p.authorities[x].name.cmp(&p.authorities[y].name));
    let mut rank = vec![0u32; by_name.len()];
    for (r, &i) in by_name.iter().enumerate() {
        rank[i] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    let t = Template::get(lang);
    // `items` lists ids in the template's order: look labels up by position.
    let labels: Vec<(&str, &'static str)> = t
        .item_ids()
        .into_iter()
        .filter_map(|id| t.item(id).map(|i| (id, i.label.as_str())))
        .collect();
    let mut out = Vec::new();
    for (ai, a) in p.authorities.iter().enumerate() {
        let at = Place {
            a,
            rank: rank[ai],
            today,
            horizon,
        };
        for pursuit in &a.pursuits {
            pursuit_entries(p, &at, pursuit, &labels, &mut out);
            agenda_compliance::pursuit_entries(p, &at, pursuit, lang, &mut out);
        }
        for c in &a.contacts {
            contact_entries(p, &at, c, &mut out);
        }
    }
    agenda_compliance::document_entries(p, today, lang, &mut out);
    // Stable: entries of one pursuit keep the checklist's order.
    out.sort_by_key(|e| (e.date, e.kind, e.order.0));
    out
}

/// The authority being walked, and the span of days looked at.
pub(super) struct Place<'a> {
    pub(super) a: &'a Authority,
    pub(super) rank: u32,
    pub(super) today: NaiveDate,
    horizon: NaiveDate,
}

impl<'a> Place<'a> {
    pub(super) fn entry(
        &self,
        date: NaiveDate,
        kind: EntryKind,
        state: &'static str,
        seq: usize,
    ) -> Entry<'a> {
        Entry {
            date,
            kind,
            authority: &self.a.name,
            pursuit: None,
            item: None,
            state,
            contact: None,
            authority_id: &self.a.id,
            pursuit_id: None,
            item_id: None,
            contact_id: None,
            compliance: None,
            order: (self.rank, u32::try_from(seq).unwrap_or(u32::MAX)),
        }
    }
}

fn pursuit_entries<'a>(
    p: &Portfolio,
    at: &Place<'a>,
    pursuit: &'a Pursuit,
    labels: &[(&str, &'static str)],
    out: &mut Vec<Entry<'a>>,
) {
    let (today, horizon) = (at.today, at.horizon);
    if pursuit.outcome.is_closed() {
        return;
    }
    let Ok((windows, _)) = windows_of(pursuit, &p.settings) else {
        return;
    };
    let mut entry = |kind, date, state, item_id: Option<&'static str>, n: usize| {
        let mut e = at.entry(date, kind, state, out.len());
        e.pursuit = Some(&pursuit.object);
        e.pursuit_id = Some(&pursuit.id);
        e.item = item_id.and_then(|id| label(labels, n, id));
        e.item_id = item_id;
        out.push(e);
    };
    for (n, item) in items(at.a, pursuit, &windows, &p.settings, today)
        .into_iter()
        .enumerate()
    {
        if !item.active {
            continue;
        }
        let last = item.window.last_day();
        match item.state {
            ItemState::Late => entry(EntryKind::Late, last, "late", Some(item.id), n),
            ItemState::Due if last <= horizon => {
                entry(EntryKind::Closes, last, "due", Some(item.id), n);
            }
            ItemState::Upcoming if item.window.start <= horizon => {
                let start = item.window.start;
                entry(EntryKind::Opens, start, "upcoming", Some(item.id), n);
            }
            _ => {}
        }
    }
    if windows.j >= today && windows.j <= horizon {
        entry(
            EntryKind::JDay,
            windows.j,
            state_of(windows.j, today),
            None,
            0,
        );
    }
}

/// The label of item `id`, expected at position `n`.
fn label(labels: &[(&str, &'static str)], n: usize, id: &str) -> Option<&'static str> {
    match labels.get(n) {
        Some((k, l)) if *k == id => Some(*l),
        _ => labels.iter().find(|(k, _)| *k == id).map(|(_, l)| *l),
    }
}

fn contact_entries<'a>(p: &Portfolio, at: &Place<'a>, c: &'a Contact, out: &mut Vec<Entry<'a>>) {
    let (today, horizon) = (at.today, at.horizon);
    if c.do_not_contact {
        return;
    }
    let entry = |kind, date: NaiveDate, seq| {
        let mut e = at.entry(date, kind, state_of(date, today), seq);
        e.contact = Some(&c.name);
        e.contact_id = Some(&c.id);
        e
    };
    for (i, day) in c.follow_ups() {
        // A later exchange with the person settles the follow-up.
        let settled = c.interactions.iter().any(|o| o.date > i.date);
        if !settled && day <= horizon {
            let mut e = entry(EntryKind::FollowUp, day, out.len());
            e.item = Some(&i.summary);
            out.push(e);
        }
    }
    if c.to_nurture(&p.settings, today) {
        // Due since the day after the interval ran out; today when never met.
        let since = c
            .last_interaction()
            .and_then(|l| {
                l.date.checked_add_days(Days::new(
                    u64::from(c.keep_in_touch_interval(&p.settings)) + 1,
                ))
            })
            .map_or(today, |d| d.min(today));
        out.push(entry(EntryKind::Nurture, since, out.len()));
    }
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
