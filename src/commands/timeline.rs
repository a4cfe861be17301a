//! `retroplan timeline --j DATE`: the plan for one J, as text or JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::cli::TimelineArgs;
use crate::i18n::{Lang, cli as words, common, rules as rule_words};
use crate::model::progress::{ItemStatus, items, windows_of};
use crate::model::template::{ItemText, Template};
use crate::model::{MarketKind, Phase, Pursuit, Settings, StageId, Windows};
use crate::report::warnings::plan_warnings;

pub fn run(args: &TimelineArgs, lang: Lang, today: NaiveDate) -> anyhow::Result<ExitCode> {
    let kind = MarketKind::from(args.kind);
    let mut pursuit = Pursuit::new("timeline", "");
    pursuit.j = Some(args.j);
    pursuit.market_kind = kind;
    pursuit.factor = args.factor.unwrap_or(kind.default_factor());
    pursuit.procedure_kind = args.procedure.into();
    pursuit.notice_days = args.notice_days;
    pursuit.notice_published = args.published;
    pursuit.amount = args.amount;
    if let Some(mode) = args.submission {
        pursuit.submission = mode.into();
    }
    let settings = Settings {
        rules: args.rules.into(),
        ..Settings::default()
    };
    let (windows, _) = windows_of(&pursuit, &settings).map_err(anyhow::Error::new)?;
    // A lone pursuit: its authority holds nothing yet.
    let authority = crate::model::Authority::new("timeline", "");
    let statuses = items(&authority, &pursuit, &windows, &settings, today);
    let plan = Plan {
        windows: &windows,
        pursuit: &pursuit,
        statuses: &statuses,
    };
    let out = if args.json {
        let mut s = serde_json::to_string_pretty(&to_json(&plan, lang))?;
        s.push('\n');
        s
    } else {
        to_text(&plan, lang, today)
    };
    super::files::print_output(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// One pursuit's plan, as both outputs read it.
pub struct Plan<'a> {
    pub windows: &'a Windows,
    pub pursuit: &'a Pursuit,
    pub statuses: &'a [ItemStatus],
}

impl Plan<'_> {
    /// The warnings of this plan, each as (about, date, kind, message).
    fn warnings(&self, lang: Lang) -> Vec<Value> {
        plan_warnings(self.windows, self.pursuit, lang)
    }
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

fn offset_json(o: crate::model::rules::Offset, factor: f64, lang: Lang) -> Value {
    json!({
        "days": o.days,
        "rule": o.rule.key(),
        "why": rule_words::why(lang, o, factor),
    })
}

/// The documented JSON shape: `j`, `factor`, `rules`, `procedure`,
/// `notice` (expected date, days, rule, why, published), `candidature`,
/// `warnings[]`, `branch_date`, `stages[]` with `id`, `start`, `end` (next
/// stage's start; J-1 for publicity), `items[]`.
pub fn to_json(plan: &Plan, lang: Lang) -> Value {
    let (w, statuses, pursuit) = (plan.windows, plan.statuses, plan.pursuit);
    let t = Template::for_rules(lang, w.rules);
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
            let mut texts: Vec<&ItemText> = stage.items.iter().collect();
            if stage.id == StageId::Publicity && w.candidature.is_some() {
                texts.push(&t.candidature);
            }
            json!({
                "id": stage.id.as_str(),
                "title": stage.title,
                "start": iso(win.start),
                "end": iso(end),
                "last_day": iso(win.last_day()),
                "items": texts.iter()
                    .map(|i| item_json(i, status_of(statuses, &i.id)))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut notice = offset_json(w.notice.offset, w.factor, lang);
    notice["expected"] = json!(iso(w.notice.expected));
    notice["published"] = json!(w.notice.published.map(iso));
    notice["text"] = json!(rule_words::notice_line(lang, w));
    let candidature = w.candidature.map(|c| {
        let mut v = offset_json(c.offset, w.factor, lang);
        v["date"] = json!(iso(c.date));
        v
    });
    json!({
        "j": iso(w.j),
        "j_time": pursuit.j_time_shown().map(|t| t.format("%H:%M").to_string()),
        "factor": w.factor,
        "kind": serde_json::to_value(pursuit.market_kind).unwrap_or(Value::Null),
        "rules": w.rules.key(),
        "procedure": pursuit.procedure().key(),
        "notice": notice,
        "candidature": candidature,
        "warnings": plan.warnings(lang),
        "branch_date": iso(w.branch_date()),
        "branch_deadline": iso(w.branch.last_day()),
        "stages": stages,
        "branch": {
            "title": t.branch.title_at(w.branch_months),
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
pub fn to_text(plan: &Plan, lang: Lang, today: NaiveDate) -> String {
    let (w, statuses, pursuit) = (plan.windows, plan.statuses, plan.pursuit);
    let t = Template::for_rules(lang, w.rules);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — J = {} ({}, {} {}) · {}",
        words::plan_title(lang),
        rule_words::date_time(lang, w.j, pursuit.j_time_shown()),
        common::market_kind(lang, pursuit.market_kind),
        words::factor(lang),
        lang.decimal(w.factor),
        rule_words::rules_label(lang, w.rules)
    );
    for warning in plan.warnings(lang) {
        let message = warning["message"].as_str().unwrap_or_default();
        let _ = writeln!(
            out,
            "⚠ {}{}{message}",
            rule_words::warning(lang),
            words::colon(lang)
        );
    }
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
        if stage.id == StageId::Publicity {
            let _ = writeln!(
                out,
                "  {} — {}",
                rule_words::notice_line(lang, w),
                rule_words::why(lang, w.notice.offset, w.factor)
            );
        }
        for item in &stage.items {
            push_item(&mut out, item, status_of(statuses, &item.id), lang, "  ");
        }
        if let (StageId::Publicity, Some(c)) = (stage.id, w.candidature) {
            let _ = writeln!(
                out,
                "  {}",
                rule_words::candidature_line(lang, c.date, c.offset.days)
            );
            push_item(
                &mut out,
                &t.candidature,
                status_of(statuses, &t.candidature.id),
                lang,
                "  ",
            );
        }
        out.push('\n');
        if n == 0 {
            let _ = writeln!(
                out,
                "{}    {} ({} {})",
                t.branch.title_at(w.branch_months),
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
    let _ = writeln!(
        out,
        "{}    {}",
        words::j_day(lang),
        rule_words::date_time(lang, w.j, pursuit.j_time_shown())
    );
    push_item(
        &mut out,
        &t.submit,
        status_of(statuses, &t.submit.id),
        lang,
        "  ",
    );
    out
}
