//! `retroplan timeline --j DATE`: the plan for one J, as text or JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::cli::TimelineArgs;
use crate::i18n::{Lang, cli as words, common};
use crate::model::progress::{ItemStatus, items};
use crate::model::template::{ItemText, Template};
use crate::model::{MarketKind, Phase, Pursuit, StageId, Windows};

pub fn run(args: &TimelineArgs, lang: Lang, today: NaiveDate) -> anyhow::Result<ExitCode> {
    let kind = MarketKind::from(args.kind);
    let factor = args.factor.unwrap_or(kind.default_factor());
    let windows = Windows::new(args.j, factor)?;
    let mut pursuit = Pursuit::new("timeline", "");
    pursuit.j = Some(args.j);
    pursuit.market_kind = kind;
    pursuit.factor = factor;
    let authority = crate::model::Authority::new("timeline", "");
    let settings = crate::model::Settings::default();
    let statuses = items(&authority, &pursuit, &windows, &settings, today);
    let out = if args.json {
        let mut s = serde_json::to_string_pretty(&to_json(&windows, kind, &statuses, lang))?;
        s.push('\n');
        s
    } else {
        to_text(&windows, kind, &statuses, lang, today)
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn item_json(text: &ItemText, status: Option<&ItemStatus>) -> Value {
    let mut v = json!({ "id": text.id, "label": text.label, "details": text.details });
    if let Some(s) = status {
        v["start"] = json!(iso(s.window.start));
        v["last_day"] = json!(iso(s.window.last_day()));
        v["state"] = json!(common::state_key(s.state));
    }
    v
}

fn status_of<'a>(statuses: &'a [ItemStatus], id: &str) -> Option<&'a ItemStatus> {
    statuses.iter().find(|s| s.id == id)
}

/// The documented JSON shape: `j`, `factor`, `branch_date`, `stages[]` with
/// `id`, `start`, `end` (next stage's start; J-1 for publicity), `items[]`.
pub fn to_json(w: &Windows, kind: MarketKind, statuses: &[ItemStatus], lang: Lang) -> Value {
    let t = Template::get(lang);
    let stages: Vec<Value> = t
        .stages
        .iter()
        .map(|stage| {
            let win = w.stage(stage.id);
            let end = if stage.id == StageId::Publicity {
                win.last_day()
            } else {
                win.end
            };
            json!({
                "id": stage.id.as_str(),
                "title": stage.title,
                "start": iso(win.start),
                "end": iso(end),
                "last_day": iso(win.last_day()),
                "items": stage.items.iter()
                    .map(|i| item_json(i, status_of(statuses, &i.id)))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "j": iso(w.j),
        "factor": w.factor,
        "kind": serde_json::to_value(kind).unwrap_or(Value::Null),
        "branch_date": iso(w.branch_date()),
        "branch_deadline": iso(w.branch.last_day()),
        "stages": stages,
        "branch": {
            "title": t.branch.title,
            "choose": item_json(&t.branch.choose, status_of(statuses, &t.branch.choose.id)),
            "h1": item_json(&t.branch.h1, None),
            "h2": item_json(&t.branch.h2, None),
            "h2_items": t.branch.h2_items.iter()
                .map(|i| item_json(i, status_of(statuses, &i.id)))
                .collect::<Vec<_>>(),
        },
        "submit": item_json(&t.submit, status_of(statuses, &t.submit.id)),
    })
}

fn push_item(
    out: &mut String,
    text: &ItemText,
    status: Option<&ItemStatus>,
    lang: Lang,
    indent: &str,
) {
    match status {
        Some(s) => {
            let symbol = common::state_symbol(s.state);
            let state = common::state(lang, s.state);
            let _ = writeln!(out, "{indent}{symbol} {}  [{state}]", text.label);
        }
        None => {
            let _ = writeln!(out, "{indent}  {}", text.label);
        }
    }
    for detail in &text.details {
        let _ = writeln!(out, "{indent}    - {detail}");
    }
}

/// The plan as a terminal reads it, in the user's language.
pub fn to_text(
    w: &Windows,
    kind: MarketKind,
    statuses: &[ItemStatus],
    lang: Lang,
    today: NaiveDate,
) -> String {
    let t = Template::get(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — J = {} ({}, {} {})",
        words::plan_title(lang),
        lang.date(w.j),
        common::market_kind(lang, kind),
        words::factor(lang),
        lang.decimal(w.factor)
    );
    let _ = writeln!(
        out,
        "{} {}{}{}, {}\n",
        words::today(lang),
        lang.date(today),
        words::colon(lang),
        common::days_to_j(w.days_to_j(today)),
        common::phase(lang, Phase::on(w, today))
    );
    for (n, stage) in t.stages.iter().enumerate() {
        let win = w.stage(stage.id);
        let _ = writeln!(
            out,
            "{}    {} → {}",
            stage.title,
            lang.date(win.start),
            lang.date(win.last_day())
        );
        for item in &stage.items {
            push_item(&mut out, item, status_of(statuses, &item.id), lang, "  ");
        }
        out.push('\n');
        if n == 0 {
            let _ = writeln!(
                out,
                "{}    {} ({} {})",
                t.branch.title,
                lang.date(w.branch_date()),
                words::branch_due(lang),
                lang.date(w.branch.last_day())
            );
            push_item(
                &mut out,
                &t.branch.choose,
                status_of(statuses, &t.branch.choose.id),
                lang,
                "  ",
            );
            push_item(&mut out, &t.branch.h1, None, lang, "  ");
            push_item(&mut out, &t.branch.h2, None, lang, "  ");
            let _ = writeln!(out, "      {}", words::only_under_h2(lang));
            for item in &t.branch.h2_items {
                push_item(&mut out, item, status_of(statuses, &item.id), lang, "    ");
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "{}    {}", words::j_day(lang), lang.date(w.j));
    push_item(
        &mut out,
        &t.submit,
        status_of(statuses, &t.submit.id),
        lang,
        "  ",
    );
    out
}
