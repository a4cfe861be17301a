//! What is due or late across the portfolio (`retroplan agenda`): late
//! items, windows opening or closing soon, follow-ups, contacts to nurture
//! and J dates, as dated entries sorted most urgent first.

use chrono::{Days, NaiveDate};
use serde::Serialize;

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
}

/// One line of the agenda. Serialized as the documented JSON entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The day the entry is about: when it became late, closes, opens, is due.
    pub date: NaiveDate,
    pub kind: EntryKind,
    /// Authority name.
    pub authority: String,
    /// Pursuit object; `None` for entries about a contact.
    pub pursuit: Option<String>,
    /// Checklist item label, or the interaction summary of a follow-up.
    pub item: Option<String>,
    /// `late`, `due` or `upcoming`.
    pub state: &'static str,
    /// Contact name for follow-ups and contacts to nurture.
    pub contact: Option<String>,
    pub authority_id: String,
    pub pursuit_id: Option<String>,
    /// Template id of the checklist item (stable across languages).
    pub item_id: Option<String>,
    pub contact_id: Option<String>,
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
pub fn agenda(p: &Portfolio, today: NaiveDate, days: u32, lang: Lang) -> Vec<Entry> {
    let horizon = today
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX);
    let mut out = Vec::new();
    for a in &p.authorities {
        for pursuit in &a.pursuits {
            pursuit_entries(p, a, pursuit, today, horizon, lang, &mut out);
        }
        for c in &a.contacts {
            contact_entries(p, a, c, today, horizon, &mut out);
        }
    }
    // Stable: items of one pursuit keep the checklist's order.
    out.sort_by(|x, y| {
        (x.date, x.kind, &x.authority, &x.pursuit, &x.contact).cmp(&(
            y.date,
            y.kind,
            &y.authority,
            &y.pursuit,
            &y.contact,
        ))
    });
    out
}

fn base(a: &Authority, date: NaiveDate, kind: EntryKind, state: &'static str) -> Entry {
    Entry {
        date,
        kind,
        authority: a.name.clone(),
        pursuit: None,
        item: None,
        state,
        contact: None,
        authority_id: a.id.clone(),
        pursuit_id: None,
        item_id: None,
        contact_id: None,
    }
}

fn pursuit_entries(
    p: &Portfolio,
    a: &Authority,
    pursuit: &Pursuit,
    today: NaiveDate,
    horizon: NaiveDate,
    lang: Lang,
    out: &mut Vec<Entry>,
) {
    if pursuit.outcome.is_closed() {
        return;
    }
    let Ok((windows, _)) = windows_of(pursuit, &p.settings) else {
        return;
    };
    let t = Template::get(lang);
    let entry = |kind, date, state, item_id: Option<&str>| {
        let mut e = base(a, date, kind, state);
        e.pursuit = Some(pursuit.object.clone());
        e.pursuit_id = Some(pursuit.id.clone());
        e.item = item_id.and_then(|id| t.item(id)).map(|i| i.label.clone());
        e.item_id = item_id.map(str::to_string);
        e
    };
    for item in items(pursuit, &windows, today) {
        if !item.active {
            continue;
        }
        let last = item.window.last_day();
        match item.state {
            ItemState::Late => out.push(entry(EntryKind::Late, last, "late", Some(item.id))),
            ItemState::Due if last <= horizon => {
                out.push(entry(EntryKind::Closes, last, "due", Some(item.id)));
            }
            ItemState::Upcoming if item.window.start <= horizon => {
                let start = item.window.start;
                out.push(entry(EntryKind::Opens, start, "upcoming", Some(item.id)));
            }
            _ => {}
        }
    }
    if windows.j >= today && windows.j <= horizon {
        out.push(entry(
            EntryKind::JDay,
            windows.j,
            state_of(windows.j, today),
            None,
        ));
    }
}

fn contact_entries(
    p: &Portfolio,
    a: &Authority,
    c: &Contact,
    today: NaiveDate,
    horizon: NaiveDate,
    out: &mut Vec<Entry>,
) {
    if c.do_not_contact {
        return;
    }
    let entry = |kind, date: NaiveDate| {
        let mut e = base(a, date, kind, state_of(date, today));
        e.contact = Some(c.name.clone());
        e.contact_id = Some(c.id.clone());
        e
    };
    for (i, day) in c.follow_ups() {
        // A later exchange with the person settles the follow-up.
        let settled = c.interactions.iter().any(|o| o.date > i.date);
        if !settled && day <= horizon {
            let mut e = entry(EntryKind::FollowUp, day);
            e.item = Some(i.summary.clone());
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
        out.push(entry(EntryKind::Nurture, since));
    }
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
