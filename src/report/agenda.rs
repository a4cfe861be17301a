//! What is due or late across the portfolio (`retroplan agenda`): the
//! [`due`](super::due) records of every authority, ordered by family then
//! by what is at stake, and gathered into [`Line`]s (an entry alone, or a
//! collapsed group) that the text shows and the JSON keeps whole.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::due::{Due, Group, Producer, authority_dues_with};
pub use super::due::{EntryKind, Family};
use crate::i18n::Lang;
use crate::i18n::rules as rule_words;
use crate::model::holidays::{PlanDate, closed_days};
use crate::model::progress::windows_of;
use crate::model::rules::paper_warning;
use crate::model::template::CANDIDATURE_ID;
use crate::model::{Portfolio, Pursuit, Template};

/// One entry, borrowing its text from the portfolio (an agenda over
/// thousands of pursuits copies no string). Serialized as the documented
/// JSON entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry<'a> {
    /// The day the entry is about: when it became late, closes, opens, is due.
    pub date: NaiveDate,
    pub kind: EntryKind,
    /// The `--kind` family the entry is listed under.
    pub family: Family,
    /// Authority name.
    pub authority: &'a str,
    /// Pursuit object; `None` for entries about a contact.
    pub pursuit: Option<&'a str>,
    /// Checklist item label, or the interaction summary of a follow-up.
    pub item: Option<&'a str>,
    /// `late`, `due` or `upcoming`.
    pub state: &'static str,
    /// Contact name for calls (follow-ups, contacts to nurture, H2 action A).
    pub contact: Option<&'a str>,
    pub role: Option<&'a str>,
    pub phone: Option<&'a str>,
    /// Days to the J at stake (negative once past).
    pub days_to_j: Option<i64>,
    /// Higher first within a family (README, "Urgency").
    pub urgency: i32,
    /// Entries sharing a group are printed as one line.
    pub group: Option<String>,
    /// 1–3 for checklist items.
    pub stage: Option<u8>,
    pub authority_id: &'a str,
    pub pursuit_id: Option<&'a str>,
    /// Template id of the checklist item (stable across languages).
    pub item_id: Option<&'a str>,
    pub contact_id: Option<&'a str>,
    /// The compliance entries' extras (issue 13); absent on the others.
    #[serde(flatten)]
    pub compliance: Option<super::agenda_compliance::Extra<'a>>,
    /// J or a candidature deadline on a weekend or public holiday, or paper
    /// chosen over 40 k€: said on the J (or candidature) entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_warning: Option<String>,
    /// The deadline's time of a confirmed J (`"12:00"`), on the J entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub j_time: Option<String>,
    /// Who answers for it (issue 17): the person's, requirement's or
    /// pursuit's owner; absent when nobody.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub owner: &'a str,
}

/// A printed line: one entry, or a group led by its most urgent member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub family: Family,
    pub urgency: i32,
    /// Indices of the entries, the lead first.
    pub members: Vec<usize>,
    pub group: Option<Group>,
}

/// The agenda: entries in line order, and the lines over them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda<'a> {
    pub entries: Vec<Entry<'a>>,
    pub lines: Vec<Line>,
    /// Entries of the asked families left out as someone else's.
    pub hidden: usize,
}

/// Every producer of an authority's records, run in this order for each.
pub const PRODUCERS: &[Producer] = &[
    super::due::pursuit_dues,
    super::due::contact_dues,
    super::agenda_compliance::pursuit_dues,
    super::agenda_boamp::pursuit_dues,
];

/// Everything authority `index` has to do on `today`, looking `days`
/// ahead, from every producer, grouped but in no particular order.
pub fn authority_dues(p: &Portfolio, index: usize, today: NaiveDate, days: u32) -> Vec<Due> {
    authority_dues_with(p, index, today, days, PRODUCERS)
}

