//! Issue 17 "who": owners through the forms, the `m` toggle and `@name`
//! on the timeline, the Today view's default of mine and nobody's, and
//! ticks and exchanges that record who did them.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyCode;

use crate::app::test_keys::{ctrl_s, press, typed};
use crate::app::{App, Effect, Mode, Msg, Pane, Row, update};
use crate::forms::FieldKey;
use crate::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The demo with the first pursuit of each authority owned: Saint-Aubin's
/// cleaning by Marie, the Perche Vert's waste by Paul.
fn app() -> App {
    let mut p = crate::demo::portfolio(today());
    for a in p.authorities.iter_mut() {
        for pu in a.pursuits.iter_mut() {
            match pu.id.as_str() {
                "p-demo-nettoyage" => pu.owner = "Marie".into(),
                "p-demo-dechets" => pu.owner = "Paul".into(),
                _ => {}
            }
        }
    }
    let mut app = App::new(p, Lang::Fr, today());
    update(&mut app, Msg::Resize(120, 40));
    app.set_user("marie".into());
    app
}

/// Where the pursuit `id` is: (authority, pursuit) indexes.
fn position(app: &App, id: &str) -> (usize, usize) {
    app.portfolio()
        .authorities
        .iter()
        .enumerate()
        .find_map(|(a, x)| Some((a, x.pursuits.iter().position(|p| p.id == id)?)))
        .unwrap()
}

/// Ids of the pursuits the timeline lists.
fn listed(app: &App) -> Vec<String> {
    app.rows
        .iter()
        .filter_map(|r| r.pursuit())
        .map(|(a, p)| app.portfolio().authorities[a].pursuits[p].id.clone())
        .collect()
}

fn focus_field(app: &mut App, key: FieldKey) {
    let form = app.form.as_mut().unwrap();
    form.focus = form.fields.iter().position(|f| f.key == key).unwrap();
}

fn select_pursuit(app: &mut App, id: &str) {
    app.timeline.sel = app
        .rows
        .iter()
        .position(|r| {
            r.pursuit()
                .is_some_and(|(a, p)| app.portfolio().authorities[a].pursuits[p].id == id)
        })
        .unwrap();
    app.sync_views();
}

#[test]
fn the_pursuit_and_contact_forms_set_and_show_the_owner() {
    let mut app = app();
    select_pursuit(&mut app, "p-demo-entretien");
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode, Mode::Form);
    focus_field(&mut app, FieldKey::Owner);
    typed(&mut app, "Élodie");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    assert_eq!(app.selected_pursuit().unwrap().owner, "Élodie");
    // The edit form shows it again.
    press(&mut app, KeyCode::Char('e'));
    let form = app.form.as_ref().unwrap();
    let field = form
        .fields
        .iter()
        .find(|f| f.key == FieldKey::Owner)
        .unwrap();
    assert_eq!(field.input.value(), "Élodie");
    press(&mut app, KeyCode::Esc);
    // A person's owner, through the contact form.
    app.focus = Pane::Contacts;
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode, Mode::Form);
    focus_field(&mut app, FieldKey::Owner);
    typed(&mut app, "Paul");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    let a = app.selected_authority().unwrap();
    assert!(a.contacts.iter().any(|c| c.owner == "Paul"));
    // Undo takes the owner back like any edit.
    press(&mut app, KeyCode::Char('u'));
    let a = app.selected_authority().unwrap();
    assert!(a.contacts.iter().all(|c| c.owner.is_empty()));
}

