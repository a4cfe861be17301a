//! Snapshots of stage 3's requirements and documents, the standing
//! documents list and the submit question, in French and English.

mod common;

use chrono::NaiveDate;
use common::screen::screen;
use retroplan::app::checklist::Line;
use retroplan::app::{self, Action, App, Msg, Pane};
use retroplan::i18n::Lang;
use retroplan::model::compliance::{
    DocKind, Requirement, RequirementKind, RequirementStatus, StandingDocument,
};
use retroplan::model::template::SUBMIT_ID;
use retroplan::model::{Authority, Portfolio, Pursuit};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn req(id: &str, kind: RequirementKind, label: &str, status: RequirementStatus) -> Requirement {
    let mut r = Requirement::new(id, kind, label);
    r.status = status;
    r
}

/// The pursuit (J 30/06/2027) with requirements in every status,
/// the URSSAF attestation of 01/11/2026, a Kbis and a certification linked by hand.
fn app(lang: Lang, w: u16, h: u16) -> App {
    let mut a = Authority::new("a-1", "Mairie de Tours");
    let mut p = Pursuit::new("p-1", "Nettoyage des écoles");
    p.j = Some(d("2027-06-30"));
    let mut visit = req(
        "r-1",
        RequirementKind::Visit,
        "Visite du site",
        RequirementStatus::Todo,
    );
    visit.due = Some(d("2026-11-30"));
    visit.owner = "Paul".into();
    let mut memo = req(
        "r-2",
        RequirementKind::Document,
        "Mémoire technique",
        RequirementStatus::InProgress,
    );
    memo.note = "Reprendre le plan de 2023".into();
    p.requirements = vec![
        visit,
        memo,
        req(
            "r-3",
            RequirementKind::Document,
            "Acte d'engagement",
            RequirementStatus::Ready,
        ),
        req(
            "r-4",
            RequirementKind::Questions,
            "Questions",
            RequirementStatus::NotRequired,
        ),
    ];
    p.documents = vec!["d-iso".into()];
    a.pursuits.push(p);
    let doc = |id: &str, kind, label: &str, issued: &str, expires: Option<&str>| StandingDocument {
        id: id.into(),
        kind,
        label: label.into(),
        issued: d(issued),
        expires: expires.map(d),
        note: String::new(),
        extra: Default::default(),
    };
    let portfolio = Portfolio {
        authorities: vec![a].into(),
        documents: vec![
            doc(
                "d-urssaf",
                DocKind::Urssaf,
                "",
                "2026-11-01",
                Some("2027-05-01"),
            ),
            doc(
                "d-kbis",
                DocKind::Kbis,
                "",
                "2026-11-20",
                Some("2027-02-20"),
            ),
            doc(
                "d-iso",
                DocKind::Certification,
                "ISO 9001",
                "2025-01-10",
                Some("2028-01-10"),
            ),
        ],
        ..Portfolio::default()
    };
    let mut app = App::new(portfolio, lang, d("2026-12-01"));
    app::update(&mut app, Msg::Resize(w, h));
    app::update(&mut app, Msg::Act(Action::FocusNext));
    assert_eq!(app.focus, Pane::Checklist);
    let at = app
        .check
        .selectable
        .iter()
        .position(|&l| app.check.lines[l] == Line::Document(2))
        .unwrap();
    app.check.sel = at;
    app::update(&mut app, Msg::Resize(w, h));
    app
}

#[test]
fn stage_3_requirements_fr_120x40() {
    insta::assert_snapshot!(screen(&app(Lang::Fr, 120, 40)));
}

#[test]
fn stage_3_requirements_en_120x40() {
    insta::assert_snapshot!(screen(&app(Lang::En, 120, 40)));
}

#[test]
fn stage_3_requirements_fr_80x24() {
    insta::assert_snapshot!(screen(&app(Lang::Fr, 80, 24)));
}

#[test]
fn standing_documents_list_fr() {
    let mut app = app(Lang::Fr, 100, 30);
    app::update(&mut app, Msg::Act(Action::Documents));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn standing_documents_list_en() {
    let mut app = app(Lang::En, 100, 30);
    app::update(&mut app, Msg::Act(Action::Documents));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn submit_question_lists_what_is_missing_en() {
    let mut app = app(Lang::En, 100, 30);
    let at = app
        .check
        .selectable
        .iter()
        .position(
            |&l| matches!(app.check.lines[l], Line::Item(n) if app.check.items[n].id == SUBMIT_ID),
        )
        .unwrap();
    app.check.sel = at;
    app::update(&mut app, Msg::Act(Action::Toggle));
    insta::assert_snapshot!(screen(&app));
}

/// Issue 13 item 3 in the Today view: the requirement not ready at its
/// due date, the documents that expire before J, in both languages.
#[test]
fn compliance_warnings_in_the_today_view_fr_120x40() {
    let mut app = app(Lang::Fr, 120, 40);
    app::update(&mut app, Msg::Act(Action::TodayView));
    let s = screen(&app);
    assert!(s.contains("Visite du site"), "{s}");
    assert!(s.contains("Attestation URSSAF"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn compliance_warnings_in_the_today_view_en_80x24() {
    let mut app = app(Lang::En, 80, 24);
    app::update(&mut app, Msg::Act(Action::TodayView));
    insta::assert_snapshot!(screen(&app));
}
