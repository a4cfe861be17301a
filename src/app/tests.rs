//! `update` driven by real key events through the key table, one test per
//! key or family of keys, on the demo portfolio.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::checklist::Line;
use super::*;
use crate::app::test_keys::{press, press_mod};
use crate::model::{Branch, ItemState};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn demo() -> App {
    let mut app = App::new(crate::demo::portfolio(today()), Lang::En, today());
    update(&mut app, Msg::Resize(120, 40));
    app
}

fn ch(app: &mut App, c: char) -> Vec<Effect> {
    press(app, KeyCode::Char(c))
}

fn pursuit_id(app: &App) -> Option<String> {
    app.selected_pursuit().map(|p| p.id.clone())
}

/// Select the pursuit `id` by moving down from the top, as a user would.
fn goto(app: &mut App, id: &str) {
    app.focus = Pane::Timeline;
    ch(app, 'g');
    for _ in 0..app.rows.len() {
        if pursuit_id(app).as_deref() == Some(id) {
            return;
        }
        ch(app, 'j');
    }
    panic!("pursuit {id} not listed");
}

#[test]
fn opens_on_the_first_pursuit_with_its_checklist_and_contacts() {
    let app = demo();
    assert!(matches!(app.selected_row(), Some(Row::Pursuit(..))));
    assert_eq!(app.check.target, app.selected_row().and_then(Row::pursuit));
    assert!(!app.check.lines.is_empty());
    assert_eq!(
        app.contacts.authority,
        app.selected_row().map(Row::authority)
    );
}

#[test]
fn j_k_and_arrows_move_the_timeline_and_follow_with_the_panes() {
    let mut app = demo();
    let start = app.timeline.sel;
    ch(&mut app, 'j');
    assert_eq!(app.timeline.sel, start + 1);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.timeline.sel, start + 2);
    ch(&mut app, 'k');
    press(&mut app, KeyCode::Up);
    assert_eq!(app.timeline.sel, start);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.timeline.sel, 0, "clamped at the top");
    assert_eq!(app.check.target, None, "an authority row has no checklist");
}

#[test]
fn g_g_home_end_and_pages() {
    let mut app = demo();
    let last = app.rows.len() - 1;
    ch(&mut app, 'G');
    assert_eq!(app.timeline.sel, last);
    ch(&mut app, 'g');
    assert_eq!(app.timeline.sel, 0);
    press(&mut app, KeyCode::End);
    assert_eq!(app.timeline.sel, last);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.timeline.sel, 0);
    press(&mut app, KeyCode::PageDown);
    assert!(app.timeline.sel > 5);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.timeline.sel, 0);
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut app = demo();
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Checklist);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Contacts);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Timeline);
    press_mod(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(app.focus, Pane::Contacts);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.focus,
        Pane::Contacts,
        "Enter only opens from the timeline"
    );
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Pane::Checklist);
}

#[test]
fn the_checklist_cursor_starts_on_the_next_action() {
    let mut app = demo();
    goto(&mut app, "p-demo-nettoyage");
    let item = app.check.selected().copied().unwrap();
    assert!(matches!(item.state, ItemState::Late | ItemState::Due));
    assert!(
        app.check
            .items
            .iter()
            .filter(|i| i.active)
            .all(|i| { i.state != ItemState::Late || item.state == ItemState::Late })
    );
}

#[test]
fn space_ticks_with_today_and_again_unticks_through_the_history() {
    let mut app = demo();
    goto(&mut app, "p-demo-nettoyage");
    press(&mut app, KeyCode::Tab);
    let before = app.portfolio().clone();
    let item = app.check.selected().copied().unwrap();
    assert!(!item.state.is_done());
    let effects = ch(&mut app, ' ');
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(app.save, SaveState::Pending);
    let p = app.selected_pursuit().unwrap();
    assert_eq!(p.done_on(item.id), Some(today()));
    assert_eq!(
        app.check.selected().map(|i| i.id),
        Some(item.id),
        "cursor stays"
    );
    assert_eq!(app.notice, Some(Notice::Ticked(item.id)));
    assert!(app.document().can_undo());
    // The timeline's summary follows at once.
    let (a, pi) = app.selected_row().unwrap().pursuit().unwrap();
    let done_now = app.derived.summary(a, pi).unwrap().progress;
    assert_ne!(Some(done_now), {
        let fresh = crate::model::progress::summarize(
            &before.authorities[a],
            &before.authorities[a].pursuits[pi],
            &before.settings,
            today(),
        );
        fresh.ok().map(|s| s.progress)
    });
    assert_eq!(ch(&mut app, ' '), vec![Effect::Save]);
    // The pursuit keeps the day it was last edited (a merge reads it).
    let mut after = app.portfolio().clone();
    let edited = &mut after.authorities[a].pursuits[pi];
    assert_eq!(edited.updated, Some(today()));
    edited.updated = before.authorities[a].pursuits[pi].updated;
    assert_eq!(after, before, "untick restores the pursuit");
    assert_eq!(app.notice, Some(Notice::Unticked(item.id)));
}