#[test]
fn m_lists_mine_and_nobodys_and_at_name_someones() {
    let mut app = app();
    let all = listed(&app);
    assert!(all.contains(&"p-demo-dechets".to_string()));
    press(&mut app, KeyCode::Char('m'));
    let mine = listed(&app);
    assert!(mine.contains(&"p-demo-nettoyage".to_string()), "Marie's");
    assert!(mine.contains(&"p-demo-entretien".to_string()), "nobody's");
    assert!(!mine.contains(&"p-demo-dechets".to_string()), "Paul's");
    assert_eq!(mine.len(), all.len() - 1);
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(listed(&app), all);
    // `/@pa` finds Paul's only, whatever the case and accents.
    press(&mut app, KeyCode::Char('/'));
    typed(&mut app, "@PA");
    assert_eq!(listed(&app), vec!["p-demo-dechets".to_string()]);
    assert!(matches!(app.rows[0], Row::Authority(_)));
    // With words too: both must hold.
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "@marie nettoyage");
    assert_eq!(listed(&app), vec!["p-demo-nettoyage".to_string()]);
    typed(&mut app, "x");
    assert!(listed(&app).is_empty());
}

#[test]
fn s_sorts_by_owner_with_nobodys_last() {
    let mut app = app();
    while app.sort != crate::app::SortKey::Owner {
        press(&mut app, KeyCode::Char('s'));
    }
    let ids = listed(&app);
    let marie = ids.iter().position(|i| i == "p-demo-nettoyage").unwrap();
    let paul = ids.iter().position(|i| i == "p-demo-dechets").unwrap();
    assert!(marie < paul, "{ids:?}");
    assert!(paul < ids.len() - 1, "unowned ones after");
    // Authorities with an owned pursuit first.
    let first_unowned_authority = app
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Authority(a) => Some(*a),
            _ => None,
        })
        .nth(2)
        .unwrap();
    let a = &app.portfolio().authorities[first_unowned_authority];
    assert!(a.pursuits.iter().all(|p| p.owner.is_empty()), "{ids:?}");
}

#[test]
fn the_today_view_shows_mine_and_nobodys_until_m() {
    let mut app = app();
    let total = |app: &App| -> usize { app.today_view.totals.iter().map(|(_, n)| n).sum() };
    // The data proves all that is due on the waste pursuit: Paul takes the
    // road marking too, which has stage-2 items late.
    let (a, pu) = position(&app, "p-demo-marquage");
    app.apply(|doc| doc.edit_pursuit(a, pu, |x| x.owner = "Paul".into()))
        .unwrap();
    press(&mut app, KeyCode::Char('T'));
    assert!(app.today_view.open);
    let mine_before = total(&app);
    press(&mut app, KeyCode::Char('m'));
    assert!(app.today_all, "m in the Today view shows everyone's");
    let everything = total(&app);
    assert!(
        mine_before < everything,
        "Paul's pursuits are hidden by default"
    );
    // Give the most urgent line's pursuit (not Paul's yet) to Paul while the view is open.
    let d = *app
        .today_view
        .dues
        .iter()
        .find(|d| {
            d.contact.is_none()
                && d.pursuit.is_some_and(|p| {
                    app.portfolio().authorities[d.authority as usize].pursuits[p as usize]
                        .owner
                        .is_empty()
                })
        })
        .unwrap();
    let (a, pu) = (d.authority as usize, d.pursuit.unwrap() as usize);
    app.apply(|doc| doc.edit_pursuit(a, pu, |x| x.owner = "Paul".into()))
        .unwrap();
    assert_eq!(total(&app), everything, "everyone's still");
    press(&mut app, KeyCode::Char('m'));
    assert!(!app.today_all);
    let mine = total(&app);
    assert!(mine < mine_before, "{mine} < {mine_before}");
    let pauls = |app: &App| {
        app.derived
            .today_index
            .as_ref()
            .unwrap()
            .lines
            .iter()
            .filter(|l| {
                l.authority() == a as u32
                    && l.members.iter().any(|&m| {
                        app.derived.dues[a][m as usize].pursuit == Some(pu as u32)
                            && app.derived.dues[a][m as usize].contact.is_none()
                    })
            })
            .count()
    };
    assert_eq!(pauls(&app), 0, "Paul's pursuit is not mine");
    // The index kept in step equals one built afresh for the same scope.
    let mut fresh = crate::app::Derived::build(app.portfolio(), today(), Lang::Fr);
    fresh.ensure_today_index(app.portfolio(), today(), Some("marie"));
    assert_eq!(app.derived.today_index, fresh.today_index);
    // Given back to Marie (another spelling), it shows again, in step.
    app.apply(|doc| doc.edit_pursuit(a, pu, |x| x.owner = "MARIE".into()))
        .unwrap();
    assert_eq!(total(&app), mine_before);
    let mut fresh = crate::app::Derived::build(app.portfolio(), today(), Lang::Fr);
    fresh.ensure_today_index(app.portfolio(), today(), Some("marie"));
    assert_eq!(app.derived.today_index, fresh.today_index);
}

