//! The rule set on screen: the timeline's title, a pursuit's checklist in
//! each rule set, the `R` switch moving every window, the real notice.

mod common;

use chrono::{NaiveDate, NaiveTime};
use common::screen::screen;
use retroplan::app::{self, Action, App, Msg};
use retroplan::i18n::Lang;
use retroplan::model::{
    Authority, Branch, ChecklistEntry, Portfolio, Procedure, Pursuit, RuleSet, StageId,
    SubmissionMode, Template,
};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    d("2027-04-20")
}

/// A restricted tender, paper chosen on 180 k€, J confirmed on Ascension at noon.
fn portfolio(rules: RuleSet, published: Option<NaiveDate>) -> Portfolio {
    let mut p = Pursuit::new("p1", "Nettoyage des locaux");
    p.j = Some(d("2027-05-06"));
    p.j_confirmed = true;
    p.j_time = NaiveTime::from_hms_opt(12, 0, 0);
    p.procedure_kind = Procedure::Restricted;
    p.submission = SubmissionMode::Paper;
    p.amount = Some(180_000.0);
    p.notice_published = published;
    // Stages 1 and 2 done under H1: the checklist opens on stage 3.
    for id in Template::get(Lang::Fr).item_ids() {
        if id.starts_with("prospection.") || id.starts_with("preparation.") {
            p.checklist.insert(
                id.to_string(),
                ChecklistEntry {
                    done: Some(d("2026-10-01")),
                    ..ChecklistEntry::default()
                },
            );
        }
    }
    p.branch = Branch::H1;
    p.branch_decided = Some(d("2026-09-10"));
    let mut a = Authority::new("a1", "Ville de Chartres");
    a.pursuits.push(p);
    // Stage 1 is the authority's (format version 2).
    retroplan::model::ticks::hoist_stage_one(&mut a);
    let mut portfolio = Portfolio::default();
    portfolio.settings.rules = rules;
    portfolio.authorities.push(a);
    portfolio
}

fn app(rules: RuleSet, published: Option<NaiveDate>, lang: Lang) -> App {
    let mut app = App::new(portfolio(rules, published), lang, today());
    app::update(&mut app, Msg::Resize(120, 40));
    app::update(&mut app, Msg::Act(Action::Down));
    app::update(&mut app, Msg::Act(Action::FocusNext));
    app
}

#[test]
fn checklist_under_the_seed() {
    insta::assert_snapshot!(screen(&app(RuleSet::Seed, None, Lang::Fr)));
}

#[test]
fn checklist_under_code2019() {
    insta::assert_snapshot!(screen(&app(RuleSet::Code2019, None, Lang::Fr)));
}

#[test]
fn checklist_under_code2019_en() {
    insta::assert_snapshot!(screen(&app(RuleSet::Code2019, None, Lang::En)));
}

