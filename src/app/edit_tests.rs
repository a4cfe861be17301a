//! Creating, editing, deleting and undoing through `update`, as keys do it.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::test_keys::{ctrl_s, press_mod, typed};
use crate::app::{Action, App, Effect, Mode, Msg, Notice, Pane, ReadOnly, Row, keymap, update};
use crate::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn app() -> App {
    let mut app = App::new(crate::demo::portfolio(today()), Lang::Fr, today());
    update(&mut app, Msg::Resize(120, 40));
    app
}

fn key(app: &mut App, c: char) -> Vec<Effect> {
    press_mod(app, KeyCode::Char(c), KeyModifiers::NONE)
}

fn select_authority(app: &mut App, id: &str) {
    let a = app
        .portfolio()
        .authorities
        .iter()
        .position(|a| a.id == id)
        .unwrap();
    app.timeline.sel = app
        .rows
        .iter()
        .position(|r| *r == Row::Authority(a))
        .unwrap();
    app.sync_views();
}

#[test]
fn a_adds_an_authority_and_selects_it() {
    let mut app = app();
    let n = app.portfolio().authorities.len();
    key(&mut app, 'a');
    assert_eq!(app.mode, Mode::Form);
    assert_eq!(ctrl_s(&mut app), Vec::new(), "name required");
    assert_eq!(app.mode, Mode::Form);
    typed(&mut app, "Mairie de Dreux");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.portfolio().authorities.len(), n + 1);
    assert_eq!(app.selected_authority().unwrap().name, "Mairie de Dreux");
    assert_eq!(
        app.contacts.authority,
        app.selected_row().map(|r| r.authority())
    );
}

#[test]
fn escape_cancels_a_form_and_saves_nothing() {
    let mut app = app();
    let before = app.portfolio().clone();
    key(&mut app, 'a');
    typed(&mut app, "X");
    assert_eq!(
        press_mod(&mut app, KeyCode::Esc, KeyModifiers::NONE),
        Vec::new()
    );
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.form.is_none());
    assert_eq!(*app.portfolio(), before);
}