#[test]
fn a_tick_and_a_logged_exchange_record_who() {
    let mut app = app();
    select_pursuit(&mut app, "p-demo-entretien");
    app.focus = Pane::Checklist;
    // An item neither ticked nor proven: Space ticks it.
    while app
        .check
        .selected()
        .is_none_or(|i| i.state.is_done() || i.evidence.is_some() || i.id == "branch.choose")
    {
        press(&mut app, KeyCode::Down);
    }
    let item = app.check.selected().unwrap().id;
    press(&mut app, KeyCode::Char(' '));
    // Stage 1's entries are the authority's, the others the pursuit's.
    let a = app.selected_authority().unwrap();
    let e = a.entry(app.selected_pursuit().unwrap(), item).unwrap();
    assert_eq!((e.done, e.by.as_str()), (Some(today()), "marie"));
    app.focus = Pane::Contacts;
    press(&mut app, KeyCode::Char('i'));
    assert_eq!(app.mode, Mode::Form);
    typed(&mut app, "Appel");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    let a = app.selected_authority().unwrap();
    let logged: Vec<&str> = a
        .contacts
        .iter()
        .flat_map(|c| &c.interactions)
        .filter(|i| i.summary == "Appel")
        .map(|i| i.by.as_str())
        .collect();
    assert_eq!(logged, ["marie"]);
}

/// The status bar counts what the Today view lists: mine and nobody's by
/// default, everyone's after `m` there, and kept in step through edits.
#[test]
fn the_status_bar_counts_mine_and_nobodys_like_the_today_view() {
    let mut app = app();
    let (a, pu) = position(&app, "p-demo-marquage");
    let everyone = |app: &App| {
        let mut d = crate::app::Derived::build(app.portfolio(), today(), Lang::Fr);
        d.set_count_scope(app.portfolio(), None);
        d.counts
    };
    let mine_fresh = |app: &App| {
        let mut d = crate::app::Derived::build(app.portfolio(), today(), Lang::Fr);
        d.set_count_scope(app.portfolio(), Some("marie"));
        d.counts
    };
    assert_eq!(app.derived.counts, mine_fresh(&app));
    let all_before = everyone(&app);
    // Paul takes the road marking, whose stage-2 items are late: Marie's
    // bar no longer counts them, everyone's still does.
    app.apply(|doc| doc.edit_pursuit(a, pu, |x| x.owner = "Paul".into()))
        .unwrap();
    assert_eq!(everyone(&app), all_before);
    assert!(
        app.derived.counts.late < all_before.late,
        "{:?}",
        app.derived.counts
    );
    assert_eq!(app.derived.counts, mine_fresh(&app));
    // `m` in the Today view: everyone's, in the bar too; `m` again: mine.
    press(&mut app, KeyCode::Char('T'));
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.derived.counts, all_before);
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.derived.counts, mine_fresh(&app));
    // Undo gives it back to nobody: counted again, in step.
    press(&mut app, KeyCode::Char('T'));
    app.apply(|doc| doc.undo()).unwrap();
    assert_eq!(app.derived.counts, mine_fresh(&app));
    assert_eq!(app.derived.counts.late, all_before.late);
}
