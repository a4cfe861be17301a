//! The Today view driven by keys on the demo portfolio.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::app::test_keys::press;
use crate::app::{Effect, Msg, update};
use crate::i18n::Lang;
use crate::report::agenda::Line;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn demo(w: u16, h: u16) -> App {
    let mut app = App::new(crate::demo::portfolio(today()), Lang::En, today());
    update(&mut app, Msg::Resize(w, h));
    app
}

fn line(family: Family, n: usize) -> Line {
    Line {
        family,
        urgency: 0,
        members: vec![n],
        group: None,
    }
}

#[test]
fn every_family_gets_its_heading_and_a_line_then_more_as_room_allows() {
    let mut lines: Vec<Line> = (0..10).map(|n| line(Family::Late, n)).collect();
    lines.extend((10..20).map(|n| line(Family::Calls, n)));
    lines.push(line(Family::J, 20));
    // 3 headings leave 9 rows for lines in 12; a family cut short says
    // on its heading how many lines are not shown.
    let rows = rows_for(&lines, 12, &[], &[]);
    assert_eq!(rows.len(), 12);
    let count = |f: Family| {
        rows.iter()
            .filter(|r| matches!(r, TodayRow::Line(i) if lines[*i].family == f))
            .count()
    };
    assert_eq!(
        (count(Family::Late), count(Family::Calls), count(Family::J)),
        (4, 4, 1)
    );
    assert!(rows.contains(&TodayRow::Heading(Family::Late, 6)));
    assert!(rows.contains(&TodayRow::Heading(Family::J, 0)));
    assert!(TodayRow::Heading(Family::Late, 6).selectable());
    assert!(!TodayRow::Heading(Family::J, 0).selectable());
    // Too small for every family's line: each still has one.
    let small = rows_for(&lines, 3, &[], &[]);
    assert!(small.contains(&TodayRow::Line(20)));
    assert!(small.contains(&TodayRow::Heading(Family::J, 0)));
    // A family asked for whole shows every line.
    let rows = rows_for(&lines, 12, &[Family::Calls], &[]);
    assert!(rows.contains(&TodayRow::Heading(Family::Calls, 0)));
    assert_eq!(
        rows.iter()
            .filter(|r| matches!(r, TodayRow::Line(i) if lines[*i].family == Family::Calls))
            .count(),
        10
    );
}

#[test]
fn t_opens_on_the_most_urgent_line_and_closes_back_on_its_pursuit() {
    let mut app = demo(120, 40);
    press(&mut app, KeyCode::Char('T'));
    assert!(app.today_view.open);
    assert!(matches!(
        app.today_view.rows[0],
        TodayRow::Heading(Family::Late, _)
    ));
    assert_eq!(app.today_view.sel, 1);
    let d = *app.today_view.selected().unwrap();
    assert_eq!(d.family(today()), Family::Late);
    // The bottom panes follow the selection.
    let (a, p) = app.check.target.unwrap();
    assert_eq!((a as u32, Some(p as u32)), (d.authority, d.pursuit));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.today_view.sel, 2);
    press(&mut app, KeyCode::Up);
    let pursuit = app.selected_pursuit().unwrap().id.clone();
    press(&mut app, KeyCode::Char('T'));
    assert!(!app.today_view.open);
    assert_eq!(app.selected_pursuit().unwrap().id, pursuit);
}

#[test]
fn enter_then_space_ticks_the_late_item_and_the_list_follows() {
    let mut app = demo(120, 40);
    press(&mut app, KeyCode::Char('T'));
    let d = *app.today_view.selected().unwrap();
    let late_before = app.derived.counts.late;
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Pane::Checklist);
    let item = app.check.selected().unwrap().id;
    assert_eq!(Some(item), d.item);
    let effects = press(&mut app, KeyCode::Char(' '));
    assert_eq!(effects, vec![Effect::Save]);
    let pu =
        &app.portfolio().authorities[d.authority as usize].pursuits[d.pursuit.unwrap() as usize];
    assert_eq!(pu.done_on(item), Some(today()));
    // Derived per change, equal to a fresh derivation.
    let fresh = crate::app::Derived::build(app.portfolio(), today(), Lang::En);
    assert_eq!(app.derived.counts, fresh.counts);
    assert!(app.derived.counts.late <= late_before);
    assert!(
        !app.today_view
            .dues
            .iter()
            .any(|x| x.item == Some(item) && x.pursuit == d.pursuit && x.authority == d.authority)
    );
    // A second Space stays on the checklist's pursuit (and unticks).
    press(&mut app, KeyCode::Char(' '));
    let pu =
        &app.portfolio().authorities[d.authority as usize].pursuits[d.pursuit.unwrap() as usize];
    assert_eq!(pu.done_on(item), None);
}

