//! Colours and glyphs. Every state has a glyph as well as a colour, so the
//! screen reads the same under `NO_COLOR` (colours are then dropped).

use ratatui::style::{Color, Modifier, Style};

use crate::model::{ItemState, StageId};

/// The styles of one frame; `color: false` keeps only modifiers.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

/// Glyph of a stage's bar cells: distinct shades, readable without colour.
pub fn stage_glyph(s: StageId) -> &'static str {
    match s {
        StageId::Prospection => "░",
        StageId::Preparation => "▒",
        StageId::Publicity => "▓",
    }
}

pub const J_GLYPH: &str = "◆";
pub const TODAY_GLYPH: &str = "│";
pub const DECISION_MAKER_GLYPH: &str = "★";
pub const WARN_GLYPH: &str = "⚠";

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn plain(self) -> Style {
        Style::new()
    }

    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn stage(self, s: StageId) -> Style {
        self.fg(match s {
            StageId::Prospection => Color::Blue,
            StageId::Preparation => Color::Magenta,
            StageId::Publicity => Color::Green,
        })
    }

    pub fn j_mark(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn today(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn state(self, s: ItemState) -> Style {
        match s {
            ItemState::Done(_) => self.fg(Color::Green),
            ItemState::Evidence => self.fg(Color::Cyan),
            ItemState::NotApplicable => self.dim(),
            ItemState::Late => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            ItemState::Due => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            ItemState::Upcoming => self.dim(),
        }
    }

    pub fn late(self) -> Style {
        self.state(ItemState::Late)
    }

    pub fn warn(self) -> Style {
        self.fg(Color::Yellow)
    }

    /// The cursor row: reversed in the focused pane, bold elsewhere.
    pub fn cursor(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.dim()
        }
    }

    pub fn marker(self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn error(self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }
}