#[test]
fn space_outside_the_checklist_changes_nothing() {
    let mut app = demo();
    let before = app.portfolio().clone();
    assert!(ch(&mut app, ' ').is_empty());
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert!(ch(&mut app, ' ').is_empty());
    assert_eq!(*app.portfolio(), before);
}

#[test]
fn b_cycles_the_branch_and_only_h2_lists_its_actions() {
    let mut app = demo();
    goto(&mut app, "p-demo-entretien");
    assert_eq!(app.selected_pursuit().unwrap().branch, Branch::Undecided);
    let h2_lines = |app: &App| {
        app.check
            .lines
            .iter()
            .filter(|l| matches!(l, Line::Item(n) if app.check.items[*n].id.starts_with("h2.")))
            .count()
    };
    assert_eq!(h2_lines(&app), 0);
    assert_eq!(ch(&mut app, 'b'), vec![Effect::Save]);
    assert_eq!(app.selected_pursuit().unwrap().branch, Branch::H1);
    assert_eq!(
        app.selected_pursuit().unwrap().branch_decided,
        Some(today())
    );
    ch(&mut app, 'b');
    assert_eq!(app.selected_pursuit().unwrap().branch, Branch::H2);
    assert_eq!(h2_lines(&app), 4);
    // Tick an H2 action, switch to H1 and back: the tick is kept.
    press(&mut app, KeyCode::Tab);
    let h2_pos = app
        .check
        .selectable
        .iter()
        .position(|&l| matches!(app.check.lines[l], Line::Item(n) if app.check.items[n].id.starts_with("h2.")))
        .unwrap();
    app.check.sel = h2_pos;
    let id = app.check.selected().unwrap().id;
    ch(&mut app, ' ');
    ch(&mut app, 'b');
    assert_eq!(app.selected_pursuit().unwrap().branch, Branch::H1);
    assert_eq!(h2_lines(&app), 0);
    ch(&mut app, 'b');
    assert_eq!(app.selected_pursuit().unwrap().done_on(id), Some(today()));
}

#[test]
fn space_on_the_choose_item_switches_the_branch() {
    let mut app = demo();
    goto(&mut app, "p-demo-entretien");
    press(&mut app, KeyCode::Tab);
    let pos = app
        .check
        .selectable
        .iter()
        .position(|&l| matches!(app.check.lines[l], Line::Item(n) if app.check.items[n].id == crate::model::template::CHOOSE_BRANCH_ID))
        .unwrap();
    app.check.sel = pos;
    ch(&mut app, ' ');
    assert_eq!(app.selected_pursuit().unwrap().branch, Branch::H1);
}

#[test]
fn read_only_refuses_ticks_and_branches() {
    let mut app = demo();
    app.read_only = Some(ReadOnly::Locked);
    let before = app.portfolio().clone();
    assert!(ch(&mut app, 'b').is_empty());
    assert_eq!(app.notice, Some(Notice::ReadOnly));
    press(&mut app, KeyCode::Tab);
    assert!(ch(&mut app, ' ').is_empty());
    assert_eq!(*app.portfolio(), before);
}

