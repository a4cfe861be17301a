//! A large, deterministic portfolio for timing `retroplan agenda` and the
//! exports: `cargo run --release --example agenda_bench_portfolio --
//! --authorities 5000 --out /tmp/big.json [--today 2026-11-28]`.
//! Prints how many checklist entries and interactions it holds.

use chrono::{Days, NaiveDate};
use retroplan::model::progress::items;
use retroplan::model::{
    Authority, Contact, Influence, Interaction, InteractionKind, Outcome, Portfolio, Pursuit,
    Windows,
};

/// A tiny linear congruential generator: reproducible without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        d.checked_add_days(Days::new(days as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new((-days) as u64)).unwrap_or(d)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let n: usize = arg("--authorities")
        .and_then(|s| s.parse().ok())
        .unwrap_or(5000);
    let out = arg("--out").unwrap_or_else(|| "portfolio-bench.json".into());
    let today = arg("--today")
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default());
    let mut rng = Lcg(42);
    let mut p = Portfolio::default();
    let (mut entries, mut interactions) = (0, 0);
    for a_n in 0..n {
        let mut a = Authority::new(format!("a-{a_n}"), format!("Commune n°{a_n}"));
        a.town = format!("Ville {a_n}");
        a.departement = format!("{:02}", 1 + a_n % 95);
        a.priority = 1 + (a_n % 5) as u8;
        for p_n in 0..(1 + rng.next(2)) {
            let mut x = Pursuit::new(format!("p-{a_n}-{p_n}"), format!("Marché {a_n}-{p_n}"));
            let j = shift(today, rng.next(730) as i64 - 200);
            x.j = Some(j);
            // As in real use: a pursuit whose J is past has an outcome, and
            // most items whose window is over were done.
            if j < today {
                x.outcome = Outcome::ALL[1 + rng.next(4) as usize];
            }
            if let Ok(w) = Windows::new(j, x.factor) {
                for s in items(&x.clone(), &w, today) {
                    if s.window.end <= today && rng.next(10) < 8 {
                        x.toggle(s.id, shift(s.window.end, -1).min(today));
                        entries += 1;
                    }
                }
            }
            a.pursuits.push(x);
        }
        for c_n in 0..2 {
            let mut c = Contact::new(format!("c-{a_n}-{c_n}"), format!("Contact {a_n} {c_n}"));
            c.email = format!("contact{a_n}.{c_n}@example.fr");
            c.influence = Influence::ALL[rng.next(4) as usize];
            c.do_not_contact = rng.next(20) == 0;
            for i_n in 0..rng.next(3) {
                let date = shift(today, -(rng.next(400) as i64));
                c.interactions.push(Interaction {
                    id: format!("i-{a_n}-{c_n}-{i_n}"),
                    kind: InteractionKind::ALL[rng.next(7) as usize],
                    date,
                    summary: format!("Échange {i_n} ; à suivre"),
                    follow_up: (rng.next(3) == 0).then(|| shift(date, 30)),
                });
                interactions += 1;
            }
            c.interactions.sort_by_key(|i| i.date);
            a.contacts.push(c);
        }
        p.authorities.push(a);
    }
    if let Err(e) = std::fs::write(&out, retroplan::store::to_bytes(&p)) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
    println!(
        "{out}: {n} authorities, {} pursuits, {entries} checklist entries, {interactions} interactions",
        p.pursuits().count()
    );
}
