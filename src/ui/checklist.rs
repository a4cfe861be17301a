//! The checklist pane: the selected pursuit's stages with windows and
//! progress, each item with its box, state glyph and date, the seed's
//! sub-points, and the H1/H2 block between stages 1 and 2.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line as TextLine, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{fit, highlight, pane_block, put};
use crate::app::checklist::Line;
use crate::app::{Action, App, Pane, Row, layout};
use crate::i18n::{common, rules as rules_words, tui as words};
use crate::model::JOrigin;
use crate::model::holidays::closed_days;
use crate::model::template::{CHOOSE_BRANCH_ID, Template};
use crate::model::{Authority, ItemState, Pursuit};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let title = TextLine::from(Span::styled(
        format!(" {} ", words::pane(l, Pane::Checklist)),
        t.bold(),
    ));
    let inner = pane_block(app, Pane::Checklist, title, None, area, buf, t);
    if inner.is_empty() {
        return;
    }
    match app.selected_row() {
        None => {}
        Some(Row::Authority(a)) => authority(app, a, inner, buf, t),
        Some(Row::Pursuit(a, p)) => pursuit(app, a, p, area, inner, buf, t),
    }
}

fn authority(app: &App, a: usize, inner: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let Some(auth) = app.portfolio().authorities.get(a) else {
        return;
    };
    let w = usize::from(inner.width);
    let mut y = inner.y;
    let mut line = |text: &str, style| {
        put(buf, inner, inner.x, y, &fit(text, w), style);
        y += 1;
    };
    line(&auth.name, t.bold());
    let mut facts = vec![common::category(l, auth.category).to_string()];
    let town = words::town_line(l, &auth.town, &auth.departement);
    if !town.is_empty() {
        facts.push(town);
    }
    facts.push(words::priority_long(l, auth.priority));
    line(&facts.join(" · "), t.plain());
    if let Some(s) = &auth.siret {
        line(&words::siret(l, s), t.dim());
    }
    if !auth.activity.is_empty() {
        line(
            &format!("{} {}", words::activity(l), auth.activity),
            t.dim(),
        );
    }
    line("", t.plain());
    if auth.pursuits.is_empty() {
        line(
            &words::no_pursuit(l, &words::key_for(l, Action::AddPursuit)),
            t.warn(),
        );
    } else {
        line(words::select_pursuit(l), t.dim());
    }
}

