//! The contacts pane: the selected authority's people, decision-maker first,
//! with how to reach them and how fresh the relationship is; below, the
//! selected contact's log, newest first.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::{self, Theme};
use super::{fit, highlight, pane_block, put};
use crate::app::{App, Pane, layout};
use crate::i18n::{common, tui as words};
use crate::model::{Authority, Contact};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let title = Line::from(Span::styled(
        format!(" {} ", words::pane(l, Pane::Contacts)),
        t.bold(),
    ));
    let inner = pane_block(app, Pane::Contacts, title, None, area, buf, t);
    if inner.is_empty() {
        return;
    }
    let Some(auth) = app.selected_authority() else {
        return;
    };
    let view = &app.contacts;
    if view.order.is_empty() {
        put(
            buf,
            inner,
            inner.x,
            inner.y,
            &fit(words::no_contacts(l), usize::from(inner.width)),
            t.warn(),
        );
        return;
    }
    let (list, log) = layout::contact_parts(area, view.order.len());
    let per = usize::from(layout::CONTACT_LINES);
    let fits = usize::from(list.height) / per;
    let offset = layout::keep_visible(view.offset, view.sel, view.order.len(), fits);
    for (n, &ci) in view.order.iter().skip(offset).take(fits).enumerate() {
        let Some(c) = auth.contacts.get(ci) else {
            continue;
        };
        let y = list.y + (n * per) as u16;
        contact(app, c, list, y, buf, t);
        if offset + n == view.sel {
            highlight(buf, list, y, t.cursor(app.focus == Pane::Contacts));
        }
    }
    if let Some(c) = view.selected().and_then(|i| auth.contacts.get(i)) {
        contact_log(app, auth, c, log, buf, t);
    }
}

fn contact(app: &App, c: &Contact, list: Rect, y: u16, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let w = usize::from(list.width);
    let mut x = list.x;
    if c.decision_maker {
        x = put(buf, list, x, y, theme::DECISION_MAKER_GLYPH, t.warn());
        x = put(buf, list, x, y, " ", t.plain());
    }
    x = put(
        buf,
        list,
        x,
        y,
        &fit(&c.name, w.saturating_sub(2)),
        t.bold(),
    );
    let mut tail = Vec::new();
    if c.decision_maker {
        tail.push(words::decision_maker(l).to_string());
    }
    if !c.role.is_empty() {
        tail.push(c.role.clone());
    }
    if !tail.is_empty() {
        put(
            buf,
            list,
            x,
            y,
            &format!(" — {}", tail.join(", ")),
            t.plain(),
        );
    }
    let reach: Vec<&str> = [
        c.phone.as_str(),
        c.mobile.as_str(),
        c.email.as_str(),
        common::influence(l, c.influence),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    put(
        buf,
        list,
        list.x + 2,
        y + 1,
        &fit(&reach.join(" · "), w.saturating_sub(2)),
        t.dim(),
    );
    // Third line: what needs doing first (stale details, nurture), then
    // the last exchange.
    let settings = &app.portfolio().settings;
    let mut parts: Vec<(String, bool)> = Vec::new();
    if c.details_stale(settings, app.today) {
        let text = words::details_stale(l, c.months_since_checked(app.today));
        parts.push((format!("{} {text}", theme::WARN_GLYPH), true));
    }
    if c.do_not_contact {
        parts.push((words::do_not_contact(l).to_string(), true));
    } else if c.to_nurture(settings, app.today) {
        parts.push((words::to_nurture(l).to_string(), true));
    }
    parts.push(match c.last_interaction() {
        Some(i) => (
            words::last_exchange(l, i.date, common::interaction_kind(l, i.kind)),
            false,
        ),
        None => (words::never_exchanged(l).to_string(), false),
    });
    let mut x = list.x + 2;
    for (n, (text, warn)) in parts.iter().enumerate() {
        if n > 0 {
            x = put(buf, list, x, y + 2, " · ", t.dim());
        }
        let room = usize::from(list.right().saturating_sub(x));
        x = put(
            buf,
            list,
            x,
            y + 2,
            &fit(text, room),
            if *warn { t.warn() } else { t.plain() },
        );
    }
}

fn contact_log(app: &App, _auth: &Authority, c: &Contact, log: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    if log.height < 2 {
        return;
    }
    let w = usize::from(log.width);
    let title = fit(&format!("── {} ", words::log_title(l, &c.name)), w);
    let x = put(buf, log, log.x, log.y, &title, t.dim());
    let rule: String = "─".repeat(usize::from(log.right().saturating_sub(x)));
    put(buf, log, x, log.y, &rule, t.dim());
    let entries = c.log_newest_first();
    if entries.is_empty() {
        put(buf, log, log.x, log.y + 1, words::empty_log(l), t.dim());
        return;
    }
    let rows = usize::from(log.height - 1);
    let cursor = app.contacts.log.filter(|_| app.focus == Pane::Contacts);
    let skip = cursor.map_or(0, |at| (at + 1).saturating_sub(rows));
    for (n, i) in entries.iter().enumerate().skip(skip).take(rows) {
        let y = log.y + 1 + (n - skip) as u16;
        let mut text = words::log_entry(
            l,
            &l.date(i.date),
            common::interaction_kind(l, i.kind),
            &i.summary,
        );
        if let Some(f) = i.follow_up {
            text.push_str(&format!(" ({})", words::follow_up(l, f)));
        }
        text = text.replace('\n', " ");
        put(buf, log, log.x, y, &fit(&text, w), t.plain());
        if cursor == Some(n) {
            highlight(buf, log, y, t.cursor(true));
        }
    }
}