/// Every authority's records, on `today`, looking `days` ahead.
pub fn collect(p: &Portfolio, today: NaiveDate, days: u32) -> Vec<Due> {
    let mut out: Vec<Due> = (0..p.authorities.len())
        .flat_map(|a| authority_dues(p, a, today, days))
        .collect();
    out.extend(super::agenda_compliance::document_dues(p, today));
    out
}

/// Authorities ranked by name, for stable ties.
pub fn name_ranks(p: &Portfolio) -> Vec<u32> {
    let mut by_name: Vec<usize> = (0..p.authorities.len()).collect();
    by_name.sort_by(|&x, &y| p.authorities[x].name.cmp(&p.authorities[y].name));
    let mut rank = vec![0u32; by_name.len()];
    for (r, &i) in by_name.iter().enumerate() {
        rank[i] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    rank
}

/// Gather `dues` into lines ordered by family, then urgency (highest
/// first), then date (oldest first), authority name and checklist order.
/// Members of a line keep that order too. `keep` filters by family.
pub fn lines_of(
    dues: &[Due],
    today: NaiveDate,
    rank: &[u32],
    keep: impl Fn(Family) -> bool,
) -> Vec<Line> {
    let key = |d: &Due| {
        (
            std::cmp::Reverse(d.urgency),
            d.date,
            rank.get(d.authority as usize).copied().unwrap_or(u32::MAX),
            d.pursuit,
            d.seq,
        )
    };
    let mut order: Vec<usize> = (0..dues.len())
        .filter(|&i| keep(dues[i].family(today)))
        .collect();
    order.sort_by_key(|&i| key(&dues[i]));
    let mut lines: Vec<Line> = Vec::new();
    let mut open: HashMap<Group, usize> = HashMap::new();
    for i in order {
        let d = &dues[i];
        let family = d.family(today);
        match d.group {
            Some(g) => match open.get(&g) {
                Some(&l) => lines[l].members.push(i),
                None => {
                    open.insert(g, lines.len());
                    lines.push(Line {
                        family,
                        urgency: d.urgency,
                        members: vec![i],
                        group: Some(g),
                    });
                }
            },
            None => lines.push(Line {
                family,
                urgency: d.urgency,
                members: vec![i],
                group: None,
            }),
        }
    }
    // Lines were made in urgency order: a group sits where its lead did.
    lines.sort_by_key(|l| l.family);
    lines
}

/// The agenda on `today`, looking `days` ahead, restricted to `kinds`
/// (every family when empty). Closed pursuits and do-not-contact people
/// never appear.
pub fn agenda<'a>(
    p: &'a Portfolio,
    today: NaiveDate,
    days: u32,
    lang: Lang,
    kinds: &[Family],
) -> Agenda<'a> {
    agenda_for(p, today, days, lang, kinds, |_| true)
}

/// [`agenda`] keeping only the records `keep` keeps (issue 17: the
/// user's and nobody's); `hidden` counts the others.
pub fn agenda_for<'a>(
    p: &'a Portfolio,
    today: NaiveDate,
    days: u32,
    lang: Lang,
    kinds: &[Family],
    keep: impl Fn(&Due) -> bool,
) -> Agenda<'a> {
    let mut dues = collect(p, today, days);
    let asked = |d: &Due| kinds.is_empty() || kinds.contains(&d.family(today));
    let before = dues.iter().filter(|d| asked(d)).count();
    dues.retain(|d| keep(d));
    let hidden = before - dues.iter().filter(|d| asked(d)).count();
    let rank = name_ranks(p);
    let mut lines = lines_of(&dues, today, &rank, |f| {
        kinds.is_empty() || kinds.contains(&f)
    });
    let t = Template::get(lang);
    let mut entries = Vec::with_capacity(dues.len());
    for line in &mut lines {
        for m in &mut line.members {
            entries.push(resolve(p, &dues[*m], today, lang, t));
            *m = entries.len() - 1;
        }
    }
    Agenda {
        entries,
        lines,
        hidden,
    }
}