#[test]
fn p_adds_a_pursuit_to_the_selected_authority_and_selects_it() {
    let mut app = app();
    select_authority(&mut app, "a-demo-ddt");
    key(&mut app, 'p');
    typed(&mut app, "Entretien des espaces verts");
    press_mod(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    typed(&mut app, "+200");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    let p = app.selected_pursuit().unwrap();
    assert_eq!(p.object, "Entretien des espaces verts");
    assert_eq!(p.j, Some(today() + chrono::Days::new(200)));
    assert!(app.check.target.is_some(), "its checklist is shown");
}

#[test]
fn contacts_pane_adds_a_contact_and_logs_an_interaction() {
    let mut app = app();
    select_authority(&mut app, "a-demo-ddt");
    app.focus = Pane::Contacts;
    key(&mut app, 'a');
    typed(&mut app, "Chloé Dubois");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    let a = app.selected_authority().unwrap();
    let c = &a.contacts[app.contacts.selected().unwrap()];
    assert_eq!(c.name, "Chloé Dubois");
    key(&mut app, 'i');
    typed(&mut app, "Premier appel");
    assert_eq!(ctrl_s(&mut app), vec![Effect::Save]);
    let a = app.selected_authority().unwrap();
    let c = &a.contacts[app.contacts.selected().unwrap()];
    assert_eq!(c.name, "Chloé Dubois", "the cursor stays on the contact");
    assert_eq!(c.interactions.len(), 1);
    assert_eq!(c.interactions[0].date, today());
}

#[test]
fn e_edits_what_is_selected() {
    let mut app = app();
    select_authority(&mut app, "a-demo-region");
    key(&mut app, 'e');
    assert_eq!(
        app.form.as_ref().unwrap().fields[0].input.value(),
        "Région Centre-Val de Loire"
    );
    press_mod(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut app, 'j');
    let object = app.selected_pursuit().unwrap().object.clone();
    key(&mut app, 'e');
    assert_eq!(app.form.as_ref().unwrap().fields[0].input.value(), object);
    typed(&mut app, " 2028");
    ctrl_s(&mut app);
    assert_eq!(
        app.selected_pursuit().unwrap().object,
        format!("{object} 2028")
    );
}

#[test]
fn n_and_o_on_the_checklist() {
    let mut app = app();
    app.focus = Pane::Checklist;
    let item = app.check.selected().unwrap().id;
    key(&mut app, 'n');
    typed(&mut app, "Voir avec la DGS");
    ctrl_s(&mut app);
    let note = app
        .selected_authority()
        .and_then(|a| a.entry(app.selected_pursuit()?, item))
        .map(|e| e.note.clone());
    assert_eq!(note.as_deref(), Some("Voir avec la DGS"));
    key(&mut app, 'o');
    press_mod(&mut app, KeyCode::Right, KeyModifiers::NONE);
    press_mod(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        app.selected_pursuit().unwrap().outcome,
        crate::model::Outcome::Submitted
    );
}

#[test]
fn d_asks_then_y_deletes_and_u_restores_ctrl_r_redoes() {
    let mut app = app();
    let original = app.portfolio().clone();
    select_authority(&mut app, "a-demo-saint-aubin");
    key(&mut app, 'd');
    let Mode::ConfirmDelete(pending) = &app.mode else {
        panic!("no question asked");
    };
    assert_eq!(
        crate::ui::dialogs::delete_question(&app, pending).unwrap(),
        "Supprimer Ville de Saint-Aubin-sur-Loire avec 2 marché(s), 2 contact(s), 4 échange(s) ? o/N"
    );
    key(&mut app, 'n');
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(*app.portfolio(), original, "N keeps it");
    key(&mut app, 'd');
    assert_eq!(key(&mut app, 'y'), vec![Effect::Save]);
    assert!(app.portfolio().authority("a-demo-saint-aubin").is_none());
    assert_eq!(app.notice, Some(Notice::Deleted));
    assert_eq!(key(&mut app, 'u'), vec![Effect::Save]);
    assert_eq!(*app.portfolio(), original);
    assert_eq!(app.selected_authority().unwrap().id, "a-demo-saint-aubin");
    assert_eq!(
        press_mod(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL),
        vec![Effect::Save]
    );
    assert!(app.portfolio().authority("a-demo-saint-aubin").is_none());
    key(&mut app, 'u');
    key(&mut app, 'u');
    assert_eq!(app.notice, Some(Notice::NothingToUndo));
}

#[test]
fn deleting_a_pursuit_and_a_contact() {
    let mut app = app();
    select_authority(&mut app, "a-demo-perche-vert");
    key(&mut app, 'j');
    let pid = app.selected_pursuit().unwrap().id.clone();
    key(&mut app, 'd');
    key(&mut app, 'o');
    assert!(
        app.portfolio()
            .authority("a-demo-perche-vert")
            .unwrap()
            .pursuits
            .iter()
            .all(|p| p.id != pid)
    );
    app.focus = Pane::Contacts;
    let before = app.selected_authority().unwrap().contacts.len();
    key(&mut app, 'd');
    assert!(matches!(app.mode, Mode::ConfirmDelete(_)));
    key(&mut app, 'y');
    assert_eq!(app.selected_authority().unwrap().contacts.len(), before - 1);
    key(&mut app, 'u');
    key(&mut app, 'u');
    assert_eq!(*app.portfolio(), crate::demo::portfolio(today()));
}

#[test]
fn read_only_refuses_every_change() {
    let mut app = app();
    app.read_only = Some(ReadOnly::Locked);
    for c in ['a', 'p', 'e', 'd', 'u'] {
        assert_eq!(key(&mut app, c), Vec::new());
        assert_eq!(app.mode, Mode::Normal, "{c}");
        assert_eq!(app.notice, Some(Notice::ReadOnly));
    }
}

#[test]
fn ctrl_c_quits_from_a_form() {
    let mut app = app();
    key(&mut app, 'a');
    assert_eq!(
        keymap::decode(
            &app.mode,
            app.focus,
            &KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
        ),
        Some(Msg::Act(Action::Quit))
    );
}

#[test]
fn a_new_thing_hidden_by_the_filter_clears_it() {
    let mut app = app();
    app.set_filter("evreux".into());
    key(&mut app, 'a');
    typed(&mut app, "Mairie de Dreux");
    ctrl_s(&mut app);
    assert!(app.filter.is_empty());
    assert_eq!(app.selected_authority().unwrap().name, "Mairie de Dreux");
}

#[test]
fn enter_opens_the_log_where_e_edits_and_d_deletes_an_interaction() {
    let mut app = app();
    select_authority(&mut app, "a-demo-saint-aubin");
    app.focus = Pane::Contacts;
    let original = app.portfolio().clone();
    press_mod(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.contacts.log, Some(0));
    key(&mut app, 'j');
    assert_eq!(app.contacts.log, Some(1));
    key(&mut app, 'e');
    let form = app.form.as_ref().unwrap();
    assert_eq!(
        form.fields[0].input.value(),
        "Rendez-vous en mairie, besoins en nettoyage des écoles"
    );
    typed(&mut app, " (compte rendu envoyé)");
    ctrl_s(&mut app);
    let c = &app.selected_authority().unwrap().contacts[0];
    assert!(c.interactions[1].summary.ends_with("(compte rendu envoyé)"));
    assert_eq!(app.contacts.log, Some(1), "the cursor stays on the entry");
    key(&mut app, 'd');
    let Mode::ConfirmDelete(pending) = &app.mode else {
        panic!("no question");
    };
    assert!(
        crate::ui::dialogs::delete_question(&app, pending)
            .unwrap()
            .starts_with("Supprimer l'échange « Rendez-vous en mairie")
    );
    key(&mut app, 'y');
    assert_eq!(
        app.selected_authority().unwrap().contacts[0]
            .interactions
            .len(),
        2
    );
    key(&mut app, 'u');
    key(&mut app, 'u');
    assert_eq!(*app.portfolio(), original);
    press_mod(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.contacts.log, None);
    key(&mut app, 'j');
    assert_eq!(app.contacts.sel, 1, "j moves between contacts again");
}

#[test]
fn adding_a_contact_keeps_the_pursuit_selected() {
    let mut app = app();
    let pursuit = app.selected_pursuit().unwrap().id.clone();
    app.focus = Pane::Contacts;
    key(&mut app, 'a');
    typed(&mut app, "Nouvelle personne");
    ctrl_s(&mut app);
    assert_eq!(app.selected_pursuit().map(|p| p.id.clone()), Some(pursuit));
}
