//! The portfolio as an iCalendar file (RFC 5545): all-day events for each
//! pursuit's J, stage starts and J-8-months decision, and for follow-ups;
//! a to-do per pending checklist item, due on its window's last day.
//! Escaping and folding are the `icalendar` crate's; UIDs derive from ids,
//! so a re-imported export updates events instead of duplicating them.

use chrono::{DateTime, Days, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property, Todo, TodoStatus};

use crate::i18n::{Lang, report as words};
use crate::model::Portfolio;
use crate::model::progress::{items, windows_of};
use crate::model::template::Template;
use crate::model::text::{clean_line, clean_multiline};

/// Domain part of every UID: ids are unique in a portfolio, this keeps them
/// apart from other calendars' UIDs.
const UID_DOMAIN: &str = "retroplan";

pub(super) fn uid(parts: &[&str]) -> String {
    format!("{}@{UID_DOMAIN}", parts.join("."))
}

/// An all-day event on `day` (DTEND is the next day, exclusive, as RFC 5545
/// wants for a one-day VALUE=DATE event).
pub(super) fn day_event(
    uid: String,
    day: NaiveDate,
    summary: &str,
    description: &str,
    stamp: DateTime<Utc>,
) -> Event {
    let mut e = Event::new();
    e.uid(&uid)
        .timestamp(stamp)
        .summary(summary)
        .starts(day)
        .ends(day.checked_add_days(Days::new(1)).unwrap_or(day));
    if !description.is_empty() {
        e.description(description);
    }
    e.done()
}

/// The whole calendar as RFC 5545 text (CRLF line ends, folded lines).
/// `stamp` is the DTSTAMP of every component: the time of the export.
pub fn calendar(p: &Portfolio, today: NaiveDate, lang: Lang, stamp: DateTime<Utc>) -> String {
    let t = Template::get(lang);
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        concat!(
            "-//retroplan//retroplan ",
            env!("CARGO_PKG_VERSION"),
            "//FR"
        ),
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.name(words::calendar_name(lang));
    for e in super::ics_compliance::document_events(p, lang, stamp) {
        cal.push(e);
    }
    for a in &p.authorities {
        let authority = clean_line(&a.name);
        for pursuit in &a.pursuits {
            let Ok((w, _)) = windows_of(pursuit, &p.settings) else {
                continue;
            };
            let object = clean_line(&pursuit.object);
            let about = words::pursuit_at(lang, &object, &authority);
            for e in super::ics_compliance::deadline_events(pursuit, w.j, &about, stamp) {
                cal.push(e);
            }
            cal.push(day_event(
                uid(&[&pursuit.id, "j"]),
                w.j,
                &words::ics_j(lang, &about),
                "",
                stamp,
            ));
            for stage in &t.stages {
                cal.push(day_event(
                    uid(&[&pursuit.id, "stage", stage.id.as_str()]),
                    w.stage(stage.id).start,
                    &words::ics_stage(lang, &stage.title, &about),
                    "",
                    stamp,
                ));
            }
            cal.push(day_event(
                uid(&[&pursuit.id, "branch"]),
                w.branch_date(),
                &words::ics_branch(lang, &about),
                &t.branch.choose.details.join("\n"),
                stamp,
            ));
            if pursuit.outcome.is_closed() {
                continue;
            }
            for item in items(a, pursuit, &w, &p.settings, today) {
                if !item.active || !item.state.is_pending() {
                    continue;
                }
                let Some(text) = t.item(item.id) else {
                    continue;
                };
                let mut todo = Todo::new();
                todo.uid(&uid(&[&pursuit.id, item.id]))
                    .timestamp(stamp)
                    .summary(&format!("{} — {about}", text.label))
                    .starts(item.window.start)
                    .due(item.window.last_day())
                    .status(TodoStatus::NeedsAction);
                if !text.details.is_empty() {
                    todo.description(&text.details.join("\n"));
                }
                cal.push(todo.done());
            }
        }
        for c in a.contacts.iter().filter(|c| !c.do_not_contact) {
            let who = clean_line(&c.name);
            for (i, day) in c.follow_ups() {
                cal.push(day_event(
                    uid(&[&i.id, "follow-up"]),
                    day,
                    &words::ics_follow_up(lang, &who, &authority),
                    // Free text from the file: a bare CR would end the line.
                    &clean_multiline(&i.summary),
                    stamp,
                ));
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
