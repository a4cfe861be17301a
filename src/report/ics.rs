//! The portfolio as an iCalendar file (RFC 5545): all-day events for each
//! pursuit's J, stage starts and J-8-months decision, and for follow-ups;
//! a to-do per checklist item, due on its window's last day. Which of
//! these are written is a choice ([`Part`]).
//!
//! Clients that import a file once (khal, Outlook, Google) keep what they
//! saw: so nothing disappears while the file remembers it. A ticked item's
//! to-do is COMPLETED, a closed pursuit's components CANCELLED, and every
//! component carries SEQUENCE and LAST-MODIFIED from the portfolio file's
//! modification time, so a later import replaces the earlier one. UIDs
//! derive from ids; escaping and folding are the `icalendar` crate's.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property, Todo, TodoStatus};

use super::ics_event::{day_event, uid};
use crate::i18n::{Lang, report as words};
use crate::model::progress::{AuthorityPlan, items_in, windows_of};
use crate::model::template::Template;
use crate::model::text::{clean_line, clean_multiline};
use crate::model::{ItemState, JOrigin, Portfolio};

/// A kind of component; `export ics --only` picks among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Part {
    /// Each pursuit's day J.
    J,
    /// The start of each stage.
    Stages,
    /// The J-8-months choice between H1 and H2.
    Decisions,
    /// Site visit and question deadlines.
    Deadlines,
    /// Follow-ups planned with contacts.
    #[value(alias = "follow_ups")]
    FollowUps,
    /// Renewal of standing documents.
    Documents,
    /// A to-do per checklist item.
    Todos,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::J,
        Part::Stages,
        Part::Decisions,
        Part::Deadlines,
        Part::FollowUps,
        Part::Documents,
        Part::Todos,
    ];
    /// What a person subscribes to: dates to act on, one or two a month per
    /// pursuit rather than a dozen (stage starts and the to-dos are for
    /// `--all`).
    pub const DEFAULT: [Part; 5] = [
        Part::J,
        Part::Decisions,
        Part::Deadlines,
        Part::FollowUps,
        Part::Documents,
    ];
}

/// How to write the calendar.
#[derive(Debug, Clone)]
pub struct Options {
    pub parts: Vec<Part>,
    /// DTSTAMP of every component: the time of the export.
    pub stamp: DateTime<Utc>,
    /// When the portfolio last changed: LAST-MODIFIED, and SEQUENCE counted
    /// in minutes from it, so each saved change supersedes the last import.
    pub modified: DateTime<Utc>,
}

impl Options {
    fn has(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }

    fn sequence(&self) -> u32 {
        let epoch = DateTime::<Utc>::from_timestamp(1_577_836_800, 0).unwrap_or_default();
        u32::try_from((self.modified - epoch).num_minutes().max(0)).unwrap_or(u32::MAX)
    }

    /// SEQUENCE and LAST-MODIFIED, and CANCELLED for a closed pursuit.
    fn revise_event(&self, mut e: Event, cancelled: bool) -> Event {
        e.sequence(self.sequence()).last_modified(self.modified);
        if cancelled {
            e.status(EventStatus::Cancelled);
        }
        e
    }
}

/// The whole calendar, every part, as RFC 5545 text; `stamp` is both the
/// export time and the last change.
pub fn calendar(p: &Portfolio, today: NaiveDate, lang: Lang, stamp: DateTime<Utc>) -> String {
    let o = Options {
        parts: Part::ALL.to_vec(),
        stamp,
        modified: stamp,
    };
    calendar_with(p, today, lang, &o)
}