#[test]
fn slash_filters_accent_and_case_insensitively_and_esc_clears() {
    let mut app = demo();
    let all = app.rows.len();
    ch(&mut app, '/');
    assert_eq!(app.mode, Mode::Filter);
    for c in "EURE".chars() {
        ch(&mut app, c);
    }
    let names: Vec<&str> = app
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Authority(a) => Some(app.portfolio().authorities[*a].name.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        names.iter().any(|n| n.contains("Eure-et-Loir")),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.contains("Saint-Aubin")),
        "{names:?}"
    );
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.filter, "EUR");
    // Accents fold both ways: "evreux" finds "Évreux".
    press(&mut app, KeyCode::Esc);
    ch(&mut app, '/');
    for c in "evreux".chars() {
        ch(&mut app, c);
    }
    assert!(app.rows.iter().any(
        |r| matches!(r, Row::Authority(a) if app.portfolio().authorities[*a].name.contains("Évreux"))
    ));
    press(&mut app, KeyCode::Esc);
    ch(&mut app, '/');
    for c in "EUR".chars() {
        ch(&mut app, c);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.filter, "EUR", "Enter keeps the filter");
    assert!(app.timeline.sel < app.rows.len());
    press(&mut app, KeyCode::Esc);
    assert!(app.filter.is_empty());
    assert_eq!(app.rows.len(), all);
    ch(&mut app, '/');
    ch(&mut app, 'z');
    ch(&mut app, 'q');
    assert_eq!(app.filter, "zq", "q is text while filtering");
    assert!(app.rows.is_empty());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.rows.len(), all);
}

/// Type `text` after `/` (the filter starts empty).
fn search(app: &mut App, text: &str) {
    press(app, KeyCode::Esc);
    ch(app, '/');
    for c in text.chars() {
        ch(app, c);
    }
}

/// Names of the authorities the filter lists.
fn listed(app: &App) -> Vec<String> {
    app.rows
        .iter()
        .filter_map(|r| match r {
            Row::Authority(a) => Some(app.portfolio().authorities[*a].name.clone()),
            _ => None,
        })
        .collect()
}

/// The person under the contacts cursor.
fn contact_name(app: &App) -> String {
    let a = &app.portfolio().authorities[app.contacts.authority.unwrap()];
    a.contacts[app.contacts.selected().unwrap()].name.clone()
}

#[test]
fn slash_finds_contacts_by_name_email_and_phone_digits_and_enter_goes_to_them() {
    let mut app = demo();
    // By name, whatever the case and accents; the contacts pane is on them.
    for (typed, who, at) in [
        ("bernard", "Luc Bernard", "Eure-et-Loir"),
        ("HÉLÈNE", "Dr Hélène Garnier", "Évreux"),
        ("helene garnier", "Dr Hélène Garnier", "Évreux"),
        // By email.
        ("luc.bernard@example", "Luc Bernard", "Eure-et-Loir"),
        // By phone, however it is typed.
        ("01 99 00 03 31", "Luc Bernard", "Eure-et-Loir"),
        ("0199000331", "Luc Bernard", "Eure-et-Loir"),
        ("+33 1 99 00 03 31", "Luc Bernard", "Eure-et-Loir"),
        ("03.31", "Luc Bernard", "Eure-et-Loir"),
        // A mobile number too.
        ("06 39 98", "Claire Martin", "Saint-Aubin"),
    ] {
        search(&mut app, typed);
        let names = listed(&app);
        assert_eq!(names.len(), 1, "{typed}: {names:?}");
        assert!(names[0].contains(at), "{typed}: {names:?}");
        assert_eq!(contact_name(&app), who, "{typed}");
    }
    // Enter leaves the filter on the person, in the contacts pane.
    search(&mut app, "bernard");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.focus, Pane::Contacts);
    assert_eq!(contact_name(&app), "Luc Bernard");
    // Found by its own name, the authority keeps the timeline's focus.
    app.focus = Pane::Timeline;
    search(&mut app, "eure-et-loir");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Pane::Timeline);
    // A pursuit by its notice reference.
    search(&mut app, "26-654321");
    assert_eq!(listed(&app).len(), 1);
    assert!(listed(&app)[0].contains("Eure-et-Loir"));
}

#[test]
fn slash_in_the_today_view_searches_the_timeline() {
    let mut app = demo();
    ch(&mut app, 'T');
    assert!(app.today_view.open);
    ch(&mut app, '/');
    assert!(!app.today_view.open);
    assert_eq!(app.mode, Mode::Filter);
    ch(&mut app, 'x');
    assert_eq!(app.filter, "x");
}

