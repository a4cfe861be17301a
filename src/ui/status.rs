//! The status bar: markers (demo, read-only, save trouble), the last
//! notice or the filter being typed, and the keys that apply now, taken
//! from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{fit, put};

use crate::app::{Action, App, Mode, Notice, SaveState, keymap};
use crate::i18n::recovery;
use crate::i18n::{Localize, common, forms, tui as words};
use crate::model::template::Template;

/// The hints for the focused pane that fit in `room` columns, help first
/// so the way to every other key is always shown: "? aide · Espace cocher · …".
pub fn hints(app: &App, room: usize) -> String {
    let l = app.lang;
    let mut all: Vec<(u8, String)> = keymap::for_pane(app.focus)
        .filter(|b| b.hint)
        .filter_map(|b| {
            let key = b.keys.first()?;
            let text = format!(
                "{} {}",
                words::key_name(l, key),
                words::action_short(l, b.action)
            );
            let rank = match b.action {
                Action::Help => 0,
                // What the pane is for: tick an item, log the call.
                Action::Toggle | Action::Branch | Action::LogInteraction => 1,
                Action::FocusNext => 2,
                Action::Quit => 3,
                _ => 4,
            };
            Some((rank, text))
        })
        .collect();
    all.sort_by_key(|(rank, _)| *rank);
    let mut out = String::new();
    for (_, h) in all {
        let extra = if out.is_empty() {
            h.width()
        } else {
            h.width() + 3
        };
        if out.width() + extra > room {
            break;
        }
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(&h);
    }
    out
}

fn notice_text(app: &App, n: &Notice) -> String {
    let l = app.lang;
    let label = |id: &str| {
        Template::get(l)
            .item(id)
            .map_or(id.to_string(), |i| i.label.clone())
    };
    match n {
        Notice::Ticked(id) => words::ticked(l, &label(id)),
        Notice::Unticked(id) => words::unticked(l, &label(id)),
        Notice::NotApplicable(id) => crate::i18n::evidence::marked_not_applicable(l, &label(id)),
        Notice::Applicable(id) => crate::i18n::evidence::marked_applicable(l, &label(id)),
        Notice::Branch(b) => words::branch_now(l, common::branch(l, *b)),
        Notice::ReadOnly => words::read_only_refusal(l).to_string(),
        Notice::NothingToTick => words::nothing_to_tick(l).to_string(),
        Notice::NoPlan => words::no_j(l).to_string(),
        Notice::Sort(s) => words::sorted(l, *s),
        Notice::Zoom(z) => words::zoomed(l, *z),
        Notice::Rules(r) => crate::i18n::rules::switched(l, *r),
        Notice::Saved => words::saved(l).to_string(),
        Notice::NothingSelected => forms::nothing_selected(l).to_string(),
        Notice::Deleted => forms::deleted(l).to_string(),
        Notice::Undone => forms::undone(l).to_string(),
        Notice::Redone => forms::redone(l).to_string(),
        Notice::NothingToUndo => forms::nothing_to_undo(l).to_string(),
        Notice::NothingToRedo => forms::nothing_to_redo(l).to_string(),
        Notice::Created(path) => words::created(l, path),
        Notice::Compliance(said) => crate::i18n::compliance::said(l, said),
        Notice::Settled(left) => crate::i18n::merge::settled(l, *left),
        Notice::NotSettled => crate::i18n::merge::not_settled(l).to_string(),
        Notice::ConflictCopies(n) => words::conflict_copies(l, *n),
        Notice::TheirsKept(path) => recovery::theirs_kept(l, path),
        Notice::MineCopied(path) => recovery::mine_copied(l, path),
        Notice::Reloaded => recovery::reloaded(l).to_string(),
        Notice::Mine(mine) => words::mine(l, *mine).to_string(),
    }
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    if area.is_empty() {
        return;
    }
    let l = app.lang;
    let y = area.y;
    let mut x = area.x;
    if app.demo {
        x = put(buf, area, x, y, words::demo(l), t.marker());
        x = put(buf, area, x, y, " ", t.plain());
    }
    if let Some(r) = app.read_only {
        x = put(buf, area, x, y, words::read_only(l, r), t.marker());
        x = put(buf, area, x, y, " ", t.plain());
    }
    let conflicts = app.portfolio().conflicts.len();
    if conflicts > 0 {
        let text = crate::i18n::merge::status_count(l, conflicts);
        x = put(buf, area, x, y, &text, t.marker());
        x = put(buf, area, x, y, " ", t.plain());
    }
    match &app.save {
        SaveState::Failed(why) => {
            x = put(
                buf,
                area,
                x,
                y,
                &format!(" {} ", words::save_failed(l, &why.localized(l))),
                t.error(),
            );
            x = put(buf, area, x, y, " ", t.plain());
        }
        SaveState::ChangedOnDisk => {
            x = put(
                buf,
                area,
                x,
                y,
                &format!(" {} ", words::changed_on_disk(l)),
                t.error(),
            );
            x = put(buf, area, x, y, " ", t.plain());
        }
        SaveState::Pending | SaveState::Clean => {}
    }
    if app.mode == Mode::Filter {
        x = put(buf, area, x, y, words::filter_prompt(l), t.bold());
        x = put(buf, area, x, y, &app.filter, t.plain());
        x = put(buf, area, x, y, "▏", t.bold());
        // Say whom the filter found when the authority's row cannot.
        let person = app
            .filter_contact()
            .filter(|_| !app.filter_finds_authority())
            .and_then(|c| app.selected_authority()?.contacts.get(c));
        if let Some(c) = person {
            let who = words::filter_found_contact(l, &c.name);
            x = put(buf, area, x + 2, y, &who, t.bold());
        }
        let keys = crate::keys::footer(
            keymap::FILTER_KEYS,
            |k| words::key_name(l, k),
            |a| words::filter_key(l, a, person.is_some()),
        );
        put(buf, area, x + 2, y, &keys, t.dim());
        return;
    }
    // The counts are always there, at the right end: "2 en retard · 4 aujourd'hui · T".
    let c = app.derived.counts;
    // Who this machine records ticks and exchanges as (issue 17).
    let user = if app.user.is_empty() {
        String::new()
    } else {
        format!(" {} ·", crate::model::text::clean_line(&app.user))
    };
    let counts = format!(
        "{user} {} · {} ",
        crate::i18n::agenda::counts(l, c.late, c.today),
        words::key_for(l, Action::TodayView)
    );
    let cw = counts.width() as u16;
    let right = if area.right().saturating_sub(x) > cw + 20 {
        let cx = area.right() - cw;
        let style = if c.late > 0 { t.late() } else { t.bold() };
        put(buf, area, cx, y, &counts, style);
        cx.saturating_sub(1)
    } else {
        area.right()
    };
    let area = Rect::new(area.x, area.y, right.saturating_sub(area.x), area.height);
    let room = usize::from(area.right().saturating_sub(x));
    let (x, room) = match app.notice.as_ref().map(|n| notice_text(app, n)) {
        Some(n) => {
            // The notice answers the last key (or names a command to run):
            // it gets the room it needs, the hints what is left.
            let nx = put(buf, area, x, y, &fit(&n, room), t.bold());
            (nx, usize::from(area.right().saturating_sub(nx + 2)))
        }
        None => (x, room),
    };
    let hints = hints(app, room);
    let hx = area.right().saturating_sub(hints.width() as u16).max(x);
    put(buf, area, hx, y, &hints, t.dim());
}
