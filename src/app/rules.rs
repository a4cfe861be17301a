//! Switching the portfolio's rule set (`R`): every pursuit's notice moves,
//! so everything derived is rebuilt once. The switch is its own undo.

use super::derived::Derived;
use super::msg::Effect;
use super::{App, CheckView, Notice, SaveState};

/// Seed ⇄ code 2019; saved at once like any change.
pub fn switch(app: &mut App) -> Vec<Effect> {
    if app.read_only.is_some() {
        app.notice = Some(Notice::ReadOnly);
        return Vec::new();
    }
    let rules = app.portfolio.settings.rules.toggled();
    app.portfolio.settings.rules = rules;
    // A portfolio-wide change: every window moves, so rebuild once.
    app.derived = Derived::build(&app.portfolio, app.today, app.lang);
    app.rebuild_rows();
    let keep = app.check.selected().map(|i| i.id);
    let offset = app.check.offset;
    app.check = CheckView::build(&app.portfolio, app.check.target, app.today, app.lang);
    if let Some(id) = keep {
        app.check.reselect(id);
        app.check.offset = offset;
    }
    app.keep_cursors_visible();
    app.notice = Some(Notice::Rules(rules));
    app.save = SaveState::Pending;
    vec![Effect::Save]
}
