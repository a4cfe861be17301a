//! The compliance keys driven by real key events: the issue's story from
//! recording the URSSAF attestation to "ready to file".

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::app::checklist::Line;
use crate::app::compliance_view::DocState;
use crate::app::test_keys::{press, press_mod, typed};
use crate::app::{App, Effect, Mode, Msg, Notice, Pane, ReadOnly, compliance, update};
use crate::i18n::Lang;
use crate::model::Portfolio;
use crate::model::compliance::{DocKind, RequirementStatus};
use crate::model::template::SUBMIT_ID;
use crate::model::{Authority, Pursuit};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// One pursuit with J 30/06/2027, seen on 01/12/2026. The story is the
/// URSSAF attestation's: this buyer does not ask for the other
/// candidature documents.
fn story(lang: Lang) -> App {
    let mut a = Authority::new("a-1", "Mairie de Tours");
    let mut p = Pursuit::new("p-1", "Nettoyage des écoles");
    p.j = Some(d("2027-06-30"));
    p.documents_not_required = vec![DocKind::Fiscal, DocKind::Kbis, DocKind::Insurance];
    a.pursuits.push(p);
    let portfolio = Portfolio {
        authorities: vec![a].into(),
        ..Portfolio::default()
    };
    let mut app = App::new(portfolio, lang, d("2026-12-01"));
    update(&mut app, Msg::Resize(120, 40));
    app
}

/// Put the checklist cursor on the first line matching `want`.
fn cursor_on(app: &mut App, want: impl Fn(Line) -> bool) {
    app.focus = Pane::Checklist;
    let pos = app
        .check
        .selectable
        .iter()
        .position(|&l| want(app.check.lines[l]))
        .expect("line shown");
    app.check.sel = pos;
}