#[test]
fn enter_on_a_call_selects_the_person_and_i_logs_the_call() {
    let mut app = demo(120, 40);
    press(&mut app, KeyCode::Char('T'));
    let call = app
        .today_view
        .rows
        .iter()
        .position(|r| {
            app.today_view
                .due_of(*r)
                .is_some_and(|d| d.family(today()) == Family::Calls && d.contact.is_some())
        })
        .unwrap();
    while app.today_view.sel < call {
        press(&mut app, KeyCode::Down);
    }
    let d = *app.today_view.selected().unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Pane::Contacts);
    let shown = app.contacts.order[app.contacts.sel];
    assert_eq!(Some(shown as u32), d.contact);
    press(&mut app, KeyCode::Char('i'));
    assert_eq!(app.mode, crate::app::Mode::Form);
}

#[test]
fn groups_expand_and_more_lines_open_their_family() {
    let mut app = demo(80, 24);
    press(&mut app, KeyCode::Char('T'));
    let v = &app.today_view;
    let group = v
        .rows
        .iter()
        .position(|r| matches!(r, TodayRow::Line(i) if v.lines[*i].members.len() > 1))
        .unwrap();
    while app.today_view.sel < group {
        press(&mut app, KeyCode::Down);
    }
    let n = match app.today_view.rows[group] {
        TodayRow::Line(i) => app.today_view.lines[i].members.len(),
        _ => unreachable!(),
    };
    let before = app.today_view.rows.len();
    press(&mut app, KeyCode::Right);
    assert_eq!(app.today_view.rows.len(), before + n);
    press(&mut app, KeyCode::Down);
    assert!(matches!(
        app.today_view.rows[app.today_view.sel],
        TodayRow::Member(..)
    ));
    press(&mut app, KeyCode::Left);
    assert_eq!(app.today_view.rows.len(), before);
    assert_eq!(app.today_view.sel, group);
    // A "more" line opens its family on Enter.
    if let Some(more) = app
        .today_view
        .rows
        .iter()
        .position(|r| matches!(r, TodayRow::Heading(_, 1..)))
    {
        while app.today_view.sel < more {
            press(&mut app, KeyCode::Down);
        }
        // The cut family may come before the group opened above.
        while app.today_view.sel > more {
            press(&mut app, KeyCode::Up);
        }
        press(&mut app, KeyCode::Enter);
        assert!(!app.today_view.whole.is_empty());
    }
    press(&mut app, KeyCode::Esc);
    assert!(!app.today_view.open);
}

#[test]
fn removing_and_restoring_an_authority_keeps_records_and_counts_in_step() {
    let mut app = demo(120, 40);
    press(&mut app, KeyCode::Char('T'));
    let fresh = |app: &App| crate::app::Derived::build(app.portfolio(), today(), Lang::En);
    app.apply(|doc| doc.remove_authority(0)).unwrap();
    assert_eq!(app.derived.counts, fresh(&app).counts);
    assert_eq!(app.derived.dues.len(), app.portfolio().authorities.len());
    // Every record of the list points at the authority it came from.
    for d in &app.today_view.dues {
        if d.authority != crate::report::due::NO_AUTHORITY {
            let a = &app.portfolio().authorities[d.authority as usize];
            assert_eq!(
                app.derived.dues[d.authority as usize].len(),
                {
                    crate::report::agenda::authority_dues(
                        app.portfolio(),
                        d.authority as usize,
                        today(),
                        crate::app::derived::TODAY_HORIZON,
                    )
                    .len()
                },
                "{}",
                a.name
            );
        }
    }
    assert_eq!(app.derived.today_index, fresh_index(&app));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.derived.counts, fresh(&app).counts);
    assert_eq!(app.derived.dues, fresh(&app).dues);
    assert_eq!(app.derived.today_index, fresh_index(&app));
}

/// The Today view's lines built from scratch for `app`'s portfolio.
fn fresh_index(app: &App) -> Option<crate::app::today_index::TodayIndex> {
    let mut d = crate::app::Derived::build(app.portfolio(), today(), Lang::En);
    let scope = app.today_scope();
    d.ensure_today_index(app.portfolio(), today(), scope);
    d.today_index
}

#[test]
fn the_lines_kept_in_step_equal_the_lines_built_afresh() {
    let mut app = demo(120, 40);
    press(&mut app, KeyCode::Char('T'));
    assert_eq!(app.derived.today_index, fresh_index(&app));
    // Tick from the view, then untick: one authority's lines change.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.derived.today_index, fresh_index(&app));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.derived.today_index, fresh_index(&app));
    // An authority inserted in the middle (undo of a removal) moves those
    // after it; the view copies only what it shows, and says the totals.
    app.apply(|doc| doc.remove_authority(2)).unwrap();
    assert_eq!(app.derived.today_index, fresh_index(&app));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.derived.today_index, fresh_index(&app));
    let v = &app.today_view;
    let total: usize = v.totals.iter().map(|(_, n)| n).sum();
    assert_eq!(total, app.derived.today_index.as_ref().unwrap().lines.len());
    assert!(v.lines.len() <= total);
}