#[allow(clippy::too_many_arguments)]
fn pursuit(app: &App, a: usize, p: usize, area: Rect, inner: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let Some(auth) = app.portfolio().authorities.get(a) else {
        return;
    };
    let Some(pu) = auth.pursuits.get(p) else {
        return;
    };
    let w = usize::from(inner.width);
    let x = put(buf, inner, inner.x, inner.y, &fit(&pu.object, w), t.bold());
    put(
        buf,
        inner,
        x,
        inner.y,
        &format!(" — {}", auth.name),
        t.dim(),
    );
    let Some(s) = app.derived.summary(a, p) else {
        put(
            buf,
            inner,
            inner.x,
            inner.y + 1,
            &fit(words::no_j(l), w),
            t.warn(),
        );
        return;
    };
    let days = common::days_to_j(s.days_to_j);
    // A J confirmed by a notice names it (BOAMP import, or typed).
    let origin = match s.origin {
        JOrigin::Confirmed if !pu.notice_ref.is_empty() => {
            crate::i18n::boamp::confirmed_by(l, &pu.notice_ref)
        }
        other => common::j_origin(l, other).to_string(),
    };
    let mut second = words::j_line(l, s.windows.j, pu.j_time_shown(), &days, &origin);
    if (s.windows.factor - 1.0).abs() > f64::EPSILON {
        second.push_str(&format!(" · {}", words::factor(l, s.windows.factor)));
    }
    if pu.outcome.is_closed() {
        second.push_str(&format!(" · {}", common::outcome(l, pu.outcome)));
    }
    let x = put(buf, inner, inner.x, inner.y + 1, &fit(&second, w), t.bold());
    // Closed days (J, candidature deadline, publication) right after J.
    let closed: Vec<String> = closed_days(&s.windows)
        .map(|(role, _, warn)| format!(" ⚠ {}", rules_words::closed_day_short(l, role, warn)))
        .collect();
    if !closed.is_empty() {
        put(buf, inner, x, inner.y + 1, &closed.concat(), t.warn());
    }
    // Third line: what the notices said, where a forecast J comes from
    // (imports set `source`), else what is known of the current contract.
    let notices = !pu.notice.linked.is_empty();
    let third = match (s.origin, pu.current_expiry) {
        _ if notices => crate::i18n::boamp::notice_status(l, pu),
        (JOrigin::Forecast, Some(expiry)) => words::forecast_from(
            l,
            expiry,
            app.portfolio().settings.lead_time_days,
            pu.source.as_deref(),
        ),
        _ => words::current_contract(l, &pu.current_holder, pu.current_expiry),
    };
    put(buf, inner, inner.x, inner.y + 2, &fit(&third, w), t.dim());

    let rows = layout::checklist_rows(area);
    let view = &app.check;
    let height = usize::from(rows.height);
    let sel_line = view.selected_line();
    let offset = match sel_line {
        Some(line) => layout::keep_visible(view.offset, line, view.lines.len(), height),
        None => 0,
    };
    let template = Template::for_rules(l, s.windows.rules);
    for (n, line) in view.lines.iter().skip(offset).take(height).enumerate() {
        let y = rows.y + n as u16;
        match *line {
            Line::Stage(stage) => {
                let title = template.stage(stage).map_or("", |st| st.title.as_str());
                let win = s.windows.stage(stage);
                let (done, total) = s.progress[stage as usize];
                heading(
                    buf,
                    rows,
                    y,
                    title,
                    &words::window(l, win.start, win.last_day()),
                    done,
                    total,
                    t.stage(stage),
                    t,
                );
            }
            Line::BranchHead => {
                let (done, total) = s.branch_progress;
                let title = format!(
                    "{} · {}",
                    template.branch.title_at(s.windows.branch_months),
                    common::branch_short(l, pu.branch)
                );
                heading(
                    buf,
                    rows,
                    y,
                    &title,
                    &l.date(s.windows.branch_date()),
                    done,
                    total,
                    t.bold(),
                    t,
                );
            }
            Line::SubmitHead => {
                let done = usize::from(view.items.last().is_some_and(|i| i.state.is_done()));
                heading(
                    buf,
                    rows,
                    y,
                    &words::submit_head(l, s.windows.j, pu.j_time_shown()),
                    "",
                    done,
                    1,
                    t.j_mark(),
                    t,
                );
            }
            Line::BranchText(..) | Line::Detail(..) | Line::Notice(_) => {
                wrapped(view.text(*line), rows, y, buf, t.dim());
            }
            Line::Item(i) => item(app, i, auth, pu, rows, y, buf, t),
            Line::Why(i, _) => {
                let style = match view.items.get(i).map(|it| it.state) {
                    Some(ItemState::NotApplicable) | None => t.dim(),
                    Some(s) => t.state(s),
                };
                wrapped(view.text(*line), rows, y, buf, style);
            }
            Line::PaperWarning(_) => wrapped(view.text(*line), rows, y, buf, t.warn()),
            Line::Blank => {}
            Line::ComplianceHead => super::compliance::head(app, rows, y, buf, t),
            Line::ComplianceEmpty => super::compliance::empty(app, rows, y, buf, t),
            Line::Requirement(n) => super::compliance::requirement(app, pu, n, rows, y, buf, t),
            Line::Document(n) => super::compliance::document(app, n, rows, y, buf, t),
        }
        if Some(offset + n) == sel_line {
            highlight(buf, rows, y, t.cursor(app.focus == Pane::Checklist));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn heading(
    buf: &mut Buffer,
    rows: Rect,
    y: u16,
    title: &str,
    window: &str,
    done: usize,
    total: usize,
    style: ratatui::style::Style,
    t: Theme,
) {
    let progress = format!("{done}/{total}");
    let right = if window.is_empty() {
        progress
    } else {
        format!("{window}  {progress}")
    };
    let room = usize::from(rows.width).saturating_sub(right.width() + 1);
    put(
        buf,
        rows,
        rows.x,
        y,
        &fit(title, room),
        style.add_modifier(ratatui::style::Modifier::BOLD),
    );
    let rx = rows.right().saturating_sub(right.width() as u16);
    if rx > rows.x {
        put(buf, rows, rx, y, &right, t.dim());
    }
}

#[allow(clippy::too_many_arguments)]
fn item(
    app: &App,
    i: usize,
    auth: &Authority,
    pu: &Pursuit,
    rows: Rect,
    y: u16,
    buf: &mut Buffer,
    t: Theme,
) {
    let l = app.lang;
    let Some(it) = app.check.items.get(i) else {
        return;
    };
    let template = Template::for_rules(l, app.portfolio().settings.rules);
    let label = if it.id == CHOOSE_BRANCH_ID {
        format!(
            "{} ({})",
            template.branch.choose.label,
            common::branch(l, pu.branch)
        )
    } else {
        template
            .item(it.id)
            .map_or(it.id.to_string(), |x| x.label.clone())
    };
    let noted = auth.entry(pu, it.id).is_some_and(|e| !e.note.is_empty());
    let boxed = match it.state {
        s if s.is_done() => "[x]",
        ItemState::NotApplicable => "[-]",
        _ => "[ ]",
    };
    let mut state = words::item_state(l, it.state, it.window.start, it.window.last_day());
    // In a narrow pane the glyph already says late/due/done: keep the date.
    if usize::from(rows.width).saturating_sub(state.width() + 10) < 24 {
        state = words::item_date(l, it.state, it.window.start, it.window.last_day());
    }
    let room = usize::from(rows.width).saturating_sub(state.width() + 10);
    let mut x = put(buf, rows, rows.x + 2, y, boxed, t.plain());
    x = put(
        buf,
        rows,
        x + 1,
        y,
        common::state_symbol(it.state),
        t.state(it.state),
    );
    let label = if noted { format!("{label} ✎") } else { label };
    put(buf, rows, x + 1, y, &fit(&label, room), t.plain());
    let sx = rows.right().saturating_sub(state.width() as u16);
    if sx > x + 1 {
        put(buf, rows, sx, y, &state, t.state(it.state));
    }
}

/// One line of wrapped text under an item or a heading (the view cut it
/// to the pane's width; `fit` only guards a word wider than the pane).
fn wrapped(text: &str, rows: Rect, y: u16, buf: &mut Buffer, style: ratatui::style::Style) {
    put(
        buf,
        rows,
        rows.x,
        y,
        &fit(text, usize::from(rows.width)),
        style,
    );
}