#[test]
fn s_cycles_the_sort_and_keeps_the_selection() {
    let mut app = demo();
    let id = pursuit_id(&app);
    ch(&mut app, 's');
    assert_eq!(app.sort, SortKey::Priority);
    assert_eq!(pursuit_id(&app), id);
    let first = app.rows[0].authority();
    assert_eq!(app.portfolio().authorities[first].priority, 1);
    ch(&mut app, 's');
    assert_eq!(app.sort, SortKey::Name);
    ch(&mut app, 's');
    assert_eq!(app.sort, SortKey::Owner);
    ch(&mut app, 's');
    assert_eq!(app.sort, SortKey::Deadline);
    assert_eq!(pursuit_id(&app), id);
}

#[test]
fn zoom_scroll_and_today() {
    let mut app = demo();
    assert_eq!(app.zoom, Zoom::Year);
    ch(&mut app, '+');
    assert_eq!(app.zoom, Zoom::Months);
    ch(&mut app, '+');
    ch(&mut app, '+');
    assert_eq!(app.zoom, Zoom::Weeks);
    ch(&mut app, '-');
    assert_eq!(app.zoom, Zoom::Months);
    ch(&mut app, 'l');
    press(&mut app, KeyCode::Right);
    assert!(app.time_shift > 0);
    ch(&mut app, 'h');
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert!(app.time_shift < 0);
    ch(&mut app, 't');
    assert_eq!(app.time_shift, 0);
}

#[test]
fn question_mark_opens_help_and_any_key_closes_it() {
    let mut app = demo();
    ch(&mut app, '?');
    assert_eq!(app.mode, Mode::Help);
    let sel = app.timeline.sel;
    ch(&mut app, 'j');
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.timeline.sel, sel, "the closing key does nothing else");
}

#[test]
fn q_and_ctrl_c_quit_and_failed_saves_ask_first() {
    let mut app = demo();
    assert_eq!(ch(&mut app, 'q'), vec![Effect::Quit]);
    assert_eq!(
        press_mod(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL),
        vec![Effect::Quit]
    );
    let disk_full = |what: &str| {
        crate::store::StoreError::io(
            "portfolio.json",
            crate::store::IoAction::Write,
            std::io::Error::other(what.to_string()),
        )
    };
    update(&mut app, Msg::SaveFailed(disk_full("disk full")));
    assert!(ch(&mut app, 'q').is_empty());
    assert_eq!(app.mode, Mode::ConfirmQuit { retry: true });
    assert_eq!(app.save, SaveState::Failed(disk_full("disk full")));
    ch(&mut app, 'n');
    assert_eq!(app.mode, Mode::Normal);
    ch(&mut app, 'q');
    assert_eq!(ch(&mut app, 'y'), vec![Effect::QuitNow]);
    let mut app = demo();
    update(
        &mut app,
        Msg::QuitBlocked(disk_full("read-only file system")),
    );
    assert!(matches!(app.mode, Mode::ConfirmQuit { .. }));
    assert_eq!(press(&mut app, KeyCode::Esc), Vec::new());
    assert_eq!(app.mode, Mode::Normal);
}

/// Issue 10 item 12: the quit question after a failed save offers a retry
/// (the edge flushes and quits if it works, else asks again); a file
/// changed on disk offers none, since a retry never writes over it.
#[test]
fn the_quit_question_offers_a_retry_after_a_failed_save() {
    let mut app = demo();
    let disk_full = || {
        crate::store::StoreError::io(
            "portfolio.json",
            crate::store::IoAction::Write,
            std::io::Error::other("disk full"),
        )
    };
    update(&mut app, Msg::SaveFailed(disk_full()));
    ch(&mut app, 'q');
    assert_eq!(ch(&mut app, 'r'), vec![Effect::Quit]);
    assert_eq!(app.mode, Mode::Normal);
    update(&mut app, Msg::QuitBlocked(disk_full()));
    assert_eq!(app.mode, Mode::ConfirmQuit { retry: true });
    assert_eq!(app.save, SaveState::Failed(disk_full()));
    let [why, keys] = crate::i18n::tui::confirm_quit(crate::i18n::Lang::En, "disk full");
    assert_eq!(why, "Changes could not be saved: disk full");
    assert_eq!(keys, "r retry · y quit without them · n stay");
    let mut app = demo();
    app.mode = Mode::ConfirmQuit { retry: false };
    assert_eq!(ch(&mut app, 'r'), Vec::new());
    assert_eq!(app.mode, Mode::ConfirmQuit { retry: false });
}