/// `D`, `a`, issued date typed over today's, Ctrl-S.
fn record_urssaf(app: &mut App, issued: &str) {
    press(app, KeyCode::Char('D'));
    assert_eq!(app.mode, Mode::Documents(0));
    press(app, KeyCode::Char('a'));
    assert_eq!(app.mode, Mode::Form);
    for _ in 0..3 {
        press(app, KeyCode::Tab);
    }
    for _ in 0..10 {
        press(app, KeyCode::Backspace);
    }
    typed(app, issued);
    let effects = press_mod(app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(effects, vec![Effect::Save]);
    assert!(matches!(app.mode, Mode::Documents(_)), "{:?}", app.mode);
    press(app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn the_issue_story_until_ready_to_file() {
    let mut app = story(Lang::Fr);
    // No requirement yet, and no attestation recorded: not ready.
    assert!(!app.check.lines.contains(&Line::Requirement(0)));
    assert_eq!(app.check.compliance.docs[0].state, DocState::NotRecorded);
    assert!(!app.check.compliance.ready);
    record_urssaf(&mut app, "01/11/2026");
    let doc = &app.portfolio().documents[0];
    assert_eq!(doc.expires, Some(d("2027-05-01")));
    let row = &app.check.compliance.docs[0];
    assert_eq!(row.state, DocState::ExpiresBeforeJ);
    assert!(!app.check.compliance.ready);
    // The requirements from the template, each made ready with Space.
    app.focus = Pane::Checklist;
    press(&mut app, KeyCode::Char('M'));
    let n = app.selected_pursuit().unwrap().requirements.len();
    assert_eq!(
        n,
        crate::model::compliance::requirement::template(Lang::Fr).len()
    );
    for i in 0..n {
        cursor_on(&mut app, |l| l == Line::Requirement(i));
        press(&mut app, KeyCode::Char(' '));
        press(&mut app, KeyCode::Char(' '));
        assert_eq!(
            app.selected_pursuit().unwrap().requirements[i].status,
            RequirementStatus::Ready
        );
    }
    assert_eq!(app.check.compliance.settled, (n, n));
    // Every requirement ready, the attestation still expires before J.
    assert!(!app.check.compliance.ready);
    // Renewed: edit it from the list with a later issue date.
    press(&mut app, KeyCode::Char('D'));
    press(&mut app, KeyCode::Char('e'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "15/04/2027");
    // The expiry was filled from the kind: empty it to take the new default.
    press(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.portfolio().documents[0].expires, Some(d("2027-10-15")));
    assert_eq!(app.check.compliance.docs[0].state, DocState::Valid);
    assert!(app.check.compliance.ready);
    // Undo the renewal: not ready again; redo: ready.
    press(&mut app, KeyCode::Char('u'));
    assert!(!app.check.compliance.ready);
    press_mod(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert!(app.check.compliance.ready);
}

#[test]
fn ticking_the_submission_of_a_pursuit_not_ready_asks_and_says_what_is_missing() {
    let mut app = story(Lang::En);
    record_urssaf(&mut app, "2026-11-01");
    cursor_on(&mut app, |l| matches!(l, Line::Item(_)));
    let submit = app
        .check
        .selectable
        .iter()
        .position(
            |&l| matches!(app.check.lines[l], Line::Item(n) if app.check.items[n].id == SUBMIT_ID),
        )
        .unwrap();
    app.check.sel = submit;
    press(&mut app, KeyCode::Char(' '));
    let Mode::ConfirmSubmit(missing) = app.mode.clone() else {
        panic!("no question: {:?}", app.mode);
    };
    assert_eq!(
        missing,
        ["URSSAF certificate expires on 2027-05-01, before J on 2027-06-30 — renew it"]
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.selected_pursuit().unwrap().done_on(SUBMIT_ID).is_none());
    press(&mut app, KeyCode::Char(' '));
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(
        app.selected_pursuit().unwrap().done_on(SUBMIT_ID),
        Some(d("2026-12-01"))
    );
    // Unticking never asks.
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.selected_pursuit().unwrap().done_on(SUBMIT_ID).is_none());
}

#[test]
fn a_candidature_document_can_be_marked_not_required_for_one_pursuit() {
    let mut app = story(Lang::En);
    record_urssaf(&mut app, "2026-11-01");
    cursor_on(&mut app, |l| l == Line::Document(0));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.check.compliance.docs[0].state, DocState::NotRequired);
    assert!(app.check.compliance.ready);
    let waived = &app.selected_pursuit().unwrap().documents_not_required;
    assert_eq!(waived.last(), Some(&DocKind::Urssaf));
    assert_eq!(waived.len(), 4);
    // The cursor stays on the document; Space again makes it required.
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.check.compliance.docs[0].state, DocState::ExpiresBeforeJ);
    // From the list, `l` does the same for the selected pursuit.
    press(&mut app, KeyCode::Char('D'));
    press(&mut app, KeyCode::Char('l'));
    assert!(app.check.compliance.ready);
}

#[test]
fn requirements_are_added_edited_and_deleted_with_the_forms_and_undo() {
    let mut app = story(Lang::En);
    app.focus = Pane::Checklist;
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode, Mode::Form);
    typed(&mut app, "Site visit");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right); // kind: site visit
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-12-05");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Paul");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let r = &app.selected_pursuit().unwrap().requirements[0];
    assert_eq!(
        (r.id.as_str(), r.label.as_str(), r.owner.as_str(), r.due),
        ("r-1", "Site visit", "Paul", Some(d("2026-12-05")))
    );
    assert_eq!(r.kind, crate::model::compliance::RequirementKind::Visit);
    assert_eq!(app.check.selected_kind(), Some(Line::Requirement(0)));
    press(&mut app, KeyCode::Char('e'));
    typed(&mut app, " (mandatory)");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        app.selected_pursuit().unwrap().requirements[0].label,
        "Site visit (mandatory)"
    );
    press(&mut app, KeyCode::Char('d'));
    assert!(matches!(app.mode, Mode::ConfirmDelete(_)));
    press(&mut app, KeyCode::Char('y'));
    assert!(app.selected_pursuit().unwrap().requirements.is_empty());
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.selected_pursuit().unwrap().requirements.len(), 1);
    // A template on a pursuit that has requirements would mix: refused.
    press(&mut app, KeyCode::Char('M'));
    assert_eq!(app.selected_pursuit().unwrap().requirements.len(), 1);
    assert_eq!(
        app.notice,
        Some(Notice::Compliance(compliance::Said::AlreadyHasRequirements))
    );
}

#[test]
fn standing_documents_are_deleted_after_a_question_and_come_back_with_undo() {
    let mut app = story(Lang::En);
    record_urssaf(&mut app, "2026-11-01");
    press(&mut app, KeyCode::Char('D'));
    press(&mut app, KeyCode::Char('d'));
    assert!(matches!(app.mode, Mode::ConfirmDelete(_)));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.mode, Mode::Documents(0));
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert!(app.portfolio().documents.is_empty());
    assert_eq!(app.mode, Mode::Documents(0));
    assert_eq!(app.check.compliance.docs[0].state, DocState::NotRecorded);
    assert!(!app.check.compliance.ready);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.portfolio().documents.len(), 1);
    assert_eq!(app.check.compliance.docs[0].state, DocState::ExpiresBeforeJ);
    // Read-only: nothing changes.
    app.read_only = Some(ReadOnly::Locked);
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.portfolio().documents.len(), 1);
    assert_eq!(app.notice, Some(Notice::ReadOnly));
}

#[test]
fn a_new_pursuit_starts_from_the_requirement_template_in_the_ui_language() {
    let mut app = story(Lang::En);
    app.focus = Pane::Timeline;
    press(&mut app, KeyCode::Char('p'));
    typed(&mut app, "Espaces verts");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "2027-09-01");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let p = app.selected_pursuit().unwrap();
    assert_eq!(p.object, "Espaces verts");
    let template = crate::model::compliance::requirement::template(Lang::En);
    assert_eq!(p.requirements.len(), template.len());
    assert_eq!(p.requirements[0].label, template[0].label);
}
