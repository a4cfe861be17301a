//! The calendar pieces both the plan's events (`ics`) and the compliance
//! events (`ics_compliance`) are made of.

use chrono::{DateTime, Days, NaiveDate, Utc};
use icalendar::{Component, Event, EventLike};

/// Domain part of every UID: ids are unique in a portfolio, this keeps them
/// apart from other calendars' UIDs.
const UID_DOMAIN: &str = "retroplan";

pub fn uid(parts: &[&str]) -> String {
    format!("{}@{UID_DOMAIN}", parts.join("."))
}

/// An all-day event on `day` (DTEND is the next day, exclusive, as RFC 5545
/// wants for a one-day VALUE=DATE event).
pub fn day_event(
    uid: String,
    day: NaiveDate,
    summary: &str,
    description: &str,
    stamp: DateTime<Utc>,
) -> Event {
    let mut e = Event::new();
    e.uid(&uid)
        .timestamp(stamp)
        // A deadline, not a meeting: the day stays free in the calendar.
        .add_property("TRANSP", "TRANSPARENT")
        .summary(summary)
        .starts(day)
        .ends(day.checked_add_days(Days::new(1)).unwrap_or(day));
    if !description.is_empty() {
        e.description(description);
    }
    e.done()
}