#[test]
fn save_events_update_the_state() {
    let mut app = demo();
    goto(&mut app, "p-demo-nettoyage");
    press(&mut app, KeyCode::Tab);
    ch(&mut app, ' ');
    assert_eq!(app.save, SaveState::Pending);
    update(&mut app, Msg::Saved);
    assert_eq!(app.save, SaveState::Clean);
    update(&mut app, Msg::ChangedOnDisk);
    assert_eq!(app.save, SaveState::ChangedOnDisk);
    update(&mut app, Msg::Saved);
    assert_eq!(
        app.save,
        SaveState::ChangedOnDisk,
        "only a pending save clears"
    );
}

#[test]
fn a_click_selects_pane_and_row_and_the_wheel_scrolls() {
    let mut app = demo();
    let areas = layout::areas(ratatui::layout::Rect::new(0, 0, 120, 40)).unwrap();
    let rows = layout::timeline_rows(areas.timeline);
    update(
        &mut app,
        Msg::Click {
            x: rows.x + 3,
            y: rows.y + 4,
        },
    );
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.timeline.sel, 4);
    // A click on an item's line in the checklist selects that item.
    let check = layout::checklist_rows(areas.checklist);
    // An item shown on screen, other than the one under the cursor.
    let target = (0..app.check.selectable.len())
        .find(|&p| app.check.selectable[p] >= app.check.offset && p != app.check.sel)
        .unwrap();
    let line = app.check.selectable[target] - app.check.offset;
    update(
        &mut app,
        Msg::Click {
            x: check.x + 5,
            y: check.y + line as u16,
        },
    );
    assert_eq!(app.focus, Pane::Checklist);
    assert_eq!(app.check.sel, target);
    let (list, _) = layout::contact_parts(areas.contacts, app.contacts.order.len());
    update(
        &mut app,
        Msg::Click {
            x: list.x + 1,
            y: list.y + 1,
        },
    );
    assert_eq!(app.focus, Pane::Contacts);
    assert_eq!(app.contacts.sel, 0);
    update(
        &mut app,
        Msg::Wheel {
            x: rows.x,
            y: rows.y,
            down: true,
        },
    );
    assert_eq!(app.timeline.offset, 3);
    assert!(app.timeline.sel >= 3);
    update(
        &mut app,
        Msg::Wheel {
            x: rows.x,
            y: rows.y,
            down: false,
        },
    );
    assert_eq!(app.timeline.offset, 0);
    // Outside every pane, or on a too-small screen: nothing.
    update(&mut app, Msg::Click { x: 500, y: 500 });
    update(&mut app, Msg::Resize(10, 5));
    update(&mut app, Msg::Click { x: 1, y: 1 });
}

#[test]
fn contacts_list_decision_makers_first_and_move() {
    let mut app = demo();
    goto(&mut app, "p-demo-nettoyage");
    let auth = app.selected_authority().unwrap().clone();
    assert!(auth.contacts[app.contacts.order[0]].decision_maker);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    ch(&mut app, 'j');
    assert_eq!(app.contacts.sel, 1.min(app.contacts.order.len() - 1));
    ch(&mut app, 'G');
    assert_eq!(app.contacts.sel, app.contacts.order.len() - 1);
}

#[test]
fn a_too_small_screen_ignores_everything_but_quit() {
    let mut app = demo();
    update(&mut app, Msg::Resize(40, 12));
    let before = (app.portfolio().clone(), app.timeline, app.focus);
    for c in ['j', ' ', 'b', 's', '/', '?'] {
        ch(&mut app, c);
    }
    press(&mut app, KeyCode::Tab);
    assert_eq!((app.portfolio().clone(), app.timeline, app.focus), before);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(ch(&mut app, 'q'), vec![Effect::Quit]);
}