/// The calendar with the parts of `o`, as RFC 5545 text (CRLF line ends,
/// folded lines).
pub fn calendar_with(p: &Portfolio, today: NaiveDate, lang: Lang, o: &Options) -> String {
    let stamp = o.stamp;
    let t = Template::get(lang);
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    let prodid = format!(
        "-//retroplan//retroplan {}//{}",
        env!("CARGO_PKG_VERSION"),
        lang.pick("FR", "EN")
    );
    cal.append_property(Property::new("PRODID", prodid));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.name(words::calendar_name(lang));
    if o.has(Part::Documents) {
        for e in super::ics_compliance::document_events(p, lang, stamp) {
            cal.push(o.revise_event(e, false));
        }
    }
    for a in &p.authorities {
        let authority = clean_line(&a.name);
        let plan = AuthorityPlan::of(a, &p.settings, today);
        for pursuit in &a.pursuits {
            let Ok((w, origin)) = windows_of(pursuit, &p.settings) else {
                continue;
            };
            let closed = pursuit.outcome.is_closed();
            let object = clean_line(&pursuit.object);
            let about = words::pursuit_at(lang, &object, &authority);
            if o.has(Part::Deadlines) {
                for e in super::ics_compliance::deadline_events(pursuit, w.j, &about, stamp) {
                    cal.push(o.revise_event(e, closed));
                }
            }
            if o.has(Part::J) {
                let summary = match origin {
                    JOrigin::Forecast => words::ics_j_forecast(lang, &about),
                    _ => words::ics_j(lang, &about),
                };
                let e = day_event(uid(&[&pursuit.id, "j"]), w.j, &summary, "", stamp);
                cal.push(o.revise_event(e, closed));
            }
            if o.has(Part::Stages) {
                for stage in &t.stages {
                    let e = day_event(
                        uid(&[&pursuit.id, "stage", stage.id.as_str()]),
                        w.stage(stage.id).start,
                        &words::ics_stage(lang, &stage.title, &about),
                        "",
                        stamp,
                    );
                    cal.push(o.revise_event(e, closed));
                }
            }
            if o.has(Part::Decisions) {
                let e = day_event(
                    uid(&[&pursuit.id, "branch"]),
                    w.branch_date(),
                    &words::ics_branch(lang, &about),
                    &t.branch.choose.details.join("\n"),
                    stamp,
                );
                cal.push(o.revise_event(e, closed));
            }
            if !o.has(Part::Todos) {
                continue;
            }
            for item in items_in(&plan, a, pursuit, &w, today) {
                if !item.active {
                    continue;
                }
                let Some(text) = t.item(item.id) else {
                    continue;
                };
                let mut todo = Todo::new();
                todo.uid(&uid(&[&pursuit.id, item.id]))
                    .timestamp(stamp)
                    .sequence(o.sequence())
                    .last_modified(o.modified)
                    .summary(&format!("{} — {about}", text.label))
                    .starts(item.window.start)
                    .due(item.window.last_day());
                match item.state {
                    // Noon UTC: the same calendar day in every French time zone.
                    // Ticked, or proven by the data.
                    ItemState::Done(_) | ItemState::Evidence => {
                        todo.status(TodoStatus::Completed);
                        if let Some(day) = item.date() {
                            let at = day.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
                            todo.completed(at);
                        }
                    }
                    _ if closed || item.state == ItemState::NotApplicable => {
                        todo.status(TodoStatus::Cancelled);
                    }
                    _ => {
                        todo.status(TodoStatus::NeedsAction);
                    }
                }
                if !text.details.is_empty() {
                    todo.description(&text.details.join("\n"));
                }
                cal.push(todo.done());
            }
        }
        if !o.has(Part::FollowUps) {
            continue;
        }
        for c in a.contacts.iter().filter(|c| !c.do_not_contact) {
            let who = clean_line(&c.name);
            for (i, day) in c.follow_ups() {
                let e = day_event(
                    uid(&[&i.id, "follow-up"]),
                    day,
                    &words::ics_follow_up(lang, &who, &authority),
                    // Free text from the file: a bare CR would end the line.
                    &clean_multiline(&i.summary),
                    stamp,
                );
                cal.push(o.revise_event(e, false));
            }
        }
    }
    refold(&cal.done().to_string())
}

/// Longest content line, in octets, without its CRLF (RFC 5545 §3.1).
const FOLD_AT: usize = 75;

/// Fold every content line so that no line, counting the leading space of
/// a continuation, passes [`FOLD_AT`] octets, and never inside a character.
/// The crate folds too, but lets a last continuation line reach 76 octets;
/// its folds are undone first (values hold no raw CRLF: TEXT is escaped).
fn refold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for line in text.replace("\r\n ", "").split_terminator("\r\n") {
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > FOLD_AT {
                out.push_str("\r\n ");
                used = 1;
            }
            out.push(c);
            used += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
#[path = "ics_tests.rs"]
mod tests;
