//! The timeline pane: authorities with their pursuits beneath, each pursuit
//! a bar of its three stage windows against a today column, and the stage,
//! J, days to J and late count. Only the visible rows are drawn.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::{self, Theme};
use super::{fit, highlight, pane_block, put};
use crate::app::{Action, App, Pane, Row, Zoom, layout};
use crate::i18n::{common, rules as rules_words, tui as words};
use crate::model::holidays::day_warning;
use crate::model::{JOrigin, Phase, StageId};

/// Column widths for a pane `width` wide.
#[derive(Debug, Clone, Copy)]
struct Columns {
    label: u16,
    bar: u16,
    stage: u16,
    j: u16,
    days: u16,
}

/// The J column: a date ("06/05/2027"), with its time ("06/05/2027 12:00").
const J_DATE: u16 = 10;
const J_DATE_TIME: u16 = 16;
/// The bar keeps at least this many columns: the J column narrows (no
/// time), then goes, before the bar does.
const MIN_BAR: u16 = 24;

impl Columns {
    /// `timed`: some pursuit shown has a confirmed J with a time.
    fn for_width(width: u16, timed: bool) -> Columns {
        let label = (u32::from(width) * 28 / 100).clamp(14, 40) as u16;
        let (stage, days, late) = (13, 7, 4u16);
        let rest = |j: u16| width.saturating_sub(label + stage + j + days + late + 5);
        let j = [J_DATE_TIME, J_DATE]
            .into_iter()
            .filter(|&j| timed || j == J_DATE)
            .find(|&j| rest(j) >= MIN_BAR)
            .unwrap_or(0);
        Columns {
            label,
            bar: rest(j),
            stage,
            j,
            days,
        }
    }

    fn bar_x(&self, x: u16) -> u16 {
        x + self.label + 1
    }

    fn stage_x(&self, x: u16) -> u16 {
        self.bar_x(x) + self.bar + 1
    }

    fn j_x(&self, x: u16) -> u16 {
        self.stage_x(x) + self.stage + 1
    }

    fn days_x(&self, x: u16) -> u16 {
        self.j_x(x) + if self.j > 0 { self.j + 1 } else { 0 }
    }

    fn late_x(&self, x: u16) -> u16 {
        self.days_x(x) + self.days + 1
    }
}

/// The days shown by the bar: column `i` covers `[start + i·step, +step)`.
#[derive(Debug, Clone, Copy)]
struct Scale {
    start: NaiveDate,
    step: i64,
}

impl Scale {
    fn new(app: &App, bar: u16) -> Scale {
        let step = app.zoom.days_per_column();
        // Home: today a sixth of the way in, so most of what is ahead shows.
        let back = i64::from(bar / 6) * step - app.time_shift;
        let start = shift(app.today, -back);
        Scale { start, step }
    }

    fn col_start(&self, i: u16) -> NaiveDate {
        shift(self.start, i64::from(i) * self.step)
    }

    /// The column holding `day`, if it is inside `0..width`.
    fn col_of(&self, day: NaiveDate, width: u16) -> Option<u16> {
        let d = (day - self.start).num_days();
        if d < 0 {
            return None;
        }
        u16::try_from(d / self.step).ok().filter(|c| *c < width)
    }
}

fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    let r = if days >= 0 {
        d.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    r.unwrap_or(d)
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let mut title = vec![Span::styled(
        format!(" {} — ", words::pane(l, Pane::Timeline)),
        t.bold(),
    )];
    let mine = if app.owners.mine.is_some() {
        format!(" · {}", words::mine_mark(l))
    } else {
        String::new()
    };
    title.push(Span::raw(format!(
        "{}{mine} · {} ",
        words::timeline_title(l, app.sort, app.zoom, &app.filter),
        rules_words::rules_label(l, app.portfolio().settings.rules)
    )));
    let bottom = (!app.rows.is_empty())
        .then(|| Line::from(format!(" {}/{} ", app.timeline.sel + 1, app.rows.len())));
    let inner = pane_block(app, Pane::Timeline, Line::from(title), bottom, area, buf, t);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let timed = app.rows.iter().any(|row| match *row {
        Row::Pursuit(a, p) => app
            .portfolio()
            .authorities
            .get(a)
            .and_then(|x| x.pursuits.get(p))
            .is_some_and(|p| p.j_time_shown().is_some()),
        Row::Authority(_) => false,
    });
    let cols = Columns::for_width(inner.width, timed);
    let scale = Scale::new(app, cols.bar);
    header(app, inner, cols, scale, buf, t);
    let rows = layout::timeline_rows(area);
    if app.rows.is_empty() {
        empty(app, rows, buf, t);
        return;
    }
    let height = usize::from(rows.height);
    let offset = layout::keep_visible(
        app.timeline.offset,
        app.timeline.sel,
        app.rows.len(),
        height,
    );
    let today_col = scale.col_of(app.today, cols.bar);
    for (n, row) in app.rows.iter().skip(offset).take(height).enumerate() {
        let y = rows.y + n as u16;
        match *row {
            Row::Authority(a) => authority_row(app, a, rows, y, buf, t),
            Row::Pursuit(a, p) => pursuit_row(app, a, p, rows, y, cols, scale, today_col, buf, t),
        }
        if offset + n == app.timeline.sel {
            highlight(buf, rows, y, t.cursor(app.focus == Pane::Timeline));
        }
    }
}

fn header(app: &App, inner: Rect, cols: Columns, scale: Scale, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let y = inner.y;
    let x = inner.x;
    let [contract, stage, j, days, late] = words::columns(l);
    put(buf, inner, x, y, contract, t.dim());
    put(buf, inner, cols.stage_x(x), y, stage, t.dim());
    if cols.j > 0 {
        put(buf, inner, cols.j_x(x), y, j, t.dim());
    }
    put(buf, inner, cols.days_x(x), y, days, t.dim());
    put(buf, inner, cols.late_x(x), y, late, t.dim());
    // Axis labels at month starts (or Mondays on the weeks scale).
    let bar = Rect::new(cols.bar_x(x), y, cols.bar, 1).intersection(inner);
    let today = scale.col_of(app.today, cols.bar);
    let mut free_from = 0u16;
    for i in 0..cols.bar {
        let from = scale.col_start(i);
        let label = (0..scale.step)
            .map(|k| shift(from, k))
            .find_map(|d| match app.zoom {
                Zoom::Weeks => (d.weekday() == Weekday::Mon).then(|| words::day_month(l, d)),
                _ if d.day() == 1 && d.month() == 1 => Some(d.year().to_string()),
                _ if d.day() == 1 => Some(words::month(l, d).to_string()),
                _ => None,
            });
        if let Some(label) = label
            && i >= free_from
            && i + label.width() as u16 <= cols.bar
            && !today.is_some_and(|c| c >= i && c <= i + label.width() as u16)
        {
            put(buf, bar, bar.x + i, y, &label, t.dim());
            free_from = i + label.width() as u16 + 1;
        }
    }
    if let Some(c) = today {
        put(buf, bar, bar.x + c, y, "▼", t.today());
    }
}

fn empty(app: &App, rows: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    if !app.filter.is_empty() {
        put(
            buf,
            rows,
            rows.x + 2,
            rows.y,
            &words::no_match(l, &app.filter),
            t.warn(),
        );
        return;
    }
    let lines = words::onboarding(
        l,
        &words::key_for(l, Action::Add),
        &words::key_for(l, Action::AddPursuit),
    );
    for (n, line) in lines.iter().enumerate() {
        let style = if n == 0 { t.bold() } else { t.plain() };
        put(
            buf,
            rows,
            rows.x + 2,
            rows.y + n as u16,
            &fit(line, usize::from(rows.width.saturating_sub(2))),
            style,
        );
    }
}

fn authority_row(app: &App, a: usize, rows: Rect, y: u16, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let Some(auth) = app.portfolio().authorities.get(a) else {
        return;
    };
    let mut text = format!("▸ {}", auth.name);
    let mut details = vec![common::category(l, auth.category).to_string()];
    let town = words::town_line(l, &auth.town, &auth.departement);
    if !town.is_empty() {
        details.push(town);
    }
    details.push(words::priority(l, auth.priority));
    let x = put(
        buf,
        rows,
        rows.x,
        y,
        &fit(&text, usize::from(rows.width)),
        t.bold(),
    );
    text = format!(" · {}", details.join(" · "));
    let x = put(buf, rows, x, y, &text, t.dim());
    if auth.pursuits.is_empty() {
        put(
            buf,
            rows,
            x,
            y,
            &format!(
                " — {}",
                words::no_pursuit(l, &words::key_for(l, Action::AddPursuit))
            ),
            t.warn(),
        );
        return;
    }
    let nurture = auth.contacts_to_nurture(&app.portfolio().settings, app.today);
    if nurture > 0 {
        let text = format!(" · {}", words::contacts_to_nurture(l, nurture));
        put(buf, rows, x, y, &text, t.warn());
    }
}

