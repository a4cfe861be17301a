//! Drawing cost at scale: a frame must depend on what is visible, not on
//! the portfolio. `cargo bench --bench ui`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, Action, App, Msg};
use retroplan::i18n::Lang;
use retroplan::model::Portfolio;

#[path = "../examples/gen_portfolio/generate.rs"]
#[allow(dead_code)]
mod generate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The shared generator of `examples/gen_portfolio` (deterministic, seed 1).
fn portfolio(n: usize) -> Portfolio {
    generate::portfolio(n, today(), 1)
}

fn app_for(n: usize) -> App {
    let mut app = App::new(portfolio(n), Lang::Fr, today());
    app::update(&mut app, Msg::Resize(200, 60));
    app
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui");
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();

    let large = app_for(5000);
    group.bench_function("frame_large", |b| {
        b.iter(|| {
            term.draw(|f| retroplan::ui::render(black_box(&large), f))
                .unwrap();
        })
    });

    let mut moving = app_for(5000);
    group.bench_function("key_large", |b| {
        b.iter(|| {
            if moving.timeline.sel + 1 >= moving.rows.len() {
                app::update(&mut moving, Msg::Act(Action::Top));
            }
            app::update(&mut moving, Msg::Act(Action::Down));
            term.draw(|f| retroplan::ui::render(&moving, f)).unwrap();
        })
    });

    // One Space on the checklist, the snapshot handed to a real autosave
    // (writing to a temporary file on its own thread), and the frame.
    let tick_dir = tempfile::tempdir().unwrap();
    let saver = retroplan::store::Saver::spawn(tick_dir.path().join("tick.json"), None);
    let mut handoff = retroplan::tui::handoff::Handoff::new(&saver);
    let mut ticking = app_for(5000);
    app::update(&mut ticking, Msg::Act(Action::FocusNext));
    group.bench_function("tick_large", |b| {
        b.iter(|| {
            for effect in app::update(&mut ticking, Msg::Act(Action::Toggle)) {
                if effect == app::Effect::Save {
                    handoff.submit(ticking.snapshot());
                }
            }
            term.draw(|f| retroplan::ui::render(&ticking, f)).unwrap();
        })
    });
    drop(handoff);
    drop(saver);

    // The Today view (`T`) at 5,000 authorities: drawing it, moving in it,
    // opening it (its list is gathered from the per-authority records), and
    // Space on an item reached from it (the list follows the tick).
    let mut today_app = app_for(5000);
    app::update(&mut today_app, Msg::Act(Action::TodayView));
    group.bench_function("today_frame_large", |b| {
        b.iter(|| {
            term.draw(|f| retroplan::ui::render(black_box(&today_app), f))
                .unwrap();
        })
    });
    group.bench_function("today_key_large", |b| {
        b.iter(|| {
            let before = today_app.today_view.sel;
            app::update(&mut today_app, Msg::Act(Action::Down));
            if today_app.today_view.sel == before {
                app::update(&mut today_app, Msg::Act(Action::Top));
            }
            term.draw(|f| retroplan::ui::render(&today_app, f)).unwrap();
        })
    });
    let mut toggling = app_for(5000);
    group.bench_function("today_open_large", |b| {
        b.iter(|| {
            app::update(&mut toggling, Msg::Act(Action::TodayView));
            term.draw(|f| retroplan::ui::render(&toggling, f)).unwrap();
            app::update(&mut toggling, Msg::Act(Action::TodayView));
        })
    });
    let mut today_tick = app_for(5000);
    app::update(&mut today_tick, Msg::Act(Action::TodayView));
    app::update(&mut today_tick, Msg::Act(Action::Open));
    group.bench_function("today_tick_large", |b| {
        b.iter(|| {
            app::update(&mut today_tick, Msg::Act(Action::Toggle));
            term.draw(|f| retroplan::ui::render(&today_tick, f))
                .unwrap();
        })
    });

    let small = app_for(50);
    group.bench_function("frame_small", |b| {
        b.iter(|| {
            term.draw(|f| retroplan::ui::render(black_box(&small), f))
                .unwrap();
        })
    });

    // Launch to first full screen, minus the process and terminal set-up:
    // load the file through the store (read, parse, validate), derive
    // every summary, draw once.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    let bytes = retroplan::store::to_bytes(&portfolio(5000));
    std::fs::write(&path, &bytes).unwrap();
    // To try the large portfolio in the real binary:
    // RETROPLAN_WRITE_LARGE=/tmp/large.json cargo bench --bench ui -- startup
    if let Some(out) = std::env::var_os("RETROPLAN_WRITE_LARGE") {
        std::fs::write(out, &bytes).unwrap();
    }
    group.sample_size(10);
    group.bench_function("startup_large", |b| {
        b.iter(|| {
            let loaded = retroplan::store::load(black_box(&path)).unwrap();
            let mut app = App::new(loaded.portfolio, Lang::Fr, today());
            app::update(&mut app, Msg::Resize(200, 60));
            term.draw(|f| retroplan::ui::render(&app, f)).unwrap();
        })
    });
    group.bench_function("load_large", |b| {
        b.iter(|| retroplan::store::load(black_box(&path)).unwrap())
    });
    group.bench_function("parse_large", |b| {
        b.iter(|| serde_json::from_slice::<Portfolio>(black_box(&bytes)).unwrap())
    });
    let parsed: Portfolio = serde_json::from_slice(&bytes).unwrap();
    group.bench_function("derive_large", |b| {
        b.iter_batched(
            || parsed.clone(),
            |p| App::new(p, Lang::Fr, today()),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("summaries_large", |b| {
        b.iter(|| {
            use retroplan::model::progress::{AuthorityPlan, summarize_in};
            for a in &parsed.authorities {
                let plan = AuthorityPlan::of(a, &parsed.settings, today());
                for pu in &a.pursuits {
                    black_box(summarize_in(&plan, a, pu, &parsed.settings, today()).ok());
                }
            }
        })
    });
    group.bench_function("fold_large", |b| {
        b.iter(|| {
            for a in &parsed.authorities {
                black_box(retroplan::model::text::fold(&a.name));
                black_box(retroplan::model::text::fold(&a.town));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
