//! Words of the reports outside the tracker: agenda, calendar, spreadsheets
//! and personal data.

use chrono::{Datelike, NaiveDate, Weekday};

use super::Lang;
use crate::report::agenda::EntryKind;

pub fn agenda_title(l: Lang, today: NaiveDate, days: u32) -> String {
    let span = match days {
        0 => l.pick("aujourd'hui".to_string(), "today".to_string()),
        1 => l.pick("jusqu'à demain".to_string(), "through tomorrow".to_string()),
        n => l.pick(format!("{n} prochains jours"), format!("next {n} days")),
    };
    l.pick(
        format!("Agenda du {} — {span}", l.date(today)),
        format!("Agenda for {} — {span}", l.date(today)),
    )
}

pub fn agenda_empty(l: Lang, days: u32) -> String {
    l.pick(
        format!("Rien en retard ni prévu dans les {days} jours à venir."),
        format!("Nothing late or coming up in the next {days} day(s)."),
    )
}

pub fn overdue_heading(l: Lang) -> &'static str {
    l.pick("En retard", "Overdue")
}

fn weekday(l: Lang, d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => l.pick("lundi", "Monday"),
        Weekday::Tue => l.pick("mardi", "Tuesday"),
        Weekday::Wed => l.pick("mercredi", "Wednesday"),
        Weekday::Thu => l.pick("jeudi", "Thursday"),
        Weekday::Fri => l.pick("vendredi", "Friday"),
        Weekday::Sat => l.pick("samedi", "Saturday"),
        Weekday::Sun => l.pick("dimanche", "Sunday"),
    }
}

/// "Aujourd'hui, samedi 28/11/2026" / "Monday 2026-11-30".
pub fn day_heading(l: Lang, d: NaiveDate, today: NaiveDate) -> String {
    let name = format!("{} {}", weekday(l, d.weekday()), l.date(d));
    if d == today {
        format!("{}, {name}", l.pick("Aujourd'hui", "Today"))
    } else {
        let mut c = name.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or(name)
    }
}

pub fn entry_kind(l: Lang, k: EntryKind) -> &'static str {
    match k {
        EntryKind::Late => l.pick("en retard", "late"),
        EntryKind::JDay => l.pick("jour J", "day J"),
        EntryKind::Closes => l.pick("se termine", "closes"),
        EntryKind::FollowUp => l.pick("relance", "follow-up"),
        EntryKind::Nurture => l.pick("à entretenir", "to nurture"),
        EntryKind::Opens => l.pick("commence", "opens"),
    }
}

pub fn submit_bid(l: Lang) -> &'static str {
    l.pick("dépôt de l'offre", "bid submission")
}

pub fn no_contact_since(l: Lang) -> &'static str {
    l.pick(
        "pas d'échange depuis trop longtemps",
        "no exchange for too long",
    )
}

pub fn cannot_write(l: Lang, path: &std::path::Path, e: &std::io::Error) -> String {
    l.pick(
        format!("impossible d'écrire {} : {e}", path.display()),
        format!("cannot write {}: {e}", path.display()),
    )
}
