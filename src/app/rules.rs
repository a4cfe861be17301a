//! Switching the portfolio's rule set (`R`): every pursuit's notice moves,
//! so everything derived is rebuilt once (a settings [`Change`]). Undo
//! switches back, like any edit.
//!
//! [`Change`]: crate::model::doc::Change

use super::msg::Effect;
use super::{App, Notice};

/// Seed ⇄ code 2019; saved at once like any change.
pub fn switch(app: &mut App) -> Vec<Effect> {
    let rules = app.portfolio().settings.rules.toggled();
    if app
        .apply(|doc| doc.edit_settings(|s| s.rules = rules))
        .is_none()
    {
        return Vec::new();
    }
    app.notice = Some(Notice::Rules(rules));
    vec![Effect::Save]
}
