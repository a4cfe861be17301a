//! Drawing cost at scale: a frame must depend on what is visible, not on
//! the portfolio. `cargo bench --bench ui`.

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use retroplan::app::{self, Action, App, Msg};
use retroplan::i18n::Lang;
use retroplan::model::{
    Authority, AuthorityCategory, ChecklistEntry, Contact, Interaction, InteractionKind, Portfolio,
    Pursuit,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// `n` authorities with two pursuits (J spread over two years, some ticks)
/// and two contacts with a short log each. Stands in for
/// `examples/gen_portfolio.rs` until that lands.
fn portfolio(n: usize) -> Portfolio {
    let t = today();
    let towns = ["Chartres", "Évreux", "Lyon", "Orléans", "Dreux", "Tours"];
    let mut p = Portfolio::default();
    for i in 0..n {
        let mut a = Authority::new(
            format!("a-{i}"),
            format!("Commune n°{i} de {}", towns[i % 6]),
        );
        a.category = AuthorityCategory::ALL[i % 7];
        a.town = towns[i % 6].into();
        a.departement = format!("{}", 1 + i % 95);
        a.priority = (1 + i % 5) as u8;
        for k in 0..2 {
            let mut pu = Pursuit::new(format!("p-{i}-{k}"), format!("Marché de services {i}-{k}"));
            pu.j = t.checked_add_days(Days::new(((i * 37 + k * 211) % 700) as u64));
            if k == 1 {
                pu.j = None;
                pu.current_expiry = t.checked_add_days(Days::new(((i * 53) % 600 + 120) as u64));
            }
            for id in ["prospection.targets", "prospection.decision_maker"] {
                pu.checklist.insert(
                    id.into(),
                    ChecklistEntry {
                        done: Some(t),
                        note: String::new(),
                    },
                );
            }
            a.pursuits.push(pu);
        }
        for k in 0..2 {
            let mut c = Contact::new(format!("c-{i}-{k}"), format!("Contact {k} {i}"));
            c.decision_maker = k == 0;
            c.role = "Acheteur".into();
            for d in 0..3u64 {
                c.interactions.push(Interaction {
                    id: format!("i-{i}-{k}-{d}"),
                    kind: InteractionKind::Call,
                    date: t.checked_sub_days(Days::new(d * 40 + 3)).unwrap_or(t),
                    summary: "Point sur le prochain marché".into(),
                    follow_up: None,
                });
            }
            a.contacts.push(c);
        }
        p.authorities.push(a);
    }
    p
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
            for a in &parsed.authorities {
                for pu in &a.pursuits {
                    black_box(
                        retroplan::model::progress::summarize(pu, &parsed.settings, today()).ok(),
                    );
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