/// A record with its words, from the portfolio.
pub fn resolve<'a>(
    p: &'a Portfolio,
    d: &Due,
    today: NaiveDate,
    lang: Lang,
    t: &'static Template,
) -> Entry<'a> {
    let a = p.authorities.get(d.authority as usize);
    let pursuit = d.pursuit.and_then(|i| a?.pursuits.get(i as usize));
    let contact = d.contact.and_then(|i| a?.contacts.get(i as usize));
    let interaction = d
        .interaction
        .and_then(|i| contact?.interactions.get(i as usize));
    let warning = d
        .warning
        .and_then(|n| super::agenda_compliance::resolve(p, a, pursuit, n, today, lang));
    let item = match (d.item, interaction, &warning) {
        (Some(id), _, _) => t.item(id).map(|i| i.label.as_str()),
        (None, Some(i), _) => Some(i.summary.as_str()),
        (None, None, Some((label, _))) => *label,
        // A new notice names itself by its reference.
        (None, None, None) if d.kind == EntryKind::NewNotice => pursuit
            .map(|x| x.notice_ref.as_str())
            .filter(|r| !r.is_empty()),
        _ => None,
    };
    let non_empty = |s: &'a str| (!s.is_empty()).then_some(s);
    Entry {
        date: d.date,
        kind: d.kind,
        family: d.family(today),
        authority: a.map_or("", |a| a.name.as_str()),
        pursuit: pursuit.map(|x| x.object.as_str()),
        item,
        state: d.state.key(),
        contact: contact.map(|c| c.name.as_str()),
        role: contact.and_then(|c| non_empty(&c.role)),
        phone: contact.and_then(|c| non_empty(&c.phone)),
        days_to_j: d.days_to_j,
        urgency: d.urgency,
        group: d.group.map(|g| match g {
            Group::Undone { .. } => format!("undone:{}", pursuit.map_or("", |x| &x.id)),
            Group::Calls { .. } => format!("calls:{}", a.map_or("", |a| a.id.as_str())),
            Group::Window { opens, .. } => format!(
                "{}:{}",
                if opens { "opens" } else { "closes" },
                pursuit.map_or("", |x| &x.id)
            ),
        }),
        stage: d.stage.map(|s| s as u8 + 1),
        authority_id: a.map_or("", |a| a.id.as_str()),
        pursuit_id: pursuit.map(|x| x.id.as_str()),
        item_id: d.item,
        contact_id: contact.map(|c| c.id.as_str()),
        compliance: warning.map(|(_, extra)| extra),
        day_warning: pursuit.and_then(|x| day_warning(p, x, d.kind, d.item, lang)),
        owner: super::owners::owner_of(p, d, today),
        j_time: pursuit
            .filter(|_| d.kind == EntryKind::JDay)
            .and_then(Pursuit::j_time_shown)
            .map(|t| t.format("%H:%M").to_string()),
    }
}

/// The plan's warning an entry carries: a closed J (and paper over 40 k€)
/// on the J entry, a closed deadline on the candidature item.
fn day_warning(
    p: &Portfolio,
    pursuit: &Pursuit,
    kind: EntryKind,
    item: Option<&str>,
    lang: Lang,
) -> Option<String> {
    let want = match (kind, item) {
        (EntryKind::JDay, _) => PlanDate::J,
        (_, Some(CANDIDATURE_ID)) => PlanDate::Candidature,
        _ => return None,
    };
    let (w, _) = windows_of(pursuit, &p.settings).ok()?;
    let mut parts: Vec<String> = closed_days(&w)
        .filter(|(role, _, _)| *role == want)
        .map(|(role, date, warn)| rule_words::closed_day(lang, role, date, warn))
        .collect();
    if want == PlanDate::J && paper_warning(pursuit.submission, pursuit.amount) {
        parts.push(rule_words::paper_warning(lang).to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