#[allow(clippy::too_many_arguments)]
fn pursuit_row(
    app: &App,
    a: usize,
    p: usize,
    rows: Rect,
    y: u16,
    cols: Columns,
    scale: Scale,
    today_col: Option<u16>,
    buf: &mut Buffer,
    t: Theme,
) {
    let l = app.lang;
    let Some(pursuit) = app
        .portfolio()
        .authorities
        .get(a)
        .and_then(|x| x.pursuits.get(p))
    else {
        return;
    };
    let x = rows.x;
    let label = fit(&format!("  {}", pursuit.object), usize::from(cols.label));
    put(buf, rows, x, y, &label, t.plain());
    let Some(s) = app.derived.summary(a, p) else {
        put(
            buf,
            rows,
            cols.bar_x(x),
            y,
            words::no_plan_short(l),
            t.warn(),
        );
        return;
    };
    // The bar: one glyph per column, J and the today column drawn over it.
    let bx = cols.bar_x(x);
    for i in 0..cols.bar {
        let from = scale.col_start(i);
        let to = shift(from, scale.step);
        let covers = |d: NaiveDate| from <= d && d < to;
        let (glyph, style) = if covers(s.windows.j) {
            (theme::J_GLYPH, t.j_mark())
        } else if today_col == Some(i) {
            (theme::TODAY_GLYPH, t.today())
        } else if let Some(stage) = StageId::ALL.into_iter().find(|st| {
            let w = s.windows.stage(*st);
            from < w.end && w.start < to
        }) {
            (theme::stage_glyph(stage), t.stage(stage))
        } else {
            continue;
        };
        put(buf, rows, bx + i, y, glyph, style);
    }
    let stage_text = if pursuit.outcome.is_closed() {
        common::outcome(l, pursuit.outcome)
    } else {
        common::phase(l, s.phase)
    };
    let stage_style = match s.phase {
        Phase::Stage(st) if !pursuit.outcome.is_closed() => t.stage(st),
        _ => t.dim(),
    };
    put(
        buf,
        rows,
        cols.stage_x(x),
        y,
        &fit(stage_text, usize::from(cols.stage)),
        stage_style,
    );
    if cols.j > 0 {
        // J on a weekend or public holiday shows in the warning colour.
        let style = if day_warning(s.windows.j).is_some() {
            t.warn()
        } else {
            t.plain()
        };
        // With its time when J is confirmed with one and the column has room.
        let time = pursuit.j_time_shown().filter(|_| cols.j >= J_DATE_TIME);
        let j = rules_words::date_time(l, s.windows.j, time);
        put(buf, rows, cols.j_x(x), y, &j, style);
    }
    let mut days = common::days_to_j(s.days_to_j);
    if s.origin == JOrigin::Forecast {
        days.insert(0, '≈');
    }
    put(
        buf,
        rows,
        cols.days_x(x),
        y,
        &fit(&days, usize::from(cols.days)),
        t.bold(),
    );
    if s.late > 0 {
        put(
            buf,
            rows,
            cols.late_x(x),
            y,
            &format!("!{}", s.late),
            t.late(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_j_column_drops_the_time_then_itself_before_the_bar() {
        // Wide: the time fits; without a timed J the column stays a date.
        assert_eq!(Columns::for_width(118, true).j, J_DATE_TIME);
        assert_eq!(Columns::for_width(118, false).j, J_DATE);
        // Narrower: the date alone, then no J column; the bar keeps its room.
        assert_eq!(Columns::for_width(88, true).j, J_DATE);
        assert_eq!(Columns::for_width(78, true).j, 0);
        for width in 60..140 {
            for timed in [false, true] {
                let c = Columns::for_width(width, timed);
                assert!(c.j == 0 || c.bar >= MIN_BAR, "{width} {timed}");
            }
        }
    }
}
