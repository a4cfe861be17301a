//! The store on a 5,000-authority portfolio from `gen_portfolio` (~41 MB):
//! load (read + parse + format check + hash + validation) against
//! `serde_json::from_slice` alone, and an atomic save (serialize, temp file,
//! sync, backup, rename, folder sync, change check) against
//! `to_vec_pretty` + write + `sync_all`. Targets: 1.3× and 1.5×.

#[path = "../examples/gen_portfolio/generate.rs"]
mod generate;

use std::fs::File;
use std::hint::black_box;
use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};

use retroplan::model::Portfolio;
use retroplan::store;

fn bench(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date");
    let portfolio = generate::portfolio(5_000, today, 7);
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("portfolio.json");
    let mut stamp = store::save(&path, &portfolio, None).expect("first save");
    let bytes = std::fs::read(&path).expect("read back");

    let mut load = c.benchmark_group("load_5000");
    load.bench_function("serde_json_from_slice", |b| {
        b.iter(|| black_box(serde_json::from_slice::<Portfolio>(black_box(&bytes)).expect("parse")))
    });
    load.bench_function("store_load", |b| {
        b.iter(|| black_box(store::load(black_box(&path)).expect("load")))
    });
    load.finish();

    let mut save = c.benchmark_group("save_5000");
    let plain = dir.path().join("plain.json");
    save.bench_function("to_vec_pretty_write_sync_all", |b| {
        b.iter(|| {
            let out = serde_json::to_vec_pretty(black_box(&portfolio)).expect("serialize");
            let mut f = File::create(&plain).expect("create");
            f.write_all(&out).expect("write");
            f.sync_all().expect("sync");
        })
    });
    save.bench_function("store_save", |b| {
        b.iter(|| {
            stamp = store::save(&path, black_box(&portfolio), Some(&stamp)).expect("save");
        })
    });
    save.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