#[test]
fn checklist_with_the_real_notice() {
    let s = screen(&app(RuleSet::Code2019, Some(d("2027-03-01")), Lang::Fr));
    assert!(
        s.contains("avis attendu J-60 · publié le 01/03/2027 (J-66)"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn r_switches_the_rule_set_and_moves_every_window() {
    let mut app = app(RuleSet::Seed, None, Lang::Fr);
    let start = |app: &App| {
        app.derived
            .summary(0, 0)
            .unwrap()
            .windows
            .stage(StageId::Publicity)
            .start
    };
    assert_eq!(start(&app), d("2027-03-15"));
    let effects = app::update(&mut app, Msg::Act(Action::Rules));
    assert_eq!(effects, vec![app::Effect::Save]);
    assert_eq!(app.portfolio().settings.rules, RuleSet::Code2019);
    assert_eq!(start(&app), d("2027-03-07"));
    assert!(screen(&app).contains("règles : code 2019"));
    assert!(
        app.check
            .items
            .iter()
            .any(|i| i.id == "publicity.candidature")
    );
    app::update(&mut app, Msg::Act(Action::Rules));
    assert_eq!(app.portfolio().settings.rules, RuleSet::Seed);
    assert_eq!(start(&app), d("2027-03-15"));
    assert!(
        !app.check
            .items
            .iter()
            .any(|i| i.id == "publicity.candidature")
    );
}

/// The checklist's paper warning under each rule set: none at 39,999 €,
/// one at 40,000 € and when the amount is unknown.
#[test]
fn paper_warning_line_at_39999_40000_and_unknown() {
    use retroplan::app::checklist::Line;
    for rules in RuleSet::ALL {
        for (amount, warned) in [
            (Some(39_999.0), false),
            (Some(40_000.0), true),
            (None, true),
        ] {
            let mut p = portfolio(rules, None);
            p.authorities[0].pursuits[0].amount = amount;
            let mut app = App::new(p, Lang::Fr, today());
            app::update(&mut app, Msg::Resize(120, 40));
            app::update(&mut app, Msg::Act(Action::Down));
            let has = app.check.lines.contains(&Line::PaperWarning(0));
            assert_eq!(has, warned, "{rules:?} {amount:?}");
            if warned {
                assert!(
                    screen(&app).contains("⚠ Papier choisi"),
                    "{rules:?} {amount:?}"
                );
            }
        }
    }
}

/// The seed's H1 text, whole, at every width it can wrap in (issue 12,
/// seed fidelity): not cut at the pane's edge.
#[test]
fn the_chosen_hypothesis_text_is_whole_at_every_width() {
    for (w, h) in [(120, 40), (80, 24), (100, 30)] {
        for lang in [Lang::Fr, Lang::En] {
            let mut app = App::new(portfolio(RuleSet::Seed, None), lang, today());
            app::update(&mut app, Msg::Resize(w, h));
            app::update(&mut app, Msg::Act(Action::Down));
            app::update(&mut app, Msg::Act(Action::FocusNext));
            // The cursor on the branch decision: its text comes into view.
            for _ in 0..20 {
                if app
                    .check
                    .selected()
                    .is_some_and(|i| i.id == "branch.choose")
                {
                    break;
                }
                app::update(&mut app, Msg::Act(Action::Up));
            }
            let s = screen(&app);
            // The checklist pane's text, line by line, from the H1 text on.
            let text: Vec<String> = s
                .lines()
                .map(|l| l.split('│').nth(1).unwrap_or("").trim().to_string())
                .skip_while(|l| !l.starts_with("Hypoth"))
                .take_while(|l| !l.is_empty())
                .collect();
            let want = Template::get(lang).branch.h1.label.clone();
            assert_eq!(text.join(" "), want, "{w}x{h} {lang:?}\n{s}");
        }
    }
}

/// The pane's text from the screen: each checklist row, trimmed.
fn checklist_rows(s: &str) -> Vec<String> {
    s.lines()
        .map(|l| l.split('│').nth(1).unwrap_or("").trim().to_string())
        .collect()
}

/// Every sub-point, the notice line and the paper warning are wrapped to
/// the pane between words, never cut with "…": joined, their parts give
/// the whole sentence back, at 80 and 120 columns, in both languages.
#[test]
fn detail_lines_wrap_to_the_pane_and_keep_the_whole_sentence() {
    use retroplan::app::checklist::Line;
    use retroplan::i18n::rules as words;
    use unicode_width::UnicodeWidthStr;
    for (w, h) in [(120, 40), (80, 24)] {
        for lang in [Lang::Fr, Lang::En] {
            for rules in RuleSet::ALL {
                let mut app = App::new(portfolio(rules, Some(d("2027-03-01"))), lang, today());
                app::update(&mut app, Msg::Resize(w, h));
                app::update(&mut app, Msg::Act(Action::Down));
                let width = app.check_width();
                let view = &app.check;
                let at = format!("{w}x{h} {lang:?} {rules:?}");
                // Each sentence, from its parts.
                let joined = |first: Line, more: &dyn Fn(u8) -> Line| {
                    let mut parts = vec![view.text(first).trim().to_string()];
                    for k in 1.. {
                        let line = more(k);
                        if !view.lines.contains(&line) {
                            break;
                        }
                        parts.push(view.text(line).trim().to_string());
                    }
                    parts.join(" ")
                };
                let mut wrapped = 0;
                for &line in &view.lines {
                    let text = view.text(line);
                    if text.is_empty() {
                        continue;
                    }
                    assert!(text.width() <= width, "{at}: {text:?} wider than {width}");
                    match line {
                        Line::Detail(i, d, 0) => {
                            let id = view.items[i].id;
                            let want =
                                &Template::for_rules(lang, rules).item(id).unwrap().details[d];
                            let got = joined(line, &|k| Line::Detail(i, d, k));
                            assert_eq!(got, format!("– {want}"), "{at}");
                            wrapped += usize::from(view.lines.contains(&Line::Detail(i, d, 1)));
                        }
                        Line::PaperWarning(0) => {
                            let got = joined(line, &Line::PaperWarning);
                            assert_eq!(got, format!("⚠ {}", words::paper_warning(lang)), "{at}");
                        }
                        Line::Notice(0) => {
                            let s = app.derived.summary(0, 0).unwrap();
                            let want = format!(
                                "{} — {}",
                                words::notice_line(lang, &s.windows),
                                words::why(lang, s.windows.notice.offset, s.windows.factor)
                            );
                            assert_eq!(joined(line, &Line::Notice), want, "{at}");
                        }
                        _ => {}
                    }
                }
                assert!(wrapped > 0, "{at}: some sub-point is long enough to wrap");
                // On screen: no wrapped line is cut at the pane's edge.
                let s = screen(&app);
                for row in checklist_rows(&s) {
                    if row.starts_with('–') || row.starts_with('⚠') || row.starts_with("avis") {
                        assert!(!row.contains('…'), "{at}: {row:?}\n{s}");
                    }
                }
            }
        }
    }
}

/// A resize rewraps the sub-points: more lines at 80 columns than at 120,
/// the cursor stays on its item, and moving it skips the wrapped parts.
#[test]
fn a_resize_rewraps_and_the_cursor_moves_over_items_only() {
    use retroplan::app::checklist::Line;
    let mut app = app(RuleSet::Code2019, None, Lang::En);
    let wide = app.check.lines.len();
    let on = app.check.selected().unwrap().id;
    app::update(&mut app, Msg::Resize(80, 24));
    assert!(app.check.lines.len() > wide, "narrower pane, more lines");
    assert_eq!(app.check.selected().unwrap().id, on);
    let s = screen(&app);
    assert!(
        checklist_rows(&s)
            .join(" ")
            .contains(retroplan::i18n::rules::paper_warning(Lang::En)),
        "the whole paper warning is on screen\n{s}"
    );
    let top = app.check.lines[app.check.offset];
    assert_eq!(top, top.first_part(), "the pane does not open mid-sentence");
    // Down from item to item: never on a wrapped line.
    for _ in 0..12 {
        let line = app.check.selected_kind().unwrap();
        assert!(
            matches!(
                line,
                Line::Item(_) | Line::Requirement(_) | Line::Document(_)
            ),
            "{line:?}"
        );
        app::update(&mut app, Msg::Act(Action::Down));
    }
    app::update(&mut app, Msg::Resize(120, 40));
    assert_eq!(app.check.lines.len(), wide, "back to the wide wrapping");
}

/// The timeline's J column carries the deadline's time when J is confirmed
/// with one, and drops it (then itself) in narrower panes.
#[test]
fn the_timeline_shows_the_time_of_a_confirmed_j_where_it_fits() {
    let row = |w: u16, lang: Lang, confirmed: bool| {
        let mut p = portfolio(RuleSet::Code2019, None);
        p.authorities[0].pursuits[0].j_confirmed = confirmed;
        let mut app = App::new(p, lang, today());
        app::update(&mut app, Msg::Resize(w, 40));
        let s = screen(&app);
        s.lines()
            .find(|l| l.contains("Nettoyage"))
            .unwrap()
            .to_string()
    };
    assert!(row(120, Lang::Fr, true).contains("06/05/2027 12:00 J-16"));
    assert!(row(120, Lang::En, true).contains("2027-05-06 12:00 J-16"));
    // A forecast J has no time.
    let forecast = row(120, Lang::Fr, false);
    assert!(
        forecast.contains("06/05/2027 ") && !forecast.contains("12:00"),
        "{forecast}"
    );
    // Narrower: the date alone, then no J column.
    let narrow = row(90, Lang::Fr, true);
    assert!(
        narrow.contains("06/05/2027") && !narrow.contains("12:00"),
        "{narrow}"
    );
    assert!(!row(80, Lang::Fr, true).contains("2027"));
}

/// The Today view's J entry carries the time of a confirmed J.
#[test]
fn the_today_view_shows_the_time_of_a_confirmed_j() {
    for (lang, today) in [(Lang::Fr, d("2027-04-29")), (Lang::En, d("2027-05-06"))] {
        let mut app = App::new(portfolio(RuleSet::Code2019, None), lang, today);
        app::update(&mut app, Msg::Resize(120, 40));
        app::update(&mut app, Msg::Act(Action::TodayView));
        let s = screen(&app);
        let line = s
            .lines()
            .find(|l| l.contains('◆'))
            .unwrap_or_else(|| panic!("{s}"));
        assert!(line.contains("· 12:00"), "{line}");
    }
}
