//! "New notice" entries (issue 14): for a week after a BOAMP notice changed
//! a pursuit (J confirmed or moved, cancelled, awarded), the agenda and the
//! Today view say so, so that the user looks at what the notice says.

use chrono::Days;

use super::due::{Ctx, Due, DueState, EntryKind, idx, urgency};
use crate::model::progress::windows_of;

/// How long a notice stays new.
pub const NEW_FOR_DAYS: u64 = 7;

/// The pursuits of the authority a notice changed within the last week (a
/// [`super::due::Producer`]). Dated the day of the import; never late.
pub fn pursuit_dues(ctx: &Ctx, out: &mut Vec<Due>) {
    for (pi, pursuit) in ctx.a.pursuits.iter().enumerate() {
        let Some(day) = pursuit.notice.imported else {
            continue;
        };
        let until = day.checked_add_days(Days::new(NEW_FOR_DAYS));
        if day > ctx.today || until.is_none_or(|u| u <= ctx.today) {
            continue;
        }
        let to_j = windows_of(pursuit, &ctx.p.settings)
            .ok()
            .map(|(w, _)| w.days_to_j(ctx.today));
        let mut d = ctx.due(EntryKind::NewNotice, day, to_j);
        d.state = DueState::Due;
        d.urgency = urgency(d.kind, d.state, to_j);
        d.pursuit = Some(idx(pi));
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Authority, Portfolio, Pursuit};
    use crate::report::agenda;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn portfolio(imported: Option<&str>) -> Portfolio {
        let mut a = Authority::new("a1", "Commune de Saint-Exemple");
        let mut p = Pursuit::new("p1", "Nettoyage des locaux");
        p.j = Some(d("2027-01-07"));
        p.j_confirmed = true;
        p.notice_ref = "26-118734".into();
        p.notice.imported = imported.map(d);
        a.pursuits.push(p);
        Portfolio {
            authorities: vec![a].into(),
            ..Portfolio::default()
        }
    }

    fn new_notices(p: &Portfolio, today: &str) -> Vec<(NaiveDate, &'static str)> {
        agenda::collect(p, d(today), 14)
            .into_iter()
            .filter(|x| x.kind == EntryKind::NewNotice)
            .map(|x| (x.date, x.state.key()))
            .collect()
    }

    #[test]
    fn new_for_a_week_after_the_import() {
        let p = portfolio(Some("2026-12-01"));
        assert_eq!(new_notices(&p, "2026-12-01"), [(d("2026-12-01"), "due")]);
        assert_eq!(new_notices(&p, "2026-12-07"), [(d("2026-12-01"), "due")]);
        assert!(new_notices(&p, "2026-12-08").is_empty());
        // Not before it happened, not without a notice.
        assert!(new_notices(&p, "2026-11-30").is_empty());
        assert!(new_notices(&portfolio(None), "2026-12-01").is_empty());
    }

    #[test]
    fn listed_under_notices_with_its_reference() {
        let p = portfolio(Some("2026-12-01"));
        let today = d("2026-12-02");
        let a = agenda::agenda(&p, today, 14, Lang::En, &[]);
        let text = crate::report::agenda_text::render(
            &a,
            today,
            14,
            Lang::En,
            crate::report::agenda_text::Colour::Off,
            false,
        );
        assert!(text.contains("notice 26-118734"), "{text}");
        assert!(text.contains("new notice"), "{text}");
        let only = agenda::agenda(&p, today, 14, Lang::En, &[agenda::Family::Notices]);
        assert_eq!(only.entries[0].item, Some("26-118734"));
    }
}
